import { describe, expect, it } from 'vitest';
import { revealInSlices } from '../../src/course/reveal-in-slices';

/** A fake clock that advances by each item's cost when it is revealed, and a queue of scheduled slices. */
function harness(costs: number[]) {
  let time = 0;
  const revealed: number[] = [];
  const queue: Array<() => void> = [];
  const reveal = (index: number) => {
    revealed.push(index);
    time += costs[index] ?? 0;
  };
  const options = { now: () => time, schedule: (run: () => void) => void queue.push(run) };
  const runNext = () => queue.shift()?.();
  return { revealed, queue, reveal, options, runNext, items: costs.map((_, index) => index) };
}

describe('revealInSlices(items, reveal, options)', () => {
  it('reveals items in order, a slice ending with the item that crosses the budget', () => {
    const h = harness([1, 1, 3, 1, 1, 5, 1]);
    const progress = revealInSlices(h.items, h.reveal, { sliceMs: 4, ...h.options });
    // Slice 1: 1 + 1 + 3 = 5 ≥ 4 after the third item.
    expect(h.revealed).toEqual([0, 1, 2]);
    expect(progress.done).toBe(false);
    h.runNext(); // 1 + 1 + 5 = 7
    expect(h.revealed).toEqual([0, 1, 2, 3, 4, 5]);
    h.runNext(); // the last one
    expect(h.revealed).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(progress.done).toBe(true);
    expect(h.queue).toHaveLength(0);
  });

  it('always reveals at least one item per slice, even one costing more than the budget', () => {
    const h = harness([10, 10]);
    revealInSlices(h.items, h.reveal, { sliceMs: 4, ...h.options });
    expect(h.revealed).toEqual([0]);
    h.runNext();
    expect(h.revealed).toEqual([0, 1]);
  });

  it('finish() reveals the rest at once, and a slice scheduled before it then does nothing', () => {
    const h = harness([5, 5, 5, 5]);
    const progress = revealInSlices(h.items, h.reveal, { sliceMs: 4, ...h.options });
    progress.finish();
    expect(h.revealed).toEqual([0, 1, 2, 3]);
    expect(progress.done).toBe(true);
    h.runNext();
    progress.finish();
    expect(h.revealed).toEqual([0, 1, 2, 3]);
  });

  it('does nothing and schedules nothing for an empty list', () => {
    const h = harness([]);
    const progress = revealInSlices(h.items, h.reveal, { sliceMs: 4, ...h.options });
    expect(progress.done).toBe(true);
    expect(h.queue).toHaveLength(0);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, '4' as unknown as number])('rejects sliceMs %j with a RangeError naming it', (sliceMs) => {
    expect(() => revealInSlices([1], () => {}, { sliceMs })).toThrow(RangeError);
    expect(() => revealInSlices([1], () => {}, { sliceMs })).toThrow(/sliceMs/);
  });
});
