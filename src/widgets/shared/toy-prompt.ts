/**
 * One prompt of the course's toy world as the policy widgets see it (content/chapter-1/kl-budget.mdx,
 * content/chapter-2/beta-temperature.mdx): its responses' gold rewards $r(y) = r^*(x, y)$ and a reference policy
 * $\pi_{\mathrm{ref}}(y \mid x)$, the supervised fine-tuned model of the world's demonstrations (10 per prompt from the
 * demonstrator at temperature 1, add-one smoothed so every response keeps some probability). Everything comes from
 * `src/math` (`createWorld`, `drawDemonstrations`, `demonstrationCounts`, `sftMaximumLikelihood`).
 */
import { createWorld, demonstrationCounts, drawDemonstrations, goldRewardTable, sftMaximumLikelihood } from '../../math/index.ts';

/** Demonstrations per prompt behind π_ref. */
export const TOY_DEMONSTRATIONS_PER_PROMPT = 10;
/** Add-α smoothing of the fitted π_ref. */
export const TOY_REFERENCE_SMOOTHING = 1;

/** One prompt: rewards, reference policy and the demonstration counts it was fitted to. */
export interface ToyPrompt {
  seed: number;
  /** 1-based prompt number, as the widgets show it. */
  prompt: number;
  rewards: number[];
  reference: number[];
  counts: number[];
}

let cache: { seed: number; rewards: number[][]; reference: number[][]; counts: number[][] } | null = null;

/**
 * Rewards and π_ref of prompt `prompt` (1-based, clamped to the world's prompts) of the world with this seed.
 * The last world is cached, so dragging a slider does not redraw it.
 *
 * @example
 * toyPrompt(42, 1).reference; // ≈ [0.214, 0.286, 0.357, 0.143] (counts 2, 3, 4, 1 plus one each, over 14)
 */
export function toyPrompt(seed: number, prompt: number): ToyPrompt {
  if (cache === null || cache.seed !== seed) {
    const world = createWorld({ seed });
    const rewards = goldRewardTable(world);
    const counts = demonstrationCounts(
      rewards.map((row) => row.length),
      drawDemonstrations(world, { perPrompt: TOY_DEMONSTRATIONS_PER_PROMPT }),
    );
    cache = { seed, rewards, counts, reference: sftMaximumLikelihood(counts, { smoothing: TOY_REFERENCE_SMOOTHING }) };
  }
  const index = Math.min(Math.max(Math.round(prompt), 1), cache.rewards.length) - 1;
  return {
    seed,
    prompt: index + 1,
    rewards: [...(cache.rewards[index] as number[])],
    reference: [...(cache.reference[index] as number[])],
    counts: [...(cache.counts[index] as number[])],
  };
}
