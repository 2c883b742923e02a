import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTLE_DELAY_MS, SettledText } from '../../../src/widgets/shared/settled-text.ts';

describe('SettledText(onSettle, delay)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes the first offer at once', () => {
    const onSettle = vi.fn();
    const text = new SettledText(onSettle);
    expect(text.value).toBe('');
    text.offer('β = 0.1');
    expect(text.value).toBe('β = 0.1');
    expect(onSettle).not.toHaveBeenCalled();
  });

  it('follows 20 quick changes once, with the last text, after the source settles', () => {
    const onSettle = vi.fn();
    const text = new SettledText(onSettle);
    text.offer('step 0');
    for (let step = 1; step <= 20; step += 1) {
      text.offer(`step ${step}`);
      vi.advanceTimersByTime(50); // a key repeat: well inside the quiet period
    }
    expect(text.value).toBe('step 0');
    vi.advanceTimersByTime(SETTLE_DELAY_MS);
    expect(text.value).toBe('step 20');
    expect(onSettle).toHaveBeenCalledTimes(1);
  });

  it('re-offering the pending text does not restart the quiet period (a re-render is not a change)', () => {
    const text = new SettledText(() => undefined, 500);
    text.offer('a');
    text.offer('b');
    vi.advanceTimersByTime(300);
    text.offer('b');
    vi.advanceTimersByTime(200);
    expect(text.value).toBe('b');
  });

  it('announces nothing when the source returns to the settled text', () => {
    const onSettle = vi.fn();
    const text = new SettledText(onSettle);
    text.offer('a');
    text.offer('b');
    text.offer('a');
    vi.advanceTimersByTime(SETTLE_DELAY_MS * 2);
    expect(text.value).toBe('a');
    expect(onSettle).not.toHaveBeenCalled();
  });

  it('cancel() drops a pending change', () => {
    const onSettle = vi.fn();
    const text = new SettledText(onSettle);
    text.offer('a');
    text.offer('b');
    text.cancel();
    vi.advanceTimersByTime(SETTLE_DELAY_MS * 2);
    expect(text.value).toBe('a');
    expect(onSettle).not.toHaveBeenCalled();
  });
});
