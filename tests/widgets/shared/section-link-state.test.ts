/**
 * Tests of src/widgets/shared/section-link-state.ts. Expected addresses are written out by hand from the rule in
 * the module's documentation (prefixed keys, defaults omitted, other parameters kept, fragment on the figure).
 */
import { describe, expect, it } from 'vitest';
import { parseState } from '../../../src/widgets/shared/schema.ts';
import { sectionStateHref, sectionStateSource, widgetFigureId } from '../../../src/widgets/shared/section-link-state.ts';
import { dpoLossSchema } from '../../../src/widgets/dpo-loss/state.ts';

const page = 'https://example.org/course/chapter-5/dpo-loss/';
const defaults = parseState(dpoLossSchema, () => null);

describe('widgetFigureId(id)', () => {
  it('prefixes the id with figure-', () => {
    expect(widgetFigureId('dpo-loss')).toBe('figure-dpo-loss');
  });
});

describe('sectionStateHref(href, id, state, schema)', () => {
  it('writes only the fields that differ from their defaults, prefixed with the widget id, and points at the figure', () => {
    const href = sectionStateHref(page, 'dpo-loss', { ...defaults, beta: 0.2, variant: 'ipo' }, dpoLossSchema);
    expect(href).toBe(`${page}?dpo-loss.beta=0.2&dpo-loss.variant=ipo#figure-dpo-loss`);
  });

  it('writes a list field as its comma-separated values', () => {
    const href = sectionStateHref(page, 'dpo-loss', { ...defaults, chosen: [1, 2, 3, 4] }, dpoLossSchema);
    expect(new URL(href).searchParams.get('dpo-loss.chosen')).toBe('1,2,3,4');
  });

  it('replaces the widget’s earlier parameters and keeps every other one', () => {
    const href = sectionStateHref(`${page}?dpo-loss.beta=5&dpo-loss.epsilon=0.3&q=x&other.beta=1#top`, 'dpo-loss', { ...defaults, beta: 0.5 }, dpoLossSchema);
    expect(href).toBe(`${page}?q=x&other.beta=1&dpo-loss.beta=0.5#figure-dpo-loss`);
  });

  it('writes no parameter for the default state', () => {
    expect(sectionStateHref(page, 'dpo-loss', defaults, dpoLossSchema)).toBe(`${page}#figure-dpo-loss`);
  });

  it('only removes the widget’s parameters, keeping the fragment, when the state is omitted', () => {
    expect(sectionStateHref(`${page}?dpo-loss.beta=5&q=x#top`, 'dpo-loss', undefined, dpoLossSchema)).toBe(`${page}?q=x#top`);
  });

  it('round-trips through sectionStateSource and parseState', () => {
    const state = { ...defaults, beta: 0.37, rejected: [-1, 0.25, 2, 0], variant: 'robust' as const, epsilon: 0.2 };
    const href = sectionStateHref(page, 'dpo-loss', state, dpoLossSchema);
    expect(parseState(dpoLossSchema, sectionStateSource(new URL(href).search, 'dpo-loss'))).toEqual(state);
  });
});

describe('sectionStateSource(search, id)', () => {
  it('reads the prefixed parameter of the widget and null for anything else', () => {
    const source = sectionStateSource('?dpo-loss.beta=0.2&beta=9&other.variant=ipo', 'dpo-loss');
    expect(source('beta')).toBe('0.2');
    expect(source('variant')).toBeNull();
  });

  it('gives parseState clamped or default values for malformed input, never a throw', () => {
    const state = parseState(dpoLossSchema, sectionStateSource('?dpo-loss.beta=1e9&dpo-loss.variant=%3Cscript%3E&dpo-loss.chosen=x,y', 'dpo-loss'));
    expect(state.beta).toBe(10);
    expect(state.variant).toBe('sigmoid');
    expect(Array.isArray(state.chosen)).toBe(true);
  });
});
