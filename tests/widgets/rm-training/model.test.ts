import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { rmTrainingChartConfig, rmTrainingChartDescription } from '../../../src/widgets/rm-training/chart.ts';
import { deriveRmTraining, deriveRmTrainingAt, rmTrainingFallback, rmTrainingTable, summarizeRmTraining } from '../../../src/widgets/rm-training/model.ts';
import { rmTrainingDefaults } from '../../../src/widgets/rm-training/state.ts';
import { advanceRun, rmTrainingProblem, startRun, trainedRun } from '../../../src/widgets/rm-training/training.ts';

/* Reference numbers: the numpy re-implementation of tests/math/trainers/ranking-reward-model.test.ts. */
const d = deriveRmTraining(rmTrainingDefaults);

describe('deriveRmTraining(state)', () => {
  it('defaults: shuffled pairs overfit after one epoch, K-wise still improves at epoch 4 (numpy)', () => {
    expect(d.epoch).toBe(4);
    expect(d.pairs.epochOne!.validation.loss).toBeCloseTo(0.632214355405541, 12);
    expect(d.pairs.now.validation.loss).toBeCloseTo(0.7328703415528073, 12);
    expect(d.pairs.best.epoch).toBe(1);
    expect(d.kwise.now.validation.loss).toBeCloseTo(0.6765500558838174, 12);
    expect(d.kwise.best.epoch).toBe(4);
    expect(d.gold.loss).toBeCloseTo(0.5331521017558463, 12);
  });
  it('follows a run part-way: at tick 5 the epoch-1 column is empty', () => {
    const run = advanceRun(startRun(rmTrainingProblem(rmTrainingDefaults)), 5);
    const part = deriveRmTrainingAt(rmTrainingDefaults, run);
    expect(part.tick).toBe(5);
    expect(part.epoch).toBe(0.5);
    expect(part.pairs.epochOne).toBeNull();
    expect(rmTrainingTable(part).rows[0]![1]).toBe('—');
    expect(part.pairs.trainCurve).toHaveLength(6);
  });
  it('a run advanced in pieces equals the run trained at once', () => {
    const whole = trainedRun(rmTrainingDefaults);
    let run = startRun(rmTrainingProblem(rmTrainingDefaults));
    for (let i = 0; i < 8; i++) run = advanceRun(run, 5);
    expect(advanceRun(run, 5).ticks).toHaveLength(41);
    expect(run.ticks[40]!.pairs.validation.loss).toBe(whole.ticks[40]!.pairs.validation.loss);
  });
});

describe('summarizeRmTraining / rmTrainingTable / rmTrainingFallback', () => {
  it('states the defaults in one sentence and a five-row table', () => {
    expect(summarizeRmTraining(rmTrainingDefaults, d)).toBe(
      "K = 9, τ = 1, η = 1, epoch 4.0 of 4: validation loss 0.733 with shuffled pairs (lowest 0.632 at epoch 1.0), 0.677 with K-wise batches (lowest 0.677 at epoch 4.0); the labeller's own model scores 0.533 and validation accuracy 0.731.",
    );
    const table = rmTrainingTable(d);
    expect(table.rows.map((r) => r.slice(1))).toEqual([
      ['0.428', '0.233', '1.000'],
      ['0.632', '0.733', '0.654'],
      ['0.682', '0.649', '1.000'],
      ['0.689', '0.677', '0.654'],
      ['0.533', '0.533', '0.731'],
    ]);
    expect(rmTrainingFallback(rmTrainingDefaults).table).toEqual(table);
  });
});

describe('rmTrainingChartConfig(d, colors)', () => {
  it('draws four curves of 41 points and the labeller floor', () => {
    const config = rmTrainingChartConfig(d, paletteChartColors('light'));
    expect(config.data.datasets).toHaveLength(5);
    expect(config.data.datasets.slice(0, 4).every((ds) => (ds.data as unknown[]).length === 41)).toBe(true);
    expect(rmTrainingChartDescription(d)).toContain('now 4.0');
  });
});
