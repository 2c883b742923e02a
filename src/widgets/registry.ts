/**
 * Every widget of the course, DOM-free so the site can import it at build time in Node (it imports no Lit and
 * no Chart.js): ids, tags, titles, sections, reserved block sizes, state schemas, defaults and the build-time
 * fallback renderer.
 *
 * @example
 * const widget = getWidget('dpo-loss');
 * const state = parseState(widget.schema, (key) => attributes[key] ?? null);
 * widget.fallback(state); // → { summary, table: { caption, columns, rows } }
 */
import { bradleyTerryWidget } from './bradley-terry/widget.ts';
import { choiceVsDemoWidget } from './choice-vs-demo/widget.ts';
import { preferencePairWidget } from './preference-pair/widget.ts';
import { rewardModelWidget } from './reward-model/widget.ts';
import { dpoLossWidget } from './dpo-loss/widget.ts';
import { klBudgetWidget } from './kl-budget/widget.ts';
import { proxyRewardWidget } from './proxy-reward/widget.ts';
import { noisyPreferencesWidget } from './noisy-preferences/widget.ts';
import { referencePolicyWidget } from './reference-policy/widget.ts';
import { rlhfVsDpoWidget } from './rlhf-vs-dpo/widget.ts';
import { betaTemperatureWidget } from './beta-temperature/widget.ts';
import { pairwiseLossWidget } from './pairwise-loss/widget.ts';
import { rewardMarginsWidget } from './reward-margins/widget.ts';
import { optimalPolicyWidget } from './optimal-policy/widget.ts';
import { implicitRewardWidget } from './implicit-reward/widget.ts';
import { annotatorAgreementWidget } from './annotator-agreement/widget.ts';
import { calibrationWidget } from './calibration/widget.ts';
import { rewardbenchWidget } from './rewardbench/widget.ts';
import { ppoClipWidget } from './ppo-clip/widget.ts';
import { klEstimatorsWidget } from './kl-estimators/widget.ts';
import { overoptimizationWidget } from './overoptimization/widget.ts';
import { dpoGradientWidget } from './dpo-gradient/widget.ts';
import { dpoTrainerWidget } from './dpo-trainer/widget.ts';
import { sftInitWidget } from './sft-init/widget.ts';
import { rmTrainingWidget } from './rm-training/widget.ts';
import { attributeName, parseState, stateToSearchParams, type Schema, type StateOf } from './shared/schema.ts';
import { commonAttributes, type WidgetDefinition } from './shared/widget-definition.ts';
import type { WidgetFallback } from './shared/widget-table.ts';

export type { WidgetDefinition } from './shared/widget-definition.ts';
export type { WidgetFallback, WidgetTable } from './shared/widget-table.ts';
export { commonAttributes } from './shared/widget-definition.ts';

/** Attribute values as an Astro wrapper receives them (kebab-case names). */
export type RawAttributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Parses raw attribute values through a schema (absent, `null` and invalid values give the defaults). */
function parseAttributes<S extends Schema>(schema: S, attributes: RawAttributes): StateOf<S> {
  return parseState(schema, (key) => {
    const value = attributes[key];
    return value === undefined || value === null ? null : String(value);
  });
}

/** All widgets, in course order. */
export const widgets: readonly WidgetDefinition[] = [
  choiceVsDemoWidget,
  proxyRewardWidget,
  klBudgetWidget,
  rlhfVsDpoWidget,
  noisyPreferencesWidget,
  preferencePairWidget,
  rewardModelWidget,
  bradleyTerryWidget,
  referencePolicyWidget,
  betaTemperatureWidget,
  pairwiseLossWidget,
  rewardMarginsWidget,
  annotatorAgreementWidget,
  calibrationWidget,
  rewardbenchWidget,
  sftInitWidget,
  rmTrainingWidget,
  ppoClipWidget,
  klEstimatorsWidget,
  overoptimizationWidget,
  optimalPolicyWidget,
  implicitRewardWidget,
  dpoLossWidget,
  dpoTrainerWidget,
  dpoGradientWidget,
];

/** All widget ids, in course order. */
export const widgetIds: readonly string[] = widgets.map((widget) => widget.id);

/**
 * The widget with this id, or `undefined`.
 *
 * @example
 * getWidget('bradley-terry')?.tag; // → 'po-bradley-terry'
 */
export function getWidget(id: string): WidgetDefinition | undefined {
  return widgets.find((widget) => widget.id === id);
}

/**
 * The attribute names (= URL query keys) a widget accepts: its state keys, then `theme` and `controls`.
 *
 * @example
 * widgetAttributes(getWidget('dpo-loss')!); // → ['beta', 'chosen', 'rejected', 'variant', 'epsilon', 'theme', 'controls']
 */
export function widgetAttributes(widget: WidgetDefinition): string[] {
  return [...Object.keys(widget.schema).map(attributeName), ...commonAttributes];
}

/**
 * A widget's state given raw attribute values (as an Astro wrapper receives them), parsed exactly as the element
 * parses its attributes: anything invalid gives the default.
 *
 * @example
 * widgetState(getWidget('dpo-loss')!, { beta: '0.2' }).beta; // → 0.2
 */
export function widgetState(widget: WidgetDefinition, attributes: RawAttributes = {}): StateOf<Schema> {
  return parseAttributes(widget.schema, attributes);
}

/**
 * The fallback for a widget given raw attribute values (as an Astro wrapper receives them); anything invalid
 * falls back to the defaults, exactly as the element itself would parse it.
 *
 * @example
 * widgetFallback(getWidget('dpo-loss')!, { beta: '0.2' }).summary; // 'β = 0.2, sigmoid (DPO) loss: …'
 */
export function widgetFallback(widget: WidgetDefinition, attributes: RawAttributes = {}): WidgetFallback {
  return widget.fallback(parseAttributes(widget.schema, attributes));
}

/**
 * The widget's state attributes as `name → value` strings, e.g. to write them on the element; `omitDefaults`
 * leaves out values at their default.
 *
 * @example
 * widgetStateAttributes(getWidget('dpo-loss')!, { beta: '0.2' }, { omitDefaults: true }); // → { beta: '0.2' }
 */
export function widgetStateAttributes(
  widget: WidgetDefinition,
  attributes: RawAttributes = {},
  options: { omitDefaults?: boolean } = {},
): Record<string, string> {
  return Object.fromEntries(stateToSearchParams(parseAttributes(widget.schema, attributes), widget.schema, options));
}
