/**
 * A bigram softmax policy over a small vocabulary: the smallest token-level language model, used by
 * content/chapter-5/dpo-trainer.mdx so that a response's log-probability really is a sum over its tokens.
 *
 * A response is a sentence of whitespace-separated words $y = (y_1, \dots, y_T)$, followed by the end token.
 * The model has one row of logits per context, `logits[a][b]` $= \theta_{a,b}$: context 0 is the start of the
 * response and context $i \ge 1$ is word $i - 1$ of the vocabulary; output $j < V$ is word $j$ and output $V$ is
 * the end token. Then
 * $$ \log\pi_\theta(y) = \sum_{t=1}^{T+1} \log\operatorname{softmax}(\theta_{y_{t-1}})_{y_t}, \qquad y_0 = \text{start},\; y_{T+1} = \text{end}. $$
 * The model does not see a prompt: every response answers the same kind of request.
 *
 * @module
 */
import { logSoftmax, softmax } from '../stable.ts';
import { assertPositive, fail } from '../validate.ts';

/** One step of a response: the context row and the output column it uses. */
export type BigramTransition = readonly [context: number, output: number];

/**
 * The vocabulary of a list of sentences: their distinct words, sorted (code-point order), so the same sentences
 * always give the same indices.
 *
 * Edge cases: `sentences` must be a non-empty array of strings with at least one word each, else `RangeError`
 * naming `sentences[i]`.
 *
 * @example
 * bigramVocabulary(['no .', 'happy to help .']); // ['.', 'happy', 'help', 'no', 'to']
 */
export function bigramVocabulary(sentences: readonly string[]): string[] {
  if (!Array.isArray(sentences) || sentences.length === 0) fail('sentences', 'a non-empty array of sentences', sentences);
  const words = new Set<string>();
  sentences.forEach((s, i) => {
    if (typeof s !== 'string' || s.trim().length === 0) fail(`sentences[${String(i)}]`, 'a sentence with at least one word', s);
    for (const w of s.trim().split(/\s+/)) words.add(w);
  });
  return [...words].sort();
}

/**
 * The transitions of a sentence: (start, $y_1$), ($y_1$, $y_2$), …, ($y_T$, end), as (context row, output
 * column) indices of the logits (see the module comment).
 *
 * Edge cases: an empty sentence or a word outside `vocabulary` throws `RangeError` naming `sentence`.
 *
 * @example
 * bigramTransitions(['.', 'no'], 'no .'); // [[0, 1], [2, 0], [1, 2]]
 */
export function bigramTransitions(vocabulary: readonly string[], sentence: string): BigramTransition[] {
  if (typeof sentence !== 'string' || sentence.trim().length === 0) fail('sentence', 'a sentence with at least one word', sentence);
  const index = new Map(vocabulary.map((w, i) => [w, i]));
  const words = sentence.trim().split(/\s+/);
  const ids = words.map((w) => {
    const i = index.get(w);
    if (i === undefined) fail('sentence', `words of the vocabulary (unknown word '${w}')`, sentence);
    return i;
  });
  const v = vocabulary.length;
  const contexts = [0, ...ids.map((i) => i + 1)];
  const outputs = [...ids, v];
  return contexts.map((a, t) => [a, outputs[t] as number] as const);
}

/**
 * Checks that logits are a `size` × `size` table of finite numbers ($V + 1$ for a vocabulary of $V$ words) and
 * returns it; `RangeError` naming `name` or `name[a]` otherwise.
 *
 * @example
 * checkBigramLogits('logits', [[0, 0], [0, 0]], 2); // [[0, 0], [0, 0]]
 * checkBigramLogits('logits', [[0, NaN], [0, 0]], 2); // throws RangeError naming logits[0]
 */
export function checkBigramLogits(name: string, logits: unknown, size: number): number[][] {
  if (!Array.isArray(logits) || logits.length !== size) fail(name, `${String(size)} rows of ${String(size)} finite logits`, logits);
  return (logits as unknown[]).map((row, a) => {
    if (!Array.isArray(row) || row.length !== size || row.some((v) => typeof v !== 'number' || !Number.isFinite(v))) {
      fail(`${name}[${String(a)}]`, `${String(size)} finite logits`, row);
    }
    return row as number[];
  });
}

