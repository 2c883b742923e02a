/**
 * Keeps a keyboard reader's place when a widget upgrades under their focus. The page's fallback (Widget.astro)
 * is a focus stop, and focusing it loads the widget (src/components/lazy-widgets.ts); when the element then
 * upgrades, its shadow root replaces the fallback, which drops the focus to `<body>`. This controller notices
 * that the fallback had the focus at upgrade time and, after the first render, focuses the host (whose
 * `focus()` picks its first control), unless the reader has meanwhile moved on.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Hands the focus from the fallback to the upgraded widget. */
export class FallbackFocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #pending: boolean;

  /**
   * Create it in the element's constructor, which runs at upgrade, while the fallback is still in place.
   *
   * @example
   * new FallbackFocusController(this);
   */
  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    this.#pending = typeof document !== 'undefined' && host.contains(document.activeElement);
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.#pending) return;
    this.#pending = false;
    const active = document.activeElement;
    if (active === null || active === document.body || this.#host.contains(active)) this.#host.focus();
  }
}
