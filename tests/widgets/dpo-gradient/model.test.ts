import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dpoGradientChartConfig, dpoGradientChartLabel } from '../../../src/widgets/dpo-gradient/chart.ts';
import {
  deriveDpoGradient,
  dpoGradientFallback,
  dpoGradientTable,
  mostPushedDown,
  pairName,
  summarizeDpoGradient,
} from '../../../src/widgets/dpo-gradient/model.ts';
import { advanceDpoGradientRun, createDpoGradientRun } from '../../../src/widgets/dpo-gradient/run.ts';
import { dpoGradientDefaults, dpoGradientSchema, type DpoGradientState } from '../../../src/widgets/dpo-gradient/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const withState = (changes: Partial<DpoGradientState>): DpoGradientState => ({ ...dpoGradientDefaults, ...changes });
const MODEL = new URL('../../../src/widgets/dpo-gradient/model.ts', import.meta.url);

/**
 * Prompt 1 recomputed independently in python3 with numpy and scipy (no code shared with src/math): the world from
 * np.random.RandomState(42).randn(96) (ρ = 0.5, gold weights (1, 0.5, 0)); π_ref = (counts + 1)/14 from
 * RandomState([42, 2]).choice(4, 10, p = softmax(gold)) per prompt; 200 comparisons from RandomState([42, 1]) as in
 * the world's documentation; then plain full-batch gradient descent on the logits from log π_ref, step 10/β²,
 * θ ← θ − η Σ_pairs share·ℓ′(Δ)(e_w − e_l) with ℓ′ = −β σ(−βΔ) (DPO) or −β (unweighted). Pairs listed most labelled
 * first: [labels, name, u, weight, logit step η β w · labels/200].
 */
const PYTHON = {
  sigmoid10: {
    kl: 0.14495850865432658,
    logp: [-2.028836804100569, -1.353600157102293, -0.5439536970734504, -3.5147850799155957],
    pairs: [
      [6, 'y2 ≻ y4', 1.4680377422533573, 0.1872410507113089, 0.056172315213392665],
      [5, 'y3 ≻ y4', 2.05454065096799, 0.11359437718321243, 0.02839859429580311],
      [3, 'y1 ≻ y2', -0.3875545745464949, 0.5956938745566547, 0.08935408118349819],
      [2, 'y1 ≻ y4', 1.0804831677068623, 0.25341459254965837, 0.02534145925496584],
      [2, 'y3 ≻ y1', 0.9740574832611275, 0.27407249888384294, 0.027407249888384295],
      [2, 'y4 ≻ y1', -1.0804831677068623, 0.7465854074503416, 0.07465854074503417],
      [1, 'y2 ≻ y1', 0.3875545745464949, 0.4043061254433454, 0.02021530627216727],
      [1, 'y2 ≻ y3', -0.5865029087146327, 0.6425623488932561, 0.03212811744466281],
      [1, 'y3 ≻ y2', 0.5865029087146327, 0.35743765110674375, 0.017871882555337188],
    ],
  },
  sigmoid200: {
    kl: 0.32852812565424866,
    logp: [-2.514018794249287, -1.7728350275229254, -0.30879836980196995, -4.207864021614774],
    weights: [0.14907406695003625, 0.04821013921158029, 0.6114714698586687, 0.2161271186439577, 0.15519875502379027, 0.7838728813560423, 0.38852853014133126, 0.7757194341056315, 0.2242805658943685],
  },
  unweighted10: { kl: 0.5729607526073427, logp: [-4.190369929310238, -1.9026878568584578, -0.17954430554424708, -10.095835037418402] },
  unweighted200: { kl: 1.0296194171788375, logp: [-70.51082562376617, -30.223143551314376, -7.482903185973275e-14, -180.91629073187394] },
  beta01At200: { kl: 1.02957515802831, logp: [-17.454776922420855, -12.632077907223266, -3.2918416012989188e-6, -30.744043223102246] },
} as const;

