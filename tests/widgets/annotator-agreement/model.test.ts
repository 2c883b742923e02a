import { describe, expect, it } from 'vitest';
import { annotatorAgreementChartConfig, annotatorAgreementChartDescription } from '../../../src/widgets/annotator-agreement/chart.ts';
import {
  annotatorAgreementFallback,
  annotatorAgreementTable,
  deriveAnnotatorAgreement,
  summarizeAnnotatorAgreement,
} from '../../../src/widgets/annotator-agreement/model.ts';
import { annotatorAgreementDefaults, type AnnotatorAgreementState } from '../../../src/widgets/annotator-agreement/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { legendEntries } from '../../../src/widgets/shared/chart-legend.ts';
import type { LineDataset } from '../../../src/widgets/shared/chart-datasets.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values (python3 + numpy): rs = np.random.RandomState(seed); a = rs.choice([0, 1], n, p=[1 − b, b]);
// each further annotator np.where(rs.rand(n) < f, 1 − a, a); Cohen's κ from the yes-rates, Fleiss' κ from the
// count table, majority of the others against a with ties counted ½; expected values by hand-expanded formulas.
const withState = (changes: Partial<AnnotatorAgreementState>): AnnotatorAgreementState => ({ ...annotatorAgreementDefaults, ...changes });

describe('deriveAnnotatorAgreement(state)', () => {
  it('reproduces the seed notebook at the defaults (expected-output.txt: agreement=0.840, Cohen kappa=0.633)', () => {
    const d = deriveAnnotatorAgreement(annotatorAgreementDefaults);
    expect(d.agreement).toBe(0.84);
    expect(d.kappa.toFixed(3)).toBe('0.633');
    expect(d.kappa).toBeCloseTo(0.6328216635218521, 14);
    expect(d.chance).toBeCloseTo(0.5642444444444444, 14);
    expect(d.fleiss).toBeCloseTo(0.6323529411764705, 14); // Scott's π for two raters
    expect(d.yesA).toBeCloseTo(91 / 300, 15);
    expect(d.yesB).toBeCloseTo(101 / 300, 15);
    expect(d.majority).toBe(0.84);
    expect(d.expected.kappa).toBeCloseTo(0.726775956284153, 14);
    expect(d.expectedMajority).toBeCloseTo(0.88, 15);
  });
  it('keeps raw agreement at 0.840 while κ collapses at a skewed base rate (numpy: κ 0.386242 at b = 0.1, 0.021606 at b = 0.02)', () => {
    expect(deriveAnnotatorAgreement(withState({ baseRate: 0.1 })).agreement).toBe(0.84);
    expect(deriveAnnotatorAgreement(withState({ baseRate: 0.1 })).kappa).toBeCloseTo(0.38624158213281057, 14);
    const skewed = deriveAnnotatorAgreement(withState({ baseRate: 0.02 }));
    expect(skewed.agreement).toBe(0.84);
    expect(skewed.kappa).toBeCloseTo(0.02160619649408853, 14);
    expect(skewed.expected.kappa).toBeCloseTo(0.19888912625507332, 13);
  });
  it('adds Fleiss’ κ and the majority of the others for more annotators (numpy)', () => {
    const three = deriveAnnotatorAgreement(withState({ annotators: 3 }));
    expect(three.fleiss).toBeCloseTo(0.6149999999999998, 14);
    expect(three.majority).toBeCloseTo(0.8616666666666667, 14);
    const four = deriveAnnotatorAgreement(withState({ annotators: 4 }));
    expect(four.kappa).toBeCloseTo(0.6328216635218521, 14); // A and B are unchanged
    expect(four.fleiss).toBeCloseTo(0.5934158001084224, 14);
    expect(four.majority).toBeCloseTo(0.96, 14);
    expect(four.expectedMajority).toBeCloseTo(0.960256, 14);
  });
  it('draws the expected κ curve over base rates 0.01 … 0.99', () => {
    const d = deriveAnnotatorAgreement(annotatorAgreementDefaults);
    expect(d.curve).toHaveLength(99);
    expect(d.curve[29]!.baseRate).toBeCloseTo(0.3, 15);
    expect(d.curve[29]!.kappa).toBeCloseTo(0.726775956284153, 14);
  });
});

