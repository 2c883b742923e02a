import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLogStepKey, logKeyStep, logLadder, type LogStepKey } from '../../../src/widgets/beta-temperature/log-steps.ts';
import { documentedResult } from '../tsdoc-example.ts';

const source = new URL('../../../src/widgets/beta-temperature/log-steps.ts', import.meta.url);

describe('logLadder(min, max)', () => {
  it('lists 1, 1.5, 2, 3, 5, 7 in every decade, ends included (written out by hand)', () => {
    expect(logLadder(0.01, 0.1)).toEqual(documentedResult(source, 'logLadder(0.01, 0.1);'));
    expect(logLadder(0.01, 100)).toEqual([
      0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70, 100,
    ]);
  });
  it('includes ends that are not rungs', () => {
    expect(logLadder(0.012, 0.04)).toEqual([0.012, 0.015, 0.02, 0.03, 0.04]);
  });
});

describe('isLogStepKey(key)', () => {
  it('accepts the arrows and Page Up / Down, and leaves Home, End and Tab to the browser', () => {
    for (const key of ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown']) expect(isLogStepKey(key)).toBe(true);
    for (const key of ['Home', 'End', 'Tab', 'a', '']) expect(isLogStepKey(key)).toBe(false);
  });
});

describe('logKeyStep(value, key, min, max)', () => {
  it('makes its TSDoc examples true', () => {
    const call = (text: string) => documentedResult(source, text);
    expect(logKeyStep(1, 'ArrowRight', 0.01, 100)).toBe(call("logKeyStep(1, 'ArrowRight', 0.01, 100);"));
    expect(logKeyStep(1.26, 'ArrowLeft', 0.01, 100)).toBe(call("logKeyStep(1.26, 'ArrowLeft', 0.01, 100);"));
    expect(logKeyStep(0.3, 'PageDown', 0.01, 100)).toBe(call("logKeyStep(0.3, 'PageDown', 0.01, 100);"));
    expect(logKeyStep(0.012, 'PageDown', 0.01, 100)).toBe(call("logKeyStep(0.012, 'PageDown', 0.01, 100);"));
    expect(logKeyStep(100, 'ArrowUp', 0.01, 100)).toBe(call("logKeyStep(100, 'ArrowUp', 0.01, 100);"));
  });
  it('walks the whole range in 24 presses, each a factor between 4/3 and 5/3', () => {
    const values = [0.01];
    while (values.at(-1)! < 100) values.push(logKeyStep(values.at(-1)!, 'ArrowRight', 0.01, 100));
    expect(values).toHaveLength(25);
    for (let i = 1; i < values.length; i++) {
      const ratio = values[i]! / values[i - 1]!;
      expect(ratio).toBeGreaterThanOrEqual(4 / 3 - 1e-12);
      expect(ratio).toBeLessThanOrEqual(5 / 3 + 1e-12);
    }
    const down = [100];
    while (down.at(-1)! > 0.01) down.push(logKeyStep(down.at(-1)!, 'ArrowLeft', 0.01, 100));
    expect(down).toEqual([...values].reverse());
  });
  it('reaches the values used in practice: 1 → 0.5 → 0.3 → 0.2 → 0.15 → 0.1 → 0.07 → 0.05', () => {
    const seen = [1];
    for (let i = 0; i < 7; i++) seen.push(logKeyStep(seen.at(-1)!, 'ArrowDown', 0.01, 100));
    expect(seen).toEqual([1, 0.7, 0.5, 0.3, 0.2, 0.15, 0.1, 0.07]);
    expect(logKeyStep(0.07, 'ArrowDown', 0.01, 100)).toBe(0.05);
  });
  it('moves a value between rungs to the next rung in the direction of the key', () => {
    expect(logKeyStep(1.26, 'ArrowRight', 0.01, 100)).toBe(1.5);
    expect(logKeyStep(1.26, 'PageUp', 0.01, 100)).toBe(15);
    expect(logKeyStep(1.26, 'PageDown', 0.01, 100)).toBe(0.1);
  });
  it('goes by a decade with Page Up / Down from a rung, and stops at the ends', () => {
    expect(logKeyStep(0.05, 'PageUp', 0.01, 100)).toBe(0.5);
    expect(logKeyStep(15, 'PageUp', 0.01, 100)).toBe(100);
    expect(logKeyStep(0.01, 'ArrowLeft', 0.01, 100)).toBe(0.01);
    expect(logKeyStep(0.01, 'PageDown', 0.01, 100)).toBe(0.01);
  });
  it('always moves in the direction of the key, within [min, max] (property)', () => {
    const key = fc.constantFrom<LogStepKey>('ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown');
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), key, (value, k) => {
        const next = logKeyStep(value, k, 0.01, 100);
        expect(next).toBeGreaterThanOrEqual(0.01);
        expect(next).toBeLessThanOrEqual(100);
        const up = k === 'ArrowRight' || k === 'ArrowUp' || k === 'PageUp';
        if (up) expect(next > value || next === 100).toBe(true);
        else expect(next < value || next === 0.01).toBe(true);
        if (k === 'PageUp' && next < 100) expect(next).toBeGreaterThanOrEqual(value * 10 * (1 - 1e-9));
        if (k === 'PageDown' && next > 0.01) expect(next).toBeLessThanOrEqual((value / 10) * (1 + 1e-9));
      }),
    );
  });
});
