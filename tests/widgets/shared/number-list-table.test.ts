import { describe, expect, it } from 'vitest';
import { pairColumns, shapeOf } from '../../../src/widgets/shared/number-list-table';
import { bradleyTerrySchema } from '../../../src/widgets/bradley-terry/state';

describe('pairColumns(fields, values, count, quantity)', () => {
  it('edits chosen in column 1 and rejected in column 2, cut to the shown rows, with labelled inputs', () => {
    const columns = pairColumns(bradleyTerrySchema, { chosen: [1, 2, 3], rejected: [4, 5, 6] }, 2, (side) => `${side} value`);
    expect(columns.map(({ column, key, values }) => ({ column, key, values }))).toEqual([
      { column: 1, key: 'chosen', values: [1, 2] },
      { column: 2, key: 'rejected', values: [4, 5] },
    ]);
    expect(columns[0]?.field).toBe(bradleyTerrySchema.chosen);
    expect(columns[1]?.cellLabel(1)).toBe('Pair 2: rejected value');
  });
});

describe('shapeOf(text)', () => {
  it('writes every digit as 0 and keeps signs, points and other characters', () => {
    expect(shapeOf('0.745')).toBe('0.000');
    expect(shapeOf('−0.215')).toBe('−0.000');
    expect(shapeOf('12.5 %')).toBe('00.0 %');
    expect(shapeOf('…')).toBe('…');
  });

  it('tells apart numbers whose width differs: another length, a sign, an ellipsis', () => {
    expect(shapeOf('0.745')).toBe(shapeOf('0.752'));
    expect(shapeOf('0.745')).not.toBe(shapeOf('10.745'));
    expect(shapeOf('0.000')).not.toBe(shapeOf('−0.215'));
    expect(shapeOf('…')).not.toBe(shapeOf('0.745'));
  });
});
