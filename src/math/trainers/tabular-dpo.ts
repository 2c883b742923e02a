/**
 * Tabular DPO: a policy with one logit per (prompt, response), $\pi_\theta(\cdot \mid x) = \operatorname{softmax}(\theta_x)$,
 * trained on comparisons with the DPO loss or a variant, full batch or minibatch (content/chapter-5, sections
 * 5.4 and 5.5; content/chapter-1, section 1.4). Step-function API as in `reward-model.ts`.
 * In a browser, advance it a slice of steps per animation frame with `trainingSlices` (`run-steps.ts`), so no
 * task blocks the main thread for long; `npm run bench` prints the cost of one step and of a default run.
 *
 * Tabular gradient. With $\Delta = \log\frac{\pi_\theta(y_w)}{\pi_{\mathrm{ref}}(y_w)} - \log\frac{\pi_\theta(y_l)}{\pi_{\mathrm{ref}}(y_l)}$,
 * the softmax normaliser cancels: $\Delta = \theta_{x,w} - \theta_{x,l} - (\log\pi_{\mathrm{ref}}(y_w) - \log\pi_{\mathrm{ref}}(y_l))$,
 * so a pair's loss $\ell(\Delta)$ has $\partial\ell/\partial\theta_{x,w} = \ell'(\Delta)$,
 * $\partial\ell/\partial\theta_{x,l} = -\ell'(\Delta)$ and no other component; $\ell'$ comes from
 * {@link dpoPairLossGradient} (sigmoid: $-\beta\,\sigma(-\beta\Delta)$). The `'unweighted'` loss $\ell = -\beta\Delta$
 * drops the weight $\sigma(-\beta\Delta)$ (the "unlikelihood" push of section 5.5): its gradient never vanishes.
 *
 * Where it converges (sigmoid loss, full batch). The loss is the Bradley–Terry negative log-likelihood of the
 * implicit reward $\hat r = \beta\log(\pi_\theta/\pi_{\mathrm{ref}})$, and a tabular $\hat r$ is free per response, so
 * the minimiser is $\pi_\theta = \pi^*$ for the *tabular* Bradley–Terry MLE $\hat r_{\mathrm{BT}}$ of the same data and the
 * *same* $\beta$: $\pi_\theta \to \pi_{\mathrm{ref}}\,e^{\hat r_{\mathrm{BT}}/\beta}/Z$ (see `tabular-bradley-terry.ts`),
 * provided every response is compared and the MLE exists. Otherwise (a response that never loses) the gap is
 * unbounded and $\pi_\theta(y_l) \to 0$ whatever $\beta$ (Azar et al. 2023).
 *
 * @module
 */
import { DPO_VARIANTS, dpoLoss, dpoPairLossGradient, type DpoVariant } from '../dpo.ts';
import { klDivergenceUnchecked } from '../kl-divergence.ts';
import { logSoftmax } from '../stable.ts';
import { assertInInterval, assertInteger, assertPositive, fail } from '../validate.ts';
import type { Comparison } from '../world/preferences.ts';
import { checkComparisons, type Shape } from './check-comparisons.ts';
import { minibatchIndices } from './minibatch.ts';
import { checkTabularPolicy, uniformPolicy } from './tabular-policy.ts';

/** Losses of the tabular DPO trainer: every {@link DpoVariant} plus `'unweighted'`. */
export type TabularDpoLoss = DpoVariant | 'unweighted';

