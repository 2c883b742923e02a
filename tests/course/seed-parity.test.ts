import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assertSeedParity, compareSeedParity, parseNotebookOutput } from '../../src/course/seed-parity.ts';
import { seedNotebookRun } from '../../src/math/seed-demos.ts';

/** The notebook's recorded output (numpy float64, np.random.seed(42)), vendored beside the parity module. */
const NOTEBOOK_TEXT = readFileSync(new URL('../../src/course/seed-notebook-output.txt', import.meta.url), 'utf8');

describe('parseNotebookOutput(text)', () => {
  it('finds the notebook’s 25 demos with their header and printed lines', () => {
    const demos = parseNotebookOutput(NOTEBOOK_TEXT);
    expect(demos).toHaveLength(25);
    expect(demos[1]).toEqual({
      title: 'Demo 2 - Reward models as learned proxies: DPO loss from log ratios',
      lines: ['DPO advantages: [ 0.14  0.07 -0.01  0.15]', 'gradient weights: [0.465 0.483 0.502 0.463]', 'DPO loss=0.6509', 'PASS - DPO loss is positive'],
    });
    expect(demos[24]?.lines).toEqual(['final safety=0.766, final helpfulness=0.723', 'PASS - safety improves after feedback refreshes']);
    // 5 kinds × 5 demos with 3, 4, 2, 2, 2 lines
    expect(demos.reduce((sum, demo) => sum + demo.lines.length, 0)).toBe(65);
  });
});

describe('compareSeedParity(notebook, run)', () => {
  it('finds every line of the course’s run identical to the notebook’s', () => {
    const demos = compareSeedParity(parseNotebookOutput(NOTEBOOK_TEXT), seedNotebookRun());
    expect(demos).toHaveLength(25);
    expect(demos.every((demo) => demo.same)).toBe(true);
    expect(demos.flatMap((demo) => demo.lines).filter((line) => line.same)).toHaveLength(65);
    expect(() => assertSeedParity(demos)).not.toThrow();
  });

  it('shows the course’s own check on the check line: the tradeoff check says what it tests', () => {
    const demos = compareSeedParity(parseNotebookOutput(NOTEBOOK_TEXT), seedNotebookRun());
    const checkLine = demos[2]!.lines[1]!;
    expect(checkLine).toMatchObject({ isCheck: true, same: true, notebook: 'PASS - tradeoff curve rendered', course: 'PASS - tradeoff curve rendered' });
    expect(checkLine.shown).toMatch(/^PASS - grid maximizer 2\.000, 2\.000, 0\.612 for β = 0\.05, 0\.2, 0\.8: never rises as β grows/);
    expect(demos[1]!.lines[3]).toMatchObject({ isCheck: true, shown: 'PASS - DPO loss is positive' });
    expect(demos.flatMap((demo) => demo.lines).filter((line) => line.isCheck)).toHaveLength(25);
  });

  it('marks a changed, a missing and an extra line as differing, and the header too', () => {
    const notebook = parseNotebookOutput(NOTEBOOK_TEXT).slice(0, 2);
    const run = seedNotebookRun().slice(0, 2);
    const edited = [
      { ...run[0]!, lines: ['preference probabilities: [0.858 0.574 0.646 0.427]', ...run[0]!.lines.slice(1)] },
      { ...run[1]!, title: 'Demo 2 - something else', lines: [...run[1]!.lines, 'an extra line'] },
    ];
    const demos = compareSeedParity(notebook, edited);
    expect(demos[0]!.lines.map((line) => line.same)).toEqual([false, true, true]);
    expect(demos[1]!.titleSame).toBe(false);
    expect(demos[1]!.lines[4]).toEqual({ number: 5, notebook: undefined, course: 'an extra line', shown: 'an extra line', isCheck: false, same: false });
    expect(() => assertSeedParity(demos)).toThrow(
      /demo 1 \(Demo 1 - Preferences optimize choices rather than demonstrations: Bradley-Terry preference probability\), line 1: notebook printed "preference probabilities: \[0\.858 0\.574 0\.646 0\.426\]", course printed "preference probabilities: \[0\.858 0\.574 0\.646 0\.427\]"/,
    );
    expect(() => assertSeedParity(demos)).toThrow(/demo 2 .*, line 5: notebook printed \(nothing\), course printed "an extra line"/);
  });

  it('reports demos the course does not run, and an empty notebook', () => {
    const demos = compareSeedParity(parseNotebookOutput(NOTEBOOK_TEXT), seedNotebookRun().slice(0, 24));
    expect(demos).toHaveLength(25);
    expect(demos[24]!.same).toBe(false);
    expect(() => assertSeedParity(demos)).toThrow(/demo 25 \(Demo 25 - Gradient interpretation: feedback loop improvement\), header/);
    expect(() => assertSeedParity(compareSeedParity([], []))).toThrow(/no demos to compare/);
  });

  it('fails when the course’s headings differ (the fixed β heading is not the notebook’s)', () => {
    const demos = compareSeedParity(parseNotebookOutput(NOTEBOOK_TEXT), seedNotebookRun({ headingStyle: 'fixed' }));
    expect(demos.filter((demo) => !demo.same).map((demo) => demo.index)).toEqual([10, 24]);
  });
});

