import { describe, expect, it } from 'vitest';
import { checkComparisons, responseCounts } from '../../../src/math/trainers/check-comparisons.ts';
import { createWorld } from '../../../src/math/world/create-world.ts';

describe('responseCounts(shape)', () => {
  it('reads counts from a list or from a world', () => {
    expect(responseCounts([2, 3])).toEqual([2, 3]);
    expect(responseCounts(createWorld({ prompts: 3, responsesPerPrompt: 5 }))).toEqual([5, 5, 5]);
  });
});

describe('checkComparisons(shape, comparisons)', () => {
  it('accepts comparisons inside the shape', () => {
    expect(() => checkComparisons([4, 4], [{ prompt: 1, chosen: 0, rejected: 3 }])).not.toThrow();
  });
  it.each([
    [[], /^comparisons must be/],
    [[null], /^comparisons\[0\] must be/],
    [[{ prompt: 2, chosen: 0, rejected: 1 }], /^comparisons\[0\]\.prompt must be an integer in \[0, 1\]/],
    [[{ prompt: 0.5, chosen: 0, rejected: 1 }], /^comparisons\[0\]\.prompt must be/],
    [[{ prompt: 0, chosen: 4, rejected: 1 }], /^comparisons\[0\]\.chosen must be an integer in \[0, 3\]/],
    [[{ prompt: 0, chosen: 0, rejected: -1 }], /^comparisons\[0\]\.rejected must be/],
    [[{ prompt: 0, chosen: 2, rejected: 2 }], /^comparisons\[0\]\.rejected must be different from chosen/],
  ])('rejects %j, naming the entry', (comparisons, message) => {
    expect(() => checkComparisons([4, 4], comparisons as never)).toThrow(message);
  });
});
