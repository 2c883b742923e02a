/**
 * DPO on a bigram softmax policy (`bigram-policy.ts`): preference pairs of real sentences, where a response's
 * log-probability is a sum over its tokens (content/chapter-5/dpo-trainer.mdx). Step-function API as in
 * `tabular-dpo.ts`; run it in slices with `trainingSlices` (`run-steps.ts`).
 *
 * With $h(y) = \log\pi_\theta(y) - \log\pi_{\mathrm{ref}}(y)$ and $\Delta = h(y_w) - h(y_l)$, the mean loss over $n$
 * pairs is $\mathcal L = \frac1n\sum_i -\log\sigma(\beta\Delta_i)$ and
 * $$ \nabla_\theta\mathcal L = -\frac{\beta}{n}\sum_i \sigma(-\beta\Delta_i)\,\big(\nabla_\theta\log\pi_\theta(y_{w,i}) - \nabla_\theta\log\pi_\theta(y_{l,i})\big). $$
 * Unlike the tabular policy, the responses share parameters: a transition that appears in a chosen answer of
 * one pair and a rejected answer of another is pushed both ways, and every row's softmax couples its outputs,
 * so lowering a rejected answer can lower a chosen one too (Pal et al. 2024, arXiv:2402.13228).
 *
 * @module
 */
import { logSigmoid, logSoftmax, sigmoid } from '../stable.ts';
import { assertInteger, assertPositive, fail } from '../validate.ts';
import { bigramSequenceKl } from './bigram-kl.ts';
import {
  bigramLogProbability,
  bigramTransitions,
  checkBigramLogits,
  type BigramTransition,
} from './bigram-policy.ts';
import type { TabularDpoMetrics } from './tabular-dpo.ts';

/** One preference pair of sentences. */
export interface SentencePair {
  chosen: string;
  rejected: string;
}

/** Options of {@link createBigramDpoTrainer}. */
export interface BigramDpoOptions {
  /** $\beta > 0$ (default 0.1). */
  beta?: number;
  /** Step size $\eta > 0$ on the logits (default $1/\beta^2$: a step of 1 on the implicit-reward scale $\beta h$). */
  learningRate?: number;
  /** Default run length, an integer in $[1, 100000]$ (default 300). */
  steps?: number;
}

/** The fixed problem of a bigram DPO run (plain data). */
export interface BigramDpoTrainer {
  vocabulary: string[];
  pairs: SentencePair[];
  /** Transitions of each pair's chosen and rejected sentence. */
  transitions: { chosen: BigramTransition[]; rejected: BigramTransition[] }[];
  referenceLogits: number[][];
  /** $\log\pi_{\mathrm{ref}}$ of each pair's chosen and rejected sentence. */
  referenceLogProbs: { chosen: number; rejected: number }[];
  beta: number;
  learningRate: number;
  steps: number;
}

/** State after `step` steps (plain data; never mutated by the trainer). */
export interface BigramDpoState {
  step: number;
  logits: number[][];
  /** The same metrics as the tabular trainer (TRL's names); `kl` is the KL over whole responses. */
  metrics: TabularDpoMetrics;
}

/**
 * Fixes a bigram DPO problem: the vocabulary, the pairs, the reference logits ((V+1) × (V+1), as
 * `bigramCountPolicy` makes them) and the options. Training starts at $\theta = \theta_{\mathrm{ref}}$.
 *
 * Edge cases: `pairs` a non-empty array of sentence pairs whose words are in `vocabulary`; `reference` finite;
 * options out of range; each throws `RangeError` naming the argument or option.
 *
 * @example
 * const vocabulary = bigramVocabulary(['happy to help .', 'no .']);
 * const trainer = createBigramDpoTrainer(vocabulary, [{ chosen: 'happy to help .', rejected: 'no .' }],
 *   bigramCountPolicy(vocabulary, ['happy to help .', 'no .'], 0.5));
 * trainer.learningRate; // 100 (1/β² at β = 0.1)
 */
export function createBigramDpoTrainer(
  vocabulary: readonly string[],
  pairs: readonly SentencePair[],
  reference: readonly (readonly number[])[],
  options: BigramDpoOptions = {},
): BigramDpoTrainer {
  if (!Array.isArray(vocabulary) || vocabulary.length === 0) fail('vocabulary', 'a non-empty array of words', vocabulary);
  if (!Array.isArray(pairs) || pairs.length === 0) fail('pairs', 'a non-empty array of { chosen, rejected } sentences', pairs);
  const size = vocabulary.length + 1;
  const referenceLogits = checkBigramLogits('reference', reference, size).map((row) => [...row]);
  const beta = assertPositive('beta', options.beta ?? 0.1);
  const transitions = pairs.map((p, i) => {
    if (typeof p !== 'object' || p === null) fail(`pairs[${String(i)}]`, 'a { chosen, rejected } pair of sentences', p);
    return { chosen: bigramTransitions(vocabulary, p.chosen), rejected: bigramTransitions(vocabulary, p.rejected) };
  });
  return {
    vocabulary: [...vocabulary],
    pairs: pairs.map(({ chosen, rejected }) => ({ chosen, rejected })),
    transitions,
    referenceLogits,
    referenceLogProbs: transitions.map((t) => ({
      chosen: bigramLogProbability(referenceLogits, t.chosen),
      rejected: bigramLogProbability(referenceLogits, t.rejected),
    })),
    beta,
    learningRate: assertPositive('learningRate', options.learningRate ?? 1 / (beta * beta)),
    steps: assertInteger('steps', options.steps ?? 300, 1, 100000),
  };
}

