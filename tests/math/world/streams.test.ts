import { describe, expect, it } from 'vitest';
import { numpyRandom } from '../../../src/math/random.ts';
import { STREAM, streamRandom } from '../../../src/math/world/streams.ts';

describe('streamRandom(seed, tag, ...rest)', () => {
  it('is numpyRandom([seed, tag, ...rest]) (np.random.seed([seed, tag, ...]))', () => {
    expect(streamRandom(42, STREAM.preferences).rand(3)).toEqual(numpyRandom([42, 1]).rand(3));
    expect(streamRandom(42, STREAM.minibatches, 5).permutation(6)).toEqual(numpyRandom([42, 3, 5]).permutation(6));
  });
  it('gives separate streams for separate tags', () => {
    expect(streamRandom(42, STREAM.preferences).random()).not.toBe(streamRandom(42, STREAM.demonstrations).random());
  });
  it('reproduces numpy: np.random.seed([42, 4]).permutation(200)[:8]', () => {
    expect(Array.from(streamRandom(42, STREAM.split).permutation(200).subarray(0, 8))).toEqual([77, 95, 125, 163, 134, 181, 39, 133]); // numpy 2.4
  });
});
