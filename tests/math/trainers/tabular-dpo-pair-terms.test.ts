import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/stable.ts';
import { runSteps } from '../../../src/math/trainers/run-steps.ts';
import { demonstrationCounts, sftMaximumLikelihood } from '../../../src/math/trainers/sft.ts';
import { createTabularDpoTrainer, tabularDpoGradient, tabularDpoInitialState, tabularDpoStep, type TabularDpoLoss } from '../../../src/math/trainers/tabular-dpo.ts';
import { tabularDpoPairTerms } from '../../../src/math/trainers/tabular-dpo-pair-terms.ts';
import { createWorld, goldRewardTable } from '../../../src/math/world/create-world.ts';
import { drawDemonstrations } from '../../../src/math/world/demonstrator.ts';
import { drawPreferences } from '../../../src/math/world/preferences.ts';

// The toy world of content/chapter-5/dpo-gradient.mdx: seed 42, 200 comparisons, π_ref the SFT model of 10
// demonstrations per prompt with add-one smoothing.
const world = createWorld();
const data = drawPreferences(world);
const reference = sftMaximumLikelihood(
  demonstrationCounts(goldRewardTable(world).map((row) => row.length), drawDemonstrations(world, { perPrompt: 10 })),
  { smoothing: 1 },
);

/**
 * Prompt 1's pairs after 10 full-batch steps at β = 1 (step size 10/β²), in the trainer's order:
 * [prompt, chosen, rejected, share, Δ, weight, gradient]. Independent values: numpy 2 / scipy (`expit`), the world
 * redrawn from `np.random.RandomState(42)`, the comparisons from `RandomState([42, 1])`, the demonstrations from
 * `RandomState([42, 2])`, and the 10 steps written out as θ ← θ − η Σ share·ℓ′(Δ)(e_w − e_l).
 */
const numpyAfter10: Record<'sigmoid' | 'unweighted', number[][]> = {
  sigmoid: [
    [0, 0, 3, 0.01, 1.080483167707, 0.25341459255, -0.002534145925],
    [0, 1, 3, 0.03, 1.468037742253, 0.187241050711, -0.005617231521],
    [0, 0, 1, 0.015, -0.387554574546, 0.595693874557, -0.008935408118],
    [0, 2, 1, 0.005, 0.586502908715, 0.357437651107, -0.001787188256],
    [0, 3, 0, 0.01, -1.080483167707, 0.74658540745, -0.007465854075],
    [0, 1, 0, 0.005, 0.387554574546, 0.404306125443, -0.002021530627],
    [0, 2, 0, 0.01, 0.974057483261, 0.274072498884, -0.002740724989],
    [0, 2, 3, 0.025, 2.054540650968, 0.113594377183, -0.00283985943],
    [0, 1, 2, 0.005, -0.586502908715, 0.642562348893, -0.003212811744],
  ],
  unweighted: [
    [0, 0, 3, 0.01, 5.5, 1, -0.01],
    [0, 1, 3, 0.03, 7.5, 1, -0.03],
    [0, 0, 1, 0.015, -2, 1, -0.015],
    [0, 2, 1, 0.005, 1.5, 1, -0.005],
    [0, 3, 0, 0.01, -5.5, 1, -0.01],
    [0, 1, 0, 0.005, 2, 1, -0.005],
    [0, 2, 0, 0.01, 3.5, 1, -0.01],
    [0, 2, 3, 0.025, 9, 1, -0.025],
    [0, 1, 2, 0.005, -1.5, 1, -0.005],
  ],
};

