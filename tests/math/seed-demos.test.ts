import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { numpyRandom } from '../../src/math/random.ts';
import {
  SEED_DEMO_HEADINGS,
  seedAgreementDemo,
  seedBradleyTerryDemo,
  seedDpoDemo,
  seedFeedbackLoopDemo,
  seedNotebookRun,
  seedNotebookTranscript,
  seedTradeoffDemo,
} from '../../src/math/seed-demos.ts';
import { expectAllClose } from './expect-close.ts';

/**
 * The seed notebook's printed output (numpy float64, np.random.seed(42), plots skipped), vendored in the repository
 * so the tests and the parity page work from any clone; while the notebook's own folder sits beside the project
 * (../shared/seed/ in the course's workspace), the copy is checked against it.
 */
const EXPECTED_OUTPUT = readFileSync(new URL('../../src/course/seed-notebook-output.txt', import.meta.url), 'utf8');
const SHARED_OUTPUT = new URL('../../../shared/seed/expected-output.txt', import.meta.url);

describe('src/course/seed-notebook-output.txt', () => {
  it.skipIf(!existsSync(SHARED_OUTPUT))('is a verbatim copy of the notebook’s recorded output', () => {
    expect(EXPECTED_OUTPUT).toBe(readFileSync(SHARED_OUTPUT, 'utf8'));
  });
});

describe('seedBradleyTerryDemo()', () => {
  it('prints the seed’s lines (expected-output.txt, demos 1, 6, 11, 16, 21)', () => {
    const d = seedBradleyTerryDemo();
    expect(d.lines).toEqual(['preference probabilities: [0.858 0.574 0.646 0.426]', 'pairwise reward-model loss=0.4998', 'PASS - Bradley-Terry probabilities are valid']);
    expectAllClose(d.probabilities, [0.858149, 0.574443, 0.645656, 0.425557]); // numpy: 1/(1+np.exp(-(r_w - r_l)))
    expect(d.loss).toBeCloseTo(0.499794, 6);
  });
});

describe('seedDpoDemo()', () => {
  it('prints the seed’s lines (expected-output.txt, demos 2, 7, 12, 17, 22)', () => {
    const d = seedDpoDemo();
    expect(d.lines).toEqual([
      'DPO advantages: [ 0.14  0.07 -0.01  0.15]',
      'gradient weights: [0.465 0.483 0.502 0.463]',
      'DPO loss=0.6509',
      'PASS - DPO loss is positive',
    ]);
    expect(d.loss).toBeCloseTo(0.650868, 6); // numpy: -np.log(1/(1+np.exp(-0.1*(w - l)))).mean()
  });
});

describe('seedTradeoffDemo()', () => {
  it('finds the maximizers min(1/(2β), 2) and the grid argmax (seed README)', () => {
    const d = seedTradeoffDemo();
    expect(d.curves.map((c) => c.beta)).toEqual([0.05, 0.2, 0.8]);
    expect(d.curves.map((c) => c.exactMaximizer)).toEqual([2, 2, 0.625]);
    expectAllClose(
      d.curves.map((c) => c.gridArgmax),
      [2, 2, 0.612245],
    );
    expect(d.curves[2]?.objective[15]).toBeCloseTo(0.6122448979591836 - 0.8 * 0.6122448979591836 ** 2, 15);
    expect(d.check.pass).toBe(true);
    expect(d.lines).toEqual(['larger beta makes the optimal shift more conservative', 'PASS - tradeoff curve rendered']);
  });
  it('says what its check tests, with the grid maximizers (not the notebook’s "tradeoff curve rendered")', () => {
    expect(seedTradeoffDemo().check.message).toBe(
      'grid maximizer 2.000, 2.000, 0.612 for β = 0.05, 0.2, 0.8: never rises as β grows, ends lower, and each is ' +
        'within one grid step (0.041) of min(1/(2β), 2)',
    );
  });
  it('fails its check when the grid maximizer does not move down as β grows (objective s + βs² broken on purpose)', () => {
    const broken = seedTradeoffDemo({ objective: (s, beta) => s + beta * s ** 2 });
    expect(broken.curves.map((c) => c.gridArgmax)).toEqual([2, 2, 2]);
    expect(broken.check.pass).toBe(false);
    expect(broken.lines[1]).toBe('FAIL - tradeoff curve rendered');
  });
  it('fails its check when a grid maximizer is off by more than a grid step, even if the order holds', () => {
    // s − 2βs² peaks at 1/(4β): 2, 1.25, 0.3125, which falls with β but is far from min(1/(2β), 2).
    expect(seedTradeoffDemo({ objective: (s, beta) => s - 2 * beta * s ** 2 }).check.pass).toBe(false);
  });
  it('checks in increasing β whatever the order given, and rejects bad β', () => {
    expect(seedTradeoffDemo({ betas: [0.8, 0.05, 0.2] }).check.pass).toBe(true);
    expect(() => seedTradeoffDemo({ betas: [0.2, -1] })).toThrow(/betas\[1\] must be a finite number > 0/);
    expect(() => seedTradeoffDemo({ betas: [] })).toThrow(/betas/);
  });
});

