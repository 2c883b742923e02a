import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ppoClipEquations } from '../../../src/widgets/ppo-clip/equations.ts';
import { derivePpoClip, summarizePpoClip } from '../../../src/widgets/ppo-clip/model.ts';
import { ppoClipDefaults, ppoClipSchema } from '../../../src/widgets/ppo-clip/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('ppoClipEquations.values(state)', () => {
  it('gives the default state’s numbers (min(1.3, 1.2) = 1.2; numpy: log-ratio 7.175574, total 0.282443)', () => {
    expect(ppoClipEquations.values(ppoClipDefaults)).toEqual({
      epsilon: '0.2',
      ratio: '1.3',
      advantage: '1',
      low: '0.8',
      high: '1.2',
      'clip-ratio': '1.2',
      unclipped: '1.300',
      'clipped-term': '1.200',
      objective: '1.200',
      gradient: '0',
      beta: '0.1',
      score: '1',
      'log-ratio': '7.176',
      penalty: '−0.718',
      total: '0.282',
    });
  });

  it('agree with the summary of either view (property)', () => {
    fc.assert(
      fc.property(validState(ppoClipSchema), (s) => {
        const values = ppoClipEquations.values(s);
        const clip = summarizePpoClip({ ...s, view: 'clip' }, derivePpoClip({ ...s, view: 'clip' }));
        expect(clip).toContain(`L^CLIP = ${values.objective === values.unclipped ? `ρA = ${values.objective ?? ''}` : values.objective ?? ''}`);
        const tokens = summarizePpoClip({ ...s, view: 'tokens' }, derivePpoClip({ ...s, view: 'tokens' }));
        expect(tokens).toContain(`KL penalties sum to ${values.penalty ?? ''}`);
        expect(tokens).toContain(`total reward ${values.total ?? ''}.`);
      }),
      { numRuns: 40 },
    );
  });
});

describe('ppoClipEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(ppoClipEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(ppoClipSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