describe('tabularDpoPairTerms(trainer, logits)', () => {
  it.each(['sigmoid', 'unweighted'] as const)('matches numpy on prompt 1 of the toy world after 10 steps (%s, β = 1)', (variant) => {
    const trainer = createTabularDpoTrainer(world, data, { beta: 1, variant, reference });
    const state = runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), 10);
    const terms = tabularDpoPairTerms(trainer, state.logits).filter((t) => t.prompt === 0);
    expect(terms).toHaveLength(9);
    terms.forEach((t, i) => {
      const [prompt, chosen, rejected, share, delta, weight, gradient] = numpyAfter10[variant][i] as number[];
      expect([t.prompt, t.chosen, t.rejected]).toEqual([prompt, chosen, rejected]);
      expect(t.share).toBeCloseTo(share as number, 12);
      expect(t.margin).toBeCloseTo(delta as number, 9); // u = βΔ with β = 1
      expect(t.weight).toBeCloseTo(weight as number, 9);
      expect(t.gradient).toBeCloseTo(gradient as number, 9);
    });
  });

  it('gives every pair the weight σ(−u) = 1/2 at π_θ = π_ref, and u = βΔ', () => {
    const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.5 });
    expect(tabularDpoPairTerms(trainer, [[0, 0, 0]])[0]).toMatchObject({ margin: 0, weight: 0.5, gradient: -0.25, share: 1 });
    const [term] = tabularDpoPairTerms(trainer, [[2, 0, 0]]);
    expect(term!.margin).toBeCloseTo(1, 15); // β · Δ = 0.5 · 2
    expect(term!.weight).toBeCloseTo(0.2689414213699951, 15); // σ(−1) = 1/(1 + e), math.exp
    expect(term!.gradient).toBeCloseTo(-0.5 * 0.2689414213699951, 15);
  });

  it.each<TabularDpoLoss>(['sigmoid', 'unweighted', 'hinge', 'ipo', 'cdpo', 'robust'])(
    'sums, logit by logit, to tabularDpoGradient (%s)',
    (variant) => {
      const trainer = createTabularDpoTrainer(world, data, { beta: 0.3, variant, labelSmoothing: variant === 'cdpo' || variant === 'robust' ? 0.1 : 0, reference });
      const logits = world.prompts.map((_, x) => [0.3 * x, -0.2, 0.5 - 0.1 * x, 0.1]);
      const summed = logits.map((row) => row.map(() => 0));
      for (const t of tabularDpoPairTerms(trainer, logits)) {
        summed[t.prompt]![t.chosen]! += t.gradient;
        summed[t.prompt]![t.rejected]! -= t.gradient;
      }
      const expected = tabularDpoGradient(trainer, logits);
      summed.forEach((row, x) => row.forEach((g, y) => expect(g).toBeCloseTo(expected[x]![y]!, 14)));
    },
  );

  it('weighs a DPO pair by σ(−u) and an unweighted one by 1, whatever the logits (property)', () => {
    const sigmoidTrainer = createTabularDpoTrainer([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.7 });
    const unweighted = createTabularDpoTrainer([2], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.7, variant: 'unweighted' });
    fc.assert(
      fc.property(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }), (a, b) => {
        const [s] = tabularDpoPairTerms(sigmoidTrainer, [[a, b]]);
        const [u] = tabularDpoPairTerms(unweighted, [[a, b]]);
        expect(s!.margin).toBeCloseTo(0.7 * (a - b), 9);
        expect(s!.weight).toBeCloseTo(sigmoid(-0.7 * (a - b)), 12);
        expect(s!.gradient).toBeCloseTo(-0.7 * s!.weight, 12);
        expect(u!.weight).toBe(1);
        expect(u!.gradient).toBeCloseTo(-0.7, 15);
      }),
    );
  });

  it('keeps the unweighted gradient constant while training, and lets the DPO weights of a lone pair vanish', () => {
    const pair = [{ prompt: 0, chosen: 0, rejected: 1 }];
    const unweighted = createTabularDpoTrainer([2], pair, { beta: 1, variant: 'unweighted' });
    const dpo = createTabularDpoTrainer([2], pair, { beta: 1 });
    const late = (trainer: typeof dpo) => runSteps(tabularDpoStep, trainer, tabularDpoInitialState(trainer), 200).logits;
    expect(tabularDpoPairTerms(unweighted, late(unweighted))[0]!.gradient).toBe(-1);
    expect(tabularDpoPairTerms(dpo, late(dpo))[0]!.weight).toBeLessThan(0.01);
  });

  it('throws a RangeError naming logits for a wrong shape or a non-finite logit', () => {
    const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }]);
    expect(() => tabularDpoPairTerms(trainer, [[0, 0]])).toThrow(/logits/);
    expect(() => tabularDpoPairTerms(trainer, [])).toThrow(RangeError);
    expect(() => tabularDpoPairTerms(trainer, [[0, Number.NaN, 0]])).toThrow(/logits/);
    expect(() => tabularDpoPairTerms(trainer, 'x' as unknown as number[][])).toThrow(/logits/);
  });
});
