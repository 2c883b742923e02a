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

/**
 * Compares a typed answer with the expected value: correct when `|given − expected| ≤ tolerance`.
 *
 * @example
 * checkAnswer('0.731', 0.731059, 0.001) // → 'correct'
 */
export function checkAnswer(text: string, expected: number, tolerance: number): AnswerVerdict {
  const given = parseAnswer(text);
  if (given === undefined) return 'unreadable';
  return Math.abs(given - expected) <= tolerance ? 'correct' : 'incorrect';
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
