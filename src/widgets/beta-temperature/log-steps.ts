/**
 * Keyboard steps for a logarithmic slider (the β slider of content/chapter-2/beta-temperature.mdx). A native
 * range input over $\log_{10}\beta$ steps by a fixed amount of $\log_{10}\beta$, which gives values such as
 * 0.0126 or 3.98. Here the arrow keys move along a ladder of round values with six rungs per decade,
 * $\{1, 1.5, 2, 3, 5, 7\} \times 10^k$, so that every press multiplies β by 1.33 to 1.67, and β = 0.05, 0.1,
 * 0.2, 0.5 or 1 (values used in practice) are each a few presses away; Page Up and Page Down move by a factor
 * of 10. Pure: a value and a key in, the next value out.
 */

/** The rungs of one decade. */
export const LADDER_MANTISSAS: readonly number[] = [1, 1.5, 2, 3, 5, 7];

/** Keys that {@link logKeyStep} handles; any other key leaves the value to the native control. */
export type LogStepKey = 'ArrowRight' | 'ArrowUp' | 'ArrowLeft' | 'ArrowDown' | 'PageUp' | 'PageDown';

/** Relative tolerance under which a value counts as sitting on a rung. */
const ON_RUNG = 1e-9;

/**
 * The ladder values in $[\min, \max]$, ascending, with both ends included.
 *
 * @example
 * logLadder(0.01, 0.1); // → [0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1]
 */
export function logLadder(min: number, max: number): number[] {
  const values = new Set<number>([min, max]);
  for (let k = Math.floor(Math.log10(min)) - 1; k <= Math.ceil(Math.log10(max)); k++) {
    for (const m of LADDER_MANTISSAS) {
      // Rounded to 12 significant digits, so 3 × 10^−2 is 0.03 and not 0.030000000000000002.
      const value = Number((m * 10 ** k).toPrecision(12));
      if (value >= min && value <= max) values.add(value);
    }
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * Whether a key is one that {@link logKeyStep} moves by.
 *
 * @example
 * isLogStepKey('PageUp'); // → true
 * isLogStepKey('Home'); // → false
 */
export function isLogStepKey(key: string): key is LogStepKey {
  return ['ArrowRight', 'ArrowUp', 'ArrowLeft', 'ArrowDown', 'PageUp', 'PageDown'].includes(key);
}

/**
 * The value after one key press: the next rung of the ladder above (ArrowRight, ArrowUp) or below (ArrowLeft,
 * ArrowDown) the current value, or the rung at or beyond ten times (PageUp) or a tenth of (PageDown) the current
 * value. A value between rungs (set by dragging or typing) goes to the nearest rung in the direction of the key.
 * The result stays in $[\min, \max]$; at an end the value stays where it is.
 *
 * @example
 * logKeyStep(1, 'ArrowRight', 0.01, 100); // → 1.5
 * logKeyStep(1.26, 'ArrowLeft', 0.01, 100); // → 1
 * logKeyStep(0.3, 'PageDown', 0.01, 100); // → 0.03
 * logKeyStep(0.012, 'PageDown', 0.01, 100); // → 0.01
 * logKeyStep(100, 'ArrowUp', 0.01, 100); // → 100
 */
export function logKeyStep(value: number, key: LogStepKey, min: number, max: number): number {
  const ladder = logLadder(min, max);
  const up = key === 'ArrowRight' || key === 'ArrowUp' || key === 'PageUp';
  const page = key === 'PageUp' || key === 'PageDown';
  const target = page ? (up ? value * 10 : value / 10) : value;
  if (up) {
    // Arrow: the first rung strictly above; page: the first rung at or above 10·value.
    const next = ladder.find((rung) => (page ? rung >= target * (1 - ON_RUNG) : rung > target * (1 + ON_RUNG)));
    return next ?? max;
  }
  const below = ladder.filter((rung) => (page ? rung <= target * (1 + ON_RUNG) : rung < target * (1 - ON_RUNG)));
  return below.length > 0 ? (below[below.length - 1] as number) : min;
}
