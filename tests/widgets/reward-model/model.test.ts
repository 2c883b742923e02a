import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewardModelInitialState } from '../../../src/math/index.ts';
import {
  deriveRewardModel,
  deriveRewardModelAt,
  rewardModelChartConfig,
  rewardModelFallback,
  rewardModelTable,
  summarizeRewardModel,
} from '../../../src/widgets/reward-model/model.ts';
import { rewardModelDefaults, rewardModelSchema, type RewardModelWidgetState } from '../../../src/widgets/reward-model/state.ts';
import { rewardModelProblem } from '../../../src/widgets/reward-model/training.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const at = (changes: Partial<RewardModelWidgetState>) => deriveRewardModel({ ...rewardModelDefaults, ...changes });

/**
 * The whole pipeline recomputed independently in python3 with numpy 2.4: np.random.seed(42); randn(60) →
 * features of 5 prompts × 4 responses (h, s, 0.5 h + √0.75 z), gold = φ·(1, 0.5, 0); np.random.seed([42, 1]) →
 * the comparisons (see training.test.ts); differences d_i in the order np.random.seed([42, 4]).permutation(N);
 * w ← w + η/N Σ σ(−w·d_i) d_i from w = 0; loss = mean(logaddexp(0, −m)).
 */
const NUMPY = {
  defaults: {
    weights: [1.1745786714472017, 0.4494463489783121, 0.05058185496269682],
    loss: 0.5798327482411012,
    correct: 69,
    cosine: 0.9943791263300893,
    firstProbability: 0.3635246481663632,
    flipped: 11,
    features: [
      [0.4967141530112327, -0.13826430117118466, 0.8092718042408213],
      [1.5230298564080254, -0.23415337472333597, 0.5587463755212388],
      [1.5792128155073915, 0.7674347291529088, 0.38302966310792746],
      [0.5425600435859647, -0.46341769281246226, -0.13205377609712643],
    ],
    gold: [0.4275820024256404, 1.4059531690463574, 1.962930180083846, 0.31085119717973353],
    learned: [0.5622219336050382, 1.7119414340713548, 2.2192047787337374, 0.42231854013920284],
  },
  oneStep: [0.07556861364242443, 0.08263327793661487, -0.04329598465254748],
  // η = 10 never settles: it alternates between two points (the same after 98 and 100 steps).
  jumpy100: { weights: [2.2396781738128237, -0.750717570503268, -0.11582237554037733], loss: 0.875344215488158 },
  jumpy99: { weights: [1.4497527746784546, 2.688248537609153, 0.59750772120278], loss: 1.0987483352951615 },
  many: { weights: [1.0903978199362967, 0.3927243541672952, 0.16560988071315072], loss: 0.5930802146816165, correct: 277, cosine: 0.9830667090533064 },
  slow: { weights: [0.5021491061012303, 0.3415272718928525, -0.11788064859348901], loss: 0.6033474011938113 },
  slowLong: { weights: [0.9131970577029859, 0.4188669249629938, -0.032175712404932326], loss: 0.5833726191853181 },
};

const expectVector = (actual: readonly number[], expected: readonly number[], digits: number) =>
  expected.forEach((v, i) => expect(actual[i]).toBeCloseTo(v, digits));

describe('deriveRewardModel(state)', () => {
  it('matches the numpy recomputation at the defaults', () => {
    const d = at({});
    const p = NUMPY.defaults;
    expectVector(d.weights, p.weights, 12);
    expect(d.goldWeights).toEqual([1, 0.5, 0]);
    expect(d.plain.loss).toBeCloseTo(p.loss, 12);
    expect(d.plain.correct).toBe(p.correct);
    expect(d.cosine).toBeCloseTo(p.cosine, 12);
    expect(d.plain.firstProbability).toBeCloseTo(p.firstProbability, 12);
    expect(d.flipped).toBe(p.flipped);
    expect(d.firstPair).toEqual({ prompt: 5, chosen: 2, rejected: 4 });
    expect(d.responses).toHaveLength(20);
    d.responses.slice(0, 4).forEach((r, y) => {
      expect(r).toMatchObject({ prompt: 1, response: y + 1 });
      expectVector(r.features, p.features[y]!, 14);
      expect(r.gold).toBeCloseTo(p.gold[y]!, 14);
      expect(r.learned).toBeCloseTo(p.learned[y]!, 12);
      expect(r.shifted).toBe(r.learned);
    });
  });

  it('matches numpy after one step, with η = 0.05 (100 and 300 steps), η = 10 (99 and 100 steps) and N = 400', () => {
    expectVector(at({ steps: 1 }).weights, NUMPY.oneStep, 14);
    for (const [changes, expected] of [
      [{ learningRate: 10 }, NUMPY.jumpy100],
      [{ learningRate: 10, steps: 99 }, NUMPY.jumpy99],
      [{ learningRate: 0.05 }, NUMPY.slow],
      [{ learningRate: 0.05, steps: 300 }, NUMPY.slowLong],
      [{ comparisons: 400 }, NUMPY.many],
    ] as const) {
      const d = at(changes);
      expectVector(d.weights, expected.weights, 10);
      expect(d.plain.loss).toBeCloseTo(expected.loss, 10);
    }
    expect(at({ comparisons: 400 }).plain.correct).toBe(NUMPY.many.correct);
    expect(at({ comparisons: 400 }).cosine).toBeCloseTo(NUMPY.many.cosine, 10);
  });

  it('adds f(x_k) = k·c to prompt k and changes no loss, probability or count (property over states)', () => {
    fc.assert(
      fc.property(validState(rewardModelSchema), fc.double({ min: -3, max: 3, noNaN: true }), (s, c) => {
        const state = { ...s, comparisons: Math.min(s.comparisons, 60), steps: Math.min(s.steps, 20), offset: c };
        const d = deriveRewardModel(state);
        for (const r of d.responses) expect(r.shifted).toBeCloseTo(r.learned + r.prompt * c, 12);
        expect(d.shifted.loss).toBeCloseTo(d.plain.loss, 12);
        expect(d.shifted.firstProbability).toBeCloseTo(d.plain.firstProbability, 12);
        expect(d.shifted.correct).toBe(d.plain.correct);
      }),
      { numRuns: 40 },
    );
  });

  it('starts at w = 0: loss log 2, no direction yet, every reward equal to f(x)', () => {
    const problem = rewardModelProblem(rewardModelDefaults);
    const d = deriveRewardModelAt({ ...rewardModelDefaults, offset: 1 }, problem, rewardModelInitialState(problem.trainer));
    expect(d.step).toBe(0);
    expect(d.plain.loss).toBeCloseTo(Math.log(2), 15);
    expect(d.cosine).toBeNull();
    expect(d.plain.correct).toBe(0); // ties count as wrong
    for (const r of d.responses) expect(r.shifted).toBe(r.prompt);
  });

  it('puts every response in a colour bin of the shifted rewards, lowest in bin 0 and highest in bin 4', () => {
    const d = at({ offset: 1.5 });
    const lowest = d.responses.reduce((a, r) => (r.shifted < a.shifted ? r : a));
    const highest = d.responses.reduce((a, r) => (r.shifted > a.shifted ? r : a));
    expect(lowest.bin).toBe(0);
    expect(highest.bin).toBe(4);
    expect(d.binEdges[0]).toBe(lowest.shifted);
    expect(d.binEdges[5]).toBeCloseTo(highest.shifted, 12);
    for (const r of d.responses) expect(r.shifted).toBeGreaterThanOrEqual(d.binEdges[r.bin]! - 1e-12);
  });
});

