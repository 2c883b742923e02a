/** The live values of section 3.5's equations (content/chapter-3/rewardbench.mdx) are the widget's own numbers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rewardbenchEquations } from '../../../src/widgets/rewardbench/equations.ts';
import { deriveRewardbench, rewardbenchTable } from '../../../src/widgets/rewardbench/model.ts';
import { rewardbenchDefaults, rewardbenchSchema } from '../../../src/widgets/rewardbench/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('rewardbenchEquations.values(state)', () => {
  it('gives the default state’s accuracies and score (numpy values in model.test.ts)', () => {
    expect(rewardbenchEquations.values(rewardbenchDefaults)).toEqual({
      tie: '0',
      chat: '1.000',
      'chat-hard': '0.225',
      safety: '0.488',
      reasoning: '0.482',
      score: '0.549',
      resamples: '1000',
      level: '0.95',
    });
  });
  it('equals the widget’s table for any valid state', () => {
    fc.assert(
      fc.property(validState(rewardbenchSchema), (state) => {
        const s = { ...state, resamples: 100 };
        const values = rewardbenchEquations.values(s);
        const rows = rewardbenchTable(deriveRewardbench(s)).rows;
        expect([values['chat'], values['chat-hard'], values['safety'], values['reasoning'], values['score']]).toEqual(rows.slice(0, 5).map((r) => r[4]));
      }),
      { numRuns: 20 },
    );
  });
  it('names only state keys in its symbols', () => {
    const keys = Object.keys(rewardbenchSchema);
    for (const symbol of Object.values(rewardbenchEquations.symbols)) for (const key of symbol.keys) expect(keys).toContain(key);
  });
});