describe('seedAgreementDemo(rng, options)', () => {
  it('reproduces all five reviewer-agreement demos on one stream seeded once with 42 (expected-output.txt)', () => {
    const rng = numpyRandom(42);
    // numpy 2.4.6 values: agree, kappa (full precision) and labels_a.sum(), labels_b.sum()
    const expected: [number, number, number, number, string][] = [
      [0.84, 0.6328216635218521, 91, 101, 'agreement=0.840, Cohen kappa=0.633'],
      [0.8833333333333333, 0.7211599745060547, 78, 99, 'agreement=0.883, Cohen kappa=0.721'],
      [0.86, 0.675475197032916, 87, 101, 'agreement=0.860, Cohen kappa=0.675'],
      [0.87, 0.7182623771912926, 94, 119, 'agreement=0.870, Cohen kappa=0.718'],
      [0.8866666666666667, 0.7449872493624682, 89, 109, 'agreement=0.887, Cohen kappa=0.745'],
    ];
    for (const [agree, kappa, sumA, sumB, line] of expected) {
      const d = seedAgreementDemo(rng);
      expect(d.agreement).toBeCloseTo(agree, 15);
      expect(d.kappa).toBeCloseTo(kappa, 14);
      expect(d.labelsA.reduce((a, b) => a + b, 0)).toBe(sumA);
      expect(d.labelsB.reduce((a, b) => a + b, 0)).toBe(sumB);
      expect(d.lines).toEqual([line, 'PASS - kappa is bounded above by 1']);
    }
  });
  it('depends on the stream position (a fresh stream repeats the first demo)', () => {
    expect(seedAgreementDemo(numpyRandom(42)).lines[0]).toBe('agreement=0.840, Cohen kappa=0.633');
    expect(seedAgreementDemo(numpyRandom(43)).lines[0]).not.toBe('agreement=0.840, Cohen kappa=0.633');
  });
  it('rejects bad options', () => {
    expect(() => seedAgreementDemo(numpyRandom(1), { n: 0 })).toThrow(/n must be an integer >= 1/);
    expect(() => seedAgreementDemo(numpyRandom(1), { flipRate: 1.5 })).toThrow(/flipRate/);
  });
});

describe('seedFeedbackLoopDemo()', () => {
  it('prints the seed’s closed-form finals (expected-output.txt, demos 5, 10, 15, 20, 25)', () => {
    const d = seedFeedbackLoopDemo();
    expect(d.lines).toEqual(['final safety=0.766, final helpfulness=0.723', 'PASS - safety improves after feedback refreshes']);
    expect(d.safety[0]).toBe(0.72);
    expect(d.safety[5]).toBeCloseTo(0.72 + 0.05 * (1 - Math.exp(-2.5)), 15);
    expect(d.helpfulness[5]).toBeCloseTo(0.78 - 0.075 + 0.008 * Math.sqrt(5), 15);
  });
});

describe('seedNotebookRun(options)', () => {
  it('runs 25 demos rotating through the five computations', () => {
    const run = seedNotebookRun();
    expect(run).toHaveLength(25);
    expect(SEED_DEMO_HEADINGS).toHaveLength(25);
    expect(run.map((d) => d.kind).slice(0, 5)).toEqual(['bradley-terry', 'dpo', 'tradeoff', 'agreement', 'feedback-loop']);
    expect(run[23]?.kind).toBe('agreement');
    expect(run.every((d) => d.check.pass)).toBe(true);
  });
  it('prints β in fixed headings and the seed’s backspace in seed headings', () => {
    expect(seedNotebookRun({ headingStyle: 'fixed' })[9]?.title).toBe('Demo 10 - KL coefficient and inverse temperature β: feedback loop improvement');
    expect(seedNotebookRun()[23]?.title).toBe('Demo 24 - $\beta$ tradeoff: reviewer agreement');
  });
});

describe('seedNotebookTranscript(options)', () => {
  it('equals the notebook’s recorded output byte for byte', () => {
    expect(seedNotebookTranscript()).toBe(EXPECTED_OUTPUT);
  });
  it('differs from it only in the two β headings when fixed', () => {
    const fixed = seedNotebookTranscript({ headingStyle: 'fixed' }).split('\n');
    const seed = EXPECTED_OUTPUT.split('\n');
    const differing = fixed.flatMap((line, i) => (line === seed[i] ? [] : [line]));
    expect(differing).toEqual([
      'Demo 10 - KL coefficient and inverse temperature β: feedback loop improvement',
      'Demo 24 - β tradeoff: reviewer agreement',
    ]);
  });
});