describe('summarizeAnnotatorAgreement(state, derived)', () => {
  it('states the sample’s and the expected values', () => {
    const s = summarizeAnnotatorAgreement(annotatorAgreementDefaults);
    expect(s).toBe(
      'A and B on 300 items (base rate 0.30, flip rate 0.12): raw agreement 0.840, chance agreement 0.564, Cohen’s κ 0.633 ' +
        '(expected 0.880, 0.561 and 0.727). Labels from B alone match A on 84.0 % of items (expected 88.0 %).',
    );
    const documented = String(documentedResult(new URL('../../../src/widgets/annotator-agreement/model.ts', import.meta.url), 'summarizeAnnotatorAgreement(annotatorAgreementDefaults);'));
    expect(s.startsWith(documented.replace(' …', ''))).toBe(true);
  });
  it('names Fleiss’ κ and the majority for 3+ annotators', () => {
    const s = summarizeAnnotatorAgreement(withState({ annotators: 4 }));
    expect(s).toContain('Fleiss’ κ over all 4 annotators is 0.593.');
    expect(s).toContain('Labels from the majority of the other 3 annotators match A on 96.0 % of items (expected 96.0 %).');
  });
});

describe('annotatorAgreementTable(derived)', () => {
  it('lists each quantity in the sample and its expectation', () => {
    const t = annotatorAgreementTable(deriveAnnotatorAgreement(annotatorAgreementDefaults));
    expect(t.columns).toEqual(['Quantity', 'This sample', 'Expected']);
    expect(t.rows).toEqual([
      ['Raw agreement p_o (A, B)', '0.840', '0.880'],
      ['Chance agreement p_e (A, B)', '0.564', '0.561'],
      ['Cohen’s κ (A, B)', '0.633', '0.727'],
      ['Fleiss’ κ (2 annotators)', '0.632', '—'],
      ['Yes rate of A', '0.303', '0.300'],
      ['Yes rate of B', '0.337', '0.348'],
      ['B matches A', '0.840', '0.880'],
    ]);
    expect(t.rows[2]).toEqual(documentedResult(new URL('../../../src/widgets/annotator-agreement/model.ts', import.meta.url), 'annotatorAgreementTable(deriveAnnotatorAgreement(annotatorAgreementDefaults)).rows[2];'));
  });
  it('follows the number of annotators', () => {
    const t = annotatorAgreementTable(deriveAnnotatorAgreement(withState({ annotators: 5 })));
    expect(t.rows[3]).toEqual(['Fleiss’ κ (5 annotators)', '0.579', '—']);
    expect(t.rows[6]).toEqual(['Majority of 4 matches A', '0.955', '0.960']);
  });
});

describe('annotatorAgreementFallback(state)', () => {
  it('has the summary and the table', () => {
    const f = annotatorAgreementFallback(annotatorAgreementDefaults);
    expect(f.summary).toContain('Cohen’s κ 0.633');
    expect(f.table?.rows).toHaveLength(7);
  });
});

describe('annotatorAgreementChartConfig(derived, colors)', () => {
  it('draws the flat expected agreement, the κ curve and the sample’s two points at its base rate', () => {
    const d = deriveAnnotatorAgreement(withState({ baseRate: 0.1 }));
    const config = annotatorAgreementChartConfig(d, paletteChartColors('light'));
    const [flat, curve, po, kappa] = config.data.datasets as { data: { x: number; y: number }[] }[];
    expect(flat!.data.map((p) => p.y)).toEqual([0.88, 0.88]);
    expect(curve!.data).toHaveLength(99);
    expect(po!.data).toEqual([{ x: 0.1, y: 0.84 }]);
    expect(kappa!.data[0]!.x).toBe(0.1);
    expect(kappa!.data[0]!.y).toBeCloseTo(0.38624158213281057, 14);
  });
  it('widens the y axis below −0.2 only for a sample κ below it', () => {
    const low = { ...deriveAnnotatorAgreement(annotatorAgreementDefaults), kappa: -0.33 };
    const options = annotatorAgreementChartConfig(low, paletteChartColors('light')).options as { scales: { y: { min: number } } };
    expect(options.scales.y.min).toBe(-0.4);
    const normal = annotatorAgreementChartConfig(deriveAnnotatorAgreement(annotatorAgreementDefaults), paletteChartColors('light')).options as { scales: { y: { min: number } } };
    expect(normal.scales.y.min).toBe(-0.2);
  });
  it('marks each sample point in the shape its legend entry draws (the legend knows circles and triangles only)', () => {
    const datasets = annotatorAgreementChartConfig(deriveAnnotatorAgreement(annotatorAgreementDefaults), paletteChartColors('light')).data.datasets as LineDataset[];
    const entries = legendEntries(datasets);
    const points = datasets.filter((dataset) => dataset.showLine === false);
    expect(points).toHaveLength(2);
    for (const dataset of points) expect(entries.find((entry) => entry.label === dataset.label)?.marker).toBe(dataset.pointStyle);
  });
  it('describes the chart with the state’s numbers', () => {
    expect(annotatorAgreementChartDescription(deriveAnnotatorAgreement(annotatorAgreementDefaults))).toContain('stays at 0.88');
  });
});
