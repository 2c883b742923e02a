import { describe, expect, it } from 'vitest';
import { curveDataset, orderedPairDatasets } from '../../../src/widgets/shared/chart-datasets';

describe('curveDataset(label, data, colour, extra)', () => {
  it('is a 2 px line without point markers, with the extra options applied last', () => {
    const curve = curveDataset('c', [{ x: 0, y: 1 }], '#123456', { yAxisID: 'y1', borderDash: [6, 4] });
    expect(curve).toMatchObject({ label: 'c', borderColor: '#123456', borderWidth: 2, pointRadius: 0, pointStyle: 'line', yAxisID: 'y1', borderDash: [6, 4] });
    expect(curve.data).toEqual([{ x: 0, y: 1 }]);
  });
});

describe('orderedPairDatasets(pairs, point, colours, extra)', () => {
  const pairs = [
    { m: 1, correct: true },
    { m: -2, correct: false },
    { m: 3, correct: true },
  ];
  it('splits the pairs into circles (ordered correctly) and triangles (wrongly), in order', () => {
    const [right, wrong] = orderedPairDatasets(pairs, (pair) => ({ x: pair.m, y: 0 }), { right: 'r', wrong: 'w' }, { yAxisID: 'y' });
    expect(right).toMatchObject({ label: 'Pairs ordered correctly', pointStyle: 'circle', borderColor: 'r', showLine: false, yAxisID: 'y' });
    expect(right.data).toEqual([{ x: 1, y: 0 }, { x: 3, y: 0 }]);
    expect(wrong).toMatchObject({ label: 'Pairs ordered wrongly', pointStyle: 'triangle', borderColor: 'w', showLine: false, yAxisID: 'y' });
    expect(wrong.data).toEqual([{ x: -2, y: 0 }]);
  });
});
