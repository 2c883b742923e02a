/**
 * A toy RewardBench built from the toy world (content/chapter-3/rewardbench.mdx): every pair of responses to
 * the same prompt becomes a (prompt, chosen, rejected) triple, the chosen one having the higher gold reward, and
 * is sorted into one of four categories by how the two responses differ, or left out. With
 * $\Delta = \varphi(x, y_c) - \varphi(x, y_r) = (\Delta h, \Delta s, \Delta\ell)$ (helpfulness, harmlessness,
 * length) and the gold margin $\Delta r^* = w^* \cdot \Delta > 0$, the first rule that matches decides:
 *
 * | category | rule | what it imitates |
 * |---|---|---|
 * | Safety | $\Delta s \ge 1$ and $\Delta h < 0$ | the safer answer wins although it helps less (a refusal) |
 * | Chat Hard | $\Delta\ell < 0$ and $\Delta r^* \ge 0.5$ | the better answer is the shorter one |
 * | Chat | $\Delta\ell > 0$ and $\Delta r^* \ge 1$ | the better answer is clearly better and longer |
 * | Reasoning | $\Delta r^* < 0.5$ | a small but real difference (a subtle error) |
 *
 * Pairs with equal gold rewards, and pairs with $\Delta\ell \ge 0$ and $0.5 \le \Delta r^* < 1$ that match no rule,
 * are left out. Toy reward models score responses by $r(x, y) = \theta \cdot \varphi(x, y)$, rounded to whole
 * numbers for the `rounded` model (which then produces ties).
 *
 * @module
 */
import { fail } from '../validate.ts';
import type { World } from './create-world.ts';

/** The four categories, in RewardBench's order. */
export const REWARD_BENCH_CATEGORIES = ['chat', 'chat-hard', 'safety', 'reasoning'] as const;
export type RewardBenchCategory = (typeof REWARD_BENCH_CATEGORIES)[number];

/** Display names of the categories. */
export const REWARD_BENCH_CATEGORY_NAMES: Readonly<Record<RewardBenchCategory, string>> = Object.freeze({
  chat: 'Chat',
  'chat-hard': 'Chat Hard',
  safety: 'Safety',
  reasoning: 'Reasoning',
});

/** One evaluation example: response indices of the chosen and rejected answers to a prompt of the world. */
export interface RewardBenchTriple {
  prompt: number;
  chosen: number;
  rejected: number;
}

/** The toy benchmark: the triples of each category, in prompt and pair order. */
export type RewardBench = Record<RewardBenchCategory, RewardBenchTriple[]>;

/** The category of one pair from its feature difference and gold margin, or `null` when no rule matches. */
function categorize(dh: number, ds: number, dl: number, gold: number): RewardBenchCategory | null {
  if (ds >= 1 && dh < 0) return 'safety';
  if (dl < 0 && gold >= 0.5) return 'chat-hard';
  if (dl > 0 && gold >= 1) return 'chat';
  if (gold < 0.5) return 'reasoning';
  return null;
}

/**
 * Builds the toy benchmark from a world: every pair $a < b$ of each prompt's responses, oriented so the chosen
 * response has the higher gold reward, sorted by the rules in this module's table. Deterministic given the
 * world (whose features are seeded).
 *
 * Edge cases: `world` must have the three features `helpfulness`, `harmlessness`, `length`; otherwise
 * `RangeError` naming it.
 *
 * @example
 * const bench = buildRewardBench(createWorld({ seed: 42, prompts: 30, responsesPerPrompt: 5 }));
 * REWARD_BENCH_CATEGORIES.map((c) => bench[c].length); // [95, 71, 43, 56]
 */
export function buildRewardBench(world: World): RewardBench {
  if (world.featureNames.join(',') !== 'helpfulness,harmlessness,length') {
    fail('world', 'a toy world with features helpfulness, harmlessness, length', world.featureNames);
  }
  const bench: RewardBench = { chat: [], 'chat-hard': [], safety: [], reasoning: [] };
  world.prompts.forEach((p, x) => {
    const k = p.responses.length;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        const ra = p.responses[a]!;
        const rb = p.responses[b]!;
        if (ra.goldReward === rb.goldReward) continue;
        const [c, r] = ra.goldReward > rb.goldReward ? [a, b] : [b, a];
        const fc = p.responses[c]!.features;
        const fr = p.responses[r]!.features;
        const gold = p.responses[c]!.goldReward - p.responses[r]!.goldReward;
        const category = categorize(fc[0]! - fr[0]!, fc[1]! - fr[1]!, fc[2]! - fr[2]!, gold);
        if (category !== null) bench[category].push({ prompt: x, chosen: c, rejected: r });
      }
    }
  });
  return bench;
}

/** A toy reward model: linear weights θ on (helpfulness, harmlessness, length), optionally rounded. */
export interface ToyRewardModel {
  name: string;
  weights: readonly [number, number, number];
  /** Round each score to the nearest whole number (a coarse model that ties often). */
  rounded: boolean;
}

/** The toy reward models of content/chapter-3/rewardbench.mdx. */
export const TOY_REWARD_MODELS: Readonly<Record<'gold' | 'length' | 'helpful' | 'rounded', ToyRewardModel>> = Object.freeze({
  gold: { name: 'gold', weights: [1, 0.5, 0], rounded: false },
  length: { name: 'length-biased', weights: [0.2, 0.1, 1], rounded: false },
  helpful: { name: 'helpfulness-only', weights: [1, 0, 0.3], rounded: false },
  rounded: { name: 'rounded gold', weights: [1, 0.5, 0], rounded: true },
});
export type ToyRewardModelId = keyof typeof TOY_REWARD_MODELS;

/**
 * A toy reward model's score of one response, $r(x, y) = \theta \cdot \varphi(x, y)$, rounded to the nearest
 * whole number (halves up, `Math.round`) when the model is rounded.
 *
 * @example
 * toyRewardScore(TOY_REWARD_MODELS.length, [1, 0, 2]); // 2.2
 */
export function toyRewardScore(model: ToyRewardModel, features: ArrayLike<number>): number {
  if (features.length !== 3) fail('features', 'three numbers (helpfulness, harmlessness, length)', features);
  const s = model.weights[0] * features[0]! + model.weights[1] * features[1]! + model.weights[2] * features[2]!;
  if (!Number.isFinite(s)) fail('features', 'finite numbers', features);
  return model.rounded ? Math.round(s) : s;
}

/**
 * The chosen and rejected scores of a toy reward model on each triple of a category.
 *
 * @example
 * const world = createWorld({ prompts: 30, responsesPerPrompt: 5 });
 * toyRewardScores(world, buildRewardBench(world).chat, TOY_REWARD_MODELS.gold).chosen.length; // 95
 */
export function toyRewardScores(world: World, triples: readonly RewardBenchTriple[], model: ToyRewardModel): { chosen: Float64Array; rejected: Float64Array } {
  const chosen = new Float64Array(triples.length);
  const rejected = new Float64Array(triples.length);
  triples.forEach((t, i) => {
    const p = world.prompts[t.prompt];
    const c = p?.responses[t.chosen];
    const r = p?.responses[t.rejected];
    if (c === undefined || r === undefined) fail(`triples[${String(i)}]`, 'a triple that indexes the world', t);
    chosen[i] = toyRewardScore(model, c.features);
    rejected[i] = toyRewardScore(model, r.features);
  });
  return { chosen, rejected };
}
