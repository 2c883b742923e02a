/**
 * The toy scores of the `preference-pair` widget (content/chapter-2/preference-pair.mdx), computed from the
 * dataset's votes by `src/math`:
 *
 * - the **reward model** is tabular, one free reward $r(x, y)$ per response, fitted to every vote by maximum
 *   likelihood under Bradley–Terry (`fitTabularBradleyTerry`, Hunter 2004); rewards are centred per prompt;
 * - the **policy** is tabular too, $\pi_\theta(\cdot \mid x) = \operatorname{softmax}(\theta_x)$, started at a
 *   uniform reference $\pi_{\mathrm{ref}}$ and trained with the DPO loss on the same votes for a number of
 *   full-batch steps (`createTabularDpoTrainer` with $\beta = 0.1$ and its default step size).
 *
 * Both are fitted once per dataset; the DPO trajectory is kept for every step from 0 to the widget's maximum.
 */
import {
  createTabularDpoTrainer,
  fitTabularBradleyTerry,
  logSoftmax,
  tabularDpoInitialState,
  tabularDpoStep,
  type TabularDpoState,
} from '../../math/index.ts';
import type { IndexedPreferenceDataset } from './dataset.ts';

/** β of the toy DPO run (the DPO paper's and TRL's usual value). */
export const TOY_BETA = 0.1;

/** The toy reward model and the DPO trajectory of one dataset. */
export interface ToyScores {
  /** `rewards[x][y]`: the fitted reward of response `y` to prompt `x`. */
  rewards: number[][];
  /** `logRatios[step][x][y]`: $\log\pi_\theta(y \mid x) - \log\pi_{\mathrm{ref}}(y \mid x)$ after `step` DPO steps. */
  logRatios: number[][][];
  beta: number;
}

/**
 * Fits the toy reward model and runs `maxSteps` DPO steps on a dataset's votes.
 *
 * Edge cases: throws a `RangeError` if some prompt's votes have no finite maximum-likelihood rewards (a response
 * that wins or loses every vote it is in, with no other path back), since its rewards would be meaningless.
 *
 * @example
 * const scores = toyScores(preferenceDataset, 40);
 * scores.logRatios[0]; // all zeros: training starts at π_θ = π_ref
 */
export function toyScores(dataset: IndexedPreferenceDataset, maxSteps: number): ToyScores {
  const shape = dataset.responses.map((list) => list.length);
  const fit = fitTabularBradleyTerry(shape, dataset.comparisons);
  const missing = fit.exists.findIndex((exists) => !exists);
  if (missing >= 0) {
    throw new RangeError(`dataset: the votes of prompt ${String(missing + 1)} ("${dataset.prompts[missing] ?? ''}") have no finite Bradley–Terry fit`);
  }
  const trainer = createTabularDpoTrainer(shape, dataset.comparisons, { beta: TOY_BETA });
  const logRatiosOf = (state: TabularDpoState) =>
    state.logits.map((row, x) => {
      const logPolicy = logSoftmax(row);
      const logReference = trainer.referenceLogProbs[x] as number[];
      return Array.from(logPolicy, (logp, y) => logp - (logReference[y] as number));
    });
  let state = tabularDpoInitialState(trainer);
  const logRatios = [logRatiosOf(state)];
  for (let step = 1; step <= maxSteps; step++) {
    state = tabularDpoStep(trainer, state);
    logRatios.push(logRatiosOf(state));
  }
  return { rewards: fit.rewards, logRatios, beta: TOY_BETA };
}
