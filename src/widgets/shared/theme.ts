/**
 * Widget theme: the colour tokens a widget falls back to when its host page does not set the `--po-*` custom
 * properties, and the rule that picks light or dark. DOM-free, so build-time code and tests can use it.
 *
 * The palette is the seed's colour-blind-safe set (#0077BB #EE7733 #009988 #CC3311 #555555 #EE3377). On a light
 * background orange, teal and magenta are darkened just enough for 3:1 contrast (WCAG 1.4.11); on a dark
 * background every series is lightened. Text colours meet 4.5:1 (WCAG AA) in both schemes. The values match
 * the course site's `src/styles/tokens.css`, so a widget looks the same on the site and embedded elsewhere.
 */

/** The `theme` attribute: force light or dark, or follow the page and then the system (`auto`, the default). */
export type ThemeSetting = 'light' | 'dark' | 'auto';

/** A resolved colour scheme. */
export type ThemeName = 'light' | 'dark';

/** The colour tokens, without their `--po-` prefix. */
export type ThemeToken =
  | 'bg'
  | 'bg-raised'
  | 'fg'
  | 'muted'
  | 'border'
  | 'accent'
  | 'accent-fg'
  | 'grid'
  | 'focus'
  | 'series-1'
  | 'series-2'
  | 'series-3'
  | 'series-4'
  | 'series-5'
  | 'series-6';

/** Default colour per token and scheme. */
export const themePalette: Readonly<Record<ThemeName, Readonly<Record<ThemeToken, string>>>> = {
  light: {
    bg: '#ffffff',
    'bg-raised': '#f5f7f9',
    fg: '#1b1f24',
    muted: '#56606b',
    border: '#d0d7de',
    accent: '#005f96',
    'accent-fg': '#ffffff',
    grid: '#e3e7eb',
    focus: '#b3006b',
    'series-1': '#0077bb',
    'series-2': '#b5520f',
    'series-3': '#00806f',
    'series-4': '#cc3311',
    'series-5': '#555555',
    'series-6': '#c8195f',
  },
  dark: {
    bg: '#121417',
    'bg-raised': '#1b1f24',
    fg: '#e6e8eb',
    muted: '#a9b1ba',
    border: '#3a424b',
    accent: '#6cb8ec',
    'accent-fg': '#0b1117',
    grid: '#2c333a',
    focus: '#ff8fc8',
    'series-1': '#5fb3ef',
    'series-2': '#ee9955',
    'series-3': '#33c3ad',
    'series-4': '#ff7a5c',
    'series-5': '#b0b0b0',
    'series-6': '#f57aa8',
  },
};

/** Every token name, in palette order. */
export const themeTokens = Object.keys(themePalette.light) as ThemeToken[];

/**
 * Reads a `theme` setting, from a widget's attribute or an embed URL's `?theme=` alike (the one rule for both,
 * so an embedded widget and its page never disagree): surrounding white space is ignored and case does not
 * matter; anything but `light` or `dark` means `auto`.
 *
 * @example
 * parseThemeSetting(' DARK '); // → 'dark'
 * parseThemeSetting('dim');    // → 'auto'
 * parseThemeSetting(null);     // → 'auto'
 */
export function parseThemeSetting(raw: string | null | undefined): ThemeSetting {
  const value = raw?.trim().toLowerCase();
  return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * The scheme a widget draws in: an explicit `theme` wins; with `auto` the page's choice
 * (`<html data-theme="light|dark">`, set by the course's theme toggle) wins; otherwise the system preference
 * (`prefers-color-scheme`).
 *
 * @example
 * resolveTheme('auto', 'dark', false); // → 'dark'
 * resolveTheme('light', 'dark', true); // → 'light'
 * resolveTheme('auto', null, true);    // → 'dark'
 */
export function resolveTheme(
  setting: ThemeSetting,
  documentTheme: string | null | undefined,
  prefersDark: boolean,
): ThemeName {
  if (setting !== 'auto') return setting;
  if (documentTheme === 'light' || documentTheme === 'dark') return documentTheme;
  return prefersDark ? 'dark' : 'light';
}