/** Options of {@link createTabularDpoTrainer}. */
export interface TabularDpoOptions {
  /** $\beta > 0$ (default 0.1). */
  beta?: number;
  /** Loss (default `'sigmoid'`); `'ipo'` is the un-normalised IPO loss of `dpo.ts`. */
  variant?: TabularDpoLoss;
  /** Label smoothing $\varepsilon$ for `cdpo`/`robust` (default 0; range as in `dpo.ts`). */
  labelSmoothing?: number;
  /**
   * Step size $\eta > 0$ on the logits. Default: $10/\beta^2$ for every loss but IPO, i.e. a step of 10 on the
   * implicit-reward scale $\hat r = \beta\log(\pi_\theta/\pi_{\mathrm{ref}})$, where the sigmoid loss has curvature at
   * most ¼ per pair whatever $\beta$, so a run converges in the same number of steps for every $\beta$; and 2 for
   * IPO, whose curvature in the logits (2 per pair) does not depend on $\beta$. Both are multiplied by
   * `batchSize / n` for minibatches, so an epoch of minibatch steps moves about as far as one full-batch step.
   */
  learningRate?: number;
  /** Pairs per step, an integer $\ge 1$; omit (or give at least the number of pairs) for full batch. */
  batchSize?: number;
  /** Reference policy $\pi_{\mathrm{ref}}$, strictly positive (default uniform). Training starts at $\pi_\theta = \pi_{\mathrm{ref}}$. */
  reference?: readonly (readonly number[])[];
  /** Default run length, an integer in $[1, 100000]$ (default 300). */
  steps?: number;
  /** Seed of the minibatch order (default 0). */
  seed?: number;
}

/** The fixed problem of a tabular DPO run (plain data). */
export interface TabularDpoTrainer {
  comparisons: Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[];
  /** The distinct (prompt, chosen, rejected) triples with their share of the pairs (a full-batch step and the metrics sum over these). */
  distinctPairs: (Pick<Comparison, 'prompt' | 'chosen' | 'rejected'> & { share: number })[];
  referenceLogProbs: number[][];
  beta: number;
  variant: TabularDpoLoss;
  labelSmoothing: number;
  learningRate: number;
  /** Pairs per step (the number of pairs for full batch). */
  batchSize: number;
  steps: number;
  seed: number;
}

/** Metrics of the current policy on all pairs (TRL's names in brackets). */
export interface TabularDpoMetrics {
  /** Mean loss of the trainer's variant. */
  loss: number;
  /** Share of pairs with $\hat r_w > \hat r_l$ strictly (`rewards/accuracies`). */
  accuracy: number;
  /** Means of $\beta\log\frac{\pi_\theta}{\pi_{\mathrm{ref}}}$ of chosen and rejected and of their gap (`rewards/chosen`, `rewards/rejected`, `rewards/margins`). */
  rewardChosen: number;
  rewardRejected: number;
  margin: number;
  /** Means of $\log\pi_\theta(y_w)$ and $\log\pi_\theta(y_l)$ (`logps/chosen`, `logps/rejected`). */
  logpChosen: number;
  logpRejected: number;
  /** Mean over prompts of $\mathrm{KL}(\pi_\theta \,\|\, \pi_{\mathrm{ref}})$. */
  kl: number;
}

/** State after `step` steps: the logits and their metrics (plain data; never mutated by the trainer). */
export interface TabularDpoState {
  step: number;
  logits: number[][];
  metrics: TabularDpoMetrics;
}

/**
 * Fixes a tabular DPO problem. Edge cases: comparisons must fit the shape; `reference` strictly positive
 * probability vectors of the right lengths; other options out of range throw `RangeError` naming the option.
 *
 * @example
 * const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.5 });
 * trainer.batchSize; // 1 (full batch)
 */
