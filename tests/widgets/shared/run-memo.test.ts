/**
 * Tests of src/widgets/shared/run-memo.ts, on hand-made runs (a problem key and a step count; a run is finished
 * at step 3).
 */
import { describe, expect, it } from 'vitest';
import { rememberBounded, RunMemo } from '../../../src/widgets/shared/run-memo.ts';

interface TestRun {
  problem: { key: string };
  step: number;
}
const run = (key: string, step: number): TestRun => ({ problem: { key }, step });
const memo = () => new RunMemo<TestRun>({ limit: 2, isFinished: (r) => r.step === 3 });

describe('rememberBounded(cache, key, value, limit)', () => {
  it('stores and returns the value, dropping the oldest entry when the cache is full', () => {
    const cache = new Map<string, number>();
    expect(rememberBounded(cache, 'a', 1, 2)).toBe(1);
    rememberBounded(cache, 'b', 2, 2);
    rememberBounded(cache, 'c', 3, 2);
    expect([...cache.entries()]).toEqual([['b', 2], ['c', 3]]);
  });
});

describe('RunMemo', () => {
  it('end(key) knows a finished run only once it is recorded or remembered', () => {
    const runs = memo();
    expect(runs.end('a')).toBeNull();
    runs.record({}, run('a', 2));
    expect(runs.end('a')).toBeNull();
    const finished = run('a', 3);
    runs.record({}, finished);
    expect(runs.end('a')).toBe(finished);
    const other = run('b', 3);
    expect(runs.rememberEnd(other)).toBe(other);
    expect(runs.end('b')).toBe(other);
  });

  it('keeps at most `limit` finished runs, dropping the oldest', () => {
    const runs = memo();
    for (const key of ['a', 'b', 'c']) runs.rememberEnd(run(key, 3));
    expect(runs.end('a')).toBeNull();
    expect(runs.end('c')).not.toBeNull();
  });

  it('shown(owner, key) is the run that owner recorded, for that problem only', () => {
    const runs = memo();
    const owner = {};
    const shown = run('a', 1);
    runs.record(owner, shown);
    expect(runs.shown(owner, 'a')).toBe(shown);
    expect(runs.shown(owner, 'b')).toBeUndefined();
    expect(runs.shown({}, 'a')).toBeUndefined();
    expect(runs.shown(undefined, 'a')).toBeUndefined();
  });
});
