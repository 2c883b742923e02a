/**
 * Combining the scores of several reward models into one: the mean or the minimum over the ensemble, per
 * response (Coste et al. 2024, "Reward model ensembles help mitigate overoptimization"; Eisenstein et al. 2023,
 * "Helping or herding? Reward model ensembles mitigate but do not eliminate reward hacking").
 *
 * @module
 */
import { assertNonEmpty, fail, toFiniteVector } from './validate.ts';

/** How the members are combined: their mean, or their minimum (worst-case optimization). */
export type EnsembleMode = 'mean' | 'min';

/**
 * The ensemble reward of each response $y$ from $M$ members $r_1, \dots, r_M$:
 * $$ r_{\mathrm{mean}}(y) = \frac1M \sum_{m=1}^M r_m(y), \qquad r_{\min}(y) = \min_m r_m(y). $$
 * The mean averages away errors the members do not share; the minimum scores a response by its most sceptical
 * member, so a response only one member overrates gains nothing. Neither removes an error all members share.
 *
 * Edge cases: `members` a non-empty array of finite vectors of one length, `mode` `'mean'` or `'min'`;
 * otherwise `RangeError` naming the argument. One member returns a copy of it in both modes.
 *
 * @example
 * combineRewardEnsemble([[1, 4], [3, 0]], 'mean'); // Float64Array [2, 2]
 * combineRewardEnsemble([[1, 4], [3, 0]], 'min'); // Float64Array [1, 0]
 */
export function combineRewardEnsemble(members: readonly ArrayLike<number>[], mode: EnsembleMode): Float64Array<ArrayBuffer> {
  if (mode !== 'mean' && mode !== 'min') fail('mode', "'mean' or 'min'", mode);
  if (!Array.isArray(members)) fail('members', 'a non-empty array of reward vectors', members);
  assertNonEmpty('members', members);
  const vectors = members.map((m, i) => toFiniteVector(`members[${String(i)}]`, m));
  const length = (vectors[0] as Float64Array).length;
  vectors.forEach((v, i) => {
    if (v.length !== length) fail(`members[${String(i)}]`, `a vector of length ${String(length)} like members[0]`, members[i]);
  });
  const out = new Float64Array(length);
  for (let y = 0; y < length; y++) {
    let acc = mode === 'mean' ? 0 : Infinity;
    for (const v of vectors) acc = mode === 'mean' ? acc + (v[y] as number) : Math.min(acc, v[y] as number);
    out[y] = mode === 'mean' ? acc / vectors.length : acc;
  }
  return out;
}
