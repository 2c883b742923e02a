/**
 * Decimals of the `kl-estimators` widget (content/chapter-4/kl-estimators.mdx), shared by its table, summary,
 * chart legend and live equation values so that all of them show the exact KL with the same digits.
 */

/**
 * Decimals for the estimates at a given exact KL: three significant digits of the KL, and at least 3 decimals,
 * so a drift of μ = 0.1 (KL 0.005) shows 0.00500 rather than 0.005.
 *
 * @example
 * estimateDigits(0.5); // → 3
 * estimateDigits(0.005); // → 5
 */
export function estimateDigits(kl: number): number {
  if (!(kl > 0)) return 3;
  return Math.min(8, Math.max(3, 2 - Math.floor(Math.log10(kl))));
}
