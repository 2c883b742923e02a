/**
 * The numbers and facts the prose of section 3.2 (content/chapter-3/reward-margins.mdx) states, recomputed with
 * `src/math`. The section computes most numbers inside MDX expressions at build time; this test checks the ones
 * typed in the text (the rating counts of exercise mg-3, the seed sweep of "What to notice", the world's size),
 * the facts its sentences state in words, and sweeps the prose for any decimal number that is neither an input nor
 * checked, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { createMarginRewardTrainer, createWorld, drawPreferences, RATING_MARGINS, RATING_THRESHOLDS } from '../../src/math/index';
import { HISTOGRAM, deriveRewardMargins } from '../../src/widgets/reward-margins/model';
import { rewardMarginsDefaults } from '../../src/widgets/reward-margins/state';
import { RUN_STEPS, trainedRun } from '../../src/widgets/reward-margins/training';

describe('content/chapter-3/reward-margins.mdx', () => {
  const text = sectionProse('chapter-3/reward-margins.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: the preference rate 0.8 (and 80%, 1 − 0.8 = 0.2) of the fit and of exercise mg-2, and the paper's
    // section numbers §3.2.1, §3.2.2 and Appendix A.3.3. Checked below: 0.25 (bin width), 0.5 (σ(0), the push at m = m(r)).
    const inputs = new Set(['0.8', '80%', '0.2', '3.2', '3.3', '0.25', '0.5']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('the histogram bins are 0.25 wide on [−4, 4); the margin tables are Llama 2’s', () => {
    expect((HISTOGRAM.hi - HISTOGRAM.lo) / HISTOGRAM.bins).toBe(0.25);
    expect([HISTOGRAM.lo, HISTOGRAM.hi]).toEqual([-4, 4]);
    expect(text).toContain('The widget\'s bins are 0.25 wide on $[-4, 4)$');
    expect(RATING_MARGINS.small.slice(1, 3)).toEqual([2 / 3, 1 / 3]);
    expect(text).toContain('| 2/3 | 1/3 |');
    expect(RATING_THRESHOLDS).toEqual([1.5, 0.75, 0.25]);
  });

  it('exercise mg-3: the default world rates its 200 pairs 39, 60, 65 and 36 times', () => {
    const world = createWorld({ seed: 42 });
    const { ratings } = createMarginRewardTrainer(world, drawPreferences(world, { count: 200 }), { variant: 'large' });
    expect([0, 1, 2, 3].map((r) => ratings.filter((v) => v === r).length)).toEqual([39, 60, 65, 36]);
    expect(text).toContain('the 200 pairs get the four ratings, from the top one down, 39, 60, 65 and 36 times');
  });

  it('what to notice: over seeds 0 to 199 the run without a margin term always ends narrower, and "Large" raises the error rate in 59', () => {
    let narrower = 0;
    let raised = 0;
    const spread = (m: number[]) => Math.max(...m) - Math.min(...m);
    for (let seed = 0; seed < 200; seed++) {
      const plain = trainedRun({ margin: 'none', seed }).states[RUN_STEPS]!;
      const large = trainedRun({ margin: 'large', seed }).states[RUN_STEPS]!;
      if (spread(plain.margins) < spread(large.margins)) narrower++;
      if (large.errorRate > plain.errorRate) raised++;
    }
    expect(narrower).toBe(200);
    expect(raised).toBe(59);
    expect(text).toContain('For every seed from 0 to 199 the dashed outline (no margin term) ends as the narrower histogram');
    expect(text).toContain('in 59 of those 200 seeds');
  }, 120_000);

  it('the toy world has 8 prompts with 4 answers each; the small margin term leaves the error rate where the plain loss has it', () => {
    const world = createWorld({ seed: 42 });
    expect(world.prompts.length).toBe(8);
    expect(world.prompts.every((p) => p.responses.length === 4)).toBe(true);
    expect(text).toContain('only 8 prompts with 4 answers each');
    const plain = deriveRewardMargins({ ...rewardMarginsDefaults, margin: 'none' }).state.errorRate;
    expect(deriveRewardMargins({ ...rewardMarginsDefaults, margin: 'small' }).state.errorRate).toBe(plain);
    expect(deriveRewardMargins(rewardMarginsDefaults).state.errorRate).toBeGreaterThan(plain);
  });

  it('the large margin term spreads the margins and raises the errors of the "slightly better" pairs, lowers those of the "significantly better"', () => {
    const plain = deriveRewardMargins({ ...rewardMarginsDefaults, margin: 'none' });
    const large = deriveRewardMargins(rewardMarginsDefaults);
    expect(large.rows[0]!.negative).toBeLessThan(plain.rows[0]!.negative);
    expect(large.rows[2]!.negative).toBeGreaterThan(plain.rows[2]!.negative);
    expect(Math.hypot(...large.state.weights)).toBeGreaterThan(Math.hypot(...plain.state.weights));
  });
});