describe('deriveDpoGradient(state)', () => {
  const d = deriveDpoGradient(dpoGradientDefaults);

  it('matches the numpy recomputation of prompt 1 at step 10 (pairs, log-probabilities, KL)', () => {
    expect(d.pairs.map((p) => [p.count, pairName(p)])).toEqual(PYTHON.sigmoid10.pairs.map((p) => [p[0], p[1]]));
    d.pairs.forEach((p, i) => {
      const [, , u, w, push] = PYTHON.sigmoid10.pairs[i]!;
      expect(p.margin).toBeCloseTo(u, 10);
      expect(p.weight).toBeCloseTo(w, 10);
      expect(p.push).toBeCloseTo(push, 10);
      expect(p.correct).toBe(u > 0);
    });
    d.responses.forEach((r, y) => expect(r.logProb).toBeCloseTo(PYTHON.sigmoid10.logp[y]!, 10));
    expect(d.kl).toBeCloseTo(PYTHON.sigmoid10.kl, 10);
    expect(d.step).toBe(10);
    expect(d.learningRate).toBe(10);
  });

  it('matches it at step 200, where the weighted pushes on every answer balance', () => {
    const end = deriveDpoGradient(withState({ step: 200 }));
    end.pairs.forEach((p, i) => expect(p.weight).toBeCloseTo(PYTHON.sigmoid200.weights[i]!, 9));
    end.responses.forEach((r, y) => expect(r.logProb).toBeCloseTo(PYTHON.sigmoid200.logp[y]!, 9));
    expect(end.kl).toBeCloseTo(PYTHON.sigmoid200.kl, 9);
    for (const r of end.responses) expect(Math.abs(r.push)).toBeLessThan(5e-4);
    for (const p of end.pairs) expect(p.weight).toBeGreaterThan(0.04); // no weight has gone to zero
  });

  it('gives the unweighted loss weight 1, a constant push per answer (η β · net wins / N) and log π(y4) falling linearly', () => {
    const at10 = deriveDpoGradient(withState({ loss: 'unweighted' }));
    const at200 = deriveDpoGradient(withState({ loss: 'unweighted', step: 200 }));
    expect(at10.pairs.every((p) => p.weight === 1)).toBe(true);
    expect(at10.responses.map((r) => r.push)).toEqual(at200.responses.map((r) => r.push));
    [0, 4, 7, -11].forEach((net, y) => expect(at10.responses[y]!.push).toBeCloseTo((10 * 1 * net) / 200, 12));
    at10.responses.forEach((r, y) => expect(r.logProb).toBeCloseTo(PYTHON.unweighted10.logp[y]!, 10));
    at200.responses.forEach((r, y) => expect(r.logProb).toBeCloseTo(PYTHON.unweighted200.logp[y]!, 8));
    expect(at10.kl).toBeCloseTo(PYTHON.unweighted10.kl, 10);
    expect(at200.kl).toBeCloseTo(PYTHON.unweighted200.kl, 9);
    expect(at200.kl).toBeCloseTo(Math.log(14 / 5), 9); // −log π_ref(y3): all the mass on y3
    expect(mostPushedDown(at10)).toBe(3);
  });

  it('has the same weights for every β (the step 10/β² is fixed in u), while the log-probabilities change (β = 0.1 vs numpy)', () => {
    const small = deriveDpoGradient(withState({ beta: 0.1, step: 200 }));
    const end = deriveDpoGradient(withState({ step: 200 }));
    small.pairs.forEach((p, i) => expect(p.weight).toBeCloseTo(end.pairs[i]!.weight, 9));
    small.responses.forEach((r, y) => expect(r.logProb).toBeCloseTo(PYTHON.beta01At200.logp[y]!, 7));
    expect(small.kl).toBeCloseTo(PYTHON.beta01At200.kl, 8);
  });

  it('shows min(step, steps trained) while a run is still training', () => {
    const run = createDpoGradientRun(dpoGradientDefaults);
    advanceDpoGradientRun(run, 4);
    const partial = deriveDpoGradient(withState({ step: 150 }), run);
    expect(partial.step).toBe(4);
    expect(partial.trained).toBe(4);
    expect(partial.pairs[0]!.weights).toHaveLength(5);
  });

  it('derives a finite, consistent view of every valid state (property)', () => {
    fc.assert(
      fc.property(validState(dpoGradientSchema), (state) => {
        const derived = deriveDpoGradient(state);
        expect(derived.pairs.length).toBeGreaterThan(0);
        for (const p of derived.pairs) {
          expect(Number.isFinite(p.margin) && p.weight >= 0 && p.weight <= 1).toBe(true);
          if (state.loss === 'unweighted') expect(p.weight).toBe(1);
        }
        expect(derived.responses.every((r) => Number.isFinite(r.logProb) && r.logProb <= 0)).toBe(true);
        expect(derived.kl).toBeGreaterThanOrEqual(-1e-12);
        expect(dpoGradientTable(derived).rows.length).toBe(state.view === 'weights' ? derived.pairs.length : 4);
      }),
      { numRuns: 10 }, // each state with a new β, loss or seed trains a run of 200 steps
    );
  }, 120_000);
});

