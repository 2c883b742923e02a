import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DISTANCE_FLOOR,
  deriveRlhfVsDpo,
  rlhfVsDpoChartConfig,
  rlhfVsDpoChartLabel,
  rlhfVsDpoFallback,
  rlhfVsDpoTable,
  summarizeRlhfVsDpo,
} from '../../../src/widgets/rlhf-vs-dpo/model.ts';
import { advanceRlhfVsDpoRun, createRlhfVsDpoRun } from '../../../src/widgets/rlhf-vs-dpo/run.ts';
import { rlhfVsDpoDefaults, rlhfVsDpoSchema, type RlhfVsDpoState } from '../../../src/widgets/rlhf-vs-dpo/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const withState = (changes: Partial<RlhfVsDpoState>): RlhfVsDpoState => ({ ...rlhfVsDpoDefaults, ...changes });
const MODEL = new URL('../../../src/widgets/rlhf-vs-dpo/model.ts', import.meta.url);

/**
 * Both paths recomputed independently in python3 with numpy and scipy (no code shared with src/math):
 * np.random.seed(42); randn(96) → features (ρ = 0.5), gold = φ·(1, 0.5, 0); π_ref = (counts + 1)/14 from
 * np.random.seed([42, 2]); choice(4, 10, p = softmax(gold)) per prompt; comparisons from np.random.seed([42, 1]):
 * x = randint(0, 8), a = randint(0, 4), b = randint(0, 3) (+1 if ≥ a), annotator j = randint(0, 3), u, v = rand(),
 * rand(), chosen a iff (u < σ(Δu_j/τ_j)) ≠ (v < ε_j) with the world's three annotators; Bradley–Terry rewards by
 * Newton's method on the log-likelihood (steps < 1e-15), centred; π_RLHF = softmax(log π_ref + r/β); DPO as plain
 * full-batch gradient descent on the logits, step 10/β², from log π_ref; existence of the fit by the transitive
 * closure of the "beats" relation.
 */
const PYTHON = {
  rewards: [-0.21488192891635255, 0.23862025627712213, 1.4795240947604344, -1.503262422121204],
  reference: [3 / 14, 4 / 14, 5 / 14, 2 / 14],
  rlhf: [0.08094162092756288, 0.16984944434878466, 0.7343309503090827, 0.014877984414569825],
  rlhfHalf: [0.018608890741526628, 0.06145627253378142, 0.9189917401893656, 0.0009430965353264549],
  dpo10: [0.13148837897270477, 0.2583086329895342, 0.5804487909962575, 0.02975419704150358],
  tvPrompt1At10: 0.15388215931282523,
  distance: { 0: 0.24043962235120242, 10: 0.06102575076093653, 50: 0.0031867974626708312, 100: 0.00017130496090983927, 200: 5.641578008691497e-7 },
  lossAt200: 0.5911385683721029,
  flipped: 29,
  noFitAt100: [1, 6, 7],
  prompt1At100Step500: [0.0016371573439656194, 0.0076012770753532515, 0.990145101560948, 0.0006164640197330078],
};

