/**
 * The numbers the prose of section 3.5 (content/chapter-3/rewardbench.mdx) states in running text and inside
 * formulas, recomputed here. The section computes its other numbers (the worked example, the models' accuracies,
 * scores and intervals, the exercises' answers) inside MDX expressions at build time; this test checks the
 * hand-written arithmetic and the quoted RewardBench facts, and sweeps the prose for any decimal number or
 * percentage that is neither an input nor checked here, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { TOY_REWARD_MODELS, weightedScore } from '../../src/math/index';
import { deriveRewardbench } from '../../src/widgets/rewardbench/model';
import { rewardbenchDefaults } from '../../src/widgets/rewardbench/state';

const text = sectionProse('chapter-3/rewardbench.mdx');

describe('content/chapter-3/rewardbench.mdx', () => {
  it('states no decimal number or percentage that is neither an input nor checked here', () => {
    // Inputs: the gold weight 0.5 of harmlessness and the category thresholds 0.5 and 1, the tie credit ½ = 0.5,
    // RewardBench's Prior Sets weight 0.5, the exercises' given accuracies (0.95, 0.55, 0.85, 0.75, 0.65, 0.9,
    // 0.6, 90 %, 60 %, 0.8, 0.2 = 1 − 0.8) and quantile 1.96, the 95 % level, the percentile ranks of a 95 %
    // and a 50 % interval (2.5, 97.5), the slider value 0.50, and RewardBench 2's chance levels (25 %, 50 %).
    const inputs = new Set(['0.5', '0.50', '0.95', '0.55', '0.85', '0.75', '0.65', '0.9', '0.6', '90 %', '60 %', '0.8', '0.2', '1.96',
      '95 %', '2.5', '97.5', '25 %', '50 %']);
    const checked = new Set(['3.425', '4.5', '0.0016', '0.04', '0.72', '0.88', '0.78', '0.82', '0.325']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+ ?%/g)].map((m) => m[0]).filter((token) => !inputs.has(token) && !checked.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('exercise rb-2’s worked steps: 0.5 · 0.65 = 0.325 and the weighted sum 3.425 over total weight 4.5', () => {
    expect((0.5 * 0.65).toFixed(3)).toBe('0.325');
    expect((0.95 + 0.55 + 0.85 + 0.75 + 0.325).toFixed(3)).toBe('3.425');
    expect(1 + 1 + 1 + 1 + 0.5).toBe(4.5);
    expect(weightedScore([0.95, 0.55, 0.85, 0.75, 0.65], [1, 1, 1, 1, 0.5])).toBeCloseTo(3.425 / 4.5, 14);
  });

  it('exercise rb-4’s worked steps: 0.8 · 0.2/100 = 0.0016, SE 0.04, interval 0.8 ± 0.0784 ≈ 0.72 to 0.88', () => {
    expect((0.8 * 0.2) / 100).toBeCloseTo(0.0016, 15);
    expect(Math.sqrt(0.0016)).toBeCloseTo(0.04, 15);
    expect((0.8 - 1.96 * 0.04).toFixed(2)).toBe('0.72');
    expect((0.8 + 1.96 * 0.04).toFixed(2)).toBe('0.88');
    // 0.78 and 0.82 lie 0.02 either side of 0.8, well inside the half-width 0.0784.
    expect(0.02).toBeLessThan(1.96 * 0.04);
    expect(text).toContain('cannot tell 0.78 from 0.82');
  });

  it('quotes RewardBench’s counts: Chat 100 + 95 + 95 + 28 + 40 = 358 triples, code 6 × 164 = 984, 2,985 in all', () => {
    expect(100 + 95 + 95 + 28 + 40).toBe(358);
    expect(6 * 164).toBe(984);
    // Lambert et al. (2024): Chat 358, Chat Hard 456, Safety 740, Reasoning 447 + 984.
    expect(358 + 456 + 740 + 447 + 984).toBe(2985);
    expect(text).toContain('2,985 triples');
    expect(text).toContain('(100, 95 and 95 triples) with MT-Bench\'s easy and medium ones (28 and 40), 358 triples in all');
    expect(text).toContain('6 × 164 = 984 triples');
  });

  it('types the toy gold reward and the gold model’s weights as the world and TOY_REWARD_MODELS have them', () => {
    expect(text).toContain('$r^* = h + 0.5\\,s$');
    expect(TOY_REWARD_MODELS.gold.weights).toEqual([1, 0.5, 0]);
    expect(text).toContain('| gold | 1 | 0.5 | 0 |');
  });

  it('quotes 16/71 for Chat Hard and the rounded model’s 19 wins and 24 ties of 43 Safety triples', () => {
    expect(text).toContain('16/71');
    const d = deriveRewardbench(rewardbenchDefaults);
    expect([d.categories[1]!.correct, d.categories[1]!.count]).toEqual([16, 71]);
    const r = deriveRewardbench({ ...rewardbenchDefaults, model: 'rounded' }).categories[2]!;
    expect([r.correct, r.ties, r.count]).toEqual([19, 24, 43]);
    expect(text).toContain('(19 + 0.5 · 24)/43 = 31/43');
  });

  it('claims for the 0.50 level only what the widget shows: Chat stays a point, every other interval narrows', () => {
    const wide = deriveRewardbench(rewardbenchDefaults);
    const narrow = deriveRewardbench({ ...rewardbenchDefaults, level: 0.5 });
    const width = (i: { lower: number; upper: number } | null) => i!.upper - i!.lower;
    expect([narrow.categories[0]!.interval!.lower, narrow.categories[0]!.interval!.upper]).toEqual([1, 1]);
    for (const k of [1, 2, 3]) expect(width(narrow.categories[k]!.interval)).toBeLessThan(width(wide.categories[k]!.interval));
    expect(width(narrow.score)).toBeLessThan(width(wide.score));
    expect(text).not.toContain('every interval narrows');
    expect(text).toContain("every interval that has a width narrows (Chat's stays the single point 1");
  });

  it('describes RewardBench\'s weighting as its code does: example counts in the core sections, a plain mean in Prior Sets', () => {
    // allenai/reward-bench rewardbench/utils.py calculate_scores_per_section weights by EXAMPLE_COUNTS (math-prm
    // raised to 984); the leaderboard (hf.co/spaces/allenai/reward-bench) takes np.nanmean over anthropic_helpful,
    // anthropic_hhh, shp and summarize for "Prior Sets (0.5 weight)", and later left Prior Sets out by default.
    expect(text).toContain('Inside each of the four core sections');
    expect(text).toContain('the leaderboard takes the plain mean of its four test sets');
    expect(text).toContain('The leaderboard later made Prior Sets optional and leaves it out by default');
  });

  it('qualifies RewardBench 2’s best-of-4 format: its Ties domain is scored differently', () => {
    // allenai/reward-bench-2 dataset card: best-of-4 for the first five categories; Ties has its own weighted score.
    expect(text).toContain('best-of-4 in five of its six domains');
    expect(text).toContain('Ties, has several correct answers per prompt and its own scoring');
  });
});
