import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bradleyTerrySchema } from '../../../src/widgets/bradley-terry/state.ts';
import { dpoLossSchema } from '../../../src/widgets/dpo-loss/state.ts';
import {
  attributeName,
  defaultState,
  parseDecimal,
  parseField,
  parseState,
  stateFromAttributes,
  stateFromSearchParams,
  stateToSearchParams,
  type Schema,
} from '../../../src/widgets/shared/schema.ts';
import { hostileSource, validState } from './schema-arbitraries.ts';

/** A schema with every field kind, including a camelCase key. */
const everyKind = {
  rate: { kind: 'number', label: 'rate', min: 0.01, max: 100, step: 0.01, default: 1, scale: 'log' },
  count: { kind: 'integer', label: 'count', min: 1, max: 50, default: 10 },
  mode: { kind: 'enum', label: 'mode', values: ['fast', 'exact'], default: 'fast' },
  showGrid: { kind: 'boolean', label: 'grid', default: false },
  values: { kind: 'number-list', label: 'values', min: -5, max: 5, step: 0.1, minLength: 2, maxLength: 6, default: [1, 2] },
} as const satisfies Schema;

const schemas: [string, Schema][] = [
  ['every kind', everyKind],
  ['bradley-terry', bradleyTerrySchema],
  ['dpo-loss', dpoLossSchema],
];

/** Asserts a state is complete and valid for its schema. */
function expectValid(schema: Schema, state: Record<string, unknown>): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(schema).sort());
  for (const [key, field] of Object.entries(schema)) {
    const value = state[key];
    switch (field.kind) {
      case 'number':
      case 'integer':
        expect(typeof value).toBe('number');
        expect(Number.isFinite(value)).toBe(true);
        expect(value as number).toBeGreaterThanOrEqual(field.min);
        expect(value as number).toBeLessThanOrEqual(field.max);
        if (field.kind === 'integer') expect(Number.isInteger(value)).toBe(true);
        break;
      case 'enum':
        expect(field.values).toContain(value);
        break;
      case 'boolean':
        expect(typeof value).toBe('boolean');
        break;
      case 'number-list': {
        const list = value as number[];
        expect(Array.isArray(list)).toBe(true);
        expect(list.length).toBeGreaterThanOrEqual(field.minLength);
        expect(list.length).toBeLessThanOrEqual(field.maxLength);
        for (const item of list) {
          expect(Number.isFinite(item)).toBe(true);
          expect(item).toBeGreaterThanOrEqual(field.min);
          expect(item).toBeLessThanOrEqual(field.max);
        }
      }
    }
  }
  expect(JSON.stringify(state)).not.toContain('<');
}

describe('attributeName(key)', () => {
  it('kebab-cases camelCase keys and keeps simple ones', () => {
    expect(attributeName('showGrid')).toBe('show-grid');
    expect(attributeName('labelSmoothing')).toBe('label-smoothing');
    expect(attributeName('beta')).toBe('beta');
  });
});

describe('parseDecimal(raw)', () => {
  it('accepts plain decimals, exponents and the Unicode minus sign', () => {
    expect(parseDecimal(' 0.5 ')).toBe(0.5);
    expect(parseDecimal('-2e-3')).toBe(-0.002);
    expect(parseDecimal('\u22121.5')).toBe(-1.5);
    expect(parseDecimal('.5')).toBe(0.5);
  });
  it('rejects empty, malformed, non-finite and overflowing input', () => {
    for (const raw of ['', ' ', 'NaN', 'Infinity', '1e400', '0x10', '1_0', '1.2.3', '<b>1</b>', '١٢٣', '9'.repeat(65)]) {
      expect(parseDecimal(raw), raw).toBeNull();
    }
  });
  it('normalises −0 to 0', () => {
    expect(Object.is(parseDecimal('-0'), 0)).toBe(true);
  });
});

