/**
 * Tests of src/widgets/shared/response-histogram-outline.ts. Expected outlines are written out by hand: bars of
 * width 1 centred on responses 1…K, so their edges sit at 0.5, 1.5, …, K + 0.5.
 */
import { describe, expect, it } from 'vitest';
import { responseHistogramOutline } from '../../../src/widgets/shared/response-histogram-outline.ts';

describe('responseHistogramOutline(values)', () => {
  it('outlines two responses from the left edge at 0 to the right edge at 0', () => {
    expect(responseHistogramOutline([0.25, 0.75])).toEqual([
      { x: 0.5, y: 0 },
      { x: 0.5, y: 0.25 },
      { x: 1.5, y: 0.75 },
      { x: 2.5, y: 0.75 },
      { x: 2.5, y: 0 },
    ]);
  });

  it('has K + 3 points whose x run over the bar edges', () => {
    const outline = responseHistogramOutline([0.1, 0.2, 0.3, 0.4]);
    expect(outline).toHaveLength(7);
    expect(outline.map((p) => p.x)).toEqual([0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 4.5]);
  });

  it('is a flat line at 0 for no responses', () => {
    expect(responseHistogramOutline([])).toEqual([{ x: 0.5, y: 0 }, { x: 0.5, y: 0 }, { x: 0.5, y: 0 }]);
  });
});
