import { describe, expect, it } from 'vitest';
import { pairwiseCorrect } from '../../../src/math/reward-bench-score.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';
import {
  buildRewardBench,
  REWARD_BENCH_CATEGORIES,
  TOY_REWARD_MODELS,
  toyRewardScore,
  toyRewardScores,
  type ToyRewardModelId,
} from '../../../src/math/world/reward-bench.ts';

// Independent values: a numpy 2.4 script rebuilds the world (np.random.seed(seed); np.random.randn(P*K*3) read as
// h, s, z per response, length = 0.5h + sqrt(0.75)z), applies the category rules of reward-bench.ts to every pair
// itertools.combinations(range(K), 2), and counts the triples and each model's strict wins.
const world = createWorld({ seed: 42, prompts: 30, responsesPerPrompt: 5 });
const bench = buildRewardBench(world);

describe('buildRewardBench(world)', () => {
  it('sorts the pairs of seed 42 (30 prompts × 5 responses) as numpy does', () => {
    expect(REWARD_BENCH_CATEGORIES.map((c) => bench[c].length)).toEqual([95, 71, 43, 56]);
    expect(bench.chat.slice(0, 3)).toEqual([{ prompt: 0, chosen: 0, rejected: 4 }, { prompt: 0, chosen: 1, rejected: 3 }, { prompt: 0, chosen: 1, rejected: 4 }]);
    expect(bench['chat-hard'].slice(0, 3)).toEqual([{ prompt: 0, chosen: 1, rejected: 0 }, { prompt: 0, chosen: 2, rejected: 0 }, { prompt: 0, chosen: 2, rejected: 1 }]);
    expect(bench.safety.slice(0, 3)).toEqual([{ prompt: 2, chosen: 0, rejected: 2 }, { prompt: 2, chosen: 0, rejected: 4 }, { prompt: 2, chosen: 1, rejected: 2 }]);
    expect(bench.reasoning.slice(0, 3)).toEqual([{ prompt: 0, chosen: 0, rejected: 3 }, { prompt: 1, chosen: 2, rejected: 3 }, { prompt: 1, chosen: 4, rejected: 2 }]);
  });

  it('sorts a second world (seed 3, 12 prompts × 4 responses) as numpy does', () => {
    const other = buildRewardBench(createWorld({ seed: 3, prompts: 12, responsesPerPrompt: 4 }));
    expect(REWARD_BENCH_CATEGORIES.map((c) => other[c].length)).toEqual([27, 12, 8, 18]);
  });

  it('always orients a triple so the chosen response has the higher gold reward', () => {
    for (const c of REWARD_BENCH_CATEGORIES) {
      for (const t of bench[c]) {
        const p = world.prompts[t.prompt]!;
        expect(p.responses[t.chosen]!.goldReward).toBeGreaterThan(p.responses[t.rejected]!.goldReward);
      }
    }
  });

  it('rejects a world without the three toy features', () => {
    expect(() => buildRewardBench({ ...world, featureNames: ['a', 'b', 'c'] })).toThrow(/world/);
  });
});

describe('toyRewardScores(world, triples, model)', () => {
  it('gives each model numpy’s strict-win counts per category', () => {
    const wins: Record<ToyRewardModelId, number[]> = {
      gold: [95, 71, 43, 56],
      length: [95, 16, 21, 27],
      helpful: [95, 63, 6, 39],
      rounded: [95, 67, 19, 14],
    };
    for (const id of Object.keys(wins) as ToyRewardModelId[]) {
      const got = REWARD_BENCH_CATEGORIES.map((c) => {
        const s = toyRewardScores(world, bench[c], TOY_REWARD_MODELS[id]);
        return pairwiseCorrect(s.chosen, s.rejected).reduce((a, v) => a + v, 0);
      });
      expect(got, id).toEqual(wins[id]);
    }
  });

  it('gives the rounded model numpy’s tie counts (4, 24 and 42 ties in Chat Hard, Safety, Reasoning)', () => {
    const ties = REWARD_BENCH_CATEGORIES.map((c) => {
      const s = toyRewardScores(world, bench[c], TOY_REWARD_MODELS.rounded);
      return s.chosen.filter((v, i) => v === s.rejected[i]).length;
    });
    expect(ties).toEqual([0, 4, 24, 42]);
  });

  it('rejects a triple outside the world', () => {
    expect(() => toyRewardScores(world, [{ prompt: 99, chosen: 0, rejected: 1 }], TOY_REWARD_MODELS.gold)).toThrow(/triples\[0\]/);
  });
});

describe('toyRewardScore(model, features)', () => {
  it('is θ·φ, rounded for the rounded model', () => {
    expect(toyRewardScore(TOY_REWARD_MODELS.length, [1, 0, 2])).toBeCloseTo(2.2, 14);
    expect(toyRewardScore(TOY_REWARD_MODELS.rounded, [1.2, 0.8, 5])).toBe(2); // 1.2 + 0.4 = 1.6 → 2
    expect(() => toyRewardScore(TOY_REWARD_MODELS.gold, [1, 2])).toThrow(/features/);
  });
});