describe('parseField(field, raw)', () => {
  it('clamps numbers into range and rounds integers', () => {
    expect(parseField(everyKind.rate, '500')).toBe(100);
    expect(parseField(everyKind.rate, '0')).toBe(0.01);
    expect(parseField(everyKind.count, '4.6')).toBe(5);
    expect(parseField(everyKind.count, '-3')).toBe(1);
  });
  it('falls back to the default for absent or malformed values', () => {
    expect(parseField(everyKind.rate, null)).toBe(1);
    expect(parseField(everyKind.rate, '1e400')).toBe(1);
    expect(parseField(everyKind.mode, '<script>')).toBe('fast');
    expect(parseField(everyKind.showGrid, 'maybe')).toBe(false);
  });
  it('matches enum values case-insensitively and stores the declared spelling', () => {
    expect(parseField(everyKind.mode, ' EXACT ')).toBe('exact');
  });
  it('reads boolean attribute presence ("") as true', () => {
    expect(parseField(everyKind.showGrid, '')).toBe(true);
    expect(parseField(everyKind.showGrid, 'off')).toBe(false);
  });
  it('parses lists, clamps items, caps the length and rejects lists with a bad item', () => {
    expect(parseField(everyKind.values, '1, -9, 2.5')).toEqual([1, -5, 2.5]);
    expect(parseField(everyKind.values, '1,2,3,4,-1,-2,7,8')).toEqual([1, 2, 3, 4, -1, -2]);
    expect(parseField(everyKind.values, '1,x,3')).toEqual([1, 2]);
    expect(parseField(everyKind.values, '1')).toEqual([1, 2]); // shorter than minLength
  });
  it('keeps the first maxLength items of a list of any length, and ignores what follows them', () => {
    expect(parseField(everyKind.values, `${'1,'.repeat(5000)}1`)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(parseField(everyKind.values, `1,2,3,4,-1,-2,${'x'.repeat(100_000)}`)).toEqual([1, 2, 3, 4, -1, -2]);
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: everyKind.values.maxLength, maxLength: 3000 }),
        fc.constantFrom(',', ', ', ';', ' '),
        (items, separator) => {
          const expected = items.slice(0, everyKind.values.maxLength).map((item) => Math.min(5, Math.max(-5, item === 0 ? 0 : item)));
          expect(parseField(everyKind.values, items.join(separator))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('returns a fresh copy of a list default every time', () => {
    const a = parseField(everyKind.values, null);
    a.push(99);
    expect(parseField(everyKind.values, null)).toEqual([1, 2]);
  });
});

describe('parseState(schema, source)', () => {
  it('returns the defaults for an empty source and survives a throwing source', () => {
    expect(parseState(everyKind, () => null)).toEqual({ rate: 1, count: 10, mode: 'fast', showGrid: false, values: [1, 2] });
    expect(
      parseState(everyKind, () => {
        throw new Error('boom');
      }),
    ).toEqual(defaultState(everyKind));
  });

  it.each(schemas)('turns hostile input into a complete valid state (%s)', (_name, schema) => {
    fc.assert(
      fc.property(hostileSource, (source) => {
        expectValid(schema, parseState(schema, (key) => source[key] ?? null));
      }),
      { numRuns: 400 },
    );
  });
});

describe('stateFromAttributes(element, schema)', () => {
  it('reads kebab-case attributes', () => {
    const attributes: Record<string, string> = { 'show-grid': '', count: '7', values: '0.5,-0.5' };
    const element = { getAttribute: (name: string) => attributes[name] ?? null };
    expect(stateFromAttributes(element, everyKind)).toEqual({ rate: 1, count: 7, mode: 'fast', showGrid: true, values: [0.5, -0.5] });
  });
});

describe('stateToSearchParams(state, schema, options)', () => {
  it('writes kebab-case keys, lists comma-separated', () => {
    const state = { rate: 2, count: 3, mode: 'exact' as const, showGrid: true, values: [1.5, -2] };
    expect(stateToSearchParams(state, everyKind).toString()).toBe('rate=2&count=3&mode=exact&show-grid=true&values=1.5%2C-2');
  });
  it('omits default values on request', () => {
    const state = { ...defaultState(dpoLossSchema), beta: 0.2 };
    expect(stateToSearchParams(state, dpoLossSchema, { omitDefaults: true }).toString()).toBe('beta=0.2');
    expect(stateToSearchParams(defaultState(dpoLossSchema), dpoLossSchema, { omitDefaults: true }).toString()).toBe('');
  });

  it.each(schemas)('round-trips every valid state through URL parameters (%s)', (_name, schema) => {
    fc.assert(
      fc.property(validState(schema), fc.boolean(), (state, omitDefaults) => {
        const params = new URLSearchParams(stateToSearchParams(state, schema, { omitDefaults }).toString());
        expect(stateFromSearchParams(params, schema)).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });
});