describe('deriveRlhfVsDpo(state)', () => {
  const d = deriveRlhfVsDpo(rlhfVsDpoDefaults);

  it('path (a): fitted rewards and π_RLHF of prompt 1 match the numpy/scipy recomputation', () => {
    d.responses.forEach((r, y) => {
      expect(r.reference).toBeCloseTo(PYTHON.reference[y]!, 14);
      expect(r.reward).toBeCloseTo(PYTHON.rewards[y]!, 9);
      expect(r.rlhf).toBeCloseTo(PYTHON.rlhf[y]!, 9);
    });
    expect(d.flipped).toBe(PYTHON.flipped);
    expect(d.noFit).toEqual([]);
  });

  it('path (b): the mean TV to π_RLHF after 0, 10, 50, 100, 200 steps matches the recomputation (to 4 significant digits)', () => {
    for (const [t, expected] of Object.entries(PYTHON.distance)) {
      expect(d.distances[Number(t)]! / expected, `step ${t}`).toBeCloseTo(1, 4);
    }
    expect(d.distance).toBe(d.distances[200]);
    expect(d.startDistance).toBe(d.distances[0]);
    expect(d.loss).toBeCloseTo(PYTHON.lossAt200, 9);
  });

  it('at t = 10, π_t of prompt 1 and its TV to π_RLHF match the recomputation', () => {
    const early = deriveRlhfVsDpo(withState({ steps: 10 }));
    early.responses.forEach((r, y) => expect(r.dpo).toBeCloseTo(PYTHON.dpo10[y]!, 9));
    expect(early.promptDistance).toBeCloseTo(PYTHON.tvPrompt1At10, 9);
    expect(early.trained).toBe(10);
    expect(early.responses[0]!.trajectory).toHaveLength(11);
  });

  it('after 200 steps the implicit reward, centred, equals the fitted reward (the two paths meet)', () => {
    d.responses.forEach((r) => expect(r.implicit).toBeCloseTo(r.reward, 4));
    // …and the check can fail: early in training they differ
    const early = deriveRlhfVsDpo(withState({ steps: 10 }));
    expect(Math.abs(early.responses[2]!.implicit - early.responses[2]!.reward)).toBeGreaterThan(0.1);
  });

  it('at β = 0.5 the rewards of both paths are unchanged and both policies move to the recomputed π_RLHF', () => {
    const half = deriveRlhfVsDpo(withState({ beta: 0.5 }));
    half.responses.forEach((r, y) => {
      expect(r.reward).toBeCloseTo(PYTHON.rewards[y]!, 9);
      expect(r.implicit).toBeCloseTo(PYTHON.rewards[y]!, 4);
      expect(r.rlhf).toBeCloseTo(PYTHON.rlhfHalf[y]!, 9);
      expect(r.dpo).toBeCloseTo(PYTHON.rlhfHalf[y]!, 5);
    });
  });

  it('at N = 100 prompts 1, 6 and 7 have no fit: path (a) is NaN there and left out of the distance; DPO keeps moving', () => {
    const sparse = deriveRlhfVsDpo(withState({ comparisons: 100, steps: 500 }));
    expect(sparse.noFit).toEqual(PYTHON.noFitAt100);
    expect(sparse.promptHasFit).toBe(false);
    expect(sparse.responses.every((r) => Number.isNaN(r.rlhf) && Number.isNaN(r.reward))).toBe(true);
    expect(Number.isNaN(sparse.promptDistance)).toBe(true);
    expect(Number.isFinite(sparse.distance)).toBe(true);
    sparse.responses.forEach((r, y) => expect(r.dpo).toBeCloseTo(PYTHON.prompt1At100Step500[y]!, 8));
    const at200 = deriveRlhfVsDpo(withState({ comparisons: 100, steps: 200 }));
    expect(sparse.responses[2]!.dpo).toBeGreaterThan(at200.responses[2]!.dpo + 0.01);
  });

  it('reads a run at min(trained, t): nothing before training, the prefix of a longer run when t goes back', () => {
    const run = createRlhfVsDpoRun(rlhfVsDpoDefaults);
    expect(deriveRlhfVsDpo(withState({ steps: 300 }), run).trained).toBe(0); // the element trains it in slices
    advanceRlhfVsDpoRun(run, Number.POSITIVE_INFINITY, 300);
    const back = deriveRlhfVsDpo(withState({ steps: 10 }), run);
    expect(back.trained).toBe(10);
    expect(back).toEqual(deriveRlhfVsDpo(withState({ steps: 10 })));
  });

  it('gives probability vectors and finite or NaN distances for any valid state (property)', () => {
    fc.assert(
      fc.property(validState(rlhfVsDpoSchema), (state) => {
        const s = { ...state, steps: Math.min(state.steps, 30), comparisons: Math.min(state.comparisons, 400) };
        const derived = deriveRlhfVsDpo(s);
        const sum = derived.responses.reduce((t, r) => t + r.dpo, 0);
        expect(sum).toBeCloseTo(1, 9);
        if (derived.promptHasFit) expect(derived.responses.reduce((t, r) => t + r.rlhf, 0)).toBeCloseTo(1, 9);
        for (const value of derived.distances) expect(Number.isNaN(value) || (value >= 0 && value <= 1)).toBe(true);
        expect(derived.trained).toBe(s.steps);
      }),
      { numRuns: 25 },
    );
  });
});

