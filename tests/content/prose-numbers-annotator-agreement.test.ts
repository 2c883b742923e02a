/**
 * The numbers the prose of section 3.3 (content/chapter-3/annotator-agreement.mdx) states in running text and
 * inside formulas, recomputed with `src/math`. The section computes its other numbers (the worked example, the
 * sample's κ at other base rates, Fleiss' κ, the majority votes) inside MDX expressions at build time; this test
 * checks the hand-written arithmetic, the quoted figures, and sweeps the prose for any decimal number or
 * percentage that is neither an input nor checked here, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { cohenKappaFromTable, flipModelAgreement, majorityAccuracy, seedAgreementDemo, numpyRandom } from '../../src/math/index';
import { deriveAnnotatorAgreement } from '../../src/widgets/annotator-agreement/model';
import { annotatorAgreementDefaults } from '../../src/widgets/annotator-agreement/state';

const text = sectionProse('chapter-3/annotator-agreement.mdx');

describe('content/chapter-3/annotator-agreement.mdx', () => {
  it('states no decimal number or percentage that is neither an input nor checked here', () => {
    // Inputs: the flip model's rates the reader or an exercise sets (0.12, 0.2, 0.8 = 1 − 0.2, 0.02, 0.05,
    // 0.95 = 1 − 0.05, 0.1, 0.10, 0.3, 0.5, 0.9, 5 %, 90 % of 100 items), Landis and Koch's band 0.61–0.80, and
    // the figures quoted from Ouyang et al. (2022): 72.6 ± 1.5 %, 77.3 ± 1.3 %, 73 ± 4 % (Stiennon et al.),
    // 69.6 ± 0.9 %, 72.4 ± 0.4 %, 0.726, and its section numbers 3.4, 4.1, 5.3.
    const inputs = new Set(['0.12', '0.2', '0.8', '0.02', '0.05', '0.95', '0.1', '0.10', '0.3', '0.5', '0.9', '5 %', '90 %',
      '0.61', '0.80', '72.6', '1.5', '77.3', '1.3', '4 %', '69.6', '72.4', '0.4', '0.726', '3.4', '4.1', '5.3']);
    const checked = new Set(['0.9608', '96 %', '0.98', '82 %', '0.840', '0.633', '0.88', '0.095', '0.76', '0.81', '0.73', '0.905', '0.274']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+ ?%/g)].map((m) => m[0]).filter((token) => !inputs.has(token) && !checked.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('chance agreement at a yes-rate of 1 in 50 for both: 0.02² + 0.98² = 0.9608, about 96 %', () => {
    const pe = 0.02 ** 2 + 0.98 ** 2;
    expect(pe.toFixed(4)).toBe('0.9608');
    expect((100 * pe).toFixed(0)).toBe('96');
    expect(text).toContain('$0.02^2 + 0.98^2 = 0.9608$');
    // The same number as the flip model's chance agreement with ε = 0 at b = 0.02.
    expect(flipModelAgreement(0.02, 0).chance).toBeCloseTo(pe, 15);
  });

  it('the lopsided paradox table: chance predicts 0.9² + 0.1² = 82 %, both say yes 90 % of the time', () => {
    expect((100 * (0.9 ** 2 + 0.1 ** 2)).toFixed(0)).toBe('82');
    expect(text).toContain('$0.9^2 + 0.1^2$ = 82 %');
    expect(cohenKappaFromTable([[85, 5], [5, 5]])).toBeCloseTo((0.9 - 0.82) / (1 - 0.82), 12);
  });

  it('quotes the seed notebook’s printed line, which the widget’s defaults reproduce', () => {
    expect(text).toContain('`agreement=0.840, Cohen kappa=0.633`');
    expect(seedAgreementDemo(numpyRandom(42)).lines[0]).toBe('agreement=0.840, Cohen kappa=0.633');
    const d = deriveAnnotatorAgreement(annotatorAgreementDefaults);
    expect([d.agreement.toFixed(3), d.kappa.toFixed(3)]).toEqual(['0.840', '0.633']);
  });

  it('exercise agree-1’s worked steps: 2b(1 − b) = 0.095, 1 − 2ε = 0.76, (1 − 2b)² = 0.81, p_o = 0.88; κ ≈ 0.73 at b = 0.3', () => {
    expect((2 * 0.05 * 0.95).toFixed(3)).toBe('0.095');
    expect((1 - 2 * 0.12).toFixed(2)).toBe('0.76');
    expect(((1 - 2 * 0.05) ** 2).toFixed(2)).toBe('0.81');
    expect(flipModelAgreement(0.05, 0.12).agreement.toFixed(2)).toBe('0.88');
    expect(flipModelAgreement(0.3, 0.12).kappa.toFixed(2)).toBe('0.73');
    expect((0.095 * 0.76) / (0.095 + 0.12 * 0.81)).toBeCloseTo(flipModelAgreement(0.05, 0.12).kappa, 12);
  });

  it('exercise agree-2 compares with five voters; exercise agree-3 reads p_o = 0.726 as ε = 0.274 at b = ½', () => {
    expect(majorityAccuracy(6, 0.2)).toBeCloseTo(majorityAccuracy(5, 0.2), 14);
    expect((1 - 0.726).toFixed(3)).toBe('0.274');
    expect(flipModelAgreement(0.5, 0.274).kappa).toBeCloseTo(2 * 0.726 - 1, 14);
  });

  it('attributes to Feinstein and Cicchetti (1990) their own tables (85 of 100 agree: κ 0.6995 and 0.3182 by numpy), not the course’s', () => {
    expect(text).not.toMatch(/Their illustration uses two tables of 100 items with the same raw agreement, 90 of 100/);
    expect(text).toContain("Feinstein and Cicchetti’s own pair of tables makes the same point at 85 of 100: 40, 9, 6, 45");
    expect(cohenKappaFromTable([[40, 9], [6, 45]])).toBeCloseTo(0.6995192307692307, 14);
    expect(cohenKappaFromTable([[80, 10], [5, 5]])).toBeCloseTo(0.318181818181818, 14);
  });

  it('names which annotators agree with probability 1 − 2ε(1 − ε): two noisy copies, not A and B (whose agreement is 1 − ε)', () => {
    expect(text).toContain('two of the noisy annotators, say B and C, agree with each other with probability $1 - 2\\varepsilon(1-\\varepsilon)$');
    expect(1 - 2 * 0.12 * 0.88).toBeCloseTo(0.7888, 15);
    expect(flipModelAgreement(0.3, 0.12).agreement).toBeCloseTo(0.88, 15);
  });

  it('states the κ curve’s limits for ε > 0 only, and its value at the slider’s end b = 0.01 (closed form: 0.111427)', () => {
    expect(text).toContain('so for any $\\varepsilon > 0$, $\\kappa \\to 0$');
    expect(text).not.toContain('drops to 0 at both ends');
    expect(flipModelAgreement(0.01, 0.12).kappa).toBeCloseTo(0.11142704816065399, 14);
    expect(flipModelAgreement(0.01, 0).kappa).toBe(1);
  });

  it('exercise agree-4: p_e = 0.05² + 0.95² = 0.905', () => {
    expect((0.05 ** 2 + 0.95 ** 2).toFixed(3)).toBe('0.905');
    expect(text).toContain('0.05^2 + 0.95^2 = 0.905');
  });
});
