/**
 * Checks the answer typed into one exercise (markup from Exercise.astro) and shows the verdict: the message in
 * the live region, `data-verdict` on the exercise, and the worked solution opened when the answer is right.
 */
import { checkAnswer, verdictMessage, type AnswerVerdict } from '../course/answer-check';

/**
 * @param exercise the `[data-exercise]` element, carrying `data-answer` and `data-tolerance`
 * @param openSolution whether a right answer opens the worked solution (not when a remembered answer is restored
 *   at load, which would move the page under the reader)
 * @returns the verdict shown
 * @example answerExercise(document.querySelector('[data-exercise="bt-1"]')) // 'correct' for 0.731 typed
 */
export function answerExercise(exercise: HTMLElement, openSolution = true): AnswerVerdict {
  const input = exercise.querySelector('input');
  const feedback = exercise.querySelector('.exercise-feedback');
  const solution = exercise.querySelector('details');
  const verdict = checkAnswer(input?.value ?? '', Number(exercise.dataset['answer']), Number(exercise.dataset['tolerance']));
  exercise.dataset['verdict'] = verdict;
  if (feedback) feedback.textContent = verdictMessage(verdict);
  if (verdict === 'correct' && solution && openSolution) solution.open = true;
  return verdict;
}
