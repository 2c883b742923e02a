/**
 * The equations of content/chapter-2/beta-temperature.mdx wired to the `beta-temperature` widget: the symbols its
 * math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 * $y^*$ is the world's best response of the prompt and $y_2$ its runner-up; with the widget's tie on, $y_2$ has
 * the best reward too and their reward gap is 0. Readouts carry 4 decimals, as the widget's table and summary
 * print them; the log-odds, 3. Each symbol has the colour of what it stands for in the chart: π_β's bars are
 * `--po-series-1`, π_ref's `--po-series-5`.
 *
 * @example
 * betaTemperatureEquations.values(betaTemperatureDefaults);
 * // → { beta: '1', best: '3', 'runner-up': '2', 'ref-logodds': '0.223', gap: '0.557', logodds: '0.780',
 * //     reward: '1.6142', kl: '0.1715', objective: '1.4427', entropy: '1.0014', 'cross-entropy': '1.1729' }
 */
import { formatFixed, formatParameter } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveBetaTemperature, READOUT_DECIMALS } from './model.ts';
import type { betaTemperatureSchema, BetaTemperatureState } from './state.ts';

/** The symbols and live values of the section on the KL coefficient β as a temperature (its reciprocal λ = 1/β is the inverse temperature). */
export const betaTemperatureEquations: WidgetEquations<typeof betaTemperatureSchema> = {
  symbols: {
    beta: { symbol: 'β', meaning: 'KL coefficient (temperature)', keys: ['beta'], color: 2 },
    pibeta: { symbol: 'π_β', meaning: 'optimal policy at β', keys: ['beta', 'prompt', 'tie'], color: 1, axis: 'y' },
    piref: { symbol: 'π_ref', meaning: 'reference policy', keys: ['prompt'], color: 5 },
    r: { symbol: 'r', meaning: 'reward', keys: ['prompt', 'tie'], color: 3 },
  },
  values(state: BetaTemperatureState): Record<string, string> {
    const d = deriveBetaTemperature(state);
    const readout = (value: number) => formatFixed(value, READOUT_DECIMALS);
    return {
      beta: formatParameter(state.beta),
      best: String(d.best),
      'runner-up': String(d.runnerUp),
      'ref-logodds': formatFixed(d.referenceLogOdds, 3),
      gap: formatFixed(d.gap, 3),
      logodds: formatFixed(d.logOdds, 3),
      reward: readout(d.current.expectedReward),
      kl: readout(d.current.kl),
      objective: readout(d.objective),
      entropy: readout(d.current.entropy),
      'cross-entropy': readout(d.crossEntropy),
    };
  },
};
