import { describe, expect, it } from 'vitest';
import { controlKey, highlightSymbolAxes, keysOfSymbols, symbolsForKey } from '../../../src/widgets/shared/symbol-links';
import type { EquationSymbol } from '../../../src/widgets/shared/widget-equations';

const symbols: Record<string, EquationSymbol> = {
  beta: { symbol: 'β', meaning: 'KL coefficient', keys: ['beta'], color: 1, axis: 'x' },
  delta: { symbol: 'Δ', meaning: 'log-ratio gap', keys: ['chosen', 'rejected'], color: 4, axis: 'x' },
  hw: { symbol: 'h_w', meaning: 'log-ratio of the chosen answer', keys: ['chosen'], color: 3 },
};

describe('controlKey(id, keys)', () => {
  it('reads sliders, their number inputs and list-table cells', () => {
    const keys = ['beta', 'chosen', 'rejected'];
    expect(controlKey('beta', keys)).toBe('beta');
    expect(controlKey('beta-number', keys)).toBe('beta');
    expect(controlKey('pairs-chosen-3', keys)).toBe('chosen');
    expect(controlKey('variant', keys)).toBeUndefined();
    expect(controlKey('pairs-chosen', keys)).toBeUndefined();
  });
});

describe('symbolsForKey(symbols, key) and keysOfSymbols(symbols, names)', () => {
  it('map keys to the symbols that stand for them and back', () => {
    expect(symbolsForKey(symbols, 'chosen')).toEqual(['delta', 'hw']);
    expect(symbolsForKey(symbols, 'epsilon')).toEqual([]);
    expect(keysOfSymbols(symbols, ['delta', 'hw', 'beta'])).toEqual(['chosen', 'rejected', 'beta']);
  });
});

describe('highlightSymbolAxes(config, symbols, active, colourOf)', () => {
  const config = () => ({ options: { scales: { x: { title: { color: '#000' }, border: { color: '#555' } }, y: { title: { color: '#000' } } } } });

  it('colours the axis of the first active symbol on it, bold and thicker', () => {
    const out = highlightSymbolAxes(config(), symbols, ['delta', 'beta'], (name) => (name === 'delta' ? 'red' : 'blue'));
    expect(out.options.scales.x.title).toEqual({ color: 'red', font: { weight: 'bold' } });
    expect(out.options.scales.x.border).toEqual({ color: 'red', width: 3 });
    expect(out.options.scales.y.title).toEqual({ color: '#000' });
  });

  it('leaves the chart alone for symbols without an axis', () => {
    expect(highlightSymbolAxes(config(), symbols, ['hw'], () => 'red')).toEqual(config());
  });
});
