import { describe, expect, it } from 'vitest';
import {
  deriveDpoLoss,
  dpoLossChartConfig,
  dpoLossChartDescription,
  dpoLossFallback,
  dpoLossRange,
  dpoLossTable,
  dpoVariantLandmark,
  summarizeDpoLoss,
  variantPhrase,
} from '../../../src/widgets/dpo-loss/model.ts';
import { dpoLossWidget } from '../../../src/widgets/dpo-loss/widget.ts';
import { dpoLossDefaults, type DpoLossState } from '../../../src/widgets/dpo-loss/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { documentedResult } from '../tsdoc-example.ts';

/**
 * The seed notebook's DPO example: β = 0.1, log-ratios w = [1.2, 0.8, 0.4, 1.5], l = [−0.2, 0.1, 0.5, 0.0]; values
 * from numpy float64 (the notebook prints the margins as "DPO advantages: [ 0.14 0.07 -0.01 0.15]", the weights
 * rounded to 0.465 0.483 0.502 0.463 and the loss 0.6509).
 */
const SEED = {
  margins: [0.14, 0.07, -0.01, 0.15],
  losses: [0.625595, 0.65876, 0.69816, 0.620957],
  mean: 0.650868,
  weights: [0.465057, 0.482507, 0.5025, 0.46257],
};

const withState = (changes: Partial<DpoLossState>): DpoLossState => ({ ...dpoLossDefaults, ...changes });

