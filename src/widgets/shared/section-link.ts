/**
 * The "Copy link" button of a widget on a section page. `Widget.astro` puts the button in the widget's figure
 * caption and marks the element `data-section-link`; this controller, created by the element, wires the button
 * once the element is connected: a click writes the widget's current state into the section's address
 * (`history.replaceState`, so the address bar holds the link and a reload keeps the state) and copies that
 * address to the clipboard, and a status line says which of the two happened. The element reads the same
 * parameters back when it upgrades (`sectionStateSource`), so opening the link restores the state. Embeds and
 * other people's pages have no `data-section-link`: their state lives in their own address or attributes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Schema, StateOf } from './schema.ts';
import { sectionStateHref } from './section-link-state.ts';

/** What the controller needs from its element. */
export interface SectionLinkHost<S extends Schema> {
  /** The widget id (the parameter prefix). */
  id: () => string;
  schema: () => S;
  /** The current state. */
  state: () => StateOf<S>;
}

/** The attribute that marks a widget on a section page, whose state may live in the page's address. */
export const SECTION_LINK_ATTRIBUTE = 'data-section-link';

/** Wires a section page's "Copy link" button to its widget. */
export class SectionLinkController<S extends Schema> implements ReactiveController {
  readonly #element: ReactiveControllerHost & HTMLElement;
  readonly #host: SectionLinkHost<S>;
  #button: HTMLButtonElement | null = null;

  /**
   * @example
   * new SectionLinkController(this, { id: () => this.widget.id, schema: () => this.widget.schema, state: () => this.state });
   */
  constructor(element: ReactiveControllerHost & HTMLElement, host: SectionLinkHost<S>) {
    this.#element = element;
    this.#host = host;
    element.addController(this);
  }

  /** Whether this widget keeps its state in the section's address. */
  get enabled(): boolean {
    return this.#element.hasAttribute(SECTION_LINK_ATTRIBUTE);
  }

  hostConnected(): void {
    if (!this.enabled) return;
    this.#button = this.#element.closest('figure')?.querySelector<HTMLButtonElement>('[data-copy-link]') ?? null;
    this.#button?.addEventListener('click', this.#copy);
  }

  hostDisconnected(): void {
    this.#button?.removeEventListener('click', this.#copy);
    this.#button = null;
  }

  /** Takes the widget's parameters out of the address (after Reset, the address should not bring the old state back). */
  clear(): void {
    if (!this.enabled) return;
    const href = sectionStateHref(location.href, this.#host.id(), undefined, this.#host.schema());
    if (href !== location.href) history.replaceState(history.state, '', href);
    this.#say('');
  }

  readonly #copy = (): void => {
    const href = sectionStateHref(location.href, this.#host.id(), this.#host.state(), this.#host.schema());
    history.replaceState(history.state, '', href);
    const inAddressBar = 'The link to these settings is in the address bar.';
    if (navigator.clipboard === undefined) {
      this.#say(inAddressBar);
      return;
    }
    navigator.clipboard.writeText(href).then(
      () => this.#say('Link to these settings copied.'),
      () => this.#say(inAddressBar),
    );
  };

  #say(message: string): void {
    const status = this.#element.closest('figure')?.querySelector('[data-copy-link-status]');
    if (status) status.textContent = message;
  }
}
