/**
 * The token-level half of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx): one response's per-token
 * log-probabilities under a policy and a reference, and its shaped rewards.
 *
 * Where the numbers come from: the twelve answers of content/chapter-5/dpo-trainer.mdx (six polite "chosen" and
 * six curt "rejected" answers, `SENTENCE_PAIRS`) and the bigram policies of `src/math/trainers/bigram-policy.ts`
 * over their words:
 * - $\pi_{\mathrm{ref}}$ is the add-½ bigram model of all twelve answers (the same reference as 5.4's widget);
 * - $\pi_\theta$ stands for a policy that RL has moved toward the polite answers: the add-0.1 bigram model of the
 *   six chosen answers alone. It is a fixed stand-in, not the output of a PPO run.
 * The per-token log-probabilities are `bigramTokenLogProbabilities`, the shaped rewards `shapedRewards`; the last
 * token of every response is the end token.
 */
import { bigramCountPolicy, bigramLogProbability, bigramTokenLogProbabilities, bigramTransitions, bigramVocabulary, shapedRewards } from '../../math/index.ts';
import { REFERENCE_SMOOTHING, SENTENCE_PAIRS, SENTENCES } from '../shared/sentence-pairs.ts';

/** The responses the widget can show, numbered from 1: pair 1 chosen, pair 1 rejected, pair 2 chosen, … */
export const PPO_RESPONSES: readonly string[] = SENTENCES;
/** Add-α smoothing of the policy bigram model (the six chosen answers). */
export const POLICY_SMOOTHING = 0.1;
/** How the end token is written in tables. */
export const END_TOKEN = '⟨end⟩';

let cache: { vocabulary: string[]; policy: number[][]; reference: number[][] } | undefined;

/** The vocabulary and the two bigram policies (computed once). */
function policies(): { vocabulary: string[]; policy: number[][]; reference: number[][] } {
  if (cache === undefined) {
    const vocabulary = bigramVocabulary(PPO_RESPONSES);
    cache = {
      vocabulary,
      reference: bigramCountPolicy(vocabulary, SENTENCES, REFERENCE_SMOOTHING),
      policy: bigramCountPolicy(vocabulary, SENTENCE_PAIRS.map((pair) => pair.chosen), POLICY_SMOOTHING),
    };
  }
  return cache;
}

/** One token of a response. */
export interface ShapedToken {
  /** The word, or {@link END_TOKEN}. */
  token: string;
  policyLogProb: number;
  referenceLogProb: number;
  /** $\log\pi_\theta(a_t \mid s_t) - \log\pi_{\mathrm{ref}}(a_t \mid s_t)$. */
  logRatio: number;
  /** $-\beta \cdot$ log-ratio. */
  penalty: number;
  /** The reward model's score on the last token, 0 elsewhere. */
  score: number;
  /** The shaped reward $r_t$. */
  reward: number;
}

/** A response with its shaped rewards. */
export interface ShapedResponse {
  /** Its number, from 1. */
  number: number;
  sentence: string;
  /** Whether it is a chosen (polite) answer of its pair. */
  chosen: boolean;
  tokens: ShapedToken[];
  /** $\log\frac{\pi_\theta(y)}{\pi_{\mathrm{ref}}(y)}$, the sum of the token log-ratios. */
  logRatio: number;
  /** $\sum_t r_t$. */
  total: number;
  /** $-\beta\log\frac{\pi_\theta(y)}{\pi_{\mathrm{ref}}(y)} + r$, from the sequence log-probabilities (`bigramLogProbability`). */
  sequenceCheck: number;
}

/**
 * The shaped rewards of response `number` (1 to 12) for a KL coefficient and a reward-model score.
 *
 * @example
 * const shaped = shapedResponse(1, 0.1, 1);
 * shaped.tokens.length; // → 9 ('sure , i can help with that .' and the end token)
 * shaped.total;         // ≈ 0.2824 (= −0.1 · 7.1756 + 1; numpy)
 */
export function shapedResponse(number: number, beta: number, score: number): ShapedResponse {
  const { vocabulary, policy, reference } = policies();
  const index = Math.min(Math.max(Math.round(number), 1), PPO_RESPONSES.length) - 1;
  const sentence = PPO_RESPONSES[index] as string;
  const transitions = bigramTransitions(vocabulary, sentence);
  const policyLogProbs = bigramTokenLogProbabilities(policy, transitions);
  const referenceLogProbs = bigramTokenLogProbabilities(reference, transitions);
  const rewards = shapedRewards(policyLogProbs, referenceLogProbs, beta, score);
  const words = [...sentence.split(' '), END_TOKEN];
  const last = transitions.length - 1;
  let logRatio = 0;
  let total = 0;
  const tokens = words.map((token, t) => {
    const ratio = (policyLogProbs[t] as number) - (referenceLogProbs[t] as number);
    logRatio += ratio;
    total += rewards[t] as number;
    return {
      token,
      policyLogProb: policyLogProbs[t] as number,
      referenceLogProb: referenceLogProbs[t] as number,
      logRatio: ratio,
      penalty: -beta * ratio,
      score: t === last ? score : 0,
      reward: rewards[t] as number,
    };
  });
  // The sequence log-ratio from the sequence log-probabilities (bigramLogProbability), not from the token terms.
  const sequenceLogRatio = bigramLogProbability(policy, transitions) - bigramLogProbability(reference, transitions);
  return { number: index + 1, sentence, chosen: index % 2 === 0, tokens, logRatio, total, sequenceCheck: -beta * sequenceLogRatio + score };
}