/**
 * $\log\pi_\theta(y) = \sum_t \log\operatorname{softmax}(\theta_{a_t})_{b_t}$ over the transitions $(a_t, b_t)$ of a
 * response. Each row's log-softmax is computed stably (largest logit subtracted).
 *
 * @example
 * bigramLogProbability([[0, 0], [0, 0]], [[0, 0], [1, 1]]); // 2 log ½ ≈ −1.3863
 */
export function bigramLogProbability(logits: readonly (readonly number[])[], transitions: readonly BigramTransition[]): number {
  const rows = new Map<number, Float64Array>();
  let total = 0;
  for (const [a, b] of transitions) {
    let row = rows.get(a);
    if (row === undefined) {
      const logitsRow = logits[a];
      if (logitsRow === undefined) fail('transitions', `context rows below ${String(logits.length)}`, a);
      row = logSoftmax(logitsRow);
      rows.set(a, row);
    }
    const value = row[b];
    if (value === undefined) fail('transitions', `output columns below ${String(row.length)}`, b);
    total += value;
  }
  return total;
}

/**
 * The gradient of $\log\pi_\theta(y)$ with respect to the logits:
 * $$ \frac{\partial \log\pi_\theta(y)}{\partial\theta_{a,b}} = \sum_{t:\, a_t = a} \big(\mathbb{1}[b_t = b] - \operatorname{softmax}(\theta_a)_b\big). $$
 * Rows of contexts the response never visits are zero. `scale` multiplies every entry (default 1) and the
 * result is added into `into` when given (the DPO gradient sums these over pairs).
 *
 * @example
 * bigramLogProbabilityGradient([[0, 0], [0, 0]], [[0, 1]]); // [[−0.5, 0.5], [0, 0]]
 */
export function bigramLogProbabilityGradient(
  logits: readonly (readonly number[])[],
  transitions: readonly BigramTransition[],
  scale = 1,
  into?: number[][],
): number[][] {
  const gradient = into ?? logits.map((row) => row.map(() => 0));
  const probabilities = new Map<number, Float64Array>();
  for (const [a, b] of transitions) {
    let p = probabilities.get(a);
    if (p === undefined) {
      p = softmax(logits[a] as number[]);
      probabilities.set(a, p);
    }
    const row = gradient[a] as number[];
    for (let j = 0; j < row.length; j++) row[j] = (row[j] as number) - scale * (p[j] as number);
    row[b] = (row[b] as number) + scale;
  }
  return gradient;
}

/**
 * The add-$\alpha$ bigram model of a list of sentences, as log-probabilities (a valid logit table):
 * $$ \theta_{a,b} = \log\frac{n_{a,b} + \alpha}{\sum_{b'} (n_{a,b'} + \alpha)}, $$
 * with $n_{a,b}$ the number of times the sentences make transition $(a, b)$. This is the maximum-likelihood
 * ("supervised fine-tuning") bigram model of the sentences, smoothed so that every transition keeps some
 * probability, as a reference policy $\pi_{\mathrm{ref}}$ must.
 *
 * Edge cases: `smoothing` must be finite and $> 0$, else `RangeError` naming it; sentences as in
 * {@link bigramTransitions}.
 *
 * @example
 * const words = bigramVocabulary(['no .']);
 * Math.exp(bigramCountPolicy(words, ['no .'], 1)[0][1]); // 2/4 = 0.5 (start → 'no': count 1 + 1 over 1 + 3)
 */
export function bigramCountPolicy(vocabulary: readonly string[], sentences: readonly string[], smoothing: number): number[][] {
  assertPositive('smoothing', smoothing);
  const size = vocabulary.length + 1;
  const counts = Array.from({ length: size }, () => new Array<number>(size).fill(smoothing));
  for (const s of sentences) for (const [a, b] of bigramTransitions(vocabulary, s)) counts[a]![b]! += 1;
  return counts.map((row) => {
    const total = row.reduce((sum, n) => sum + n, 0);
    return row.map((n) => Math.log(n / total));
  });
}
