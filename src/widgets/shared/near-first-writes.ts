/**
 * Which live numbers to write now and which once the widget settles: the bookkeeping behind the `\val` numbers
 * of a section (src/widgets/shared/equation-link.ts). A key press on a widget changes every `\val` number of its
 * section, but a reader sees only those near the viewport; writing the others (and laying out and repainting
 * their equations) on every step of a slider is work nobody sees. So a change writes the numbers that are near
 * now, and the rest {@link SETTLE_DELAY_MS} after the last change (when the widget's live region speaks too); a
 * stale number that comes near before then is written as soon as it does.
 *
 * DOM-free: the caller reports nearness (an IntersectionObserver) and does the writing; the timer functions can
 * be replaced in tests.
 *
 * @example
 * const writes = new NearFirstWrites<Element>((items) => write(items));
 * writes.setNear(equationA, true);
 * writes.changed([equationA, equationB]); // → [equationA]; equationB is written 500 ms after the last change
 */
import { globalTimers, SETTLE_DELAY_MS, type SettleTimers } from './settled-text.ts';

/** Near-first bookkeeping of a set of items that all change together. */
export class NearFirstWrites<T> {
  readonly #near = new Set<T>();
  readonly #stale = new Set<T>();
  readonly #write: (items: readonly T[]) => void;
  readonly #delay: number;
  readonly #timers: SettleTimers;
  #handle: unknown = undefined;

  /** `write` receives the stale items once the changes settle (never an empty list). */
  constructor(write: (items: readonly T[]) => void, delay = SETTLE_DELAY_MS, timers: SettleTimers = globalTimers) {
    this.#write = write;
    this.#delay = delay;
    this.#timers = timers;
  }

  /** Whether an item has not been written since the last change. */
  isStale(item: T): boolean {
    return this.#stale.has(item);
  }

  /**
   * Records whether an item is near the viewport. Returns true when it came near while stale: the caller writes
   * it now (and it is no longer stale).
   */
  setNear(item: T, near: boolean): boolean {
    if (!near) {
      this.#near.delete(item);
      return false;
    }
    this.#near.add(item);
    return this.#stale.delete(item);
  }

  /**
   * Everything in `items` changed: returns those to write now (the near ones, in the given order); the others are
   * stale until the changes settle, `delay` ms after the last call.
   */
  changed(items: Iterable<T>): T[] {
    const now: T[] = [];
    for (const item of items) {
      if (this.#near.has(item)) {
        this.#stale.delete(item);
        now.push(item);
      } else {
        this.#stale.add(item);
      }
    }
    this.#timers.clear(this.#handle);
    this.#handle = this.#stale.size === 0 ? undefined : this.#timers.set(() => this.flush(), this.#delay);
    return now;
  }

  /** Writes every stale item now (also what the settle timer does). */
  flush(): void {
    this.#timers.clear(this.#handle);
    this.#handle = undefined;
    if (this.#stale.size === 0) return;
    const items = [...this.#stale];
    this.#stale.clear();
    this.#write(items);
  }

  /** Forgets everything and cancels the timer. */
  clear(): void {
    this.#timers.clear(this.#handle);
    this.#handle = undefined;
    this.#near.clear();
    this.#stale.clear();
  }
}
