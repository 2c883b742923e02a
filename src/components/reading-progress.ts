/**
 * Reading progress on the page (the rules are in src/course/reading-progress.ts), and exercise checking:
 *
 * - links with `data-section-id` (sidebar, home and chapter pages) get `data-read` when the section is marked read;
 * - the `[data-read-toggle]` checkbox at the end of a section marks it;
 * - `[data-read-count]` shows how many of the sections listed in `[data-progress-list]` are read;
 * - `[data-progress-reset]` forgets everything, after the reader confirms;
 * - an exercise's answer is checked (exercise-answer.ts) and remembered; at load each exercise (`[data-exercise]`
 *   inside `[data-section-id]`) gets its last checked answer back, with its verdict.
 *
 * Loaded and started by course-page-start.ts, which owns the page's listeners for marks and answers: at once
 * when the reader has stored progress, else with their first mark or answer. Storage can be unavailable (private
 * mode, sandboxed iframes): progress then lasts for the page. Marks change no layout (the sidebar's mark is
 * absolutely placed in reserved space), so they can arrive after the first paint.
 */
import {
  EMPTY_PROGRESS,
  PROGRESS_STORAGE_KEY,
  parseProgress,
  serializeProgress,
  withAnswer,
  withSectionRead,
  type ReadingProgress,
} from '../course/reading-progress';
import { answerExercise } from './exercise-answer';

let current: ReadingProgress | null = null;

function load(): ReadingProgress {
  try {
    return parseProgress(localStorage.getItem(PROGRESS_STORAGE_KEY));
  } catch {
    return current ?? EMPTY_PROGRESS;
  }
}

function save(progress: ReadingProgress): void {
  current = progress;
  try {
    localStorage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
  } catch {
    // Not stored: the progress lasts for this page.
  }
  showProgress();
}

/** Shows the stored progress on the page's links, checkbox and count. */
export function showProgress(): void {
  const read = new Set(load().read);
  for (const link of document.querySelectorAll<HTMLElement>('[data-section-id]:not(article)')) {
    link.toggleAttribute('data-read', read.has(link.dataset['sectionId'] ?? ''));
  }
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-read-toggle]')) box.checked = read.has(box.value);
  for (const count of document.querySelectorAll('[data-read-count]')) {
    count.textContent = String(document.querySelectorAll('[data-progress-list] [data-read]').length);
  }
}

/** The section id of an element's article, if it is in one. */
const sectionOf = (element: Element) => element.closest<HTMLElement>('article[data-section-id]')?.dataset['sectionId'];

/**
 * Checks the answer the reader submitted in an exercise, shows the verdict and remembers the answer.
 *
 * @param text the answer as typed when it was submitted
 * @example checkExercise(document.querySelector('[data-exercise="bt-1"]'), '0.73')
 */
export function checkExercise(exercise: HTMLElement, text: string): void {
  answerExercise(exercise);
  const section = sectionOf(exercise);
  const id = exercise.dataset['exercise'];
  if (section && id) save(withAnswer(load(), section, id, text.trim()));
}

/** Puts each exercise's remembered answer back in its field and shows its verdict (without opening the solution). */
function restoreAnswers(): void {
  const { answers } = load();
  for (const exercise of document.querySelectorAll<HTMLElement>('[data-exercise]')) {
    const text = answers[`${sectionOf(exercise)}#${exercise.dataset['exercise']}`];
    const input = exercise.querySelector('input');
    if (text === undefined || !input || input.value !== '') continue;
    input.value = text;
    answerExercise(exercise, false);
  }
}

/**
 * Marks a section as read or not, as its checkbox was set.
 *
 * @example markSectionRead('chapter-2/bradley-terry', true)
 */
export function markSectionRead(sectionId: string, read: boolean): void {
  save(withSectionRead(load(), sectionId, read));
}

/**
 * Shows the stored progress and each exercise's remembered answer, and keeps the page in step when another tab
 * or the back/forward cache changes the progress; wires the home page's reset. Call once.
 */
export function startReadingProgress(): void {
  showProgress();
  restoreAnswers();
  document.addEventListener('click', (event) => {
    const button = (event.target as Element).closest?.('[data-progress-reset]');
    if (button && confirm('Forget which sections you have read and your exercise answers?')) save(EMPTY_PROGRESS);
  });
  addEventListener('storage', (event) => {
    if (event.key === PROGRESS_STORAGE_KEY || event.key === null) showProgress();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) showProgress();
  });
}
