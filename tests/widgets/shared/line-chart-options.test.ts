import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors';
import { formatTick, lineChartOptions } from '../../../src/widgets/shared/line-chart-options';

describe('formatTick(value)', () => {
  it('prints up to 4 significant digits with a typographic minus', () => {
    expect(formatTick(-2.5)).toBe('−2.5');
    expect(formatTick('0.125')).toBe('0.125');
  });
});

describe('lineChartOptions(colors, axes)', () => {
  const options = lineChartOptions(paletteChartColors('light'), {
    x: { title: 'Step', min: 0, max: 2.5 },
    y: { title: 'Loss', suggestedMin: 0 },
    y1: { title: 'Weight', min: 0, max: 1 },
  });
  const scales = options.scales as Record<string, { ticks: Record<string, unknown>; min?: number; suggestedMin?: number }>;

  it('aligns the x axis end labels inward, so the last one needs no padding and is never clipped', () => {
    // Chart.js pads each end of a horizontal axis for the first and last label it measured, and with `sampleSize`
    // it measures a sample: of the 6 ticks 0 … 2.5 it measured 0, 0.5, 1.5 and 2 and clipped "2.5" (seen in
    // Chromium on content/chapter-5/implicit-reward.mdx). With `align: 'inner'` it pads neither end.
    expect(Object.keys(scales).sort()).toEqual(['x', 'y', 'y1']);
    expect(scales['x']!.ticks).toMatchObject({ align: 'inner', sampleSize: 4 });
  });

  it('samples the y axes labels, whose heights are all equal', () => {
    for (const key of ['y', 'y1']) {
      expect(scales[key]!.ticks).toMatchObject({ sampleSize: 4 });
      expect(scales[key]!.ticks).not.toHaveProperty('align');
    }
  });

  it('keeps given bounds and leaves out the ones not given', () => {
    expect(scales['x']!.min).toBe(0);
    expect(scales['y']!.suggestedMin).toBe(0);
    expect(scales['y']).not.toHaveProperty('min');
  });
});
