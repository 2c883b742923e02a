/**
 * Tabular supervised fine-tuning: maximum likelihood on demonstrations (content/chapter-1, section 1.1;
 * content/chapter-4, section 4.1). The closed form ({@link sftMaximumLikelihood}) is the empirical frequency of
 * each response; the step functions ({@link createSftTrainer}, {@link sftStep}) reach it by gradient descent,
 * for widgets that animate the fit.
 * In a browser, advance it a slice of steps per animation frame with `trainingSlices` (`run-steps.ts`), so no
 * task blocks the main thread for long; `npm run bench` prints the cost of one step and of a default run.
 *
 * @module
 */
import { logSoftmax } from '../stable.ts';
import { assertInInterval, assertInteger, assertPositive, fail } from '../validate.ts';
import type { Demonstration } from '../world/demonstrator.ts';
import { responseCounts, type Shape } from './check-comparisons.ts';

/**
 * Counts demonstrations per prompt and response, `counts[x][y]`.
 *
 * Edge cases: each demonstration's prompt and response must fit the shape, else `RangeError` naming
 * `demonstrations[i]`.
 *
 * @example
 * demonstrationCounts([2], [{ prompt: 0, response: 1 }, { prompt: 0, response: 1 }]); // [[0, 2]]
 */
export function demonstrationCounts(shape: Shape, demonstrations: readonly Demonstration[]): number[][] {
  const counts = responseCounts(shape).map((k) => new Array<number>(k).fill(0));
  if (!Array.isArray(demonstrations)) fail('demonstrations', 'an array of { prompt, response }', demonstrations);
  demonstrations.forEach((d, i) => {
    const row = Number.isInteger(d?.prompt) ? counts[d.prompt] : undefined;
    if (row === undefined || !Number.isInteger(d.response) || d.response < 0 || d.response >= row.length) {
      fail(`demonstrations[${String(i)}]`, 'a { prompt, response } within the world', d);
    }
    row[d.response] = (row[d.response] as number) + 1;
  });
  return counts;
}

function checkCounts(counts: unknown): number[][] {
  if (!Array.isArray(counts) || counts.length === 0) fail('counts', 'a non-empty array of count rows', counts);
  return (counts as unknown[]).map((row, x) => {
    if (!Array.isArray(row) || row.length === 0) fail(`counts[${String(x)}]`, 'a non-empty array of counts', row);
    return (row as unknown[]).map((c, y) => assertInInterval(`counts[${String(x)}][${String(y)}]`, c, 0, Number.MAX_VALUE));
  });
}

/**
 * The maximum-likelihood tabular policy, the empirical frequencies (with optional add-$\alpha$ smoothing):
 * $$ \pi_{\mathrm{SFT}}(y \mid x) = \frac{c(x, y) + \alpha}{n(x) + K_x\,\alpha}, \qquad n(x) = \sum_y c(x, y), $$
 * which maximises $\sum_{x,y} c(x, y) \log \pi(y \mid x)$ (for $\alpha = 0$; by Gibbs' inequality). With
 * $\alpha = 0$, responses never demonstrated get probability exactly 0: the support that bounds every
 * KL-regularised policy later (section 4.1). A prompt with no demonstrations (and $\alpha = 0$) gets the uniform
 * policy.
 *
 * Edge cases: counts finite and $\ge 0$; `smoothing` finite $\ge 0$; else `RangeError` naming the argument.
 *
 * @example
 * sftMaximumLikelihood([[1, 3, 0]]); // [[0.25, 0.75, 0]]
 * sftMaximumLikelihood([[1, 3, 0]], { smoothing: 1 }); // [[2/7, 4/7, 1/7]]
 */
export function sftMaximumLikelihood(counts: readonly (readonly number[])[], { smoothing = 0 }: { smoothing?: number } = {}): number[][] {
  const c = checkCounts(counts);
  const alpha = assertInInterval('smoothing', smoothing, 0, Number.MAX_VALUE);
  return c.map((row) => {
    const total = row.reduce((s, v) => s + v, 0) + row.length * alpha;
    return total > 0 ? row.map((v) => (v + alpha) / total) : row.map(() => 1 / row.length);
  });
}

/** The fixed problem of an SFT run (plain data). */
export interface SftTrainer {
  counts: number[][];
  /** Total number of demonstrations $N$. */
  total: number;
  learningRate: number;
  /** Default run length. */
  steps: number;
}

/** State after `step` steps: the logits, and the mean negative log-likelihood per demonstration. */
export interface SftState {
  step: number;
  logits: number[][];
  loss: number;
}

/**
 * Fixes an SFT problem from demonstration counts. Options: `learningRate` $> 0$ (default 5), `steps` the default
 * run length, an integer in $[1, 100000]$ (default 200).
 *
 * @example
 * createSftTrainer([[1, 3]]).total; // 4
 */
export function createSftTrainer(counts: readonly (readonly number[])[], options: { learningRate?: number; steps?: number } = {}): SftTrainer {
  const c = checkCounts(counts);
  const total = c.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  if (!(total > 0)) fail('counts', 'counts with at least one demonstration', counts);
  return {
    counts: c,
    total,
    learningRate: assertPositive('learningRate', options.learningRate ?? 5),
    steps: assertInteger('steps', options.steps ?? 200, 1, 100000),
  };
}

function sftState(trainer: SftTrainer, step: number, logits: number[][]): SftState {
  let nll = 0;
  logits.forEach((row, x) => {
    const lp = logSoftmax(row);
    (trainer.counts[x] as number[]).forEach((c, y) => {
      if (c > 0) nll -= c * (lp[y] as number);
    });
  });
  return { step, logits, loss: nll / trainer.total };
}

/**
 * Step 0: zero logits (the uniform policy).
 *
 * @example
 * sftInitialState(createSftTrainer([[1, 1]])).loss; // 0.6931471805599453
 */
export function sftInitialState(trainer: SftTrainer): SftState {
  return sftState(trainer, 0, trainer.counts.map((row) => row.map(() => 0)));
}

/**
 * One full-batch gradient step on the mean negative log-likelihood
 * $\mathcal{L}(\theta) = -\frac1N \sum_{x,y} c(x,y) \log\operatorname{softmax}(\theta_x)_y$, whose gradient is
 * $\partial\mathcal{L}/\partial\theta_{x,y} = \big(n(x)\,\pi_\theta(y\mid x) - c(x,y)\big)/N$: zero exactly at the
 * empirical frequencies. Returns a new state; `state` is not modified.
 *
 * @example
 * const trainer = createSftTrainer([[1, 3]]);
 * sftStep(trainer, sftInitialState(trainer)).step; // 1
 */
export function sftStep(trainer: SftTrainer, state: SftState): SftState {
  const logits = state.logits.map((row, x) => {
    const counts = trainer.counts[x] as number[];
    const n = counts.reduce((a, b) => a + b, 0);
    const lp = logSoftmax(row);
    return row.map((t, y) => t - (trainer.learningRate * (n * Math.exp(lp[y] as number) - (counts[y] as number))) / trainer.total);
  });
  return sftState(trainer, state.step + 1, logits);
}
