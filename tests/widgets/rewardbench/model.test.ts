/**
 * Expected values: a numpy 2.4 script (independent of this code) rebuilds the toy world (np.random.seed(seed);
 * np.random.randn(P*5*3)), sorts every pair into the four categories by the rules of
 * src/math/world/reward-bench.ts, scores each toy model, then bootstraps with np.random.seed([seed, 6]): for
 * each of B replicates and each category in order, x[np.random.randint(0, n, n)].mean(); intervals are
 * np.percentile(replicates, [100(1−c)/2, 100(1+c)/2]) and the score's replicates are the row means.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { categoryTick, categoryTicks, rewardbenchChartConfig } from '../../../src/widgets/rewardbench/chart.ts';
import { deriveRewardbench, rewardbenchFallback, rewardbenchTable, summarizeRewardbench } from '../../../src/widgets/rewardbench/model.ts';
import { rewardbenchDefaults, rewardbenchSchema, type RewardbenchState } from '../../../src/widgets/rewardbench/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

const at = (changes: Partial<RewardbenchState>) => deriveRewardbench({ ...rewardbenchDefaults, ...changes });

function expectIntervals(d: ReturnType<typeof deriveRewardbench>, expected: number[][], score: number[]) {
  d.categories.forEach((c, i) => {
    expect(c.interval!.lower, c.name).toBeCloseTo(expected[i]![0]!, 6);
    expect(c.interval!.upper, c.name).toBeCloseTo(expected[i]![1]!, 6);
  });
  expect(d.score.lower).toBeCloseTo(score[0]!, 6);
  expect(d.score.upper).toBeCloseTo(score[1]!, 6);
}

describe('deriveRewardbench(state)', () => {
  it('scores the length-biased model at the default state as numpy does', () => {
    const d = deriveRewardbench(rewardbenchDefaults);
    expect(d.categories.map((c) => [c.count, c.correct, c.ties])).toEqual([[95, 95, 0], [71, 16, 0], [43, 21, 0], [56, 27, 0]]);
    // numpy: accuracies [1, 0.225352, 0.488372, 0.482143], score 0.5489667657105423, pooled 0.6
    expect(d.categories.map((c) => c.accuracy)).toEqual([1, 16 / 71, 21 / 43, 27 / 56]);
    expect(d.score.estimate).toBeCloseTo(0.5489667657105423, 14);
    expect(d.pooled).toBeCloseTo(0.6, 14);
    expectIntervals(d, [[1, 1], [0.126761, 0.323944], [0.348837, 0.651163], [0.356696, 0.625]], [0.489825, 0.608344]);
  });

  it('matches numpy for the helpfulness-only and rounded models, and for ties counted as ½', () => {
    const helpful = at({ model: 'helpful' });
    expect(helpful.score.estimate).toBeCloseTo(0.6808218497028684, 14);
    expectIntervals(helpful, [[1, 1], [0.816901, 0.957746], [0.046512, 0.255814], [0.571429, 0.821429]], [0.635855, 0.724663]);
    const rounded = at({ model: 'rounded' });
    expect(rounded.categories.map((c) => c.ties)).toEqual([0, 4, 24, 42]);
    expect(rounded.score.estimate).toBeCloseTo(0.6588806092368162, 14);
    expectIntervals(rounded, [[1, 1], [0.887324, 0.985915], [0.302326, 0.581395], [0.142857, 0.357589]], [0.611003, 0.704328]);
    const half = at({ model: 'rounded', tieHalf: true });
    expect(half.score.estimate).toBeCloseTo(0.8294403046184081, 14);
    expect(half.pooled).toBeCloseTo(0.8679245283018868, 14);
    expectIntervals(half, [[1, 1], [0.943662, 0.992958], [0.651163, 0.790698], [0.571429, 0.678795]], [0.805502, 0.852164]);
  });

  it('changes only the intervals when the level changes (numpy: 50 % intervals of the same replicates)', () => {
    const d = at({ level: 0.5 });
    expect(d.score.estimate).toBeCloseTo(0.5489667657105423, 14);
    expectIntervals(d, [[1, 1], [0.183099, 0.253521], [0.44186, 0.534884], [0.428571, 0.535714]], [0.531238, 0.568645]);
  });

  it('gives the gold reward 1 everywhere (the categories are defined by it)', () => {
    const d = at({ model: 'gold' });
    expect(d.categories.map((c) => c.accuracy)).toEqual([1, 1, 1, 1]);
    expect([d.score.lower, d.score.upper]).toEqual([1, 1]);
  });

  it('keeps every interval around its estimate for any valid state (property)', () => {
    fc.assert(
      fc.property(validState(rewardbenchSchema), (state) => {
        const d = deriveRewardbench({ ...state, resamples: Math.min(state.resamples, 200) });
        for (const c of d.categories) {
          if (c.interval === null) continue;
          expect(c.interval.lower).toBeLessThanOrEqual(c.interval.upper);
          expect(c.interval.lower).toBeGreaterThanOrEqual(0);
          expect(c.interval.upper).toBeLessThanOrEqual(1);
        }
        expect(d.score.estimate).toBeGreaterThanOrEqual(0);
        expect(d.score.estimate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 25 },
    );
  });
});

describe('summarizeRewardbench(state, derived)', () => {
  it('states the model, each accuracy, the score with its interval and the tie rule', () => {
    expect(summarizeRewardbench(rewardbenchDefaults)).toBe(
      'length-biased reward model on 265 toy triples: Chat 1.000, Chat Hard 0.225, Safety 0.488, Reasoning 0.482; ' +
        'RewardBench score (mean of the categories) 0.549, 95 % interval [0.490, 0.608] from 1000 bootstrap resamples; 0 ties, each counted wrong.',
    );
    expect(summarizeRewardbench({ ...rewardbenchDefaults, model: 'rounded', tieHalf: true })).toContain('70 ties, each counted as ½');
  });
});

describe('rewardbenchTable(derived)', () => {
  it('lists each category, the score and the pooled accuracy', () => {
    const t = rewardbenchTable(deriveRewardbench(rewardbenchDefaults));
    expect(t.columns).toEqual(['Category', 'Triples', 'Wins', 'Ties', 'Accuracy', '95 % interval']);
    expect(t.rows[1]).toEqual(['Chat Hard', '71', '16', '0', '0.225', '[0.127, 0.324]']);
    expect(t.rows[4]).toEqual(['Score (mean of categories)', '265', '', '', '0.549', '[0.490, 0.608]']);
    expect(t.rows[5]).toEqual(['Pooled over all triples', '265', '', '', '0.600', '—']);
    expect(rewardbenchFallback(rewardbenchDefaults).table).toEqual(t);
  });
});

describe('rewardbenchChartConfig(derived, colors)', () => {
  it('draws the intervals, the accuracies, the score and chance, with category names as x ticks', () => {
    const d = deriveRewardbench(rewardbenchDefaults);
    const config = rewardbenchChartConfig(d, paletteChartColors('light'));
    const [bars, points, score, chance] = config.data.datasets;
    expect(points!.data).toEqual([{ x: 1, y: 1 }, { x: 2, y: 16 / 71 }, { x: 3, y: 21 / 43 }, { x: 4, y: 27 / 56 }]);
    expect(bars!.data.filter((p) => !Number.isNaN(p.y)).length).toBe(8);
    expect(score!.data.every((p) => p.y === d.score.estimate)).toBe(true);
    expect(chance!.data.every((p) => p.y === 0.5)).toBe(true);
    expect([1, 2, 3, 4, 2.5].map((v) => categoryTick(d.categories.map((c) => c.name), v))).toEqual(['Chat', 'Chat Hard', 'Safety', 'Reasoning', '']);
    // The x scale gets one tick per category, replacing the linear ticks Chart.js builds between them.
    const scale = { ticks: [{ value: 0.5 }, { value: 1.5 }] };
    (config.options!.scales!['x'] as unknown as { afterBuildTicks: (s: typeof scale) => void }).afterBuildTicks(scale);
    expect(scale.ticks).toEqual(categoryTicks(4));
    expect(categoryTicks(4).map((t) => t.value)).toEqual([1, 2, 3, 4]);
    // The shared line-chart options forbid rotation; at 320 px the four names then overlap, so this chart allows it.
    expect((config.options!.scales!['x'] as { ticks: { maxRotation: number } }).ticks.maxRotation).toBeGreaterThan(0);
  });
});
