/**
 * A text that follows its source only once the source has stopped changing: the widget's live summary uses it
 * so that a screen reader hears one sentence after a slider settles, not one per step (20 ArrowRight presses
 * would otherwise queue 20 sentences on top of the slider's own value). The visible summary, chart and table
 * still update on every step. DOM-free; the timer functions can be replaced in tests.
 */

/** How long the source must stay unchanged before the settled text follows it (ms). */
export const SETTLE_DELAY_MS = 500;

/** Timer functions (`setTimeout` / `clearTimeout` by default). */
export interface SettleTimers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

/** The page's own timers. */
export const globalTimers: SettleTimers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Debounced text: `offer(text)` after every change; `value` takes the last offered text `delay` ms after the
 * last change that differed from it, and then `onSettle` runs (e.g. the element's `requestUpdate`). The first
 * offer is taken at once (there is nothing to announce yet).
 *
 * @example
 * const live = new SettledText(() => element.requestUpdate());
 * live.offer('β = 0.1: loss 0.65'); // live.value === 'β = 0.1: loss 0.65'
 * live.offer('β = 0.2: loss 0.60'); // live.value unchanged until 500 ms pass without another change
 */
export class SettledText {
  #value: string | null = null;
  #pending: string | null = null;
  #handle: unknown = undefined;
  readonly #onSettle: () => void;
  readonly #delay: number;
  readonly #timers: SettleTimers;

  constructor(onSettle: () => void, delay = SETTLE_DELAY_MS, timers: SettleTimers = globalTimers) {
    this.#onSettle = onSettle;
    this.#delay = delay;
    this.#timers = timers;
  }

  /** The settled text (`''` before the first offer). */
  get value(): string {
    return this.#value ?? '';
  }

  /** Offers the source's current text; restarts the quiet period when it differs from the pending one. */
  offer(text: string): void {
    if (this.#value === null) {
      this.#value = text;
      return;
    }
    if (text === this.#pending) return;
    this.cancel();
    if (text === this.#value) return; // back where it was: nothing to announce
    this.#pending = text;
    this.#handle = this.#timers.set(() => {
      this.#handle = undefined;
      this.#pending = null;
      this.#value = text;
      this.#onSettle();
    }, this.#delay);
  }

  /** Drops a pending change (e.g. when the element leaves the page). */
  cancel(): void {
    if (this.#handle !== undefined) this.#timers.clear(this.#handle);
    this.#handle = undefined;
    this.#pending = null;
  }
}
