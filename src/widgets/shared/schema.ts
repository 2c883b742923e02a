/**
 * A tiny typed state schema for widgets: every field says what values it accepts and what it falls back to, so
 * state read from attributes (embedders), from the URL (shareable links) or from controls is always complete and
 * valid. Parsing clamps numbers into range and drops anything malformed; it never throws and never keeps a
 * string that was not one of a field's declared values, so nothing a reader types can reach the DOM as HTML.
 *
 * Attribute names and URL query keys are identical: the field's key in kebab-case (`labelSmoothing` →
 * `label-smoothing`). This module is the one codec for both: the embed page copies URL values to attributes
 * unchanged, and the element and the build-time fallback parse them here, so a value means the same thing
 * whichever way it arrives.
 *
 * @example
 * const schema = {
 *   beta: { kind: 'number', label: 'β', min: 0.01, max: 10, step: 0.01, default: 0.1, scale: 'log' },
 * } as const satisfies Schema;
 * parseState(schema, (key) => ({ beta: '1e400' })[key] ?? null); // → { beta: 0.1 } (overflow is ignored)
 * parseState(schema, (key) => ({ beta: '50' })[key] ?? null);    // → { beta: 10 } (clamped)
 */

/** A real number in `[min, max]`; `scale: 'log'` asks controls for a logarithmic slider (needs `min > 0`). */
export interface NumberField {
  readonly kind: 'number';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly default: number;
  readonly scale?: 'linear' | 'log';
}

/** A whole number in `[min, max]`; fractional input is rounded to the nearest integer. */
export interface IntegerField {
  readonly kind: 'integer';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly default: number;
}

/** One of a fixed list of strings (matched case-insensitively, stored in its declared spelling). */
export interface EnumField<V extends string = string> {
  readonly kind: 'enum';
  readonly label: string;
  readonly values: readonly V[];
  /** Human-readable label per value, for selects and summaries. */
  readonly labels?: Readonly<Record<V, string>>;
  readonly default: V;
}

/** `true` for `''`, `true`, `1`, `yes`, `on`; `false` for `false`, `0`, `no`, `off`; anything else is the default. */
export interface BooleanField {
  readonly kind: 'boolean';
  readonly label: string;
  readonly default: boolean;
}

/**
 * A comma-separated list of numbers, each clamped into `[min, max]`, with `minLength ≤ length ≤ maxLength`.
 * A longer list keeps its first `maxLength` items (the rest is not read at all, however long); a list with a
 * malformed item among those, or fewer than `minLength` items, gives the default.
 */
export interface NumberListField {
  readonly kind: 'number-list';
  readonly label: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly minLength: number;
  readonly maxLength: number;
  readonly default: readonly number[];
}

/** Any field of a schema. */
export type Field = NumberField | IntegerField | EnumField | BooleanField | NumberListField;

/** A widget's schema: field name (camelCase or kebab-case) → field. */
export type Schema = Readonly<Record<string, Field>>;

/** The value type a field holds. */
export type FieldValue<F extends Field> = F extends EnumField<infer V>
  ? V
  : F extends BooleanField
    ? boolean
    : F extends NumberListField
      ? number[]
      : number;

/** The complete, valid state described by a schema. */
export type StateOf<S extends Schema> = { [K in keyof S]: FieldValue<S[K]> };

/** Longest raw string considered at all (longer input is malformed, not truncated). */
const MAX_SCALAR_CHARS = 64;
/** Separators of a number list: a comma or semicolon (with any spaces around it), or spaces alone. */
const LIST_SEPARATOR = /\s*[,;]\s*|\s+/;
/** A plain decimal number: optional sign, digits with an optional fraction, optional exponent. */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * The attribute name and URL key of a field: its key in kebab-case.
 *
 * @example
 * attributeName('labelSmoothing'); // → 'label-smoothing'
 * attributeName('beta');           // → 'beta'
 */
