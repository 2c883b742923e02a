/**
 * The colour scale of the `reward-model` chart (content/chapter-2/reward-model.mdx): responses are drawn in one
 * of a few reward bins, from the theme's first series colour (low reward) to its second (high reward), with
 * the points of higher bins also drawn larger, so the order does not rest on colour alone; the widget's table
 * lists every reward. Both end colours have at least 3:1 contrast on their theme's background, and so do the
 * colours mixed between them (checked in tests/widgets/reward-model/reward-colors.test.ts).
 */

/** Number of reward bins (colours) of the scale. */
export const REWARD_BINS = 5;

/** Parses `#rrggbb` or `rgb(r, g, b)` / `rgba(r, g, b, a)` (what `getComputedStyle` returns) into 0–255 channels. */
function channels(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (hex) return [parseInt(hex[1] as string, 16), parseInt(hex[2] as string, 16), parseInt(hex[3] as string, 16)];
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(colour.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}

/**
 * The colour a fraction `t` of the way from `low` to `high` (channel-wise in sRGB), as `#rrggbb`; when either
 * colour cannot be parsed, `low` itself (the point sizes still carry the order).
 *
 * @example
 * mixColours('#0077bb', '#c65a12', 0.5); // → '#636967'
 * mixColours('rgb(0, 119, 187)', '#c65a12', 1); // → '#c65a12'
 */
export function mixColours(low: string, high: string, t: number): string {
  const a = channels(low);
  const b = channels(high);
  if (a === null || b === null) return low;
  const u = Math.min(1, Math.max(0, t));
  return `#${a.map((v, i) => Math.round(v + ((b[i] as number) - v) * u).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The scale's colours, from low to high reward.
 *
 * @example
 * rewardColours('#0077bb', '#c65a12'); // → ['#0077bb', '#327091', '#636967', '#95613c', '#c65a12']
 */
export function rewardColours(low: string, high: string): string[] {
  return Array.from({ length: REWARD_BINS }, (_, i) => mixColours(low, high, i / (REWARD_BINS - 1)));
}

/**
 * The bin of a reward on a scale of {@link REWARD_BINS} equal bins over `[min, max]` (0 = lowest); values at or
 * beyond the ends go to the end bins, and a scale with `max ≤ min` puts everything in the middle bin.
 *
 * @example
 * rewardBin(0.5, 0, 1); // → 2
 * rewardBin(1, 0, 1); // → 4
 */
export function rewardBin(value: number, min: number, max: number): number {
  if (!(max > min)) return Math.floor(REWARD_BINS / 2);
  const bin = Math.floor(((value - min) / (max - min)) * REWARD_BINS);
  return Math.min(REWARD_BINS - 1, Math.max(0, bin));
}
