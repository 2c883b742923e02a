/**
 * Keeps a keyboard reader's place when a widget upgrades under their focus. The page's fallback (Widget.astro)
 * is a focus stop, and focusing it loads the widget (src/components/lazy-widgets.ts); when the element then
 * renders, its shadow root replaces the fallback, which drops the focus to `<body>`. This controller notes
 * whether the fallback has the focus at any time between the upgrade and the first render (a training widget
 * trains for a while before it first renders, and a reader may tab onto the fallback meanwhile) and, after the
 * first render, focuses the host (whose `focus()` picks its first control), unless the reader has since moved
 * on to something else.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Hands the focus from the fallback to the upgraded widget. */
export class FallbackFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #pending: boolean;
  #watching = true;

  /**
   * Create it in the element's constructor, which runs at upgrade, while the fallback is still in place.
   *
   * @example
   * new FallbackFocusController(this);
   */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#pending = typeof document !== 'undefined' && host.contains(document.activeElement);
    host.addEventListener('focusin', this.#onFocusIn);
    host.addEventListener('focusout', this.#onFocusOut);
    host.addController(this);
  }

  readonly #onFocusIn = (): void => {
    if (this.#watching) this.#pending = true;
  };

  /** Leaving for another element cancels the hand-over; losing the focus to nothing (the fallback going away) does not. */
  readonly #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (this.#watching && next instanceof Node && !this.#host.contains(next)) this.#pending = false;
  };

  hostUpdated(): void {
    if (!this.#watching) return;
    this.#watching = false;
    this.#host.removeEventListener('focusin', this.#onFocusIn);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    if (!this.#pending) return;
    this.#pending = false;
    const active = document.activeElement;
    if (active === null || active === document.body || this.#host.contains(active)) this.#host.focus();
  }
}
