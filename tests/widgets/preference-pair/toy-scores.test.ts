/**
 * Expected values computed independently with Python 3 (numpy, scipy) from content/datasets/preference-pairs.jsonl:
 * the Bradley–Terry rewards by minimising Σ softplus(−(r_w − r_l)) over every vote with scipy.optimize.minimize
 * (BFGS, gtol 1e-12) and centring per prompt; the DPO margins by plain full-batch gradient descent on the mean DPO
 * loss over the 50 votes with logits starting at 0, β = 0.1 and step size 10/β² = 1000, written out in numpy.
 */
import { describe, expect, it } from 'vitest';
import { indexPreferenceDataset, preferenceDataset } from '../../../src/widgets/preference-pair/dataset.ts';
import { toyScores } from '../../../src/widgets/preference-pair/toy-scores.ts';

const REWARDS = [
  [1.633848, 0, -1.633848],
  [1.497605, -0.396473, -1.101132],
  [0.616977, 0.311873, -0.92885],
  [0.202733, -0.202733],
];
/** u = β(log-ratio_w − log-ratio_l) of records 1–10 after 1, 3 and 40 steps. */
const MARGINS_AFTER = {
  1: [0.8, 1.6, 0.8, 1.0, 1.4, 0.4, 0.2, 1.0, 0.8, 0.2],
  3: [1.235661, 2.471322, 1.235661, 1.515107, 2.112525, 0.597418, 0.283458, 1.423978, 1.14052, 0.351285],
  40: [1.633792, 3.267584, 1.633792, 1.894073, 2.598731, 0.704658, 0.305104, 1.545827, 1.240723, 0.405465],
} as const;
/** log π_θ/π_ref per response after 3 steps. */
const LOG_RATIOS_3 = [
  [1.098608, -11.258002, -23.614612],
  [1.098612, -14.05246, -20.026637],
  [1.041529, -1.79305, -13.198251],
  [0.663771, -2.849076],
];

const scores = toyScores(preferenceDataset, 40);
const implicitMargins = (step: number) =>
  preferenceDataset.positions.map(({ prompt, chosen, rejected }) => {
    const row = scores.logRatios[step]![prompt]!;
    return scores.beta * (row[chosen]! - row[rejected]!);
  });

describe('toyScores(dataset, maxSteps)', () => {
  it('fits the Bradley–Terry rewards of the votes (scipy)', () => {
    scores.rewards.forEach((row, x) => row.forEach((r, y) => expect(r).toBeCloseTo(REWARDS[x]![y]!, 5)));
  });

  it('starts DPO at π_θ = π_ref: every log-ratio is 0 (to rounding) at step 0', () => {
    expect(scores.logRatios).toHaveLength(41);
    for (const value of scores.logRatios[0]!.flat()) expect(Math.abs(value)).toBeLessThan(1e-15);
  });

  it.each([1, 3, 40] as const)('gives the implicit reward margins after %i steps (numpy)', (step) => {
    implicitMargins(step).forEach((u, i) => expect(u).toBeCloseTo(MARGINS_AFTER[step][i]!, 5));
  });

  it('gives the log-ratios after 3 steps (numpy)', () => {
    scores.logRatios[3]!.forEach((row, x) => row.forEach((value, y) => expect(value).toBeCloseTo(LOG_RATIOS_3[x]![y]!, 5)));
  });

  it('approaches the Bradley–Terry margins as DPO converges: within 0.001 by step 40', () => {
    const rewardMargins = preferenceDataset.positions.map(({ prompt, chosen, rejected }) => scores.rewards[prompt]![chosen]! - scores.rewards[prompt]![rejected]!);
    implicitMargins(40).forEach((u, i) => expect(Math.abs(u - rewardMargins[i]!)).toBeLessThan(1e-3));
    // …and not before: at step 30 the largest gap is still 0.00115 (numpy), so the widget's maximum is 40.
    expect(Math.max(...implicitMargins(30).map((u, i) => Math.abs(u - rewardMargins[i]!)))).toBeGreaterThan(1e-3);
  });

  it('throws a RangeError when a prompt has no finite fit (a response that wins every vote)', () => {
    const base = { prompt: 'p', line: 1 };
    const d = indexPreferenceDataset([{ ...base, id: 'a', chosen: 'x', rejected: 'y', votes: { chosen: 3, rejected: 0 } }]);
    expect(() => toyScores(d, 1)).toThrow(RangeError);
    expect(() => toyScores(d, 1)).toThrow(/prompt 1 \("p"\) have no finite Bradley–Terry fit/);
  });
});
