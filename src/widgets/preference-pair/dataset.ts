/**
 * The course's small hand-written preference dataset, content/datasets/preference-pairs.jsonl
 * (content/chapter-2/preference-pair.mdx), parsed and validated when this module loads. The site imports it
 * while it builds (the section, the widget's fallback), so a malformed record fails the build with its line.
 *
 * Responses are identified by their text: the same text under the same prompt is the same response, so one
 * response can appear in several records (three responses to a prompt give three records, as when a dataset is
 * built from every pair of a ranked list).
 */
import shippedText from '../../../content/datasets/preference-pairs.jsonl?raw';
import { parsePreferenceRecords, type PreferenceRecord } from './records.ts';

/** File name used in error messages. */
export const DATASET_FILE = 'content/datasets/preference-pairs.jsonl';

/** A dataset indexed for the toy models: prompts, their distinct responses and one comparison per vote. */
export interface IndexedPreferenceDataset {
  records: PreferenceRecord[];
  /** Distinct prompt texts, in order of first appearance. */
  prompts: string[];
  /** `responses[x]`: the distinct response texts of prompt `x`, in order of first appearance. */
  responses: string[][];
  /** Per record: its prompt index and the indices of its chosen and rejected responses. */
  positions: { prompt: number; chosen: number; rejected: number }[];
  /** One comparison per vote: `votes.chosen` with the chosen response winning, `votes.rejected` the other way. */
  comparisons: { prompt: number; chosen: number; rejected: number }[];
}

/**
 * Indexes records: prompts and responses by text, and the votes expanded into comparisons.
 *
 * @example
 * const d = indexPreferenceDataset(parsePreferenceRecords(text));
 * d.responses[0].length; // 3 for a prompt whose three responses are compared in three records
 */
export function indexPreferenceDataset(records: readonly PreferenceRecord[]): IndexedPreferenceDataset {
  const prompts: string[] = [];
  const responses: string[][] = [];
  const indexOf = (list: string[], value: string) => {
    const found = list.indexOf(value);
    if (found >= 0) return found;
    list.push(value);
    return list.length - 1;
  };
  const positions = records.map((record) => {
    const prompt = indexOf(prompts, record.prompt);
    responses[prompt] ??= [];
    const list = responses[prompt];
    return { prompt, chosen: indexOf(list, record.chosen), rejected: indexOf(list, record.rejected) };
  });
  const comparisons = records.flatMap((record, i) => {
    const { prompt, chosen, rejected } = positions[i] as IndexedPreferenceDataset['positions'][number];
    return [
      ...Array.from({ length: record.votes.chosen }, () => ({ prompt, chosen, rejected })),
      ...Array.from({ length: record.votes.rejected }, () => ({ prompt, chosen: rejected, rejected: chosen })),
    ];
  });
  return { records: [...records], prompts, responses, positions, comparisons };
}

/** The shipped records (throws at load, naming the file and line, if one is malformed). */
export const preferenceRecords: readonly PreferenceRecord[] = parsePreferenceRecords(shippedText, DATASET_FILE);

/** The shipped dataset, indexed. */
export const preferenceDataset: IndexedPreferenceDataset = indexPreferenceDataset(preferenceRecords);
