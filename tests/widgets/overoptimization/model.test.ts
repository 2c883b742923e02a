/**
 * Independent values: python3 (numpy 2.4, scipy 1.17) recomputes everything from the answers' features and the
 * five fitted weight vectors, dumped from `rewardModels()` (the fit itself is tested in
 * tests/math/trainers/linear-bradley-terry-map.test.ts): π_β by a shifted softmax of log π_ref + r/β on the same
 * 61 β values, KL with scipy.special.xlogy, best-of-n as F**n − (F − π_ref)**n over the sorted proxy, Gao's fits
 * with np.linalg.lstsq, and the adaptive controller as a loop with np.clip.
 */
import { describe, expect, it } from 'vitest';
import { adaptiveKlRun, frontierPoint } from '../../../src/math/index.ts';
import {
  deriveOveroptimization,
  overoptimizationFallback,
  overoptimizationTable,
  rewardModels,
  summarizeOveroptimization,
} from '../../../src/widgets/overoptimization/model.ts';
import { overoptimizationDefaults, type OveroptimizationState } from '../../../src/widgets/overoptimization/state.ts';

const at = (changes: Partial<OveroptimizationState>) => deriveOveroptimization({ ...overoptimizationDefaults, ...changes });
const d = at({});

describe('deriveOveroptimization(state)', () => {
  it('fits five reward models that pay more for length than for helpfulness (the first: 0.503, 0.159, 0.954)', () => {
    const w = rewardModels().weights;
    expect(w).toHaveLength(5);
    expect(w[0]![0]).toBeCloseTo(0.5034144102875201, 10);
    expect(w[0]![2]).toBeCloseTo(0.954155336580381, 10);
  });
  it('default: gold peaks at +0.172 (KL 0.589) and ends at −0.437 while the proxy ends at +0.814 (numpy)', () => {
    expect(d.goldPeak.gold - d.goldRef).toBeCloseTo(0.17232154097722913, 10);
    expect(d.goldPeak.kl).toBeCloseTo(0.5894121201730635, 10);
    expect(d.greedy.goldGain).toBeCloseTo(-0.4371109977654266, 10);
    expect(d.greedy.proxyGain).toBeCloseTo(0.8142097618427868, 10);
    expect(d.goldBest).toBeCloseTo(1.5239432548898832, 10);
  });
  it('default: π_β at β = 0.1 and best-of-16 (numpy)', () => {
    expect(d.chosen.kl).toBeCloseTo(1.2859314472745194, 10);
    expect(d.chosen.proxyGain).toBeCloseTo(0.7543686745201247, 10);
    expect(d.chosen.goldGain).toBeCloseTo(0.009494385136147726, 10);
    expect(d.chosen.stopped).toBe(false);
    expect(d.bestOf16.kl).toBeCloseTo(1.7940357806125602, 10);
    expect(d.bestOf16.goldGain).toBeCloseTo(-0.17737416162301944, 10);
  });
  it("default: Gao et al.'s fits (numpy lstsq)", () => {
    expect(d.bonFit.a).toBeCloseTo(0.6379064249038208, 9);
    expect(d.bonFit.b).toBeCloseTo(0.555052479020652, 9);
    expect(d.rlFit.a).toBeCloseTo(-0.01730526149292348, 9);
    expect(d.rlFit.b).toBeCloseTo(0.44650435886367634, 9);
    expect(d.bonPeak).toBeCloseTo(0.6379064249038208 / (2 * 0.555052479020652), 9);
  });
  it('the proxy favourite is long and bad, the gold-best short (numpy argmax)', () => {
    const fav = d.proxy.indexOf(Math.max(...d.proxy));
    const best = d.gold.indexOf(Math.max(...d.gold));
    expect([fav, best]).toEqual([7, 2]);
    expect(d.lengths[fav]).toBeCloseTo(1.0094188612063604, 12);
    expect(d.gold[fav]).toBeCloseTo(-0.4644219518509173, 12);
    expect(d.lengths[best]).toBeCloseTo(-0.2112839331638865, 12);
  });
  it.each([
    [{ ensemble: 'mean' }, 1.5230153494952765],
    [{ ensemble: 'min' }, 0.8918434905574455],
    [{ lengthPenalty: 0.5 }, 1.5239432548794354],
  ] as const)('%o: the gold gain at the greedy end is %f (numpy), with no fall', (changes, gain) => {
    const x = at(changes);
    expect(x.greedy.goldGain).toBeCloseTo(gain, 9);
    expect(x.goldPeak.gold - x.goldRef).toBeCloseTo(gain, 9);
  });
  it('early stopping at 0.5 nats stops before the peak, whatever β', () => {
    const x = at({ budget: 0.5, beta: 0.01 });
    expect(x.chosen.stopped).toBe(true);
    expect(x.chosen.kl).toBeCloseTo(0.5, 9);
    expect(x.chosen.goldGain).toBeGreaterThan(0.15);
  });
  it('prompt 8: the proxy favourite is the gold-best answer (numpy: both +1.856)', () => {
    const x = at({ prompt: 8 });
    expect(x.greedy.goldGain).toBeCloseTo(1.8560318584802182, 9);
    expect(x.goldBest).toBeCloseTo(1.8560318584802182, 9);
  });
  it('the adaptive controller on the default proxy reaches β = 0.3613, KL 0.4997 after 100 steps (numpy)', () => {
    const ref = d.proxy.map(() => 1 / d.proxy.length);
    const run = adaptiveKlRun((b) => frontierPoint(ref, d.proxy, b).kl, 1, 0.5, 0.1, 100);
    expect(run.betas[100]).toBeCloseTo(0.3612835392365217, 9);
    expect(run.kls[100]).toBeCloseTo(0.49966236003923314, 9);
  });
});

describe('summarizeOveroptimization(state) and overoptimizationTable(derived)', () => {
  it('states the default numbers', () => {
    expect(summarizeOveroptimization(overoptimizationDefaults, d)).toBe(
      'Prompt 2, one reward model: the policy at β = 0.10 spends 1.29 nats, for a proxy gain of +0.75 and a gold gain of +0.01. ' +
        'Along the β path the gold gain peaks at +0.17 (KL 0.59) and ends at −0.44, while the proxy gain ends at +0.81.',
    );
    const table = overoptimizationTable(d);
    expect(table.rows.map((r) => r[0])).toEqual(['π_ref', 'Gold peak of the β path', 'π_β at β = 0.10', 'Greedy (β → 0)', 'Best-of-16']);
    expect(table.rows[4]).toEqual(['Best-of-16', '1.79', '1.34', '+0.79', '−0.18']);
    expect(overoptimizationFallback(overoptimizationDefaults).table.caption).toContain('a = 0.638, b = 0.555');
  });
});
