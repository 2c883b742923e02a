/**
 * The numbers and facts the prose of section 4.2 (content/chapter-4/rm-training.mdx) states, recomputed with
 * `src/math` and checked against a plain numpy 2.4 re-implementation of the tabular reward model (world from
 * np.random.seed(42), Gumbel-max rankings from np.random.seed([seed, 5]) and [seed + 1, 5], minibatch orders from
 * np.random.seed([seed, 3, e]).permutation(n)), printed to 16 digits. The section computes its numbers in MDX
 * expressions; this test pins them and sweeps the prose for decimals that are neither inputs nor expressions.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { deriveRmTraining } from '../../src/widgets/rm-training/model';
import { rmTrainingDefaults, type RmTrainingState } from '../../src/widgets/rm-training/state';
import { rmTrainingProblem } from '../../src/widgets/rm-training/training';

const at = (changes: Partial<RmTrainingState>) => deriveRmTraining({ ...rmTrainingDefaults, ...changes });
const d = at({});

describe('content/chapter-4/rm-training.mdx', () => {
  const text = sectionProse('chapter-4/rm-training.mdx');

  it('states no decimal number that is neither an input nor computed in an MDX expression', () => {
    // Inputs: τ = 0.25 and 2 (slider settings), the exercises' givens (rewards 1.2, 0.4, −0.5 and their margins
    // 0.8, 1.7, 0.9, 0.5; agreement 0.7 and 0.3; gap 0.3 and τ = 0.5, σ(0.6)).
    // Paper figures: Christiano et al. (2017, §2.2.3) keep the validation loss between 1.1 and 1.5 times the
    // training loss and assume a 10% chance of a uniformly random answer.
    const inputs = new Set(['0.25', '1.2', '0.4', '0.5', '0.8', '1.7', '0.9', '0.7', '0.3', '0.6', '1.1', '1.5', '10%']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('worked example: epochs of 10 K-wise steps and 360 pair steps; shuffled pairs lowest at epoch 1, K-wise still falling (numpy)', () => {
    const p = rmTrainingProblem(rmTrainingDefaults);
    expect([p.kwise.stepsPerEpoch, p.pairs.stepsPerEpoch]).toEqual([10, 360]);
    expect(d.pairs.best).toEqual({ loss: d.pairs.epochOne!.validation.loss, epoch: 1 });
    expect(d.pairs.best.loss).toBeCloseTo(0.632214355405541, 12);
    expect(d.pairs.now.train.loss).toBeCloseTo(0.23320881222280126, 12);
    expect(d.pairs.now.validation.loss).toBeCloseTo(0.7328703415528073, 12);
    expect(d.pairs.now.validation.loss).toBeGreaterThan(d.pairs.epochOne!.validation.loss);
    expect(d.kwise.best.epoch).toBe(4);
    expect(d.kwise.now.validation.loss).toBeCloseTo(0.6765500558838174, 12);
    expect(d.pairs.now.validation.accuracy).toBe(d.kwise.now.validation.accuracy);
    expect(d.pairs.now.validation.accuracy).toBeCloseTo(0.6541666666666667, 15);
    expect(d.pairs.epochOne!.validation.accuracy).toBe(d.pairs.now.validation.accuracy);
    expect([d.pairs.now.train.accuracy, d.kwise.now.train.accuracy]).toEqual([1, 1]);
    expect(d.gold.loss).toBeCloseTo(0.5331521017558463, 12);
    expect(d.gold.accuracy).toBeCloseTo(0.7305555555555555, 15);
  });

  it('what to notice: η = 36 makes K-wise overfit; τ = 2 overfits sooner; τ = 0.25 never turns; K = 4 turns later (numpy)', () => {
    const fast = at({ rate: 36 });
    expect(fast.kwise.best.epoch).toBe(1);
    expect(fast.kwise.best.loss).toBeCloseTo(0.6364005887172473, 12);
    expect(fast.kwise.now.validation.loss).toBeCloseTo(0.7560960315786517, 12);
    const noisy = at({ noise: 2 });
    expect(noisy.pairs.best.epoch).toBe(0.5);
    expect(noisy.pairs.best.loss).toBeCloseTo(0.691492880081806, 12);
    expect(noisy.pairs.now.validation.loss).toBeCloseTo(0.9436365079397255, 12);
    expect(noisy.gold.accuracy).toBeCloseTo(0.6256944444444444, 15);
    const clean = at({ noise: 0.25 });
    expect(clean.pairs.best.epoch).toBe(4);
    expect(clean.pairs.now.validation.loss).toBeCloseTo(0.34354870856038844, 12);
    expect(clean.gold.accuracy).toBeCloseTo(0.90625, 15);
    const four = at({ size: 4 });
    expect(four.pairs.best.epoch).toBe(2);
    expect(four.pairs.best.loss).toBeCloseTo(0.6509306384865654, 12);
  });

  it('in practice: the training details as the papers report them (Ouyang et al. 2022, app. C.2; Christiano et al. 2017, §2.2.3)', () => {
    // Ouyang et al.: one epoch, lr 9e-6 on a cosine schedule, batch size 64 counted in prompts, up to 64 · C(9,2) comparisons
    expect(64 * 36).toBe(2304);
    for (const fact of ['for a single epoch', '9 \\times 10^{-6}', 'cosine schedule', 'the batch size counts prompts', '64 × 36 = 2,304']) {
      expect(text, fact).toContain(fact);
    }
    // Christiano et al.: 1/e held out per ensemble member, validation loss kept in [1.1, 1.5] × training loss, 10% random answers
    for (const fact of ['ensemble of reward predictors', '1/e', 'between 1.1 and 1.5 times the training loss', '10% chance that the human answers uniformly at random']) {
      expect(text, fact).toContain(fact);
    }
    expect(text).not.toContain('within a fixed factor');
  });

  it('says what the section claims in words', () => {
    expect(text).toContain('above where it was at the end of the first epoch');
    expect(text).toContain('still falling at epoch');
    expect(text).toContain('overfit sooner');
    // at η = C(K,2) the K-wise weight is cancelled (tests/math/trainers/ranking-reward-model.test.ts pins the push)
    expect(text).toContain('pushes every pair once by the same amount');
  });
});