describe('summarizeDpoGradient / dpoGradientTable / dpoGradientFallback', () => {
  it('states the default run as the TSDoc example documents it', () => {
    expect(summarizeDpoGradient(dpoGradientDefaults)).toBe(documentedResult(MODEL, 'summarizeDpoGradient(dpoGradientDefaults, deriveDpoGradient(dpoGradientDefaults));'));
  });

  it('follows the loss: the unweighted summary names the answer pushed down and its constant step', () => {
    expect(summarizeDpoGradient(withState({ loss: 'unweighted' }))).toBe(
      'β = 1, unweighted loss, step 10 of 200, prompt 1: all 9 labelled pairs keep weight 1, so the push never shrinks: y4’s logit moves by −0.550 every step and log π(y4) = −10.10; KL to π_ref 0.573.',
    );
  });

  it('says once that every pair has weight 1/2 at step 0, instead of a range "from 0.500 to 0.500"', () => {
    // Every Δ is 0 at π_θ = π_ref, so every weight is σ(0) = 1/2.
    expect(summarizeDpoGradient(withState({ step: 0 }))).toBe(
      'β = 1, DPO loss, step 0 of 200, prompt 1: all 9 labelled pairs have gradient weight 0.500 (u = 0.000); KL to π_ref 0.000.',
    );
    expect(summarizeDpoGradient(withState({ step: 1 }))).toMatch(/gradient weights from 0\.\d{3} \(.*\) to 0\.\d{3} /);
  });

  it('tabulates the pairs (weights view) or the answers (log-probs view), never as HTML', () => {
    const pairs = dpoGradientTable(deriveDpoGradient(dpoGradientDefaults));
    expect(pairs.rows[0]).toEqual(['y2 ≻ y4', '6', '1.468', '1.468', '0.187', '0.056']);
    const answers = dpoGradientTable(deriveDpoGradient(withState({ view: 'log-probs' })));
    expect(answers.rows.map((r) => r[0])).toEqual(['y1', 'y2', 'y3', 'y4']);
    expect(answers.rows[3]).toEqual(['y4', '0.143', '0.030', '−3.515', '−0.035']); // net step 0.0747 − 0.0562 − 0.0284 − 0.0253 (numpy pushes above)
    expect(answers.caption).toContain('KL(π_t ‖ π_ref) = 0.145');
    expect(dpoGradientFallback(dpoGradientDefaults).table).toEqual(pairs);
  });
});

describe('dpoGradientChartConfig(derived, colors)', () => {
  const colors = paletteChartColors('light');

  it('draws one weight curve per pair, dashed when the pair is ordered against its label, and the step marker', () => {
    const d = deriveDpoGradient(dpoGradientDefaults);
    const config = dpoGradientChartConfig(d, colors);
    const curves = config.data.datasets.slice(0, d.pairs.length);
    curves.forEach((c, i) => {
      expect(c.data).toHaveLength(201);
      expect(Array.isArray(c.borderDash) && c.borderDash.length > 0).toBe(!d.pairs[i]!.correct);
    });
    const marker = config.data.datasets.at(-1)!;
    expect(marker.data.map((p) => p.x)).toEqual([10, 10]);
    expect(dpoGradientChartLabel(d)).toContain('9 labelled pairs');
  });

  it('draws the four log-probability curves and the KL on the right axis in the log-probs view', () => {
    const d = deriveDpoGradient(withState({ view: 'log-probs', loss: 'unweighted' }));
    const config = dpoGradientChartConfig(d, colors);
    expect(config.data.datasets.filter((s) => s.yAxisID === 'y1')).toHaveLength(1);
    const y = config.options?.scales?.['y'] as { min: number; max: number };
    expect(y.min).toBeLessThanOrEqual(Math.min(...d.responses.flatMap((r) => r.logProbs)));
    expect(y.max).toBeGreaterThanOrEqual(0);
  });
});
