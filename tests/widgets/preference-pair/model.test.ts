/**
 * Expected values from Python 3 (numpy/scipy) on content/datasets/preference-pairs.jsonl, as in toy-scores.test.ts:
 * record 1 (sky-a-b) has fitted margin m = 1.633848 and, after 3 DPO steps at β = 0.1, u = 1.235661; the losses
 * are numpy's logaddexp(0, ∓m) and logaddexp(0, ∓u).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softplus } from '../../../src/math/index.ts';
import { preferenceDataset } from '../../../src/widgets/preference-pair/dataset.ts';
import {
  derivePreferencePair,
  MARGIN_AXIS_HALF_WIDTH,
  preferencePairChartConfig,
  preferencePairChartDescription,
  preferencePairFallback,
  preferencePairScores,
  preferencePairTable,
  summarizePreferencePair,
} from '../../../src/widgets/preference-pair/model.ts';
import { preferencePairDefaults, preferencePairSchema, type PreferencePairState } from '../../../src/widgets/preference-pair/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';

const withState = (changes: Partial<PreferencePairState>): PreferencePairState => ({ ...preferencePairDefaults, ...changes });
const anyState = fc.record({
  record: fc.constantFrom(...preferencePairSchema.record.values),
  swapped: fc.boolean(),
  steps: fc.integer({ min: 0, max: 40 }),
});

describe('derivePreferencePair(state)', () => {
  it('gives record 1 its fitted margin, DPO margin and both losses in each order (numpy)', () => {
    const d = derivePreferencePair(preferencePairDefaults);
    expect(d.record.id).toBe('sky-a-b');
    expect(d.recorded.margin).toBeCloseTo(1.633848, 5);
    expect(d.recorded.rewardModelLoss).toBeCloseTo(0.178294, 5);
    expect(d.reversed.rewardModelLoss).toBeCloseTo(1.812142, 5);
    expect(d.recorded.implicitMargin).toBeCloseTo(1.235661, 5);
    expect(d.recorded.dpoLoss).toBeCloseTo(0.25514, 5);
    expect(d.reversed.dpoLoss).toBeCloseTo(1.490801, 5);
    expect(d.recorded.logRatioChosen).toBeCloseTo(1.098608, 5);
    expect(d.recorded.logRatioRejected).toBeCloseTo(-11.258002, 5);
    expect(d.current).toBe(d.recorded);
    expect([d.recorded.votesChosen, d.recorded.votesRejected, d.reversed.votesChosen, d.reversed.votesRejected]).toEqual([4, 1, 1, 4]);
  });

  it('swapping exchanges the texts and votes and negates both margins', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const a = derivePreferencePair({ ...state, swapped: false });
        const b = derivePreferencePair({ ...state, swapped: true });
        expect([b.chosenText, b.rejectedText]).toEqual([a.rejectedText, a.chosenText]);
        expect(b.current.margin).toBeCloseTo(-a.current.margin, 12);
        expect(b.current.implicitMargin).toBeCloseTo(-a.current.implicitMargin, 12);
        expect(b.current.votesChosen).toBe(a.current.votesRejected);
      }),
    );
  });

  it('swapping raises each loss by exactly the recorded margin: softplus(z) − softplus(−z) = z', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { recorded, reversed } = derivePreferencePair(state);
        expect(reversed.rewardModelLoss - recorded.rewardModelLoss).toBeCloseTo(recorded.margin, 12);
        expect(reversed.dpoLoss - recorded.dpoLoss).toBeCloseTo(recorded.implicitMargin, 12);
      }),
    );
  });

  it('at 0 DPO steps the DPO loss is log 2 in both orders (π_θ = π_ref)', () => {
    const d = derivePreferencePair(withState({ record: 'rm-b-c', steps: 0 }));
    expect(d.recorded.dpoLoss).toBeCloseTo(Math.log(2), 14);
    expect(d.reversed.dpoLoss).toBeCloseTo(Math.log(2), 14);
  });

  it('keeps every margin of the dataset, in either order and at every step, inside the chart axis', () => {
    fc.assert(
      fc.property(anyState, (state) => {
        const { current } = derivePreferencePair(state);
        expect(Math.abs(current.margin)).toBeLessThan(MARGIN_AXIS_HALF_WIDTH);
        expect(Math.abs(current.implicitMargin)).toBeLessThan(MARGIN_AXIS_HALF_WIDTH);
      }),
    );
  });

  it('draws the curve −log σ(z) over [−4, 4]', () => {
    const { curve } = derivePreferencePair(preferencePairDefaults);
    expect(curve[0]).toEqual({ x: -4, y: softplus(4) });
    expect(curve.at(-1)?.x).toBe(4);
    expect(curve[40]?.y).toBeCloseTo(Math.log(2), 14);
  });

  it('uses the toy scores of the shipped dataset', () => {
    expect(preferencePairScores.logRatios).toHaveLength(41);
    expect(preferencePairScores.rewards).toHaveLength(preferenceDataset.prompts.length);
  });
});

describe('summarizePreferencePair(state)', () => {
  it('states the record, the order, both losses and what the swap does (numpy values)', () => {
    expect(summarizePreferencePair(preferencePairDefaults)).toBe(
      'Record 1 of 10 (sky-a-b), as recorded, votes 4 to 1: reward-model loss 0.178 at margin m = 1.634; ' +
        'DPO loss 0.255 at u = βΔ = 1.236 after 3 DPO steps. Swapped, they would be 1.812 and 1.491.',
    );
    expect(summarizePreferencePair(withState({ swapped: true, steps: 1 }))).toBe(
      'Record 1 of 10 (sky-a-b), swapped, votes 1 to 4: reward-model loss 1.812 at margin m = −1.634; ' +
        'DPO loss 1.171 at u = βΔ = −0.800 after 1 DPO step. As recorded they are 0.178 and 0.371: ' +
        'the swap added exactly the recorded margins, 1.634 and 0.800.',
    );
  });
});

describe('preferencePairTable(derived)', () => {
  it('lists every quantity in both orders and says which one is shown', () => {
    const table = preferencePairTable(derivePreferencePair(withState({ swapped: true })));
    expect(table.columns).toEqual(['Quantity', 'Recorded order', 'Swapped order']);
    expect(table.rows[0]).toEqual(['Votes, chosen : rejected', '4 : 1', '1 : 4']);
    expect(table.rows[3]).toEqual(['Margin m', '1.634', '−1.634']);
    expect(table.rows[8]).toEqual(['DPO loss −log σ(u)', '0.255', '1.491']);
    expect(table.caption).toMatch(/shows the swapped order\.$/);
  });
  it('writes "1 DPO step" in the singular in its caption, like the summary', () => {
    expect(preferencePairTable(derivePreferencePair(withState({ steps: 1 }))).caption).toContain('after 1 DPO step (β = 0.1)');
    expect(preferencePairTable(derivePreferencePair(withState({ steps: 3 }))).caption).toContain('after 3 DPO steps (β = 0.1)');
  });
});

describe('preferencePairChartConfig(derived, colors)', () => {
  it('puts the margins of the order shown on the loss curve', () => {
    const derived = derivePreferencePair(withState({ swapped: true }));
    const config = preferencePairChartConfig(derived, paletteChartColors('light'));
    const [curve, rm, dpo] = config.data.datasets;
    expect(curve?.data).toHaveLength(81);
    expect(rm?.data).toEqual([{ x: derived.reversed.margin, y: derived.reversed.rewardModelLoss }]);
    expect(dpo?.data).toEqual([{ x: derived.reversed.implicitMargin, y: derived.reversed.dpoLoss }]);
    expect(preferencePairChartDescription(derived)).toContain('m = −1.634');
  });
});

describe('preferencePairFallback(state)', () => {
  it('renders the summary and the table of the defaults', () => {
    const fallback = preferencePairFallback(preferencePairDefaults);
    expect(fallback.summary).toBe(summarizePreferencePair(preferencePairDefaults));
    expect(fallback.table.rows).toHaveLength(9);
  });
});
