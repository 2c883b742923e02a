/**
 * The numbers and facts the prose of section 4.5 (content/chapter-4/overoptimization.mdx) states. Its numbers are
 * MDX expressions over the widget's model (pinned against numpy in tests/widgets/overoptimization/model.test.ts);
 * this test checks the facts its sentences state in words and sweeps the prose for any decimal number that is
 * neither an input nor computed, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { bestOfNKl } from '../../src/math/index';
import { deriveOveroptimization, rewardModels } from '../../src/widgets/overoptimization/model';
import { overoptimizationDefaults, type OveroptimizationState } from '../../src/widgets/overoptimization/state';

const at = (changes: Partial<OveroptimizationState>) => deriveOveroptimization({ ...overoptimizationDefaults, ...changes });
const d = at({});

describe('content/chapter-4/overoptimization.mdx', () => {
  const text = sectionProse('chapter-4/overoptimization.mdx');

  it('states no decimal number that is neither an input nor computed in an MDX expression', () => {
    // Inputs: the Ziegler clip ±0.2 and K_β = 0.1, the widget settings η = 0.5 and the early stop 0.5, and the
    // exercises' givens (a = 0.9, b = 0.3, β = 0.1, the factor 1.02 = 1 + 0.1 · 0.2).
    const inputs = new Set(['0.2', '0.1', '0.5', '0.9', '0.3', '1.02']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('the proxy model pays more for length than for helpfulness', () => {
    const w = rewardModels().weights[0]!;
    expect(w[2]!).toBeGreaterThan(w[0]!);
  });

  it('gold peaks then falls below its start on the default prompt, while the proxy keeps rising', () => {
    expect(d.goldPeak.gold - d.goldRef).toBeGreaterThan(0);
    expect(d.greedy.goldGain).toBeLessThan(0);
    const proxies = d.path.map((p) => p.proxy);
    proxies.slice(1).forEach((p, i) => expect(p).toBeGreaterThanOrEqual(proxies[i]! - 1e-12));
    expect(d.bestOf16.goldGain).toBeLessThan(d.goldPeak.gold - d.goldRef);
  });

  it('the exact best-of-16 KL is below the formula', () => {
    expect(d.bestOf16.kl).toBeLessThan(bestOfNKl(16));
  });

  it('the mean ensemble and the penalty make gold rise to the end; the min ends between', () => {
    const mean = at({ ensemble: 'mean' });
    const min = at({ ensemble: 'min' });
    expect(mean.greedy.goldGain).toBeCloseTo(mean.goldPeak.gold - mean.goldRef, 12);
    expect(min.greedy.goldGain).toBeLessThan(mean.greedy.goldGain);
    expect(min.greedy.goldGain).toBeGreaterThan(d.greedy.goldGain);
    expect(at({ lengthPenalty: 0.5 }).greedy.goldGain).toBeCloseTo(d.goldBest, 6);
  });

  it('the RL form fits the default path worse than the best-of-n form fits best-of-n', () => {
    expect(d.rlFit.rmse).toBeGreaterThan(d.bonFit.rmse);
  });

  it('neither fitted peak is where the points peak: both come before the measured maxima', () => {
    const bonTop = d.bon.reduce((top, p) => (p.gold > top.gold ? p : top), d.bon[0]!);
    expect(d.rlPeak!).toBeLessThan(d.goldPeak.d);
    expect(d.bonPeak!).toBeLessThan(bonTop.d);
    expect(bonTop.knob).toBe(4); // numpy recomputation (reviews/overoptimization.py): best-of-n gold peaks at n = 4, d = 0.80
  });

  it('the mean ensemble pays less for length than the first model but more than for helpfulness, and its gold rises along the whole path', () => {
    const weights = rewardModels().weights;
    const mean = [0, 1, 2].map((j) => weights.reduce((s, m) => s + m[j]!, 0) / weights.length);
    expect(mean[2]!).toBeLessThan(weights[0]![2]!);
    expect(mean[2]!).toBeGreaterThan(mean[0]!);
    const golds = at({ ensemble: 'mean' }).path.map((p) => p.gold);
    golds.slice(1).forEach((g, i) => expect(g).toBeGreaterThanOrEqual(golds[i]! - 1e-12));
  });
});
