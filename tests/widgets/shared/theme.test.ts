import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { parseThemeSetting, resolveTheme, themePalette, type ThemeName } from '../../../src/widgets/shared/theme.ts';

/** WCAG 2.x relative luminance of a #rrggbb colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = Number.parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('contrast(a, b) (test helper)', () => {
  it('matches WCAG reference values: black on white is 21, white on white is 1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });
});

describe('themePalette', () => {
  const schemes: ThemeName[] = ['light', 'dark'];
  it.each(schemes)('%s: text colours reach 4.5:1 on both backgrounds (WCAG AA)', (scheme) => {
    const p = themePalette[scheme];
    for (const text of [p.fg, p.muted, p.accent, p.focus]) {
      expect(contrast(text, p.bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, p['bg-raised'])).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(p['accent-fg'], p.accent)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(schemes)('%s: every chart series reaches 3:1 on the background (WCAG 1.4.11)', (scheme) => {
    for (const colour of paletteChartColors(scheme).series) {
      expect(contrast(colour, themePalette[scheme].bg)).toBeGreaterThanOrEqual(3);
    }
  });
  it('keeps the seed palette where it already has the contrast (blue, red, grey)', () => {
    expect(themePalette.light['series-1']).toBe('#0077bb');
    expect(themePalette.light['series-4']).toBe('#cc3311');
    expect(themePalette.light['series-5']).toBe('#555555');
  });
  it('the seed orange #EE7733 would fail 3:1 on white, which is why light mode darkens it', () => {
    expect(contrast('#ee7733', '#ffffff')).toBeLessThan(3);
  });
});

describe('parseThemeSetting(raw)', () => {
  it('accepts light and dark in any case; anything else is auto', () => {
    expect(parseThemeSetting('Dark')).toBe('dark');
    expect(parseThemeSetting('light')).toBe('light');
    expect(parseThemeSetting('<script>')).toBe('auto');
    expect(parseThemeSetting(null)).toBe('auto');
  });
  it('ignores surrounding white space, as in the embed URL ?theme=%20dark%20', () => {
    expect(parseThemeSetting(new URLSearchParams('theme=%20dark%20').get('theme'))).toBe('dark');
    expect(parseThemeSetting('\tLIGHT\n')).toBe('light');
    expect(parseThemeSetting('da rk')).toBe('auto');
    expect(parseThemeSetting('')).toBe('auto');
  });
});

describe('resolveTheme(setting, documentTheme, prefersDark)', () => {
  it('an explicit setting wins over the page and the system', () => {
    expect(resolveTheme('light', 'dark', true)).toBe('light');
    expect(resolveTheme('dark', 'light', false)).toBe('dark');
  });
  it('auto follows the page data-theme, then the system', () => {
    expect(resolveTheme('auto', 'dark', false)).toBe('dark');
    expect(resolveTheme('auto', 'light', true)).toBe('light');
    expect(resolveTheme('auto', null, true)).toBe('dark');
    expect(resolveTheme('auto', 'sepia', false)).toBe('light');
  });
});