export function attributeName(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/**
 * Parses one decimal number written by a person: trims, accepts a Unicode minus sign (U+2212), rejects
 * empty, malformed, `NaN`, `Infinity` and overflowing input (`1e400`). Returns `null` when rejected.
 *
 * @example
 * parseDecimal(' −0.5 '); // → -0.5
 * parseDecimal('1e400');  // → null
 */
export function parseDecimal(raw: string): number | null {
  const text = raw.trim().replace(/\u2212/g, '-');
  if (text.length === 0 || text.length > MAX_SCALAR_CHARS || !NUMBER_PATTERN.test(text)) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return null;
  return value === 0 ? 0 : value; // normalise −0
}

/**
 * Clamps a finite number into `[min, max]`.
 *
 * @example
 * clampNumber(12, 0, 10); // → 10
 */
export function clampNumber(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** A fresh copy of a field's default (lists are copied so states never share arrays). */
function defaultOf<F extends Field>(field: F): FieldValue<F> {
  return (field.kind === 'number-list' ? [...field.default] : field.default) as FieldValue<F>;
}

/**
 * Parses one raw value for a field; `null` (absent) or anything invalid gives the field's default.
 *
 * @example
 * parseField({ kind: 'integer', label: 'n', min: 1, max: 9, default: 3 }, '4.6'); // → 5
 * parseField({ kind: 'enum', label: 'v', values: ['a', 'b'], default: 'a' }, '<b>'); // → 'a'
 * parseField({ kind: 'number-list', label: 'l', min: -5, max: 5, step: 0.1, minLength: 1, maxLength: 2, default: [0] }, '1,9,x');
 * // → [1, 5] (clamped; the third item is beyond maxLength and ignored)
 */
export function parseField<F extends Field>(field: F, raw: string | null | undefined): FieldValue<F> {
  if (typeof raw !== 'string') return defaultOf(field);
  switch (field.kind) {
    case 'number': {
      const value = parseDecimal(raw);
      if (value === null) return defaultOf(field);
      return clampNumber(value, field.min, field.max) as FieldValue<F>;
    }
    case 'integer': {
      const value = parseDecimal(raw);
      if (value === null) return defaultOf(field);
      return clampNumber(Math.round(value), field.min, field.max) as FieldValue<F>;
    }
    case 'enum': {
      const wanted = raw.trim().toLowerCase();
      const match = field.values.find((value) => value.toLowerCase() === wanted);
      return (match ?? field.default) as FieldValue<F>;
    }
    case 'boolean': {
      const text = raw.trim().toLowerCase();
      if (text === '' || text === 'true' || text === '1' || text === 'yes' || text === 'on') return true as FieldValue<F>;
      if (text === 'false' || text === '0' || text === 'no' || text === 'off') return false as FieldValue<F>;
      return defaultOf(field);
    }
    case 'number-list': {
      const text = raw.trim();
      if (text.length === 0) return defaultOf(field);
      // The split stops after maxLength items, so a huge value costs no more than a full list.
      const items = text.split(LIST_SEPARATOR, field.maxLength);
      const values: number[] = [];
      for (const item of items) {
        const value = parseDecimal(item);
        if (value === null) return defaultOf(field); // one bad item invalidates the list: pairs must stay aligned
        values.push(clampNumber(value, field.min, field.max));
      }
      if (values.length < field.minLength) return defaultOf(field);
      return values as FieldValue<F>;
    }
  }
}

/**
 * The complete state of a schema read through `source(attributeName)`, which returns the raw string or `null`.
 * Never throws: a throwing source counts as absent.
 *
 * @example
 * parseState(schema, (key) => new URLSearchParams('beta=0.5').get(key)); // → { ...defaults, beta: 0.5 }
 */
export function parseState<S extends Schema>(schema: S, source: (key: string) => string | null | undefined): StateOf<S> {
  const state: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema)) {
    let raw: string | null | undefined = null;
    try {
      raw = source(attributeName(key));
    } catch {
      raw = null;
    }
    state[key] = parseField(field, raw);
  }
  return state as StateOf<S>;
}

/**
 * The default state of a schema (fresh copies of every default).
 *
 * @example
 * defaultState(schema); // → { beta: 0.1 }
 */
export function defaultState<S extends Schema>(schema: S): StateOf<S> {
  return parseState(schema, () => null);
}

/**
 * Reads a state from an element's attributes (any object with `getAttribute`, so it also works without a DOM).
 *
 * @example
 * stateFromAttributes(document.querySelector('po-dpo-loss')!, dpoLossSchema);
 */
export function stateFromAttributes<S extends Schema>(
  element: { getAttribute(name: string): string | null },
  schema: S,
): StateOf<S> {
  return parseState(schema, (key) => element.getAttribute(key));
}

/**
 * Reads a state from URL query parameters (the same keys as the attributes).
 *
 * @example
 * stateFromSearchParams(new URLSearchParams('beta=0.2&variant=ipo'), dpoLossSchema);
 */
export function stateFromSearchParams<S extends Schema>(params: URLSearchParams, schema: S): StateOf<S> {
  return parseState(schema, (key) => params.get(key));
}

/**
 * Writes one field value as the string that parses back to it (`String(number)` round-trips every double).
 *
 * @example
 * formatField({ kind: 'number-list', ... }, [1.2, -0.5]); // → '1.2,-0.5'
 */
export function formatField<F extends Field>(field: F, value: FieldValue<F>): string {
  if (field.kind === 'number-list') return (value as number[]).map((item) => String(item)).join(',');
  return String(value);
}

/** Whether a value equals a field's default (lists element by element). */
function isDefault<F extends Field>(field: F, value: FieldValue<F>): boolean {
  if (field.kind === 'number-list') {
    const list = value as number[];
    return list.length === field.default.length && list.every((item, index) => item === field.default[index]);
  }
  return value === field.default;
}

/**
 * Writes a state as URL query parameters (kebab-case keys); `omitDefaults` leaves out fields at their default,
 * for short shareable links. `stateFromSearchParams(stateToSearchParams(s, schema), schema)` equals `s` for
 * every valid state `s`.
 *
 * @example
 * stateToSearchParams({ beta: 0.2 }, schema).toString(); // → 'beta=0.2'
 */
export function stateToSearchParams<S extends Schema>(
  state: StateOf<S>,
  schema: S,
  options: { omitDefaults?: boolean } = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, field] of Object.entries(schema)) {
    const value = (state as Record<string, unknown>)[key] as FieldValue<Field>;
    if (options.omitDefaults === true && isDefault(field, value)) continue;
    params.set(attributeName(key), formatField(field, value));
  }
  return params;
}