/** Row-wise log-softmax of the logits: `table[a][b]` $= \log\operatorname{softmax}(\theta_a)_b$ (computed once per step). */
function logSoftmaxTable(logits: readonly (readonly number[])[]): Float64Array[] {
  return logits.map((row) => logSoftmax(row));
}

/** $\log\pi_\theta$ of a response from the log-softmax table. */
function sumTransitions(table: readonly Float64Array[], transitions: readonly BigramTransition[]): number {
  let total = 0;
  for (const [a, b] of transitions) total += (table[a] as Float64Array)[b] as number;
  return total;
}

/** $\log\pi_\theta$ of each pair's chosen and rejected sentence. */
function pairLogProbs(trainer: BigramDpoTrainer, table: readonly Float64Array[]): { chosen: number; rejected: number }[] {
  return trainer.transitions.map((t) => ({ chosen: sumTransitions(table, t.chosen), rejected: sumTransitions(table, t.rejected) }));
}

/** Adds `scale` · ∇ log π(y) for one response, from the softmax probabilities of the rows. */
function addLogProbabilityGradient(gradient: number[][], probabilities: readonly Float64Array[], transitions: readonly BigramTransition[], scale: number): void {
  for (const [a, b] of transitions) {
    const row = gradient[a] as number[];
    const p = probabilities[a] as Float64Array;
    for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) - scale * (p[j] as number);
    row[b] = (row[b] as number) + scale;
  }
}

/**
 * The gradient of the mean DPO loss with respect to the logits (formula in the module comment).
 *
 * @example
 * bigramDpoGradient(trainer, trainer.referenceLogits); // at θ_ref every pair has weight −β σ(0) = −β/2
 */
export function bigramDpoGradient(trainer: BigramDpoTrainer, logits: readonly (readonly number[])[]): number[][] {
  checkBigramLogits('logits', logits, trainer.vocabulary.length + 1);
  const gradient = logits.map((row) => row.map(() => 0));
  const n = trainer.pairs.length;
  const table = logSoftmaxTable(logits);
  const probabilities = table.map((row) => row.map(Math.exp));
  pairLogProbs(trainer, table).forEach((lp, i) => {
    const ref = trainer.referenceLogProbs[i]!;
    const delta = lp.chosen - ref.chosen - (lp.rejected - ref.rejected);
    const weight = (-trainer.beta * sigmoid(-trainer.beta * delta)) / n;
    const t = trainer.transitions[i]!;
    addLogProbabilityGradient(gradient, probabilities, t.chosen, weight);
    addLogProbabilityGradient(gradient, probabilities, t.rejected, -weight);
  });
  return gradient;
}

/**
 * The metrics of bigram logits on all pairs: mean loss $-\log\sigma(\beta\Delta)$, the share of pairs with
 * $\Delta > 0$, the mean implicit rewards $\beta h$ of chosen and rejected sentences and their margin, the mean
 * $\log\pi_\theta$ of chosen and rejected sentences, and the KL over whole responses ({@link bigramSequenceKl}).
 *
 * @example
 * bigramDpoMetrics(trainer, trainer.referenceLogits).loss; // log 2 ≈ 0.6931 (every Δ = 0)
 */
export function bigramDpoMetrics(trainer: BigramDpoTrainer, logits: readonly (readonly number[])[]): TabularDpoMetrics {
  const n = trainer.pairs.length;
  const { beta } = trainer;
  let loss = 0;
  let accuracy = 0;
  let rewardChosen = 0;
  let rewardRejected = 0;
  let logpChosen = 0;
  let logpRejected = 0;
  pairLogProbs(trainer, logSoftmaxTable(logits)).forEach((lp, i) => {
    const ref = trainer.referenceLogProbs[i]!;
    const hw = lp.chosen - ref.chosen;
    const hl = lp.rejected - ref.rejected;
    loss -= logSigmoid(beta * (hw - hl));
    if (hw > hl) accuracy += 1;
    rewardChosen += beta * hw;
    rewardRejected += beta * hl;
    logpChosen += lp.chosen;
    logpRejected += lp.rejected;
  });
  return {
    loss: loss / n,
    accuracy: accuracy / n,
    rewardChosen: rewardChosen / n,
    rewardRejected: rewardRejected / n,
    margin: (rewardChosen - rewardRejected) / n,
    logpChosen: logpChosen / n,
    logpRejected: logpRejected / n,
    kl: bigramSequenceKl(logits, trainer.referenceLogits),
  };
}

/**
 * Step 0: $\theta = \theta_{\mathrm{ref}}$, so every $\Delta = 0$, the loss is $\log 2$ and the KL is 0.
 *
 * @example
 * bigramDpoInitialState(trainer).metrics.kl; // 0
 */
export function bigramDpoInitialState(trainer: BigramDpoTrainer): BigramDpoState {
  const logits = trainer.referenceLogits.map((row) => [...row]);
  return { step: 0, logits, metrics: bigramDpoMetrics(trainer, logits) };
}

/**
 * One full-batch gradient step $\theta \leftarrow \theta - \eta\,\nabla_\theta\mathcal L$; returns a new state
 * with its metrics, `state` is not modified.
 *
 * @example
 * bigramDpoStep(trainer, bigramDpoInitialState(trainer)).metrics.loss < Math.LN2; // true
 */
export function bigramDpoStep(trainer: BigramDpoTrainer, state: BigramDpoState): BigramDpoState {
  const gradient = bigramDpoGradient(trainer, state.logits);
  const logits = state.logits.map((row, a) => row.map((t, b) => t - trainer.learningRate * gradient[a]![b]!));
  return { step: state.step + 1, logits, metrics: bigramDpoMetrics(trainer, logits) };
}
