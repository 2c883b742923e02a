/**
 * Expected values from an independent numpy implementation (numpy 2.x): the world's gold rewards from
 * np.random.seed(seed); np.random.randn(4*4*3), rankings by argsort(-(r* − log(−log u))) with
 * u = np.random.seed([seed, 5]); np.random.random_sample(4*K), all C(K,2) pairs per prompt weighted 1/C(K,2),
 * losses logaddexp(0, −m), max(0, 1 − m) and (m − 0.5)².
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import {
  derivePairwiseLoss,
  pairwiseLossChartConfig,
  pairwiseLossChartDescription,
  pairwiseLossFallback,
  pairwiseLossRange,
  pairwiseLossTable,
  summarizePairwiseLoss,
} from '../../../src/widgets/pairwise-loss/model.ts';
import { pairwiseLossDefaults, pairwiseLossSchema } from '../../../src/widgets/pairwise-loss/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('derivePairwiseLoss(state)', () => {
  it.each([
    [42, 3, 0.523452, 0.562464, 0.45926, 10, 12],
    [42, 4, 0.709501, 0.91848, 0.917698, 13, 24],
    [42, 2, 0.716678, 0.942024, 0.904939, 2, 4],
    [7, 4, 0.591766, 0.6677, 1.016536, 18, 24],
  ])('seed %i, K = %i: batch losses logistic %f, hinge %f, squared %f (numpy)', (seed, k, logistic, hinge, squared, positive, n) => {
    const at = (loss: 'logistic' | 'hinge' | 'squared') => derivePairwiseLoss({ seed, k, loss });
    expect(at('logistic').batchLoss).toBeCloseTo(logistic, 5);
    expect(at('hinge').batchLoss).toBeCloseTo(hinge, 5);
    expect(at('squared').batchLoss).toBeCloseTo(squared, 5);
    expect(at('logistic').correctCount).toBe(positive);
    expect(at('logistic').pairs.length).toBe(n);
  });

  it('gives pair 1 of the default batch the numpy margin, losses and gradients of every loss', () => {
    const m = 1.5353481776582054;
    const pair = (loss: 'logistic' | 'hinge' | 'squared') => derivePairwiseLoss({ ...pairwiseLossDefaults, loss }).pairs[0];
    expect(pair('logistic')).toMatchObject({ prompt: 1, chosen: 3, rejected: 1, weight: 1 / 3 });
    expect(pair('logistic')?.margin).toBeCloseTo(m, 12);
    expect(pair('logistic')?.loss).toBeCloseTo(0.195057351, 8);
    expect(pair('logistic')?.gradient).toBeCloseTo(-0.177212531, 8);
    expect(pair('hinge')?.loss).toBe(0);
    expect(pair('hinge')?.gradient).toBe(0);
    expect(pair('squared')?.loss).toBeCloseTo(1.071945849, 8);
    expect(pair('squared')?.gradient).toBeCloseTo(2.070696355, 8);
  });

  it('draws curves of the selected loss: the gradient curve is the loss curve’s slope (finite differences)', () => {
    for (const loss of ['logistic', 'squared'] as const) {
      const d = derivePairwiseLoss({ ...pairwiseLossDefaults, loss });
      for (let i = 1; i < d.lossCurve.length - 1; i += 12) {
        const slope = ((d.lossCurve[i + 1]?.y ?? 0) - (d.lossCurve[i - 1]?.y ?? 0)) / ((d.lossCurve[i + 1]?.x ?? 0) - (d.lossCurve[i - 1]?.x ?? 0));
        expect(d.gradientCurve[i]?.y).toBeCloseTo(slope, 2);
      }
    }
  });

  it('keeps every pair on the axis and the curves inside it for any valid state (property)', () => {
    fc.assert(
      fc.property(validState(pairwiseLossSchema), (s) => {
        const d = derivePairwiseLoss(s);
        expect(d.pairs.length).toBe(4 * d.pairsPerPrompt);
        for (const pair of d.pairs) {
          expect(pair.margin).toBeGreaterThanOrEqual(d.range.min);
          expect(pair.margin).toBeLessThanOrEqual(d.range.max);
        }
        expect(d.range.min).toBeLessThanOrEqual(-2);
        expect(d.range.max).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 40 },
    );
  });
});

describe('pairwiseLossRange(margins)', () => {
  it('always covers [−2, 2] and fits wider margins', () => {
    expect(pairwiseLossRange([1.535, -0.978])).toEqual({ min: -2.5, max: 2.5 });
    const wide = pairwiseLossRange([4.2]);
    expect(wide.max).toBeGreaterThanOrEqual(4.2);
  });
});

describe('summarizePairwiseLoss(state)', () => {
  it('states K, the weight, the loss and the batch loss', () => {
    expect(summarizePairwiseLoss(pairwiseLossDefaults)).toBe(
      'K = 3: 4 rankings give 12 pairs, each weighted 1/3; logistic −log σ(m) loss: batch loss 0.5235; 10 of 12 pairs have a positive margin m.',
    );
    expect(summarizePairwiseLoss({ ...pairwiseLossDefaults, k: 2, loss: 'hinge' })).toContain('each weighted 1; hinge max(0, 1 − m) loss: batch loss 0.9420');
  });
});

describe('pairwiseLossTable(derived)', () => {
  it('lists each pair with margin, weight, loss and gradient of the selected loss', () => {
    const table = pairwiseLossTable(derivePairwiseLoss(pairwiseLossDefaults));
    expect(table.rows[0]).toEqual(['1', 'y3 ≻ y1', '1.535', '1/3', '0.1951', '−0.1772']);
    expect(table.rows[2]).toEqual(['1', 'y1 ≻ y2', '−0.978', '1/3', '1.2975', '−0.7268']);
    expect(pairwiseLossTable(derivePairwiseLoss({ ...pairwiseLossDefaults, loss: 'squared' })).rows[0]?.slice(4)).toEqual(['1.0719', '2.0707']);
  });
});

describe('pairwiseLossChartConfig(derived, colors)', () => {
  it('has the loss curve, the gradient curve and the two pair datasets, all following the selected loss', () => {
    const d = derivePairwiseLoss({ ...pairwiseLossDefaults, loss: 'hinge' });
    const config = pairwiseLossChartConfig(d, paletteChartColors('light'));
    expect(config.data.datasets.map((set) => set.label)).toEqual([
      'Loss ℓ(m), hinge max(0, 1 − m)',
      'Gradient ∂ℓ/∂m (right axis)',
      'Pairs ordered correctly',
      'Pairs ordered wrongly',
    ]);
    expect(config.data.datasets[2]?.data.length).toBe(d.correctCount);
    expect(pairwiseLossChartDescription(d)).toContain('hinge max(0, 1 − m) loss over the margin m from −2.5 to 2.5');
  });
});

describe('pairwiseLossFallback(state)', () => {
  it('has the summary and one table row per pair', () => {
    const fallback = pairwiseLossFallback({ ...pairwiseLossDefaults, k: 4 });
    expect(fallback.table.rows.length).toBe(24);
    expect(fallback.summary).toContain('24 pairs, each weighted 1/6');
  });
});
