import { describe, expect, it } from 'vitest';
import { minibatchIndices } from '../../../src/math/trainers/minibatch.ts';

describe('minibatchIndices(size, batchSize, seed, step)', () => {
  it('reproduces numpy: epoch 0 is np.random.seed([42, 3, 0]).permutation(160)', () => {
    expect(minibatchIndices(160, 8, 42, 0)).toEqual([126, 129, 108, 30, 24, 109, 122, 151]); // printed by numpy 2.4
  });
  it('visits every example once per epoch, the last batch smaller', () => {
    const epoch = [0, 1, 2].map((s) => minibatchIndices(10, 4, 7, s));
    expect(epoch.map((b) => b.length)).toEqual([4, 4, 2]);
    expect(epoch.flat().sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
  it('reshuffles each epoch and gives every index in order for a full batch', () => {
    expect(minibatchIndices(10, 4, 7, 3)).not.toEqual(minibatchIndices(10, 4, 7, 0));
    expect(minibatchIndices(5, 5, 7, 9)).toEqual([0, 1, 2, 3, 4]);
  });
});
