/**
 * Long work split into slices, one task per slice, so that the browser can paint and answer input in between. The
 * training widgets (content/chapter-2/reward-model.mdx, content/chapter-5/dpo-trainer.mdx and dpo-gradient.mdx)
 * train their first run this way before their first render.
 *
 * Each slice is posted through a `MessageChannel`, not `setTimeout`: a chain of nested timers is clamped to 4 ms
 * a link after five links, and so would be the widget's own start-up timer posted at the end.
 */

/** A chain of slices in progress. */
export interface SlicedTasks {
  /** Stops the chain: no further slice runs, and `finish` is never called. */
  cancel(): void;
}

/**
 * Runs `slice` once per task until it returns `true` (done), then calls `finish` in that same task.
 *
 * @param slice - one slice of the work; returns whether the work is done
 * @param finish - called once, after the slice that finished the work
 * @returns a handle whose `cancel()` stops the chain
 *
 * @example
 * let step = 0;
 * const pretraining = runSlicedTasks(() => (step += 10) >= 100, () => console.log('trained'));
 * // later, if the element leaves the page first: pretraining.cancel();
 */
export function runSlicedTasks(slice: () => boolean, finish: () => void): SlicedTasks {
  const channel = new MessageChannel();
  let cancelled = false;
  channel.port1.onmessage = () => {
    if (cancelled) return;
    if (!slice()) {
      channel.port2.postMessage(null);
      return;
    }
    channel.port1.close();
    if (!cancelled) finish();
  };
  channel.port2.postMessage(null);
  return {
    cancel: () => {
      cancelled = true;
      channel.port1.close();
    },
  };
}