describe('summarizeRlhfVsDpo(state, derived)', () => {
  it('states β, N, t and path (a)’s top answer, the same before and after training (as documented)', () => {
    expect(summarizeRlhfVsDpo(rlhfVsDpoDefaults, deriveRlhfVsDpo(rlhfVsDpoDefaults))).toBe(
      documentedResult(MODEL, 'summarizeRlhfVsDpo(rlhfVsDpoDefaults, deriveRlhfVsDpo(rlhfVsDpoDefaults));'),
    );
    const untrained = deriveRlhfVsDpo(rlhfVsDpoDefaults, createRlhfVsDpoRun(rlhfVsDpoDefaults));
    expect(summarizeRlhfVsDpo(rlhfVsDpoDefaults, untrained)).toBe(summarizeRlhfVsDpo(rlhfVsDpoDefaults));
    expect(summarizeRlhfVsDpo(rlhfVsDpoDefaults)).toContain('y3 the probability 0.734 (π_ref 0.357)');
  });

  it('names the prompts without a fit', () => {
    const state = withState({ comparisons: 100 });
    expect(summarizeRlhfVsDpo(state)).toContain('prompt 1 has no unique finite Bradley–Terry fit');
    expect(summarizeRlhfVsDpo(withState({ comparisons: 100, prompt: 2 }))).toContain('(prompts 1, 6 and 7 have no unique finite Bradley–Terry fit)');
  });
});

describe('rlhfVsDpoTable(derived)', () => {
  it('lists π_ref, both rewards and both policies of the shown prompt, then its TV', () => {
    const table = rlhfVsDpoTable(deriveRlhfVsDpo(rlhfVsDpoDefaults));
    expect(table.columns).toEqual(['Answer', 'π_ref', '(a) fitted r̂', '(a) π_RLHF', '(b) implicit reward', '(b) π_t']);
    expect(table.rows[2]).toEqual(['y3', '0.357', '1.480', '0.734', '1.480', '0.734']);
    expect(table.rows[4]![0]).toBe('TV');
    expect(table.caption).toContain('29 labels flipped');
  });

  it('shows dashes for path (a) on a prompt without a fit', () => {
    const table = rlhfVsDpoTable(deriveRlhfVsDpo(withState({ comparisons: 100, steps: 5 })));
    expect(table.rows[0]!.slice(2, 4)).toEqual(['—', '—']);
    expect(table.rows[4]![5]).toBe('—');
    expect(table.caption).toContain('no unique finite Bradley–Terry fit on prompt 1');
  });
});

describe('rlhfVsDpoChartConfig(derived, colors)', () => {
  const colors = paletteChartColors('light');

  it('draws π_t of four answers, four dashed π_RLHF levels, a legend entry for them and δ_t on log₁₀ (clamped)', () => {
    const config = rlhfVsDpoChartConfig(deriveRlhfVsDpo(rlhfVsDpoDefaults), colors);
    const sets = config.data.datasets;
    expect(sets).toHaveLength(10);
    expect(sets[0]!.data).toHaveLength(201);
    expect(sets[4]!.data.map((p) => p.x)).toEqual([0, 200]);
    for (const p of sets[4]!.data) expect(p.y).toBeCloseTo(PYTHON.rlhf[0]!, 9);
    expect(sets[4]!.label).toBe('');
    const tv = sets[9]!;
    expect(tv.yAxisID).toBe('y1');
    expect(tv.data[0]!.y).toBeCloseTo(Math.log10(PYTHON.distance[0]), 4);
    expect(tv.data[200]!.y).toBeCloseTo(Math.log10(PYTHON.distance[200]), 3);
    const longer = rlhfVsDpoChartConfig(deriveRlhfVsDpo(withState({ steps: 500 })), colors);
    expect(Math.min(...longer.data.datasets[9]!.data.map((p) => p.y))).toBeGreaterThanOrEqual(DISTANCE_FLOOR);
  });

  it('draws no dashed levels on a prompt without a fit', () => {
    const config = rlhfVsDpoChartConfig(deriveRlhfVsDpo(withState({ comparisons: 100, steps: 5 })), colors);
    expect(config.data.datasets.slice(4, 8).every((set) => set.data.length === 0)).toBe(true);
  });

  it('is described for screen readers', () => {
    expect(rlhfVsDpoChartLabel(deriveRlhfVsDpo(rlhfVsDpoDefaults))).toContain('prompt 1');
  });
});

describe('rlhfVsDpoFallback(state)', () => {
  it('trains to the end at build time: summary and a 5-row table', () => {
    const fallback = rlhfVsDpoFallback(rlhfVsDpoDefaults);
    expect(fallback.table.rows).toHaveLength(5);
    expect(fallback.table.rows[4]![5]).toBe('2.1 × 10⁻⁶'); // prompt 1's TV after the full 200 steps
    expect(fallback.summary).toContain('t = 200 DPO steps');
  });
});
