import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bradleyTerryChartConfig,
  bradleyTerryFallback,
  bradleyTerryTable,
  deriveBradleyTerry,
  summarizeBradleyTerry,
} from '../../../src/widgets/bradley-terry/model.ts';
import { bradleyTerryDefaults, type BradleyTerryState } from '../../../src/widgets/bradley-terry/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { documentedResult } from '../tsdoc-example.ts';

/** The seed notebook's values (numpy float64): r_win = [2.1, 0.7, 1.4, 0.2], r_lose = [0.3, 0.4, 0.8, 0.5]. */
const SEED_PROBABILITIES = [0.858149, 0.574443, 0.645656, 0.425557];
const SEED_MEAN_LOSS = 0.499794;

const withState = (changes: Partial<BradleyTerryState>): BradleyTerryState => ({ ...bradleyTerryDefaults, ...changes });

describe('deriveBradleyTerry(state)', () => {
  it('gives the seed probabilities, mean loss and accuracy (seed notebook; numpy)', () => {
    const derived = deriveBradleyTerry(bradleyTerryDefaults);
    derived.pairs.forEach((pair, i) => expect(pair.probability).toBeCloseTo(SEED_PROBABILITIES[i] as number, 6));
    expect(derived.meanLoss).toBeCloseTo(SEED_MEAN_LOSS, 6);
    expect(derived.accuracy).toBe(0.75);
    expect(derived.correctCount).toBe(3);
    // per-pair loss −log σ(m) = −log P
    derived.pairs.forEach((pair) => expect(pair.loss).toBeCloseTo(-Math.log(pair.probability), 12));
  });

  it('is invariant to shifting both rewards by c: P and loss stay, the rewards move (seed notebook; numpy)', () => {
    const base = deriveBradleyTerry(bradleyTerryDefaults);
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (shift) => {
        const shifted = deriveBradleyTerry(withState({ shift }));
        shifted.pairs.forEach((pair, i) => {
          const original = base.pairs[i]!;
          expect(pair.probability).toBeCloseTo(original.probability, 12);
          expect(pair.loss).toBeCloseTo(original.loss, 12);
          expect(pair.shiftedChosen).toBeCloseTo(original.chosen + shift, 12);
          expect(pair.shiftedRejected).toBeCloseTo(original.rejected + shift, 12);
        });
        expect(shifted.meanLoss).toBeCloseTo(base.meanLoss, 12);
        expect(shifted.correctCount).toBe(base.correctCount);
      }),
    );
  });

  it('scaling the rewards by s multiplies the margins and changes P', () => {
    const derived = deriveBradleyTerry(withState({ scale: 2 }));
    expect(derived.pairs[0]!.margin).toBeCloseTo(3.6, 12);
    expect(derived.pairs[0]!.probability).toBeCloseTo(1 / (1 + Math.exp(-3.6)), 12);
    expect(derived.pairs[0]!.probability).not.toBeCloseTo(SEED_PROBABILITIES[0] as number, 3);
  });

  it('counts ties as wrong (strict accuracy, as TRL and RewardBench count)', () => {
    const derived = deriveBradleyTerry(withState({ chosen: [1, 2], rejected: [1, 0] }));
    expect(derived.pairs.map((pair) => pair.correct)).toEqual([false, true]);
    expect(derived.pairs[0]!.probability).toBe(0.5);
  });

  it('uses only complete pairs when the lists differ in length', () => {
    expect(deriveBradleyTerry(withState({ chosen: [1, 2, 3], rejected: [0] })).pairs).toHaveLength(1);
  });

  it('fits the default margins on [−3, 3], where pairs 2 and 3 (m = 0.3, 0.6) are 5 % of the axis apart', () => {
    const { range } = deriveBradleyTerry(bradleyTerryDefaults);
    expect(range).toEqual({ min: -3, max: 3 });
    expect(0.3 / (range.max - range.min)).toBeCloseTo(0.05, 12); // was 0.025 on [−6, 6]
  });

  it('draws the curve over a range containing every margin', () => {
    const derived = deriveBradleyTerry(withState({ chosen: [10], rejected: [-10], scale: 1 }));
    expect(derived.range.max).toBeGreaterThanOrEqual(20);
    for (const point of derived.curve) expect(point.y).toBeCloseTo(1 / (1 + Math.exp(-point.x)), 12);
  });
});

