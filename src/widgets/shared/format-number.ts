/**
 * Number formatting for widget readouts, summaries and build-time fallbacks. Negative numbers use the
 * typographic minus sign (U+2212), as the course text does; a value that rounds to zero never shows as "−0".
 */

const MINUS = '\u2212';

/** Replaces a leading ASCII hyphen-minus by U+2212 and drops the sign of a rounded zero. */
function typographic(text: string): string {
  if (text.startsWith('-') && Number(text) === 0) return text.slice(1);
  return text.startsWith('-') ? MINUS + text.slice(1) : text;
}

/**
 * A value with a fixed number of decimals, e.g. for probabilities and losses. Values of a million or more
 * switch to exponent notation so a readout never overflows its cell; non-finite values are spelled out.
 *
 * @example
 * formatFixed(0.4997940, 4); // → '0.4998'
 * formatFixed(-0.01, 3);     // → '−0.010'
 * formatFixed(-0.00001, 3);  // → '0.000'
 */
export function formatFixed(value: number, digits: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : `${MINUS}∞`;
  if (Math.abs(value) >= 1e6) return typographic(value.toExponential(2));
  return typographic(value.toFixed(digits));
}

/**
 * A parameter value (β, a shift, a scale) in at most `significant` significant digits with no trailing zeros.
 *
 * @example
 * formatParameter(0.1);          // → '0.1'
 * formatParameter(0.1122018454); // → '0.112'
 * formatParameter(-2);           // → '−2'
 */
export function formatParameter(value: number, significant = 3): string {
  if (!Number.isFinite(value)) return formatFixed(value, 0);
  return typographic(String(Number(value.toPrecision(significant))));
}
