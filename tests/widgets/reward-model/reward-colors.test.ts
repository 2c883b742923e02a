import { describe, expect, it } from 'vitest';
import { mixColours, rewardBin, rewardColours, REWARD_BINS } from '../../../src/widgets/reward-model/reward-colors.ts';
import { themePalette } from '../../../src/widgets/shared/theme.ts';

/** WCAG 2.1 relative luminance and contrast ratio, written out from the definition. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('mixColours(low, high, t)', () => {
  it('mixes channel by channel and reads computed rgb() colours', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColours('#0077bb', '#c65a12', 0.5)).toBe('#636967'); // (0+198)/2 = 99, (119+90)/2 = 104.5 → 105, (187+18)/2 = 102.5 → 103
    expect(mixColours('rgb(0, 119, 187)', '#c65a12', 0)).toBe('#0077bb');
    expect(mixColours('rgba(0, 119, 187, 1)', 'rgb(198, 90, 18)', 1)).toBe('#c65a12');
  });
  it('returns the low colour when a colour cannot be read', () => {
    expect(mixColours('color(srgb 0 0 0)', '#ffffff', 0.5)).toBe('color(srgb 0 0 0)');
  });
});

describe('rewardColours(low, high)', () => {
  it.each(['light', 'dark'] as const)('gives 5 colours with at least 3:1 contrast on the %s background (WCAG 1.4.11)', (theme) => {
    const p = themePalette[theme];
    const colours = rewardColours(p['series-1'], p['series-2']);
    expect(colours).toHaveLength(REWARD_BINS);
    for (const colour of colours) expect(contrast(colour, p.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('rewardBin(value, min, max)', () => {
  it('splits [min, max] into 5 equal bins, with the ends in the end bins', () => {
    expect([0, 0.19, 0.2, 0.5, 0.99, 1].map((v) => rewardBin(v, 0, 1))).toEqual([0, 0, 1, 2, 4, 4]);
    expect(rewardBin(-5, 0, 1)).toBe(0);
    expect(rewardBin(3, 2, 2)).toBe(2);
  });
});
