/** The live values of the reward-margins section's equations are the widget's own numbers (model.test.ts). */
import { describe, expect, it } from 'vitest';
import { rewardMarginsEquations } from '../../../src/widgets/reward-margins/equations.ts';
import { deriveRewardMargins, summarizeRewardMargins } from '../../../src/widgets/reward-margins/model.ts';
import { rewardMarginsDefaults, rewardMarginsSchema } from '../../../src/widgets/reward-margins/state.ts';
import { advanceRun, knownEnd, recordRewardMarginsProgress, rewardMarginsProblem, startRun } from '../../../src/widgets/reward-margins/training.ts';

describe('rewardMarginsEquations.values(state, owner)', () => {
  it('gives the end of the default run', () => {
    expect(rewardMarginsEquations.values(rewardMarginsDefaults)).toEqual({ step: '60', negative: '78', pairs: '200', error: '0.390', loss: '1.4593', 'mr-top': '3' });
  });

  it.each([{ margin: 'none' as const }, { margin: 'small' as const, seed: 5 }])('agrees with the summary at %j', (changes) => {
    const state = { ...rewardMarginsDefaults, ...changes };
    const v = rewardMarginsEquations.values(state);
    expect(summarizeRewardMargins(state, deriveRewardMargins(state))).toContain(
      `step ${v['step']!} of 60: ${v['negative']!} of ${v['pairs']!} margins ≤ 0 (error rate ${v['error']!}), mean loss ${v['loss']!}.`,
    );
  });

  it('never trains a run in its frame: after a seed change it reads the step-0 run and leaves the plain run untrained', () => {
    const owner = {};
    const state = { ...rewardMarginsDefaults, seed: 77 };
    recordRewardMarginsProgress(owner, startRun(rewardMarginsProblem(state)));
    expect(rewardMarginsEquations.values(state, owner)).toMatchObject({ step: '0', negative: '200', error: '1.000' });
    expect(knownEnd({ margin: 'none', seed: 77 })).toBeNull();
    expect(knownEnd(state)).toBeNull();
  });

  it('follows the step its owner widget shows', () => {
    const owner = {};
    recordRewardMarginsProgress(owner, advanceRun(startRun(rewardMarginsProblem(rewardMarginsDefaults)), 3));
    expect(rewardMarginsEquations.values(rewardMarginsDefaults, owner)).toMatchObject({ step: '3' });
  });
});

describe('rewardMarginsEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(rewardMarginsEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(rewardMarginsSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
