import { describe, expect, it } from 'vitest';
import { PreferenceRecordError, parsePreferenceRecords } from '../../../src/widgets/preference-pair/records.ts';

const good = (id: string, votes = '{"chosen":3,"rejected":1}') =>
  `{"id":"${id}","prompt":"What is 2 + 2?","chosen":"4","rejected":"5","votes":${votes}}`;

/** The error a text raises (or fails the test if it parses). */
function errorOf(text: string): PreferenceRecordError {
  try {
    parsePreferenceRecords(text, 'pairs.jsonl');
  } catch (error) {
    expect(error).toBeInstanceOf(PreferenceRecordError);
    return error as PreferenceRecordError;
  }
  throw new Error('expected the text to be rejected');
}

describe('parsePreferenceRecords(text, name)', () => {
  it('reads records in the prompt/chosen/rejected layout with their votes and 1-based lines', () => {
    const records = parsePreferenceRecords(`${good('a')}\n\n${good('b', '{"chosen":2,"rejected":0}')}\n`);
    expect(records).toEqual([
      { id: 'a', prompt: 'What is 2 + 2?', chosen: '4', rejected: '5', votes: { chosen: 3, rejected: 1 }, line: 1 },
      { id: 'b', prompt: 'What is 2 + 2?', chosen: '4', rejected: '5', votes: { chosen: 2, rejected: 0 }, line: 3 },
    ]);
  });

  it('accepts Windows line ends', () => {
    expect(parsePreferenceRecords(`${good('a')}\r\n${good('b')}\r\n`).map((r) => r.line)).toEqual([1, 2]);
  });

  it.each([
    ['broken JSON', `${good('a')}\n{"id": "b",`, 2, /not valid JSON/],
    ['an array', `${good('a')}\n[1, 2]`, 2, /must be a JSON object/],
    ['a missing key', `${good('a')}\n${good('b').replace('"rejected":"5",', '')}`, 2, /missing "rejected"/],
    ['an unknown key', `${good('a').replace('{', '{"score":1,')}`, 1, /unknown key "score"/],
    ['a bad id', good('Bad id'), 1, /"id" must be/],
    ['a duplicate id', `${good('a')}\n${good('b')}\n${good('a')}`, 3, /duplicate id "a" \(first used on line 1\)/],
    ['an empty prompt', good('a').replace('What is 2 + 2?', '  '), 1, /"prompt" is empty/],
    ['a number as chosen', good('a').replace('"chosen":"4"', '"chosen":4'), 1, /"chosen" must be a string/],
    ['chosen equal to rejected', good('a').replace('"rejected":"5"', '"rejected":"4"'), 1, /are the same text/],
    ['a text over 400 characters', good('a').replace('"4"', `"${'x'.repeat(401)}"`), 1, /at most 400/],
    ['votes that are not an object', good('a', '5'), 1, /"votes" must be an object/],
    ['a third vote key', good('a', '{"chosen":3,"rejected":1,"tie":1}'), 1, /exactly the keys/],
    ['a fractional vote', good('a', '{"chosen":2.5,"rejected":1}'), 1, /integer from 0 to 100/],
    ['a negative vote', good('a', '{"chosen":3,"rejected":-1}'), 1, /integer from 0 to 100/],
    ['a tie', good('a', '{"chosen":2,"rejected":2}'), 1, /more votes than "rejected" \(received 2 to 2\)/],
    ['a minority chosen', `${good('a')}\n\n\n${good('b', '{"chosen":1,"rejected":4}')}`, 4, /more votes than "rejected"/],
  ])('rejects %s, naming the file and line', (_name, text, line, problem) => {
    const error = errorOf(text);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^pairs\\.jsonl line ${String(line)}: `));
    expect(error.message).toMatch(problem);
  });

  it('rejects a text with no records', () => {
    expect(errorOf('\n  \n').message).toBe('pairs.jsonl line 1: no records');
  });
});
