/**
 * The live values of the section's equations are the widget's own logistic numbers (numpy: pair 1 of seed 42,
 * K = 3 has m = 1.535348, −log σ(m) = 0.195057, σ(m) − 1 = −0.177213; the K-wise batch loss is 0.523452).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairwiseLossEquations } from '../../../src/widgets/pairwise-loss/equations.ts';
import { derivePairwiseLoss, pairwiseLossTable } from '../../../src/widgets/pairwise-loss/model.ts';
import { pairwiseLossDefaults, pairwiseLossSchema } from '../../../src/widgets/pairwise-loss/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('pairwiseLossEquations.values(state)', () => {
  it('gives the numpy numbers at the default state', () => {
    expect(pairwiseLossEquations.values(pairwiseLossDefaults)).toEqual({
      k: '3',
      'pairs-per-prompt': '3',
      prompts: '4',
      'batch-loss': '0.5235',
      'm-1': '1.535',
      'loss-1': '0.1951',
      'grad-1': '−0.1772',
    });
  });

  it('equals the widget’s table and summary under the logistic loss for any seed and K (property)', () => {
    fc.assert(
      fc.property(validState(pairwiseLossSchema), (s) => {
        const state = { ...s, loss: 'logistic' as const };
        const values = pairwiseLossEquations.values(s);
        const row = pairwiseLossTable(derivePairwiseLoss(state)).rows[0];
        expect([values['m-1'], values['loss-1'], values['grad-1']]).toEqual([row?.[2], row?.[4], row?.[5]]);
        expect(values['batch-loss']).toBe(derivePairwiseLoss(state).batchLoss.toFixed(4).replace('-', '−'));
      }),
      { numRuns: 30 },
    );
  });
});

describe('pairwiseLossEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(pairwiseLossEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(pairwiseLossSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
