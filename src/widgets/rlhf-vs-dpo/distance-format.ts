/**
 * How the `rlhf-vs-dpo` widget writes a distance that shrinks over many orders of magnitude
 * (content/chapter-1/rlhf-vs-dpo.mdx): three decimals down to 0.01, then two significant digits and a power of ten.
 */
import { formatFixed } from '../shared/format-number.ts';

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * `10` with a superscript integer exponent, e.g. for the ticks of a logarithmic axis.
 *
 * @example
 * powerOfTen(-6); // → '10⁻⁶'
 */
export function powerOfTen(exponent: number): string {
  return `10${[...String(Math.round(exponent))].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
}

/**
 * A non-negative distance: `formatFixed(value, 3)` from 0.01 up, else two significant digits times a power of ten
 * (`5.6 × 10⁻⁷`); exactly 0 is `0`, `NaN` is `—`.
 *
 * @example
 * formatDistance(0.2404); // → '0.240'
 * formatDistance(0.00319); // → '3.2 × 10⁻³'
 * formatDistance(5.64e-7); // → '5.6 × 10⁻⁷'
 */
export function formatDistance(value: number): string {
  if (Number.isNaN(value)) return '—';
  if (value === 0) return '0';
  if (!Number.isFinite(value) || Math.abs(value) >= 0.01) return formatFixed(value, 3);
  const [mantissa, exponent] = value.toExponential(1).split('e');
  return `${mantissa ?? ''} × ${powerOfTen(Number(exponent))}`;
}
