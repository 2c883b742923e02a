/**
 * Checking a reader's numeric answer to an exercise. Pure, so the page script stays tiny and tests can call it.
 */

/**
 * Reads a number the way a reader types it: `0.73`, `-1.2e-3`, `.5`, `3/4`, `72%` (→ 0.72), with a comma
 * accepted as the decimal separator. Returns `undefined` for anything else (never throws).
 *
 * @example
 * parseAnswer('3/4') // → 0.75
 */
export function parseAnswer(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s+/g, '').replace(/,(?=\d)/, '.').replace(/−/g, '-');
  if (cleaned === '' || cleaned.length > 40) return undefined;
  const fraction = /^(-?\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(cleaned);
  if (fraction) {
    const value = Number(fraction[1]) / Number(fraction[2]);
    return Number.isFinite(value) ? value : undefined;
  }
  const percent = /^(-?(?:\d+\.?\d*|\.\d+))%$/.exec(cleaned);
  if (percent) return Number(percent[1]) / 100;
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** The outcome of checking one answer. */
export type AnswerVerdict = 'correct' | 'incorrect' | 'unreadable';

/** The largest number of decimal places an exercise may ask for. */
export const MAX_ANSWER_DECIMALS = 8;

/**
 * Checks that `decimals` is a whole number of decimal places in 0…{@link MAX_ANSWER_DECIMALS}; returns it.
 * Throws a `RangeError` naming `decimals` otherwise.
 */
function checkDecimals(decimals: unknown): number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_ANSWER_DECIMALS) {
    throw new RangeError(`decimals must be a whole number from 0 to ${MAX_ANSWER_DECIMALS}, received ${String(decimals)}`);
  }
  return decimals;
}

/**
 * The accepted error for an answer asked "to `decimals` decimal places": half a unit in the last asked place,
 * $0.5 \cdot 10^{-\text{decimals}}$, so the correctly rounded answer is always accepted (1.39 for
 * $\log 4 = 1.386294$ to 2 decimals) and an answer off by one unit in that place is not.
 *
 * Throws a `RangeError` naming `decimals` unless it is a whole number from 0 to {@link MAX_ANSWER_DECIMALS}.
 *
 * @example
 * toleranceForDecimals(2); // → 0.005
 */
export function toleranceForDecimals(decimals: number): number {
  return 0.5 * 10 ** -checkDecimals(decimals);
}

/**
 * The sentence an exercise prompt ends with, stating the precision the checker accepts (the prompt itself never
 * states it, so the two cannot disagree). Throws like {@link toleranceForDecimals}.
 *
 * @example
 * precisionSentence(2); // → 'Give your answer to 2 decimal places.'
 * precisionSentence(0); // → 'Give your answer as a whole number.'
 */
export function precisionSentence(decimals: number): string {
  const places = checkDecimals(decimals);
  if (places === 0) return 'Give your answer as a whole number.';
  return `Give your answer to ${places} decimal place${places === 1 ? '' : 's'}.`;
}

/**
 * Compares a typed answer with the expected value: correct when `|given − expected| ≤ tolerance`. The
 * comparison allows for the rounding of the subtraction itself (a few units in the last place of `expected`),
 * so an answer exactly half a unit away, such as 0.13 for 0.125 to 2 decimals, counts as right.
 *
 * @example
 * checkAnswer('0.731', 0.731059, 0.001) // → 'correct'
 * checkAnswer('1.39', Math.log(4), toleranceForDecimals(2)) // → 'correct'
 */
export function checkAnswer(text: string, expected: number, tolerance: number): AnswerVerdict {
  const given = parseAnswer(text);
  if (given === undefined) return 'unreadable';
  const roundingSlack = 4 * Number.EPSILON * Math.max(1, Math.abs(expected), Math.abs(given));
  return Math.abs(given - expected) <= tolerance + roundingSlack ? 'correct' : 'incorrect';
}

/** The sentence the exercise announces for a verdict. */
export function verdictMessage(verdict: AnswerVerdict): string {
  switch (verdict) {
    case 'correct':
      return 'Correct. The worked solution is open below.';
    case 'incorrect':
      return 'Not quite. Check your working and try again, or open the solution.';
    case 'unreadable':
      return 'Type a number, for example 0.73, 3/4 or 72%.';
  }
}
