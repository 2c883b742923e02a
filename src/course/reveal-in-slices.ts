/**
 * Reveals a list of items a few at a time, in slices of at most `sliceMs` each, so that expensive work per item
 * (here: the first style and layout of a block of typeset math) never becomes one long task.
 */

/** Options of {@link revealInSlices}; the clock and the scheduler are injectable for tests. */
export interface RevealOptions {
  /** Time budget of one slice in milliseconds (> 0). A slice always reveals at least one item. */
  sliceMs: number;
  /** Monotonic clock in milliseconds (default `performance.now`). */
  now?: () => number;
  /** Runs the next slice later (default: `setTimeout(run, 0)`, which lets the browser paint and handle input). */
  schedule?: (run: () => void) => void;
}

/** Control over a running {@link revealInSlices}. */
export interface RevealProgress {
  /** Reveals every item not yet revealed, now. Idempotent. */
  finish(): void;
  /** Whether every item has been revealed. */
  readonly done: boolean;
}

/**
 * Calls `reveal` on each item in order: in the first slice, then in further slices scheduled one after another,
 * each slice stopping once `sliceMs` have passed since it began. `finish()` reveals the rest at once (for a jump
 * to an anchor, or printing); items are never revealed twice.
 *
 * @param items the items, in the order they should appear
 * @param reveal the work for one item; it should include the cost it causes (e.g. by reading a layout property)
 * @throws {RangeError} when `options.sliceMs` is not a positive finite number
 * @example
 * const blocks = [...article.children];
 * const progress = revealInSlices(blocks, (block) => { block.toggleAttribute('data-rendered', true); void block.offsetHeight; }, { sliceMs: 8 });
 * addEventListener('beforeprint', () => progress.finish());
 */
export function revealInSlices<T>(items: readonly T[], reveal: (item: T) => void, options: RevealOptions): RevealProgress {
  const { sliceMs } = options;
  if (!(typeof sliceMs === 'number' && Number.isFinite(sliceMs) && sliceMs > 0)) {
    throw new RangeError(`sliceMs must be a positive finite number of milliseconds, received ${String(sliceMs)}`);
  }
  const now = options.now ?? (() => performance.now());
  const schedule = options.schedule ?? ((run: () => void) => void setTimeout(run, 0));
  let next = 0;

  const revealNext = (): void => {
    const item = items[next] as T;
    next += 1;
    reveal(item);
  };

  const slice = (): void => {
    if (next >= items.length) return;
    const start = now();
    do revealNext();
    while (next < items.length && now() - start < sliceMs);
    if (next < items.length) schedule(slice);
  };

  slice();
  return {
    finish() {
      while (next < items.length) revealNext();
    },
    get done() {
      return next >= items.length;
    },
  };
}