describe('summarizeBradleyTerry(state)', () => {
  it('states the seed numbers', () => {
    expect(summarizeBradleyTerry(bradleyTerryDefaults)).toBe(
      '4 pairs: P(y_w ≻ y_l) = 0.858, 0.574, 0.646, 0.426; mean loss 0.4998, 3 of 4 ordered correctly; ' +
        'shifting both rewards by c = 0 changes nothing.',
    );
  });
  it('changes when the state changes', () => {
    const seed = summarizeBradleyTerry(bradleyTerryDefaults);
    expect(summarizeBradleyTerry(withState({ shift: 0.1 }))).toContain('c = 0.1 changes nothing');
    expect(summarizeBradleyTerry(withState({ scale: 2 }))).toContain('scaling them by s = 2 does');
    expect(summarizeBradleyTerry(withState({ scale: 2 }))).not.toBe(seed);
    expect(summarizeBradleyTerry(withState({ chosen: [1], rejected: [2] }))).toMatch(/^1 pair: .* 0 of 1 ordered correctly/);
  });
});

describe('bradleyTerryTable(derived)', () => {
  it('lists each pair with rewards, shifted rewards, margin, P and loss', () => {
    const table = bradleyTerryTable(deriveBradleyTerry(withState({ shift: 1 })));
    expect(table.columns).toHaveLength(8);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toEqual(['1', '2.10', '0.30', '3.10', '1.30', '1.80', '0.858', '0.1530']);
    expect(table.rows[3]).toEqual(['4', '0.20', '0.50', '1.20', '1.50', '\u22120.30', '0.426', '0.8544']);
    expect(table.caption).toContain('c = 1');
  });
  it('makes its TSDoc example true: row 1 of the defaults has loss −log σ(1.8) = 0.1530 (python3: 0.152978)', () => {
    const call = 'bradleyTerryTable(deriveBradleyTerry(bradleyTerryDefaults)).rows[0];';
    const documented = documentedResult(new URL('../../../src/widgets/bradley-terry/model.ts', import.meta.url), call);
    expect(documented).toEqual(['1', '2.10', '0.30', '2.10', '0.30', '1.80', '0.858', '0.1530']);
    expect(bradleyTerryTable(deriveBradleyTerry(bradleyTerryDefaults)).rows[0]).toEqual(documented);
  });
});

describe('bradleyTerryChartConfig(derived, colors)', () => {
  it('draws the sigmoid curve and the pairs split by correctness in palette colours', () => {
    const colors = paletteChartColors('light');
    const config = bradleyTerryChartConfig(deriveBradleyTerry(bradleyTerryDefaults), colors);
    const [curve, right, wrong] = config.data.datasets;
    expect(curve!.borderColor).toBe(colors.series[0]);
    expect(right!.data.map((p) => p.y)).toEqual(SEED_PROBABILITIES.slice(0, 3).map((p) => expect.closeTo(p, 6)));
    expect(wrong!.data).toHaveLength(1);
    expect(wrong!.data[0]!.x).toBeCloseTo(-0.3, 12);
    expect(config.options?.scales?.['y']?.max).toBe(1);
  });
});

describe('bradleyTerryFallback(state)', () => {
  it('contains the seed probabilities and mean loss', () => {
    const fallback = bradleyTerryFallback(bradleyTerryDefaults);
    expect(fallback.summary).toContain('0.858, 0.574, 0.646, 0.426');
    expect(fallback.summary).toContain('0.4998');
    expect(fallback.table.rows.map((row) => row[6])).toEqual(['0.858', '0.574', '0.646', '0.426']);
    expect(fallback.table.caption).toContain('0.4998');
  });
});
