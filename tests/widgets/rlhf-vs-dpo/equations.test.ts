/**
 * The live values of content/chapter-1/rlhf-vs-dpo.mdx's equations are path (a)'s numbers as the widget's table
 * shows them; Z is recomputed here from the table's own π_ref and fitted rewards.
 */
import { describe, expect, it } from 'vitest';
import { rlhfVsDpoEquations } from '../../../src/widgets/rlhf-vs-dpo/equations.ts';
import { deriveRlhfVsDpo, rlhfVsDpoTable } from '../../../src/widgets/rlhf-vs-dpo/model.ts';
import { rlhfVsDpoDefaults, rlhfVsDpoSchema } from '../../../src/widgets/rlhf-vs-dpo/state.ts';

describe('rlhfVsDpoEquations.values(state)', () => {
  it('gives prompt 1’s top answer y3 at the defaults (Z = Σ π_ref e^{r̂/β} = e^0.7587001 = 2.135499 by numpy)', () => {
    expect(rlhfVsDpoEquations.values(rlhfVsDpoDefaults)).toEqual({
      beta: '1', n: '200', t: '200', prompt: '1', top: '3', 'ref-top': '0.357', 'reward-top': '1.480', z: '2.135', 'rlhf-top': '0.734',
    });
  });

  it.each([[0.5, 3], [2, 5], [1, 8]])('equals the widget table at β = %s, prompt %s', (beta, prompt) => {
    const state = { ...rlhfVsDpoDefaults, beta, prompt, steps: 0 };
    const values = rlhfVsDpoEquations.values(state);
    const rows = rlhfVsDpoTable(deriveRlhfVsDpo(state)).rows;
    const top = Number(values['top']) - 1;
    expect(rows[top]!.slice(1, 4)).toEqual([values['ref-top'], values['reward-top'], values['rlhf-top']]);
    const rewards = rows.slice(0, 4).map((row) => Number(row[2]!.replace('\u2212', '-')));
    expect(Math.max(...rewards)).toBe(Number(values['reward-top']));
  });

  it('leaves out path (a)’s numbers on a prompt without a fit (N = 100, prompt 1)', () => {
    const values = rlhfVsDpoEquations.values({ ...rlhfVsDpoDefaults, comparisons: 100 });
    expect(values['top']).toBeUndefined();
    expect(values['n']).toBe('100');
  });
});

describe('rlhfVsDpoEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(rlhfVsDpoEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(rlhfVsDpoSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
