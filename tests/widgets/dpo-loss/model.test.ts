import { describe, expect, it } from 'vitest';
import {
  deriveDpoLoss,
  dpoLossChartConfig,
  dpoLossFallback,
  dpoLossTable,
  summarizeDpoLoss,
  variantPhrase,
} from '../../../src/widgets/dpo-loss/model.ts';
import { dpoLossDefaults, type DpoLossState } from '../../../src/widgets/dpo-loss/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';

/** REFERENCE.md §4 seed values: β = 0.1, log-ratios w = [1.2, 0.8, 0.4, 1.5], l = [−0.2, 0.1, 0.5, 0.0]. */
const SEED = {
  advantages: [0.14, 0.07, -0.01, 0.15],
  losses: [0.625595, 0.65876, 0.69816, 0.620957],
  mean: 0.650868,
  weights: [0.465057, 0.482507, 0.5025, 0.46257],
};

const withState = (changes: Partial<DpoLossState>): DpoLossState => ({ ...dpoLossDefaults, ...changes });

describe('deriveDpoLoss(state)', () => {
  it('gives the seed advantages, losses, weights and mean (REFERENCE.md §4)', () => {
    const derived = deriveDpoLoss(dpoLossDefaults);
    derived.pairs.forEach((pair, i) => {
      expect(pair.advantage).toBeCloseTo(SEED.advantages[i] as number, 12);
      expect(pair.loss).toBeCloseTo(SEED.losses[i] as number, 6);
      expect(pair.weight).toBeCloseTo(SEED.weights[i] as number, 6);
    });
    expect(derived.meanLoss).toBeCloseTo(SEED.mean, 6);
    expect(derived.accuracy).toBe(0.75);
    expect(derived.correctCount).toBe(3);
  });

  it.each([
    ['hinge', 0.1, 0.9125],
    ['ipo', 0.1, 17.4275],
    ['cdpo', 0.1, 0.659618],
    ['robust', 0.1, 0.63993],
  ] as const)('%s loss with ε = %s has the seed batch mean %s (REFERENCE.md §4 variants table)', (variant, epsilon, mean) => {
    expect(deriveDpoLoss(withState({ variant, epsilon })).meanLoss).toBeCloseTo(mean, 6);
  });

  it('ignores ε for variants without label smoothing', () => {
    const derived = deriveDpoLoss(withState({ epsilon: 0.3 }));
    expect(derived.epsilon).toBe(0);
    expect(derived.meanLoss).toBeCloseTo(SEED.mean, 6);
  });

  it('keeps robust DPO defined by lowering ε below 0.5', () => {
    const derived = deriveDpoLoss(withState({ variant: 'robust', epsilon: 0.5 }));
    expect(derived.epsilon).toBe(0.49);
    expect(derived.epsilonClamped).toBe(true);
    expect(Number.isFinite(derived.meanLoss)).toBe(true);
    expect(deriveDpoLoss(withState({ variant: 'cdpo', epsilon: 0.5 })).epsilon).toBe(0.5);
  });

  it('weights σ(−βΔ) shrink as β grows for correctly ordered pairs', () => {
    const small = deriveDpoLoss(withState({ beta: 0.1 })).pairs[0]!.weight;
    const large = deriveDpoLoss(withState({ beta: 2 })).pairs[0]!.weight;
    expect(large).toBeLessThan(small);
  });

  it('draws curves whose loss matches the pairs at their advantages', () => {
    const derived = deriveDpoLoss(withState({ variant: 'hinge' }));
    for (const point of derived.lossCurve) expect(point.y).toBeCloseTo(Math.max(0, 1 - point.x), 9);
    for (const point of derived.weightCurve) expect(point.y).toBeCloseTo(1 / (1 + Math.exp(point.x)), 12);
    expect(derived.range.min).toBeLessThanOrEqual(-3);
    expect(derived.range.max).toBeGreaterThanOrEqual(3);
  });
});

describe('summarizeDpoLoss(state)', () => {
  it('states the seed numbers', () => {
    expect(summarizeDpoLoss(dpoLossDefaults)).toBe(
      'β = 0.1, sigmoid (DPO) loss: mean 0.6509, 3 of 4 pairs ordered correctly; weights σ(−βΔ) = 0.465, 0.483, 0.502, 0.463.',
    );
  });
  it('changes with β, the variant and ε', () => {
    expect(summarizeDpoLoss(withState({ beta: 0.2 }))).toMatch(/^β = 0\.2, sigmoid \(DPO\) loss: mean /);
    expect(summarizeDpoLoss(withState({ variant: 'ipo' }))).toContain('IPO loss: mean 17.4275');
    expect(summarizeDpoLoss(withState({ variant: 'cdpo', epsilon: 0.1 }))).toContain('(ε = 0.1): mean 0.6596');
    expect(summarizeDpoLoss(withState({ variant: 'robust', epsilon: 0.5 }))).toContain('ε = 0.49, lowered to stay below 0.5');
  });
});

describe('variantPhrase(derived)', () => {
  it('names the variant, with ε only where it applies', () => {
    expect(variantPhrase(deriveDpoLoss(dpoLossDefaults))).toBe('sigmoid (DPO) loss');
    expect(variantPhrase(deriveDpoLoss(withState({ variant: 'robust', epsilon: 0.2 })))).toBe('robust DPO loss (ε = 0.2)');
  });
});

describe('dpoLossTable(derived)', () => {
  it('lists log-ratios, advantages, losses and weights per pair (REFERENCE.md §4)', () => {
    const table = dpoLossTable(deriveDpoLoss(dpoLossDefaults));
    expect(table.rows).toEqual([
      ['1', '1.20', '\u22120.20', '0.140', '0.6256', '0.465'],
      ['2', '0.80', '0.10', '0.070', '0.6588', '0.483'],
      ['3', '0.40', '0.50', '\u22120.010', '0.6982', '0.502'],
      ['4', '1.50', '0.00', '0.150', '0.6210', '0.463'],
    ]);
    expect(table.caption).toContain('mean loss 0.6509');
  });
});

describe('dpoLossChartConfig(derived, colors)', () => {
  it('plots the loss curve, the weight curve on a 0–1 right axis and the pairs', () => {
    const colors = paletteChartColors('dark');
    const config = dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), colors);
    const [loss, weight, right, wrong] = config.data.datasets;
    expect(loss!.borderColor).toBe(colors.series[0]);
    expect(weight!.yAxisID).toBe('y1');
    expect(right!.data).toHaveLength(3);
    expect(wrong!.data[0]!.x).toBeCloseTo(-0.01, 12);
    expect(wrong!.data[0]!.y).toBeCloseTo(0.69816, 5);
    expect(config.options?.scales?.['y1']?.max).toBe(1);
  });
  it('caps the IPO loss axis at twice the largest pair loss', () => {
    const derived = deriveDpoLoss(withState({ variant: 'ipo' }));
    const max = Math.max(...derived.pairs.map((pair) => pair.loss));
    expect(dpoLossChartConfig(derived, paletteChartColors('light')).options?.scales?.['y']?.max).toBe(Math.ceil(2 * max));
  });
});

describe('dpoLossFallback(state)', () => {
  it('contains the seed mean loss and weights', () => {
    const fallback = dpoLossFallback(dpoLossDefaults);
    expect(fallback.summary).toContain('0.6509');
    expect(fallback.summary).toContain('0.465, 0.483, 0.502, 0.463');
    expect(fallback.table.rows.map((row) => row[5])).toEqual(['0.465', '0.483', '0.502', '0.463']);
  });
});
