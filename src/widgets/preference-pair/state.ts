/**
 * State of the `preference-pair` widget (content/chapter-2/preference-pair.mdx): which record of the shipped
 * dataset is shown, whether its chosen and rejected responses are swapped, and how many DPO steps the toy policy
 * has taken. Attributes and URL keys: `record`, `swapped`, `steps`.
 *
 * @example
 * <po-preference-pair record="rm-b-c" swapped steps="10"></po-preference-pair>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';
import { preferenceRecords } from './dataset.ts';
import type { PreferenceRecord } from './records.ts';

/** Most DPO steps the widget offers: the toy policy has converged (every margin within 0.001) by then. */
export const MAX_DPO_STEPS = 40;

const ids = preferenceRecords.map((record) => record.id);

/** A record's option label: its number, id and the start of its prompt, e.g. `1. sky-a-b (Explain to a ten-year…)`. */
function recordLabel(record: PreferenceRecord, index: number): string {
  const prompt = record.prompt.length > 24 ? `${record.prompt.slice(0, 23).trimEnd()}…` : record.prompt;
  return `${String(index + 1)}. ${record.id} (${prompt})`;
}

/** The widget's schema; the record ids come from the shipped dataset. */
export const preferencePairSchema = {
  record: {
    kind: 'enum',
    label: 'Record',
    values: ids,
    labels: Object.fromEntries(preferenceRecords.map((record, i) => [record.id, recordLabel(record, i)])),
    default: ids[0] as string,
  },
  swapped: {
    kind: 'boolean',
    label: 'Swap chosen and rejected',
    default: false,
  },
  steps: {
    kind: 'integer',
    label: 'DPO steps of the toy policy',
    min: 0,
    max: MAX_DPO_STEPS,
    default: 3,
  },
} as const satisfies Schema;

/** The `preference-pair` state: `{ record: string, swapped: boolean, steps: number }`. */
export type PreferencePairState = StateOf<typeof preferencePairSchema>;

/**
 * The default state: the first record, in its recorded order, after 3 DPO steps.
 *
 * @example
 * preferencePairDefaults; // → { record: 'sky-a-b', swapped: false, steps: 3 }
 */
export const preferencePairDefaults: PreferencePairState = defaultState(preferencePairSchema);
