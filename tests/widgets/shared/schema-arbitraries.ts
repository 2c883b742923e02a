/**
 * fast-check arbitraries for the schema tests: valid states of any schema, and hostile raw strings.
 */
import fc from 'fast-check';
import type { Field, Schema, StateOf } from '../../../src/widgets/shared/schema.ts';

/** A value valid for a field (−0 normalised to 0, as parsing does). */
export function fieldValue(field: Field): fc.Arbitrary<unknown> {
  const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => (x === 0 ? 0 : x));
  switch (field.kind) {
    case 'number':
      return real(field.min, field.max);
    case 'integer':
      return fc.integer({ min: field.min, max: field.max });
    case 'enum':
      return fc.constantFrom(...field.values);
    case 'boolean':
      return fc.boolean();
    case 'number-list':
      return fc.array(real(field.min, field.max), { minLength: field.minLength, maxLength: field.maxLength });
  }
}

/** A valid state of a schema. */
export function validState<S extends Schema>(schema: S): fc.Arbitrary<StateOf<S>> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, field] of Object.entries(schema)) record[key] = fieldValue(field);
  return fc.record(record) as unknown as fc.Arbitrary<StateOf<S>>;
}

/** Strings an attacker or a typo might put in an attribute or a URL. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    '1e400',
    '-1e400',
    'NaN',
    'Infinity',
    '-Infinity',
    '',
    '   ',
    '0x10',
    '1_000',
    '١٢٣',
    '½',
    '1,2,<b>3</b>',
    '1,,2',
    ',',
    'null',
    'undefined',
    '__proto__',
    'constructor',
    '9'.repeat(400),
    `${'1,'.repeat(5000)}1`,
    '−0.5',
    'SIGMOID',
    'true',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.array(fc.double(), { maxLength: 300 }).map((values) => values.join(',')),
  fc.array(fc.oneof(fc.double(), fc.string({ maxLength: 4 })), { maxLength: 20 }).map((values) => values.join(',')),
  fc.double().map(String),
);

/** A source that answers every key with a hostile string (or nothing). */
export const hostileSource: fc.Arbitrary<Record<string, string | null>> = fc.dictionary(
  fc.constantFrom('beta', 'chosen', 'rejected', 'variant', 'epsilon', 'shift', 'scale', 'count', 'show-grid', 'label-smoothing'),
  fc.option(hostileString, { nil: null }),
);
