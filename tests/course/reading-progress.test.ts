/**
 * Tests of src/course/reading-progress.ts: stored progress is read defensively (hand-written hostile values and
 * fast-check strings), and marking, answering and serializing round-trip.
 */
import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  EMPTY_PROGRESS,
  MAX_ANSWER_LENGTH,
  MAX_PROGRESS_ENTRIES,
  parseProgress,
  PROGRESS_STORAGE_KEY,
  serializeProgress,
  withAnswer,
  withSectionRead,
} from '../../src/course/reading-progress.ts';

const BT = 'chapter-2/bradley-terry';
const DPO = 'chapter-5/dpo-loss';

describe('answerKey(sectionId, exerciseId)', () => {
  it('joins the ids with #', () => {
    expect(answerKey(BT, 'bt-1')).toBe('chapter-2/bradley-terry#bt-1');
  });

  it.each([
    ['sectionId', '', 'bt-1'],
    ['sectionId', 'chapter-2', 'bt-1'],
    ['sectionId', '../chapter-2/x', 'bt-1'],
    ['exerciseId', BT, 'BT 1'],
    ['exerciseId', BT, 'a#b'],
  ])('rejects a malformed %s with a RangeError naming it', (name, section, exercise) => {
    expect(() => answerKey(section, exercise)).toThrow(new RegExp(`^${name} `));
    expect(() => answerKey(section, exercise)).toThrow(RangeError);
  });
});

describe('parseProgress(text)', () => {
  it('is empty for null, malformed JSON and values that are not progress objects', () => {
    for (const text of [null, '', '{', 'null', '42', '"read"', '[]', '{"read":"chapter-2/bradley-terry"}']) {
      expect(parseProgress(text)).toEqual(EMPTY_PROGRESS);
    }
  });

  it('keeps well-formed entries only, once each', () => {
    const text = JSON.stringify({
      read: [BT, '<img src=x onerror=alert(1)>', 42, BT, DPO],
      answers: { [`${BT}#bt-1`]: '0.73', [`${BT}#bt-2`]: 7, 'x#y': '1', [`${DPO}#d-1`]: 'x'.repeat(MAX_ANSWER_LENGTH + 1) },
    });
    expect(parseProgress(text)).toEqual({ read: [BT, DPO], answers: { [`${BT}#bt-1`]: '0.73' } });
  });

  it('keeps the latest entries when there are too many', () => {
    const read = Array.from({ length: MAX_PROGRESS_ENTRIES + 3 }, (_, i) => `chapter-1/s-${i}`);
    const parsed = parseProgress(JSON.stringify({ read, answers: {} }));
    expect(parsed.read).toHaveLength(MAX_PROGRESS_ENTRIES);
    expect(parsed.read[0]).toBe('chapter-1/s-3');
  });

  it('never throws and returns only ids and short strings, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((value) => JSON.stringify({ read: value, answers: value }))), (text) => {
        const parsed = parseProgress(text);
        expect(parsed.read.every((id) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(id))).toBe(true);
        expect(Object.values(parsed.answers).every((answer) => typeof answer === 'string' && answer.length <= MAX_ANSWER_LENGTH)).toBe(true);
      }),
    );
  });
});

describe('withSectionRead(progress, sectionId, read)', () => {
  it('marks a section once, latest last, and unmarks it', () => {
    const one = withSectionRead(EMPTY_PROGRESS, BT, true);
    const two = withSectionRead(withSectionRead(one, DPO, true), BT, true);
    expect(two.read).toEqual([DPO, BT]);
    expect(withSectionRead(two, BT, false).read).toEqual([DPO]);
    expect(EMPTY_PROGRESS.read).toEqual([]);
  });

  it('rejects an id that is not an outline id', () => {
    expect(() => withSectionRead(EMPTY_PROGRESS, 'javascript:alert(1)', true)).toThrow(/^sectionId /);
  });
});

describe('withAnswer(progress, sectionId, exerciseId, text)', () => {
  it('remembers the latest answer per exercise, and forgets it for empty or overlong text', () => {
    const first = withAnswer(EMPTY_PROGRESS, BT, 'bt-1', '0.7');
    const second = withAnswer(first, BT, 'bt-1', '0.73');
    expect(second.answers).toEqual({ [`${BT}#bt-1`]: '0.73' });
    expect(withAnswer(second, BT, 'bt-1', '').answers).toEqual({});
    expect(withAnswer(second, BT, 'bt-1', '9'.repeat(MAX_ANSWER_LENGTH + 1)).answers).toEqual({});
    expect(withAnswer(second, BT, 'bt-1', '9'.repeat(MAX_ANSWER_LENGTH)).answers[`${BT}#bt-1`]).toHaveLength(MAX_ANSWER_LENGTH);
  });
});

describe('serializeProgress(progress)', () => {
  it('round-trips through parseProgress', () => {
    const progress = withAnswer(withSectionRead(EMPTY_PROGRESS, BT, true), DPO, 'dpo-2', '-1.5e-3');
    expect(serializeProgress(EMPTY_PROGRESS)).toBe('{"read":[],"answers":{}}');
    expect(parseProgress(serializeProgress(progress))).toEqual(progress);
  });
});

describe('PROGRESS_STORAGE_KEY', () => {
  it('is the key scripts/before-paint.js reads to flag stored progress before the first paint', () => {
    const beforePaint = readFileSync(new URL('../../src/scripts/before-paint.js', import.meta.url), 'utf8');
    expect(beforePaint).toContain(`localStorage.getItem('${PROGRESS_STORAGE_KEY}')!==null)d.dataset.progress=''`);
  });
});
