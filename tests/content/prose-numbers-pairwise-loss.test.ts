/**
 * The numbers and facts the prose of section 3.1 (content/chapter-3/pairwise-loss.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time; this test checks the few
 * typed inside formulas (log 2 ≈ 0.693, the squared fit 0.2 at p = 0.7, the 0.5 of the cycle's fit), the facts its
 * sentences state in words (which pairs are misordered, which have the largest gradients, 36 pairs for K = 9),
 * and sweeps the prose for any decimal number that is neither an input nor checked, in the manner of
 * prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { expectedMarginGradient, fitTabularBradleyTerry, preferenceRateMargin, rankingPairCount, sigmoid, softplus } from '../../src/math/index';
import { derivePairwiseLoss } from '../../src/widgets/pairwise-loss/model';
import { pairwiseLossDefaults } from '../../src/widgets/pairwise-loss/state';

describe('content/chapter-3/pairwise-loss.mdx', () => {
  const text = sectionProse('chapter-3/pairwise-loss.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: the preference rates the prose and exercises give (0.6, 0.7, 0.8, 70%, 80%) and 1 − 0.7 = 0.3 in
    // log(0.7/0.3). Checked below: 0.693 (log 2), 0.5 (σ(0), the cycle's fitted probability), 0.2 (squared fit at p = 0.7).
    const inputs = new Set(['0.6', '0.7', '0.8', '70%', '80%', '0.3', '0.693', '0.5', '0.2']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('log 2 ≈ 0.693; σ(0) = 0.5; the squared loss fits m* = 0.2 at p = 0.7', () => {
    expect(softplus(0).toFixed(3)).toBe('0.693');
    expect(sigmoid(0)).toBe(0.5);
    expect(preferenceRateMargin(0.7, 'squared')).toBeCloseTo(0.2, 12);
    expect(text).toContain('m^* = p - \\tfrac12 = 0.2');
  });

  it('the 80% cycle: 15 labels, 4 to 1 per pair, fit to equal rewards, so every probability is 0.5', () => {
    const labels = [[0, 1, 4], [1, 0, 1], [1, 2, 4], [2, 1, 1], [2, 0, 4], [0, 2, 1]].flatMap(([chosen, rejected, count]) =>
      Array.from({ length: count! }, () => ({ prompt: 0, chosen: chosen!, rejected: rejected! })),
    );
    expect(labels.length).toBe(15);
    const [a, b, c] = fitTabularBradleyTerry([3], labels).rewards[0] as [number, number, number];
    for (const m of [a - b, b - c, c - a]) expect(sigmoid(m)).toBeCloseTo(0.5, 9);
    expect(text).toContain('Take 15 labels');
  });

  it('K-wise: a 9-answer ranking gives 36 pairs, a 4-answer ranking 6; the intuition’s ranking C, A, D, B lists all 6', () => {
    expect(rankingPairCount(9)).toBe(36);
    expect(rankingPairCount(4)).toBe(6);
    expect(text).toContain('would contribute 36 pairs and a prompt ranked with $K = 4$ only 6');
    expect(text).toContain('That one ranking says six things');
  });

  it('worked example: the two misordered pairs have the largest losses and the largest gradients in size', () => {
    const d = derivePairwiseLoss(pairwiseLossDefaults);
    const wrong = d.pairs.filter((pair) => !pair.correct);
    const right = d.pairs.filter((pair) => pair.correct);
    expect(wrong.length).toBe(2);
    const maxRightLoss = Math.max(...right.map((pair) => pair.loss));
    const maxRightGradient = Math.max(...right.map((pair) => Math.abs(pair.gradient)));
    for (const pair of wrong) {
      expect(pair.loss).toBeGreaterThan(maxRightLoss);
      expect(Math.abs(pair.gradient)).toBeGreaterThan(maxRightGradient);
    }
  });

  it('what to notice: with the squared loss the misordered pairs have the most negative gradients', () => {
    const d = derivePairwiseLoss({ ...pairwiseLossDefaults, loss: 'squared' });
    const mostNegative = [...d.pairs].sort((p, q) => p.gradient - q.gradient).slice(0, 2);
    expect(mostNegative.every((pair) => !pair.correct)).toBe(true);
  });
  it('the hinge’s expected gradient as the prose writes it out equals expectedMarginGradient(m, p, "hinge") = 1 − 2p', () => {
    // The middle expression of the hinge bullet, read as arithmetic in p: it once had an extra factor (−1) on the
    // second term, which evaluates to −1 for every p while the line claimed 1 − 2p.
    const written = /\\bar\\ell'\(m\) = (p \\cdot [^=]+?) = 1 - 2p/.exec(text)?.[1];
    expect(written).toBeDefined();
    const expression = (written ?? '').replaceAll('\\cdot', '*');
    expect(expression).toMatch(/^[-p()*\d\s.]+$/);
    const evaluate = new Function('p', `return ${expression};`) as (p: number) => number;
    for (const p of [0.6, 0.8, 0.95]) {
      expect(evaluate(p)).toBeCloseTo(1 - 2 * p, 12);
      expect(evaluate(p)).toBeCloseTo(expectedMarginGradient(0.3, p, 'hinge'), 12);
    }
  });
});
