/**
 * Notebook parity: the seed notebook's recorded output (src/course/seed-notebook-output.txt) set line by line
 * beside what the course's math package prints for the same demos (src/math/seed-demos.ts), with a verdict per
 * line. The parity page renders the comparison and calls {@link assertSeedParity}, so a single differing line
 * fails the build, naming the demo and the line.
 */
import { seedCheckLine, type SeedCheck, type SeedDemoRun } from '../math/seed-demos.ts';

/** One demo block of the notebook's output. */
export interface NotebookDemo {
  /** The header line, `Demo i - <heading>: <kind title>`, as printed. */
  title: string;
  /** The lines printed under the header. */
  lines: string[];
}

/** One printed line, the notebook's beside the course's. */
export interface ParityLine {
  /** 1-based line number within the demo. */
  number: number;
  /** What the notebook printed (undefined: the course printed more lines). */
  notebook: string | undefined;
  /** What the course printed (undefined: the notebook printed more lines). */
  course: string | undefined;
  /**
   * What the page shows for the course: the printed line, except on the check line, where it is the course's
   * check in its own words (`PASS - <what the course checks>`).
   */
  shown: string | undefined;
  /** Whether this is the course's check line (`PASS - …` / `FAIL - …` in the notebook's words). */
  isCheck: boolean;
  /** Whether the two are identical, character for character. */
  same: boolean;
}

/** One demo compared. */
export interface ParityDemo {
  /** 1-based demo number. */
  index: number;
  /** The course's header line (heading style as the run was made). */
  title: string;
  /** Whether the notebook's header line is identical to the course's. */
  titleSame: boolean;
  /** The notebook's header line (undefined: the notebook has no demo with this number). */
  notebookTitle: string | undefined;
  /**
   * Every printed line. The last one of each demo is its check line, `PASS - …`; the course's is printed in the
   * notebook's words from the course's own check, so a failing course check makes it differ.
   */
  lines: ParityLine[];
  /** The course's check (its own message says what it tests). */
  check: SeedCheck;
  /** Title and every line identical. */
  same: boolean;
}

const RULE = '='.repeat(80);

/**
 * Splits the notebook's output into its demo blocks: a rule of 80 `=`, the header line, another rule, then the
 * printed lines up to the next blank line.
 *
 * @example
 * parseNotebookOutput(text)[1]?.lines[1]; // 'gradient weights: [0.465 0.483 0.502 0.463]'
 */
export function parseNotebookOutput(text: string): NotebookDemo[] {
  const lines = text.split('\n');
  const demos: NotebookDemo[] = [];
  for (let i = 0; i + 2 < lines.length; i++) {
    if (lines[i] !== RULE || lines[i + 2] !== RULE) continue;
    const demo: NotebookDemo = { title: lines[i + 1] as string, lines: [] };
    let j = i + 3;
    for (; j < lines.length && lines[j] !== '' && lines[j] !== RULE; j++) demo.lines.push(lines[j] as string);
    demos.push(demo);
    i = j - 1;
  }
  return demos;
}

/**
 * Compares the course's run with the notebook's output, demo by demo and line by line (exact string equality;
 * a missing line on either side differs). Demos the notebook has but the course does not run are reported as
 * differing too.
 *
 * @example
 * const demos = compareSeedParity(parseNotebookOutput(text), seedNotebookRun());
 * demos.every((demo) => demo.same); // true while the math package reproduces the notebook
 */
export function compareSeedParity(notebook: readonly NotebookDemo[], run: readonly SeedDemoRun[]): ParityDemo[] {
  const count = Math.max(notebook.length, run.length);
  const demos: ParityDemo[] = [];
  for (let d = 0; d < count; d++) {
    const expected = notebook[d];
    const actual = run[d];
    const notebookLines = expected?.lines ?? [];
    const courseLines = actual?.lines ?? [];
    const lines: ParityLine[] = [];
    const checkIndex = actual === undefined ? -1 : courseLines.lastIndexOf(seedCheckLine(actual.check));
    for (let k = 0; k < Math.max(notebookLines.length, courseLines.length); k++) {
      const nb = notebookLines[k];
      const course = courseLines[k];
      const isCheck = actual !== undefined && k === checkIndex;
      const shown = isCheck ? `${actual.check.pass ? 'PASS' : 'FAIL'} - ${actual.check.message}` : course;
      lines.push({ number: k + 1, notebook: nb, course, shown, isCheck, same: nb !== undefined && nb === course });
    }
    const title = actual?.title ?? `Demo ${String(d + 1)} (not run by the course)`;
    const titleSame = expected !== undefined && actual !== undefined && expected.title === actual.title;
    demos.push({
      index: d + 1,
      title,
      titleSame,
      notebookTitle: expected?.title,
      lines,
      check: actual?.check ?? { pass: false, message: 'not run', notebookMessage: 'not run' },
      same: titleSame && lines.every((line) => line.same),
    });
  }
  return demos;
}

/** Quotes a printed line for an error message (`(nothing)` for a missing one). */
function quoted(line: string | undefined): string {
  return line === undefined ? '(nothing)' : JSON.stringify(line);
}

/**
 * Throws an `Error` naming every demo and line where the course's output differs from the notebook's, and
 * when there is nothing to compare; returns quietly when everything matches.
 *
 * @example
 * assertSeedParity(compareSeedParity(parseNotebookOutput(text), seedNotebookRun())); // no throw
 * // with a broken dpoLoss: Error('Notebook parity fails: demo 2 (…), line 2: notebook printed "gradient weights: …", course printed "…"')
 */
export function assertSeedParity(demos: readonly ParityDemo[]): void {
  if (demos.length === 0) throw new Error('Notebook parity fails: no demos to compare (is the notebook output empty?)');
  const problems: string[] = [];
  for (const demo of demos) {
    const name = `demo ${String(demo.index)} (${demo.notebookTitle ?? demo.title})`;
    if (!demo.titleSame) problems.push(`${name}, header: notebook printed ${quoted(demo.notebookTitle)}, course printed ${quoted(demo.title)}`);
    for (const line of demo.lines) {
      if (!line.same) {
        problems.push(`${name}, line ${String(line.number)}: notebook printed ${quoted(line.notebook)}, course printed ${quoted(line.course)}`);
      }
    }
  }
  if (problems.length > 0) throw new Error(`Notebook parity fails: ${problems.join('; ')}`);
}
