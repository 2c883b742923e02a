/**
 * The live values of content/chapter-5/dpo-gradient.mdx's equations are pair 1's numbers as the widget's table shows
 * them, at the shown step; the weight is recomputed here from the table's own u.
 */
import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/index.ts';
import { dpoGradientEquations } from '../../../src/widgets/dpo-gradient/equations.ts';
import { deriveDpoGradient, dpoGradientTable } from '../../../src/widgets/dpo-gradient/model.ts';
import { advanceDpoGradientRun, createDpoGradientRun, recordDpoGradientRun } from '../../../src/widgets/dpo-gradient/run.ts';
import { dpoGradientDefaults, dpoGradientSchema } from '../../../src/widgets/dpo-gradient/state.ts';

const number = (text: string) => Number(text.replace('\u2212', '-'));

describe('dpoGradientEquations.values(state)', () => {
  it('gives pair 1 (y2 ≻ y4, 6 labels) at step 10 of the default run (numpy: u = 1.468038, σ(−u) = 0.187241, step 0.056172)', () => {
    expect(dpoGradientEquations.values(dpoGradientDefaults)).toEqual({
      beta: '1', t: '10', eta: '10', n: '200', 'count-1': '6', 'delta-1': '1.468', 'margin-1': '1.468', 'weight-1': '0.187', 'push-1': '0.056',
    });
  });

  it.each([
    [0.3, 'sigmoid', 40, 2],
    [2, 'unweighted', 5, 6],
    [1, 'sigmoid', 0, 8],
  ] as const)('equals the widget table at β = %s, %s loss, step %s, prompt %s', (beta, loss, step, prompt) => {
    const state = { ...dpoGradientDefaults, beta, loss, step, prompt };
    const values = dpoGradientEquations.values(state);
    const row = dpoGradientTable(deriveDpoGradient(state)).rows[0]!;
    expect([values['count-1'], values['delta-1'], values['margin-1'], values['weight-1'], values['push-1']]).toEqual(row.slice(1));
    const u = number(values['margin-1']!);
    if (loss === 'sigmoid') expect(number(values['weight-1']!)).toBeCloseTo(sigmoid(-u), 2);
    else expect(values['weight-1']).toBe('1.000');
  });

  it('follows the run its widget shows while that widget is still training', () => {
    const owner = {};
    const run = createDpoGradientRun(dpoGradientDefaults);
    advanceDpoGradientRun(run, 3);
    recordDpoGradientRun(owner, run);
    const values = dpoGradientEquations.values(dpoGradientDefaults, owner);
    expect(values['t']).toBe('3');
    expect(values['weight-1']).toBe(dpoGradientTable(deriveDpoGradient({ ...dpoGradientDefaults, step: 3 })).rows[0]![4]);
  });
});

describe('dpoGradientEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(dpoGradientEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(dpoGradientSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
