/**
 * The width a `\val` reserves (src/course/wired-value-width.ts). Expected values: the schema of `rlhf-vs-dpo`
 * (β from 0.05 to 10 on a log slider that keeps 3 significant digits, so values such as 0.0562 take 6
 * characters; N up to 2000), and its equations' values at the defaults (src/widgets/rlhf-vs-dpo/equations.ts).
 */
import { describe, expect, it } from 'vitest';
import { fieldSamples, VALUE_WIDTH_SAMPLES, valueWidths } from '../../src/course/wired-value-width';
import { getWidget, widgetState } from '../../src/widgets/registry';

describe('fieldSamples(field)', () => {
  it('takes both ends, the default and evenly spaced points of a log-scale number field', () => {
    const samples = fieldSamples({ kind: 'number', label: 'β', min: 0.01, max: 100, step: 0.01, default: 3, scale: 'log' }) as number[];
    expect(samples).toContain(0.01);
    expect(samples).toContain(100);
    expect(samples).toContain(3);
    expect(samples).toContain(1); // the middle of 10^-2..10^2 on a log scale
    expect(samples).toContain(0.0316); // 10^-1.5, snapped to 3 significant digits as the slider snaps it
    expect(samples.length).toBe(VALUE_WIDTH_SAMPLES + 1);
  });

  it('takes every value of a short integer range, every enum value and both booleans', () => {
    expect(fieldSamples({ kind: 'integer', label: 'k', min: 1, max: 8, default: 1 })).toEqual(expect.arrayContaining([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(fieldSamples({ kind: 'enum', label: 'v', values: ['a', 'b'], default: 'a' })).toEqual(['a', 'b']);
    expect(fieldSamples({ kind: 'boolean', label: 'b', default: false })).toEqual([false, true]);
  });
});

describe('valueWidths(widget, state)', () => {
  const widget = getWidget('rlhf-vs-dpo')!;
  const widths = valueWidths(widget, widgetState(widget, {}));

  it('reserves β the width of its widest text over the slider (a value like "0.0562": 6 characters), not of "1"', () => {
    expect(widget.equations!.values(widgetState(widget, {}) as never)['beta']).toBe('1');
    expect(widths['beta']).toBe(6);
  });

  it('reserves N the width of its maximum, 2000', () => {
    expect(widths['n']).toBe(4);
  });

  it('is at least the width a widget declares for a name', () => {
    const declared = { ...widget, equations: { ...widget.equations!, widths: { beta: 7 } } };
    expect(valueWidths(declared, widgetState(widget, {}))['beta']).toBe(7);
  });

  it('is empty for a widget without equations', () => {
    const { equations: _, ...bare } = widget;
    expect(valueWidths(bare, widgetState(widget, {}))).toEqual({});
  });
});