export function createTabularDpoTrainer(
  shape: Shape,
  comparisons: readonly Pick<Comparison, 'prompt' | 'chosen' | 'rejected'>[],
  options: TabularDpoOptions = {},
): TabularDpoTrainer {
  checkComparisons(shape, comparisons);
  const variant = options.variant ?? 'sigmoid';
  if (variant !== 'unweighted' && !DPO_VARIANTS.includes(variant)) fail('variant', `'unweighted' or one of ${DPO_VARIANTS.join(', ')}`, variant);
  const beta = assertPositive('beta', options.beta ?? 0.1);
  const labelSmoothing = assertInInterval('labelSmoothing', options.labelSmoothing ?? 0, 0, 0.5, { upperInclusive: variant !== 'robust' });
  const reference = checkTabularPolicy('reference', options.reference ?? uniformPolicy(shape), shape);
  reference.forEach((row, x) => {
    if (row.some((p) => !(p > 0))) fail(`reference[${String(x)}]`, 'strictly positive probabilities (DPO divides by π_ref)', row);
  });
  const n = comparisons.length;
  const batchSize = Math.min(n, assertInteger('batchSize', options.batchSize ?? n, 1));
  const distinct = new Map<string, TabularDpoTrainer['distinctPairs'][number]>();
  for (const { prompt, chosen, rejected } of comparisons) {
    const key = `${String(prompt)},${String(chosen)},${String(rejected)}`;
    const entry = distinct.get(key);
    if (entry) entry.share += 1 / n;
    else distinct.set(key, { prompt, chosen, rejected, share: 1 / n });
  }
  return {
    comparisons: comparisons.map(({ prompt, chosen, rejected }) => ({ prompt, chosen, rejected })),
    distinctPairs: [...distinct.values()],
    referenceLogProbs: reference.map((row) => row.map(Math.log)),
    beta,
    variant,
    labelSmoothing,
    learningRate: assertPositive('learningRate', options.learningRate ?? ((variant === 'ipo' ? 2 : 10 / (beta * beta)) * batchSize) / n),
    batchSize,
    steps: assertInteger('steps', options.steps ?? 300, 1, 100000),
    seed: assertInteger('seed', options.seed ?? 0, 0, 0xffffffff),
  };
}

/** $\Delta$ of one pair from the logits (the softmax normaliser cancels). */
function gap(trainer: TabularDpoTrainer, logits: readonly (readonly number[])[], c: TabularDpoTrainer['comparisons'][number]): number {
  const t = logits[c.prompt] as number[];
  const ref = trainer.referenceLogProbs[c.prompt] as number[];
  return (t[c.chosen] as number) - (t[c.rejected] as number) - ((ref[c.chosen] as number) - (ref[c.rejected] as number));
}

/** $\ell'(\Delta)$ of the trainer's loss. */
function lossSlope(trainer: TabularDpoTrainer, delta: number): number {
  if (trainer.variant === 'unweighted') return -trainer.beta;
  return dpoPairLossGradient(delta, trainer.beta, { variant: trainer.variant, labelSmoothing: trainer.labelSmoothing });
}

/**
 * The gradient of the mean loss over the pairs `batch` (indices into the trainer's comparisons; omitted: all
 * pairs) w.r.t. the logits, `gradient[x][y]` (exposed for widgets that draw the push on $y_w$ and $y_l$, and for
 * tests).
 *
 * @example
 * const trainer = createTabularDpoTrainer([3], [{ prompt: 0, chosen: 0, rejected: 1 }], { beta: 0.5 });
 * tabularDpoGradient(trainer, [[0, 0, 0]]); // [[-0.25, 0.25, 0]] (−β σ(0) on y_w, +β σ(0) on y_l)
 */
export function tabularDpoGradient(trainer: TabularDpoTrainer, logits: readonly (readonly number[])[], batch?: readonly number[]): number[][] {
  const gradient = logits.map((row) => row.map(() => 0));
  const add = (c: TabularDpoTrainer['comparisons'][number], share: number) => {
    const g = lossSlope(trainer, gap(trainer, logits, c)) * share;
    const row = gradient[c.prompt] as number[];
    row[c.chosen] = (row[c.chosen] as number) + g;
    row[c.rejected] = (row[c.rejected] as number) - g;
  };
  if (batch === undefined) for (const c of trainer.distinctPairs) add(c, c.share);
  else for (const i of batch) add(trainer.comparisons[i] as TabularDpoTrainer['comparisons'][number], 1 / batch.length);
  return gradient;
}

