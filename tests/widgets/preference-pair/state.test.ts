import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { preferenceRecords } from '../../../src/widgets/preference-pair/dataset.ts';
import { preferencePairDefaults, preferencePairSchema } from '../../../src/widgets/preference-pair/state.ts';
import { stateFromSearchParams, stateToSearchParams } from '../../../src/widgets/shared/schema.ts';

describe('preferencePairDefaults', () => {
  it('show the first record of the dataset, as recorded, after 3 DPO steps', () => {
    expect(preferencePairDefaults).toEqual({ record: 'sky-a-b', swapped: false, steps: 3 });
    expect(preferenceRecords[0]?.id).toBe('sky-a-b');
  });
});

describe('preferencePairSchema', () => {
  it('offers every record id of the dataset, in file order', () => {
    expect(preferencePairSchema.record.values).toEqual(preferenceRecords.map((record) => record.id));
    expect(preferencePairSchema.record.labels['haiku-a-b']).toBe('7. haiku-a-b (Write a haiku about aut…)');
  });

  it('reads shareable URLs, clamping steps and ignoring unknown records', () => {
    expect(stateFromSearchParams(new URLSearchParams('record=rm-b-c&swapped=1&steps=99'), preferencePairSchema)).toEqual({
      record: 'rm-b-c',
      swapped: true,
      steps: 40,
    });
    expect(stateFromSearchParams(new URLSearchParams('record=<img src=x>&swapped=maybe&steps=-3'), preferencePairSchema)).toEqual({
      record: 'sky-a-b',
      swapped: false,
      steps: 0,
    });
  });

  it('round-trips every valid state through the URL', () => {
    const state = fc.record({
      record: fc.constantFrom(...preferencePairSchema.record.values),
      swapped: fc.boolean(),
      steps: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(stateFromSearchParams(stateToSearchParams(s, preferencePairSchema), preferencePairSchema)).toEqual(s);
      }),
    );
  });

  it('turns any garbage into a valid state', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('record', 'swapped', 'steps'), fc.string()), (raw) => {
        const s = stateFromSearchParams(new URLSearchParams(raw), preferencePairSchema);
        expect(preferencePairSchema.record.values).toContain(s.record);
        expect(typeof s.swapped).toBe('boolean');
        expect(Number.isInteger(s.steps) && s.steps >= 0 && s.steps <= 40).toBe(true);
      }),
    );
  });
});
