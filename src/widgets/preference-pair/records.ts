/**
 * Reading and validating preference records written as JSON Lines (content/chapter-2/preference-pair.mdx): one
 * JSON object per line in the prompt/chosen/rejected layout that common trainers read (TRL's `DPOTrainer` and
 * `RewardTrainer` take the columns `prompt`, `chosen`, `rejected`), plus an `id` and the annotators' `votes`.
 *
 * ```json
 * {"id": "sky-a-b", "prompt": "…", "chosen": "…", "rejected": "…", "votes": {"chosen": 4, "rejected": 1}}
 * ```
 *
 * The parser is strict, because the site parses the shipped file while it builds: a malformed record throws an
 * error that names the file and the line, and so fails the build there.
 */

/** Votes of the annotators who compared the two responses of a record. */
export interface PreferenceVotes {
  /** Annotators who preferred the chosen response $y_w$. */
  chosen: number;
  /** Annotators who preferred the rejected response $y_l$. */
  rejected: number;
}

/** One preference record $(x, y_w, y_l)$ with its votes. */
export interface PreferenceRecord {
  /** Short unique id (lower-case letters, digits and hyphens), used as the widget's `record` state. */
  id: string;
  /** The prompt $x$. */
  prompt: string;
  /** The chosen response $y_w$ (the majority's pick). */
  chosen: string;
  /** The rejected response $y_l$. */
  rejected: string;
  votes: PreferenceVotes;
  /** 1-based line of the record in its file. */
  line: number;
}

/** Longest text accepted in a field (the widget shows whole records). */
export const MAX_TEXT_LENGTH = 400;
/** Most annotators accepted per record. */
export const MAX_VOTES = 100;

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
const KEYS = ['id', 'prompt', 'chosen', 'rejected', 'votes'] as const;

/** Error thrown for a malformed record: its message starts with `<source> line <n>:`. */
export class PreferenceRecordError extends SyntaxError {
  /** The file (or other source name) the record came from. */
  readonly source: string;
  /** 1-based line of the malformed record. */
  readonly line: number;

  constructor(source: string, line: number, problem: string) {
    super(`${source} line ${String(line)}: ${problem}`);
    this.name = 'PreferenceRecordError';
    this.source = source;
    this.line = line;
  }
}

function text(value: unknown, key: string, fail: (problem: string) => never): string {
  if (typeof value !== 'string') fail(`"${key}" must be a string, received ${JSON.stringify(value) ?? typeof value}`);
  const trimmed = value.trim();
  if (trimmed.length === 0) fail(`"${key}" is empty`);
  if (value.length > MAX_TEXT_LENGTH) fail(`"${key}" has ${String(value.length)} characters, at most ${String(MAX_TEXT_LENGTH)} allowed`);
  return value;
}

function count(value: unknown, key: string, fail: (problem: string) => never): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_VOTES) {
    fail(`"votes.${key}" must be an integer from 0 to ${String(MAX_VOTES)}, received ${JSON.stringify(value) ?? typeof value}`);
  }
  return value;
}

/**
 * Parses JSON Lines text into preference records. Blank lines are skipped (line numbers still count them).
 * Every record must be an object with exactly the keys `id`, `prompt`, `chosen`, `rejected`, `votes`; the
 * texts non-empty strings of at most {@link MAX_TEXT_LENGTH} characters, `chosen` different from `rejected`;
 * `votes` exactly `{ chosen, rejected }`, integers from 0 to {@link MAX_VOTES} with `chosen > rejected` (the
 * chosen response is the majority's pick, so a tie has no chosen response); ids unique. At least one record.
 *
 * Throws a {@link PreferenceRecordError} whose message names `source` and the 1-based line of the first problem.
 *
 * @example
 * parsePreferenceRecords('{"id":"a","prompt":"2+2?","chosen":"4","rejected":"5","votes":{"chosen":3,"rejected":0}}\n');
 * // → [{ id: 'a', prompt: '2+2?', chosen: '4', rejected: '5', votes: { chosen: 3, rejected: 0 }, line: 1 }]
 * parsePreferenceRecords('{"id":"a"}', 'pairs.jsonl'); // throws 'pairs.jsonl line 1: missing "prompt"'
 */
export function parsePreferenceRecords(source: string, name = 'preference records'): PreferenceRecord[] {
  const records: PreferenceRecord[] = [];
  const seen = new Map<string, number>();
  const lines = source.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const fail = (problem: string): never => {
      throw new PreferenceRecordError(name, line, problem);
    };
    if (raw.trim().length === 0) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      fail(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('a record must be a JSON object');
    const object = value as Record<string, unknown>;
    for (const key of KEYS) if (!(key in object)) fail(`missing "${key}"`);
    const extra = Object.keys(object).filter((key) => !(KEYS as readonly string[]).includes(key));
    if (extra.length > 0) fail(`unknown key "${extra[0] as string}" (expected ${KEYS.join(', ')})`);
    const id = object['id'];
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      fail(`"id" must be 1–32 lower-case letters, digits or hyphens, received ${JSON.stringify(id) ?? typeof id}`);
    }
    const first = seen.get(id as string);
    if (first !== undefined) fail(`duplicate id "${id as string}" (first used on line ${String(first)})`);
    const prompt = text(object['prompt'], 'prompt', fail);
    const chosen = text(object['chosen'], 'chosen', fail);
    const rejected = text(object['rejected'], 'rejected', fail);
    if (chosen === rejected) fail('"chosen" and "rejected" are the same text');
    const votes = object['votes'];
    if (typeof votes !== 'object' || votes === null || Array.isArray(votes)) fail('"votes" must be an object { "chosen": n, "rejected": n }');
    const voteObject = votes as Record<string, unknown>;
    const voteKeys = Object.keys(voteObject);
    if (voteKeys.length !== 2 || !('chosen' in voteObject) || !('rejected' in voteObject)) {
      fail(`"votes" must have exactly the keys "chosen" and "rejected", received ${JSON.stringify(voteKeys)}`);
    }
    const forChosen = count(voteObject['chosen'], 'chosen', fail);
    const forRejected = count(voteObject['rejected'], 'rejected', fail);
    if (forChosen <= forRejected) {
      fail(`"chosen" must have more votes than "rejected" (received ${String(forChosen)} to ${String(forRejected)}); swap the two responses or drop the tie`);
    }
    seen.set(id as string, line);
    records.push({ id: id as string, prompt, chosen, rejected, votes: { chosen: forChosen, rejected: forRejected }, line });
  });
  if (records.length === 0) throw new PreferenceRecordError(name, 1, 'no records');
  return records;
}
