import { describe, expect, it } from 'vitest';
import { compareSectionNumbers, courseOutline, neighbours, readingOrder } from '../../src/course/outline';

const chapters = [
  { number: 5, title: 'Direct preference optimization', summary: 'DPO.' },
  { number: 2, title: 'The formal objects', summary: 'Objects.' },
  { number: 3, title: 'Reward modeling', summary: 'Reward models.' },
];
const section = (id: string, number: string) => ({
  id,
  chapter: Number(number.split('.')[0]),
  section: number,
  title: id,
  summary: `Summary of ${id}`,
});

describe('compareSectionNumbers(a, b)', () => {
  it('orders numerically, not as strings', () => {
    expect(['2.10', '2.9', '1.5', '2.1'].sort(compareSectionNumbers)).toEqual(['1.5', '2.1', '2.9', '2.10']);
  });
});

describe('courseOutline(chapters, sections)', () => {
  it('groups sections under chapters in reading order and drops chapters with no written section', () => {
    const outline = courseOutline(chapters, [section('c5/dpo', '5.3'), section('c2/bt', '2.3'), section('c2/rm', '2.2')]);
    expect(outline.map((chapter) => chapter.number)).toEqual([2, 5]);
    expect(outline[0]?.sections.map((entry) => entry.section)).toEqual(['2.2', '2.3']);
  });

  it('rejects two files claiming one section number', () => {
    expect(() => courseOutline(chapters, [section('a', '2.3'), section('b', '2.3')])).toThrow(/2\.3.*a.*b/);
  });

  it('rejects a section whose chapter is not defined', () => {
    expect(() => courseOutline(chapters, [section('x', '4.1')])).toThrow(/chapter 4/);
  });
});

describe('neighbours(outline, id)', () => {
  const outline = courseOutline(chapters, [section('c2/bt', '2.3'), section('c3/loss', '3.1'), section('c5/dpo', '5.3')]);

  it('crosses chapter boundaries in reading order', () => {
    const { previous, next } = neighbours(outline, 'c3/loss');
    expect(previous?.id).toBe('c2/bt');
    expect(next?.id).toBe('c5/dpo');
  });

  it('has no previous for the first section and no next for the last', () => {
    expect(neighbours(outline, 'c2/bt').previous).toBeUndefined();
    expect(neighbours(outline, 'c5/dpo').next).toBeUndefined();
  });

  it('has neither for an unknown id', () => {
    expect(neighbours(outline, 'nope')).toEqual({ previous: undefined, next: undefined });
    expect(readingOrder(outline)).toHaveLength(3);
  });
});
