import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NearFirstWrites } from '../../../src/widgets/shared/near-first-writes.ts';
import { SETTLE_DELAY_MS } from '../../../src/widgets/shared/settled-text.ts';

describe('NearFirstWrites(write, delay)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('changed(items) returns the near items at once and writes the others once, after the changes settle', () => {
    const write = vi.fn();
    const writes = new NearFirstWrites<string>(write);
    writes.setNear('a', true);
    for (let step = 0; step < 20; step += 1) {
      expect(writes.changed(['a', 'b', 'c'])).toEqual(['a']);
      vi.advanceTimersByTime(50); // a key repeat: well inside the quiet period
    }
    expect(write).not.toHaveBeenCalled();
    expect(writes.isStale('b')).toBe(true);
    vi.advanceTimersByTime(SETTLE_DELAY_MS);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(['b', 'c']);
    expect(writes.isStale('b')).toBe(false);
  });

  it('setNear(item, true) on a stale item returns true once: the caller writes it, and the settle write skips it', () => {
    const write = vi.fn();
    const writes = new NearFirstWrites<string>(write, 100);
    writes.changed(['a', 'b']);
    expect(writes.setNear('a', true)).toBe(true);
    expect(writes.setNear('a', true)).toBe(false);
    expect(writes.isStale('a')).toBe(false);
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledWith(['b']);
  });

  it('setNear(item, false) makes a near item wait for the settle write again', () => {
    const write = vi.fn();
    const writes = new NearFirstWrites<string>(write, 100);
    writes.setNear('a', true);
    expect(writes.setNear('a', false)).toBe(false);
    expect(writes.changed(['a'])).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledWith(['a']);
  });

  it('starts no timer when everything is near, and flush() with nothing stale writes nothing', () => {
    const write = vi.fn();
    const writes = new NearFirstWrites<string>(write, 100);
    writes.setNear('a', true);
    expect(writes.changed(['a'])).toEqual(['a']);
    expect(vi.getTimerCount()).toBe(0);
    writes.flush();
    expect(write).not.toHaveBeenCalled();
  });

  it('flush() writes the stale items at once and cancels the timer; clear() forgets them', () => {
    const write = vi.fn();
    const writes = new NearFirstWrites<string>(write, 100);
    writes.changed(['a']);
    writes.flush();
    expect(write).toHaveBeenCalledWith(['a']);
    expect(vi.getTimerCount()).toBe(0);
    writes.changed(['b']);
    writes.clear();
    vi.advanceTimersByTime(100);
    expect(write).toHaveBeenCalledTimes(1);
    expect(writes.isStale('b')).toBe(false);
  });
});