/**
 * The math package broken on purpose, as a reviewer did by hand: each break must make the parity comparison
 * fail, naming the demo and the line. The seed demos are re-imported after `vi.doMock` so they see the broken
 * module.
 */
describe('assertSeedParity(compareSeedParity(…)) with the math broken on purpose', () => {
  afterEach(() => {
    vi.doUnmock('../../src/math/dpo.ts');
    vi.doUnmock('../../src/math/bradley-terry.ts');
    vi.doUnmock('../../src/math/agreement.ts');
    vi.resetModules();
  });

  async function brokenRun() {
    vi.resetModules();
    const { seedNotebookRun: run } = await import('../../src/math/seed-demos.ts');
    return compareSeedParity(parseNotebookOutput(NOTEBOOK_TEXT), run());
  }

  it('fails on demo 2, line 2 when DPO’s weights are tripled', async () => {
    vi.doMock('../../src/math/dpo.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/math/dpo.ts')>();
      return {
        ...original,
        dpoLoss: (...args: Parameters<typeof original.dpoLoss>) => {
          const result = original.dpoLoss(...args);
          return { ...result, weights: result.weights.map((w) => 3 * w) };
        },
      };
    });
    const demos = await brokenRun();
    expect(demos[1]!.lines.map((line) => line.same)).toEqual([true, false, true, true]);
    expect(() => assertSeedParity(demos)).toThrow(/demo 2 \(Demo 2 - Reward models as learned proxies: DPO loss from log ratios\), line 2: notebook printed "gradient weights: \[0\.465 0\.483 0\.502 0\.463\]", course printed "gradient weights: \[1\.395/);
  });

  it('fails on demo 2 when DPO’s sign is flipped (its check line too)', async () => {
    vi.doMock('../../src/math/dpo.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/math/dpo.ts')>();
      return { ...original, dpoLoss: (w: number[], l: number[], beta: number) => original.dpoLoss(l, w, beta) };
    });
    const demos = await brokenRun();
    expect(demos[1]!.lines.every((line) => line.same)).toBe(false);
    expect(() => assertSeedParity(demos)).toThrow(/demo 2 .*line 1: notebook printed "DPO advantages: \[ 0\.14  0\.07 -0\.01  0\.15\]"/);
  });

  it('fails on demo 1 when the Bradley–Terry probability is σ(−2m)', async () => {
    vi.doMock('../../src/math/bradley-terry.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/math/bradley-terry.ts')>();
      return {
        ...original,
        pairwiseLoss: (w: number[], l: number[]) => original.pairwiseLoss(l.map((x) => 2 * x), w.map((x) => 2 * x)),
      };
    });
    const demos = await brokenRun();
    expect(() => assertSeedParity(demos)).toThrow(/demo 1 \(Demo 1 - .*\), line 1: notebook printed "preference probabilities: \[0\.858 0\.574 0\.646 0\.426\]"/);
  });

  it('fails on demo 4 when Cohen’s κ is halved', async () => {
    vi.doMock('../../src/math/agreement.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/math/agreement.ts')>();
      return { ...original, cohenKappa: (a: ArrayLike<number>, b: ArrayLike<number>) => original.cohenKappa(a, b) / 2 };
    });
    const demos = await brokenRun();
    expect(demos[3]!.lines[0]).toMatchObject({ notebook: 'agreement=0.840, Cohen kappa=0.633', course: 'agreement=0.840, Cohen kappa=0.316', same: false });
    expect(() => assertSeedParity(demos)).toThrow(/demo 4 \(Demo 4 - DPO as direct reward-model-free training: reviewer agreement\), line 1/);
  });
});