describe('summarizeRewardModel(state)', () => {
  it('names the step, the loss, the weights against the gold ones, the cosine and the loss with f', () => {
    expect(summarizeRewardModel(rewardModelDefaults)).toBe(
      'Step 100 of 100 (η = 0.5, N = 100): loss 0.5798, 69 of 100 comparisons ordered correctly; ' +
        'learned weights w = (1.17, 0.45, 0.05), gold w* = (1.00, 0.50, 0.00), cosine 0.994; with f(x_k) = k·c, c = 0, loss 0.5798.',
    );
    expect(summarizeRewardModel({ ...rewardModelDefaults, offset: -2 })).toMatch(/c = −2, loss 0\.5798\.$/);
  });
});

describe('rewardModelTable(derived)', () => {
  it('lists the gold and learned weights, then every response with its features and rewards', () => {
    const table = rewardModelTable(at({ offset: 1 }));
    expect(table.columns).toHaveLength(7);
    expect(table.rows).toHaveLength(22);
    expect(table.rows[0]).toEqual(['Gold weights w*', '1.00', '0.50', '0.00', '', '', '']);
    expect(table.rows[1]).toEqual(['Learned weights w', '1.17', '0.45', '0.05', '', '', '']);
    expect(table.rows[4]).toEqual(['x1 y3', '1.58', '0.77', '0.38', '1.96', '2.22', '3.22']);
    expect(table.caption).toContain('loss 0.5798 without it, 0.5798 with it');
  });

  it('documents a true example (its TSDoc)', () => {
    expect(rewardModelTable(at({})).rows[1]).toEqual(
      documentedResult(new URL('../../../src/widgets/reward-model/model.ts', import.meta.url), 'rewardModelTable(deriveRewardModel(rewardModelDefaults)).rows[1];'),
    );
  });
});

describe('rewardModelChartConfig(derived, colors)', () => {
  it('draws five reward bins (colour low → high, larger points higher) and the two weight arrows', () => {
    const config = rewardModelChartConfig(at({}), paletteChartColors('light'));
    const sets = config.data.datasets;
    expect(sets).toHaveLength(7);
    expect(sets.slice(0, 5).map((s) => s.pointRadius)).toEqual([3, 4, 5, 6, 7]);
    expect(sets[0]!.borderColor).toBe('#0077bb');
    expect(sets[4]!.borderColor).toBe('#b5520f');
    expect(sets.slice(0, 5).reduce((n, s) => n + s.data.length, 0)).toBe(20);
    expect(sets[5]!.data).toEqual([{ x: 0, y: 0 }, { x: 1, y: 0.5 }]);
    expect(sets[6]!.data[1]!.x).toBeCloseTo(NUMPY.defaults.weights[0]!, 12);
    const x = config.options?.scales?.['x'] as { min: number; max: number };
    expect(x.min).toBe(-x.max);
    expect(x.max).toBeGreaterThanOrEqual(2.5);
  });
});

describe('rewardModelFallback(state)', () => {
  it('is the summary and the table of the trained model', () => {
    const fallback = rewardModelFallback(rewardModelDefaults);
    expect(fallback.summary).toBe(summarizeRewardModel(rewardModelDefaults));
    expect(fallback.table.rows).toHaveLength(22);
  });
});
