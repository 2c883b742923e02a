/**
 * A Lit reactive controller that keeps a widget's resolved colour scheme current: it follows the host's `theme`
 * setting, the page's `<html data-theme>` (the course's theme toggle) and the system's `prefers-color-scheme`,
 * and asks the host to re-render when any changes. (Charts never animate, so motion preferences need no
 * tracking: src/widgets/shared/chart-controller.ts.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveTheme, type ThemeName, type ThemeSetting } from './theme.ts';

/** Tracks the theme a widget should draw in. */
export class ThemeController implements ReactiveController {
  /** The resolved scheme, current after every host update. */
  theme: ThemeName = 'light';

  readonly #host: ReactiveControllerHost;
  readonly #setting: () => ThemeSetting;
  #darkQuery: MediaQueryList | undefined;
  #observer: MutationObserver | undefined;
  readonly #onChange = () => {
    if (this.#refresh()) this.#host.requestUpdate();
  };

  /**
   * @param host the widget element
   * @param setting reads the host's current `theme` setting
   * @example
   * readonly #theme = new ThemeController(this, () => parseThemeSetting(this.theme));
   */
  constructor(host: ReactiveControllerHost, setting: () => ThemeSetting) {
    this.#host = host;
    this.#setting = setting;
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof window.matchMedia === 'function') {
      this.#darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
      this.#darkQuery.addEventListener('change', this.#onChange);
    }
    this.#observer = new MutationObserver(this.#onChange);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    this.#refresh();
  }

  hostDisconnected(): void {
    this.#darkQuery?.removeEventListener('change', this.#onChange);
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  /** Runs before every render, so a changed `theme` attribute is picked up in the same update. */
  hostUpdate(): void {
    this.#refresh();
  }

  /** Recomputes the theme; returns whether anything changed. */
  #refresh(): boolean {
    const theme = resolveTheme(
      this.#setting(),
      document.documentElement.getAttribute('data-theme'),
      this.#darkQuery?.matches ?? false,
    );
    const changed = theme !== this.theme;
    this.theme = theme;
    return changed;
  }
}
