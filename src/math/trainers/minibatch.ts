/**
 * Minibatch schedules shared by the step-function trainers: which examples step $s$ uses, computed from the step
 * number alone, so a trainer's state needs no generator and a step is a pure function.
 *
 * @module
 */
import { STREAM, streamRandom } from '../world/streams.ts';

/**
 * The example indices of step `step` when `size` examples are visited in shuffled epochs of batches of
 * `batchSize`: with $B = \lceil n / b \rceil$ batches per epoch, step $s$ is batch $s \bmod B$ of epoch
 * $e = \lfloor s / B \rfloor$, whose order is `numpyRandom([seed, 3, e]).permutation(n)`; the last batch of an
 * epoch may be smaller. A `batchSize` $\ge n$ gives every index in order (full batch, no draw).
 *
 * Internal to the trainers (arguments are checked by them); not re-exported.
 *
 * @example
 * minibatchIndices(10, 10, 7, 0); // [0, 1, …, 9] (full batch)
 * minibatchIndices(10, 4, 7, 2).length; // 2 (last batch of epoch 0: 10 = 4 + 4 + 2)
 */
export function minibatchIndices(size: number, batchSize: number, seed: number, step: number): number[] {
  if (batchSize >= size) return Array.from({ length: size }, (_, i) => i);
  const perEpoch = Math.ceil(size / batchSize);
  const epoch = Math.floor(step / perEpoch);
  const start = (step % perEpoch) * batchSize;
  const order = streamRandom(seed, STREAM.minibatches, epoch).permutation(size);
  return Array.from(order.subarray(start, Math.min(start + batchSize, size)));
}
