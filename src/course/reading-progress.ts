/**
 * A reader's progress through the course, kept in this browser only (localStorage, one key): the sections they
 * marked as read and the last answer they checked in each exercise. Pure, so the page script
 * (src/components/reading-progress.ts) stays small and tests can call every rule.
 *
 * Stored text is never trusted: {@link parseProgress} keeps only well-formed entries and never throws, so a value
 * written by an older version, another site on the same origin or a reader's console cannot break a page.
 */

/** What is remembered. Section ids are the outline's (`chapter-2/bradley-terry`); answers are keyed by section and exercise. */
export interface ReadingProgress {
  /** Ids of the sections marked as read, in the order they were marked. */
  readonly read: readonly string[];
  /** The text last checked in each exercise, by {@link answerKey}. */
  readonly answers: Readonly<Record<string, string>>;
}

/**
 * The localStorage key of the progress. scripts/before-paint.js holds the same text (it flags a page whose reader
 * has stored progress; tests/course/reading-progress.test.ts checks the two agree).
 */
export const PROGRESS_STORAGE_KEY = 'po-progress';

/** Nothing read, nothing answered. */
export const EMPTY_PROGRESS: ReadingProgress = Object.freeze({ read: Object.freeze([]), answers: Object.freeze({}) });

/** The longest answer text remembered (longer text is never a number the checker reads, see answer-check.ts). */
export const MAX_ANSWER_LENGTH = 40;

/** At most this many sections and this many answers are kept; the oldest go first. */
export const MAX_PROGRESS_ENTRIES = 500;

const SECTION_ID = /^[a-z0-9-]{1,40}\/[a-z0-9-]{1,80}$/;
const EXERCISE_ID = /^[a-z0-9-]{1,80}$/;

function checkSectionId(sectionId: unknown): string {
  if (typeof sectionId !== 'string' || !SECTION_ID.test(sectionId)) {
    throw new RangeError(`sectionId must be an outline id like "chapter-2/bradley-terry", received ${JSON.stringify(sectionId)}`);
  }
  return sectionId;
}

/**
 * The key of an exercise's answer: `<section id>#<exercise id>`. Throws a `RangeError` naming the argument that
 * is not an id.
 *
 * @example
 * answerKey('chapter-2/bradley-terry', 'bt-1'); // → 'chapter-2/bradley-terry#bt-1'
 */
export function answerKey(sectionId: string, exerciseId: string): string {
  checkSectionId(sectionId);
  if (typeof exerciseId !== 'string' || !EXERCISE_ID.test(exerciseId)) {
    throw new RangeError(`exerciseId must be lowercase letters, digits and hyphens, received ${JSON.stringify(exerciseId)}`);
  }
  return `${sectionId}#${exerciseId}`;
}

const isAnswerKey = (key: string) => {
  const [section, exercise, ...rest] = key.split('#');
  return rest.length === 0 && SECTION_ID.test(section ?? '') && EXERCISE_ID.test(exercise ?? '');
};

/**
 * Reads stored progress: the well-formed entries of `text`, or {@link EMPTY_PROGRESS} for `null`, malformed JSON
 * or anything that is not a progress object. Never throws.
 *
 * @example
 * parseProgress('{"read":["chapter-2/bradley-terry","<img>"],"answers":{"chapter-2/bradley-terry#bt-1":"0.73"}}');
 * // → { read: ['chapter-2/bradley-terry'], answers: { 'chapter-2/bradley-terry#bt-1': '0.73' } }
 */
export function parseProgress(text: string | null): ReadingProgress {
  if (text === null) return EMPTY_PROGRESS;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof value !== 'object' || value === null) return EMPTY_PROGRESS;
  const { read, answers } = value as { read?: unknown; answers?: unknown };
  const readIds = Array.isArray(read) ? read.filter((id): id is string => typeof id === 'string' && SECTION_ID.test(id)) : [];
  const answerEntries =
    typeof answers === 'object' && answers !== null && !Array.isArray(answers)
      ? Object.entries(answers).filter(
          (entry): entry is [string, string] =>
            isAnswerKey(entry[0]) && typeof entry[1] === 'string' && entry[1].length <= MAX_ANSWER_LENGTH,
        )
      : [];
  return {
    read: [...new Set(readIds)].slice(-MAX_PROGRESS_ENTRIES),
    answers: Object.fromEntries(answerEntries.slice(-MAX_PROGRESS_ENTRIES)),
  };
}

/**
 * The text to store.
 *
 * @example
 * serializeProgress(EMPTY_PROGRESS); // → '{"read":[],"answers":{}}'
 */
export function serializeProgress(progress: ReadingProgress): string {
  return JSON.stringify({ read: progress.read, answers: progress.answers });
}

/**
 * Progress with a section marked as read (`read` true, moved to the end as the latest) or not. Throws a
 * `RangeError` naming `sectionId` when it is not an outline id.
 *
 * @example
 * withSectionRead(EMPTY_PROGRESS, 'chapter-2/bradley-terry', true).read; // → ['chapter-2/bradley-terry']
 */
export function withSectionRead(progress: ReadingProgress, sectionId: string, read: boolean): ReadingProgress {
  checkSectionId(sectionId);
  const others = progress.read.filter((id) => id !== sectionId);
  return { ...progress, read: read ? [...others, sectionId].slice(-MAX_PROGRESS_ENTRIES) : others };
}

/**
 * Progress with an exercise's checked answer remembered (the latest last). Text longer than
 * {@link MAX_ANSWER_LENGTH} is not remembered; empty text forgets the answer. Throws a `RangeError` naming the
 * id that is malformed.
 *
 * @example
 * withAnswer(EMPTY_PROGRESS, 'chapter-2/bradley-terry', 'bt-1', '0.73').answers;
 * // → { 'chapter-2/bradley-terry#bt-1': '0.73' }
 */
export function withAnswer(progress: ReadingProgress, sectionId: string, exerciseId: string, text: string): ReadingProgress {
  const key = answerKey(sectionId, exerciseId);
  const others = Object.entries(progress.answers).filter(([other]) => other !== key);
  const kept = text === '' || text.length > MAX_ANSWER_LENGTH ? others : [...others, [key, text] as const];
  return { ...progress, answers: Object.fromEntries(kept.slice(-MAX_PROGRESS_ENTRIES)) };
}