describe('deriveDpoLoss(state)', () => {
  it('gives the seed margins, losses, weights and mean (numpy)', () => {
    const derived = deriveDpoLoss(dpoLossDefaults);
    derived.pairs.forEach((pair, i) => {
      expect(pair.margin).toBeCloseTo(SEED.margins[i] as number, 12);
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
  ] as const)('%s loss with ε = %s has the seed batch mean %s (numpy float64)', (variant, epsilon, mean) => {
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

  it('plain DPO weights σ(−βΔ) shrink as β grows for correctly ordered pairs', () => {
    const small = deriveDpoLoss(withState({ beta: 0.1 })).pairs[0]!.weight;
    const large = deriveDpoLoss(withState({ beta: 2 })).pairs[0]!.weight;
    expect(large).toBeLessThan(small);
  });

  // Each variant's gradient weight −∂ℓ/∂u per pair, computed independently with python3/numpy (float64):
  //   w = np.array([1.2, 0.8, 0.4, 1.5]); l = np.array([-0.2, 0.1, 0.5, 0.0]); d = w - l; u = beta * d
  //   sigmoid 1/(1+np.exp(u)); hinge np.where(u < 1, 1., 0.); ipo -2*(d - 1/(2*beta))/beta;
  //   cdpo (1-e)*sig(-u) - e*sig(u) = sig(-u) - e; robust ((1-e)*sig(-u) + e*sig(u))/(1-2*e)
  it.each([
    ['sigmoid', 1, 0.1, [0.19781611, 0.33181223, 0.52497919, 0.18242552]],
    // the hinge is flat past u = 1: pairs 1 and 4 (u = 1.4, 1.5) have loss 0 and weight exactly 0
    ['hinge', 1, 0.1, [0, 1, 1, 0]],
    // the IPO target is u = 1/2; at β = 0.5 pairs 1 and 4 (u = 0.7, 0.75) overshoot it and are pulled back
    ['ipo', 0.5, 0.1, [-1.6, 1.2, 4.4, -2]],
    // past u* = log 4 ≈ 1.386, cDPO with ε = 0.2 pulls pairs 1 and 4 back: σ(−u) − ε < 0
    ['cdpo', 1, 0.2, [-0.00218389, 0.13181223, 0.32497919, -0.01757448]],
    ['robust', 1, 0.2, [0.53114944, 0.66514556, 0.85831252, 0.51575886]],
  ] as const)('shows the %s gradient weight −∂ℓ/∂u at β = %s, ε = %s (numpy)', (variant, beta, epsilon, weights) => {
    const derived = deriveDpoLoss(withState({ variant, beta, epsilon }));
    derived.pairs.forEach((pair, i) => expect(pair.weight, `pair ${String(i + 1)}`).toBeCloseTo(weights[i] as number, 7));
    if (variant === 'hinge') {
      expect(derived.pairs.map((pair) => pair.loss)).toEqual([0, expect.any(Number), expect.any(Number), 0]);
      expect(derived.pairs[0]!.weight).toBe(0);
    }
  });

  it.each(['sigmoid', 'hinge', 'ipo', 'cdpo', 'robust'] as const)(
    'draws the %s loss and weight curves through the pairs (β = 1, ε = 0.2)',
    (variant) => {
      const derived = deriveDpoLoss(withState({ variant, beta: 1, epsilon: 0.2 }));
      // Linear interpolation of each curve at a pair's margin lands on the pair's own loss and weight
      // (grid step 2.5/96 ≈ 0.026; no pair sits near the hinge's kink at u = 1).
      const at = (curve: { x: number; y: number }[], u: number) => {
        const k = curve.findIndex((point) => point.x >= u);
        const [a, b] = [curve[k - 1]!, curve[k]!];
        return a.y + ((u - a.x) / (b.x - a.x)) * (b.y - a.y);
      };
      for (const pair of derived.pairs) {
        expect(at(derived.lossCurve, pair.margin)).toBeCloseTo(pair.loss, 2);
        expect(at(derived.weightCurve, pair.margin)).toBeCloseTo(pair.weight, 2);
      }
    },
  );

  it('draws the hinge loss and its 1-or-0 weight over the fitted range', () => {
    const derived = deriveDpoLoss(withState({ variant: 'hinge', beta: 1 }));
    for (const point of derived.lossCurve) expect(point.y).toBeCloseTo(Math.max(0, 1 - point.x), 9);
    for (const point of derived.weightCurve) expect(point.y).toBe(point.x < 1 - 1e-9 ? 1 : point.x > 1 + 1e-9 ? 0 : point.y);
    expect(derived.range).toEqual({ min: -0.5, max: 2 });
  });

  it('draws the IPO weight −(2/β²)(u − ½): zero at the target u = ½ and unbounded', () => {
    const derived = deriveDpoLoss(withState({ variant: 'ipo', beta: 0.1 }));
    for (const point of derived.weightCurve) expect(point.y).toBeCloseTo((-2 / 0.01) * (point.x - 0.5), 8);
    expect(Math.max(...derived.weightCurve.map((point) => point.y))).toBeGreaterThan(100);
  });
});

describe('dpoLossRange(margins)', () => {
  it('fits the seed margins [0.14, 0.07, −0.01, 0.15] with 0 and padding: [−0.05, 0.2], not [−3, 3]', () => {
    expect(dpoLossRange(SEED.margins)).toEqual({ min: -0.05, max: 0.2 });
  });
  it('keeps the default pairs apart: the two closest (0.14, 0.15) are at least 4 % of the axis apart', () => {
    const { range } = deriveDpoLoss(dpoLossDefaults);
    expect(0.01 / (range.max - range.min)).toBeGreaterThanOrEqual(0.04);
    for (const u of SEED.margins) {
      expect(u).toBeGreaterThan(range.min);
      expect(u).toBeLessThan(range.max);
    }
  });
  it('always contains 0 and widens a single point to a minimum span', () => {
    expect(dpoLossRange([5])).toEqual({ min: -1, max: 6 });
    expect(dpoLossRange([0])).toEqual({ min: -0.08, max: 0.08 });
  });
  it('follows β: the pairs move along u = βΔ and the axis with them', () => {
    expect(deriveDpoLoss(withState({ beta: 1 })).range).toEqual({ min: -0.5, max: 2 });
    expect(deriveDpoLoss(withState({ beta: 10 })).range).toEqual({ min: -5, max: 20 });
  });
});

describe('dpoVariantLandmark(variant, epsilon)', () => {
  it('is IPO\'s target ½, the hinge\'s kink 1 and cDPO\'s u* = log((1 − ε)/ε) (log 9 ≈ 2.197225 at ε = 0.1, numpy)', () => {
    expect(dpoVariantLandmark('ipo', 0.3)).toBe(0.5);
    expect(dpoVariantLandmark('hinge', 0)).toBe(1);
    expect(dpoVariantLandmark('cdpo', 0.1)).toBeCloseTo(2.197225, 6);
    expect(dpoVariantLandmark('cdpo', 0)).toBeUndefined();
    expect(dpoVariantLandmark('sigmoid', 0.1)).toBeUndefined();
    expect(dpoVariantLandmark('robust', 0.1)).toBeUndefined();
  });
});

describe('dpoLossRange(margins, landmark) in deriveDpoLoss', () => {
  // Review of content/chapter-5/dpo-loss.mdx: at β = 0.1 the fitted axis [−0.05, 0.2] left IPO's target off-axis.
  const cases = [
    { variant: 'ipo', epsilon: 0.1, landmark: 0.5 },
    { variant: 'hinge', epsilon: 0.1, landmark: 1 },
    { variant: 'cdpo', epsilon: 0.1, landmark: Math.log(9) },
    { variant: 'cdpo', epsilon: 0.01, landmark: Math.log(99) },
  ] as const;
  it.each(cases)('shows the $variant landmark $landmark at every β from 0.01 to 10', ({ variant, epsilon, landmark }) => {
    for (const beta of [0.01, 0.03, 0.1, 0.3, 1, 3, 10]) {
      const { range } = deriveDpoLoss(withState({ variant, epsilon, beta }));
      expect(range.min).toBeLessThan(landmark);
      expect(range.max).toBeGreaterThan(landmark);
    }
  });
  it('keeps the IPO axis fixed at [−0.1, 0.6] from β = 0.01 to 0.1, so the pairs slide towards the target', () => {
    const small = deriveDpoLoss(withState({ variant: 'ipo', beta: 0.01 }));
    const seed = deriveDpoLoss(withState({ variant: 'ipo', beta: 0.1 }));
    expect(small.range).toEqual({ min: -0.1, max: 0.6 });
    expect(seed.range).toEqual(small.range);
    expect(seed.pairs[0]!.margin).toBeGreaterThan(small.pairs[0]!.margin + 0.1);
  });
  it('leaves the sigmoid and robust axes fitted to the pairs alone', () => {
    expect(deriveDpoLoss(withState({ variant: 'robust' })).range).toEqual({ min: -0.05, max: 0.2 });
  });
});

describe('summarizeDpoLoss(state)', () => {
  it('states the seed numbers with the gradient weights −∂ℓ/∂u', () => {
    expect(summarizeDpoLoss(dpoLossDefaults)).toBe(
      'β = 0.1, sigmoid (DPO) loss: mean 0.6509, 3 of 4 pairs ordered correctly; gradient weights −∂ℓ/∂u = 0.4651, 0.4825, 0.5025, 0.4626.',
    );
  });
  it('changes with β, the variant and ε', () => {
    expect(summarizeDpoLoss(withState({ beta: 0.2 }))).toMatch(/^β = 0\.2, sigmoid \(DPO\) loss: mean /);
    expect(summarizeDpoLoss(withState({ variant: 'ipo' }))).toContain('IPO loss: mean 17.4275');
    expect(summarizeDpoLoss(withState({ variant: 'cdpo', epsilon: 0.1 }))).toContain('(ε = 0.1): mean 0.6596');
    expect(summarizeDpoLoss(withState({ variant: 'robust', epsilon: 0.5 }))).toContain('ε = 0.49, lowered to stay below 0.5');
  });
  it('reports the selected variant’s weights, not σ(−βΔ) (numpy values above)', () => {
    expect(summarizeDpoLoss(withState({ variant: 'hinge', beta: 1 }))).toContain('gradient weights −∂ℓ/∂u = 0.0000, 1.0000, 1.0000, 0.0000.');
    expect(summarizeDpoLoss(withState({ variant: 'cdpo', beta: 1, epsilon: 0.2 }))).toContain('= \u22120.0022, 0.1318, 0.3250, \u22120.0176.');
    expect(summarizeDpoLoss(withState({ variant: 'ipo', beta: 0.5 }))).toContain('= \u22121.6000, 1.2000, 4.4000, \u22122.0000.');
  });
  it('uses the singular for one pair', () => {
    expect(summarizeDpoLoss(withState({ chosen: [1], rejected: [0] }))).toMatch(/1 of 1 pair ordered correctly; gradient weight −∂ℓ\/∂u = 0\.4750\.$/);
  });
});

describe('variantPhrase(derived)', () => {
  it('names the variant, with ε only where it applies', () => {
    expect(variantPhrase(deriveDpoLoss(dpoLossDefaults))).toBe('sigmoid (DPO) loss');
    expect(variantPhrase(deriveDpoLoss(withState({ variant: 'robust', epsilon: 0.2 })))).toBe('robust DPO loss (ε = 0.2)');
  });
});

describe('dpoLossTable(derived)', () => {
  it('lists log-ratios, margins, losses and gradient weights per pair (numpy)', () => {
    const table = dpoLossTable(deriveDpoLoss(dpoLossDefaults));
    expect(table.columns).toEqual(['Pair', 'h_w', 'h_l', 'u = βΔ', 'Loss ℓ(u)', 'Gradient weight −∂ℓ/∂u']);
    expect(table.rows).toEqual([
      ['1', '1.20', '\u22120.20', '0.140', '0.6256', '0.4651'],
      ['2', '0.80', '0.10', '0.070', '0.6588', '0.4825'],
      ['3', '0.40', '0.50', '\u22120.010', '0.6982', '0.5025'],
      ['4', '1.50', '0.00', '0.150', '0.6210', '0.4626'],
    ]);
    expect(table.caption).toBe(
      'Per pair: the log-ratios h_w and h_l = log π_θ/π_ref of the chosen and rejected answers, Δ = h_w − h_l, ' +
        'the implicit reward margin u = βΔ, the sigmoid (DPO) loss and its gradient weight −∂ℓ/∂u, at β = 0.1; mean loss 0.6509.',
    );
  });
  it('shows the hinge’s zero weights where its loss is zero (β = 1)', () => {
    const rows = dpoLossTable(deriveDpoLoss(withState({ variant: 'hinge', beta: 1 }))).rows;
    expect(rows.map((row) => [row[4], row[5]])).toEqual([
      ['0.0000', '0.0000'],
      ['0.3000', '1.0000'],
      ['1.1000', '1.0000'],
      ['0.0000', '0.0000'],
    ]);
  });
});

describe('the TSDoc examples of model.ts', () => {
  const source = new URL('../../../src/widgets/dpo-loss/model.ts', import.meta.url);
  it('dpoLossTable(…).rows[2] is what it documents', () => {
    expect(dpoLossTable(deriveDpoLoss(dpoLossDefaults)).rows[2]).toEqual(documentedResult(source, 'dpoLossTable(deriveDpoLoss(dpoLossDefaults)).rows[2];'));
  });
  it('dpoLossRange(seed margins) is what it documents', () => {
    expect(dpoLossRange(SEED.margins)).toEqual(documentedResult(source, 'dpoLossRange([0.14, 0.07, -0.01, 0.15]);'));
    expect(dpoLossRange(SEED.margins, 0.5)).toEqual(documentedResult(source, 'dpoLossRange([0.14, 0.07, -0.01, 0.15], 0.5);'));
  });
  it('dpoVariantLandmark is what it documents', () => {
    expect(dpoVariantLandmark('ipo', 0)).toEqual(documentedResult(source, "dpoVariantLandmark('ipo', 0);"));
  });
  it('the hinge weights at β = 1 are what deriveDpoLoss documents', () => {
    const call = "deriveDpoLoss({ ...dpoLossDefaults, beta: 1, variant: 'hinge' }).pairs.map((p) => p.weight);";
    expect(deriveDpoLoss(withState({ beta: 1, variant: 'hinge' })).pairs.map((p) => p.weight)).toEqual(documentedResult(source, call));
  });
});

describe('dpoLossChartDescription(derived)', () => {
  it('names the variant, the margin, its range and the gradient weight', () => {
    expect(dpoLossChartDescription(deriveDpoLoss(dpoLossDefaults))).toBe(
      'The sigmoid (DPO) loss over the implicit reward margin u = βΔ from \u22120.05 to 0.2, each pair a point on it, ' +
        'and its gradient weight −∂ℓ/∂u (dashed, right axis); the table below lists the values.',
    );
  });
});

describe('dpoLossChartConfig(derived, colors)', () => {
  it('plots the loss curve, the gradient-weight curve on the right axis and the pairs, on the fitted range', () => {
    const colors = paletteChartColors('dark');
    const config = dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), colors);
    const [loss, weight, right, wrong] = config.data.datasets;
    expect(loss!.borderColor).toBe(colors.series[0]);
    expect(loss!.label).toBe('Loss ℓ(u), sigmoid (DPO)');
    expect(weight!.label).toBe('Gradient weight −∂ℓ/∂u (right axis)');
    expect(weight!.yAxisID).toBe('y1');
    expect(right!.data).toHaveLength(3);
    expect(wrong!.data[0]!.x).toBeCloseTo(-0.01, 12);
    expect(wrong!.data[0]!.y).toBeCloseTo(0.69816, 5);
    const scales = config.options?.scales;
    expect(scales?.['x']).toMatchObject({ min: -0.05, max: 0.2, title: { text: 'Implicit reward margin u = βΔ' } });
    expect(scales?.['y1']).toMatchObject({ suggestedMin: 0, suggestedMax: 1, title: { text: 'Gradient weight −∂ℓ/∂u' } });
    expect(scales?.['y1']).not.toHaveProperty('min');
    expect(scales?.['y1']).not.toHaveProperty('max');
  });
  it('plots the weight curve of the selected variant (cDPO goes negative past u* = log 4 at ε = 0.2)', () => {
    const derived = deriveDpoLoss(withState({ variant: 'cdpo', beta: 1, epsilon: 0.2 }));
    const weight = dpoLossChartConfig(derived, paletteChartColors('light')).data.datasets[1]!;
    const last = weight.data[weight.data.length - 1]!;
    expect(last.x).toBe(2);
    expect(last.y).toBeCloseTo(1 / (1 + Math.exp(2)) - 0.2, 12); // σ(−2) − 0.2 = −0.0808
  });
  it('caps the IPO loss axis at twice the largest pair loss', () => {
    const derived = deriveDpoLoss(withState({ variant: 'ipo' }));
    const max = Math.max(...derived.pairs.map((pair) => pair.loss));
    expect(dpoLossChartConfig(derived, paletteChartColors('light')).options?.scales?.['y']?.max).toBe(Math.ceil(2 * max));
  });
});

describe('dpoLossFallback(state)', () => {
  it('contains the seed mean loss and gradient weights', () => {
    const fallback = dpoLossFallback(dpoLossDefaults);
    expect(fallback.summary).toContain('0.6509');
    expect(fallback.summary).toContain('0.4651, 0.4825, 0.5025, 0.4626');
    expect(fallback.table.rows.map((row) => row[5])).toEqual(['0.4651', '0.4825', '0.5025', '0.4626']);
  });
});

describe('the dpo-loss widget text', () => {
  it('calls βΔ the implicit reward margin, never an advantage (PPO’s Â, content section 4.3)', () => {
    const texts = [
      dpoLossWidget.description,
      summarizeDpoLoss(dpoLossDefaults),
      dpoLossChartDescription(deriveDpoLoss(dpoLossDefaults)),
      JSON.stringify(dpoLossTable(deriveDpoLoss(dpoLossDefaults))),
      JSON.stringify(dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), paletteChartColors('light'))),
    ];
    for (const text of texts) expect(text).not.toMatch(/advantage/i);
    expect(dpoLossWidget.description).toContain('implicit reward margin u = βΔ');
  });
});
