/**
 * The sentence pairs of the token-level policies of the `dpo-trainer` widget (content/chapter-5/dpo-trainer.mdx),
 * which trains on them, and of the `ppo-clip` widget (content/chapter-4/ppo-clip.mdx), which scores them: six
 * answers to a request for help, each written once politely (chosen) and once curtly (rejected), as
 * whitespace-separated lowercase words with the punctuation split off. Several pairs share words and word
 * pairs ("i can", "not", "check that"), some of them in a chosen answer of one pair and a rejected answer of
 * another: that sharing is what lets DPO lower the chosen answers' log-probability while it separates the pairs.
 */
import type { SentencePair } from '../../math/index.ts';

/** The pairs, chosen answer first. */
export const SENTENCE_PAIRS: readonly SentencePair[] = Object.freeze([
  { chosen: 'sure , i can help with that .', rejected: 'i can not help .' },
  { chosen: 'thank you , i will check .', rejected: 'i will not check .' },
  { chosen: 'sorry , i do not know .', rejected: 'i do not know .' },
  { chosen: 'happy to help .', rejected: 'no .' },
  { chosen: 'i can check that for you .', rejected: 'check that yourself .' },
  { chosen: 'sorry , that is not possible .', rejected: 'that is not possible .' },
]);

/** All twelve answers, pair by pair, the chosen answer first: the corpus of the reference bigram model. */
export const SENTENCES: readonly string[] = Object.freeze(SENTENCE_PAIRS.flatMap((pair) => [pair.chosen, pair.rejected]));

/**
 * The add-α smoothing of the reference bigram model: π_ref is the bigram model of all twelve sentences, chosen
 * and rejected alike (a stand-in for a model fine-tuned on answers of both kinds), with α = 0.5 added to every
 * count so that every transition keeps some probability.
 */
export const REFERENCE_SMOOTHING = 0.5;
