/**
 * The course bibliography's labels: two works that would both read "Rafailov et al. 2024" get the letters a and b
 * in bibliography order, and the full reference prints the same year with its letter, so a citation in one
 * section ("Rafailov et al. (2024b)" in 1.4) can be matched to its entry.
 */
import { describe, expect, it } from 'vitest';
import { labelOf, referenceByKey, yearLabelOf } from '../../src/course/bibliography';

const where = 'tests/course/bibliography.test.ts';

describe('labelOf(entry) and yearLabelOf(entry)', () => {
  it('letter the two Rafailov et al. 2024 works in bibliography order (title: "From r to Q*" before "Scaling laws")', () => {
    expect(labelOf(referenceByKey('rafailov2024q', where))).toBe('Rafailov et al. 2024a');
    expect(labelOf(referenceByKey('rafailov2024scaling', where))).toBe('Rafailov et al. 2024b');
    expect(yearLabelOf(referenceByKey('rafailov2024q', where))).toBe('2024a');
    expect(yearLabelOf(referenceByKey('rafailov2024scaling', where))).toBe('2024b');
  });

  it('leave a year alone when no other work reads the same', () => {
    expect(labelOf(referenceByKey('rafailov2023', where))).toBe('Rafailov et al. 2023');
    expect(yearLabelOf(referenceByKey('rafailov2023', where))).toBe('2023');
    expect(yearLabelOf(referenceByKey('ouyang2022', where))).toBe('2022');
  });
});
