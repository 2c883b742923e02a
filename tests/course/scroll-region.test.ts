import { describe, expect, it } from 'vitest';

import { scrollRegionAttributes } from '../../src/course/scroll-region';

// Widths in CSS px: 358 is the text column of a 390 px phone (390 − 2 × 16 px padding); 674 a content width well over it.
describe('scrollRegionAttributes(kind, scrollWidth, clientWidth, named)', () => {
  it('gives an overflowing equation a focus stop, a role and a name', () => {
    expect(scrollRegionAttributes('equation', 674, 358)).toEqual({
      tabindex: '0',
      role: 'group',
      'aria-label': 'Equation (scrolls sideways)',
    });
  });

  it('names code blocks as code', () => {
    expect(scrollRegionAttributes('code', 500, 358)?.['aria-label']).toBe('Code (scrolls sideways)');
  });

  it('gives an overflowing table a focus stop but keeps its table role, naming it only without a caption', () => {
    expect(scrollRegionAttributes('table', 674, 358, true)).toEqual({ tabindex: '0' });
    expect(scrollRegionAttributes('table', 674, 358, false)).toEqual({ tabindex: '0', 'aria-label': 'Table (scrolls sideways)' });
  });

  it.each([
    [300, 358],
    [358, 358],
    [359, 358],
    [0, 0],
  ])('gives nothing to content that fits (%d in %d)', (scrollWidth, clientWidth) => {
    expect(scrollRegionAttributes('equation', scrollWidth, clientWidth)).toBeNull();
  });
});