/**
 * Metrics of tabular logits on all the trainer's pairs (see {@link TabularDpoMetrics}); the loss of
 * `'unweighted'` is $-\beta\,\overline{\Delta}$, unbounded below.
 *
 * @example
 * tabularDpoMetrics(trainer, trainer.referenceLogProbs).loss; // ≈ 0.693147 (log 2: every Δ = 0 at π_θ = π_ref)
 */
export function tabularDpoMetrics(trainer: TabularDpoTrainer, logits: readonly (readonly number[])[]): TabularDpoMetrics {
  const logp = logits.map((row) => logSoftmax(row));
  const pairs = trainer.distinctPairs;
  const lw = new Float64Array(pairs.length);
  const ll = new Float64Array(pairs.length);
  let logpChosen = 0;
  let logpRejected = 0;
  pairs.forEach((c, i) => {
    const lp = logp[c.prompt] as Float64Array;
    const ref = trainer.referenceLogProbs[c.prompt] as number[];
    lw[i] = (lp[c.chosen] as number) - (ref[c.chosen] as number);
    ll[i] = (lp[c.rejected] as number) - (ref[c.rejected] as number);
    logpChosen += c.share * (lp[c.chosen] as number);
    logpRejected += c.share * (lp[c.rejected] as number);
  });
  const variant = trainer.variant === 'unweighted' ? 'sigmoid' : trainer.variant;
  const r = dpoLoss(lw, ll, trainer.beta, { variant, labelSmoothing: trainer.labelSmoothing });
  const weighted = (v: ArrayLike<number>) => pairs.reduce((s, c, i) => s + c.share * (v[i] as number), 0);
  let accuracy = 0;
  pairs.forEach((c, i) => {
    if ((lw[i] as number) > (ll[i] as number)) accuracy += c.share;
  });
  const kl = logp.reduce((s, lp, x) => s + klDivergenceUnchecked(lp.map(Math.exp), (trainer.referenceLogProbs[x] as number[]).map(Math.exp)), 0) / logp.length;
  const margin = weighted(r.margins);
  return {
    loss: trainer.variant === 'unweighted' ? -margin : weighted(r.losses),
    accuracy,
    rewardChosen: weighted(r.rewardsChosen),
    rewardRejected: weighted(r.rewardsRejected),
    margin,
    logpChosen,
    logpRejected,
    kl,
  };
}

/**
 * Step 0: $\theta_x = \log\pi_{\mathrm{ref}}(\cdot \mid x)$, so $\pi_\theta = \pi_{\mathrm{ref}}$ and every $\Delta = 0$.
 *
 * @example
 * tabularDpoInitialState(trainer).metrics.kl; // 0
 */
export function tabularDpoInitialState(trainer: TabularDpoTrainer): TabularDpoState {
  const logits = trainer.referenceLogProbs.map((row) => [...row]);
  return { step: 0, logits, metrics: tabularDpoMetrics(trainer, logits) };
}

/**
 * One gradient step $\theta \leftarrow \theta - \eta\,\nabla_\theta \frac{1}{|B|}\sum_{i \in B}\ell(\Delta_i)$ on the batch
 * $B$ of step `state.step` (all pairs for full batch; shuffled epochs otherwise, see `minibatch.ts`). Returns a
 * new state with the metrics on all pairs; `state` is not modified. Cost $O(|B| + n + \sum_x K_x)$.
 *
 * @example
 * const next = tabularDpoStep(trainer, tabularDpoInitialState(trainer));
 * next.metrics.loss < Math.LN2; // true
 */
export function tabularDpoStep(trainer: TabularDpoTrainer, state: TabularDpoState): TabularDpoState {
  const n = trainer.comparisons.length;
  const batch = trainer.batchSize >= n ? undefined : minibatchIndices(n, trainer.batchSize, trainer.seed, state.step);
  const gradient = tabularDpoGradient(trainer, state.logits, batch);
  const logits = state.logits.map((row, x) => row.map((t, y) => t - trainer.learningRate * (gradient[x]![y] as number)));
  return { step: state.step + 1, logits, metrics: tabularDpoMetrics(trainer, logits) };
}
