import fc from 'fast-check';

/** Strictly positive categorical distributions of length `n` (normalized positive doubles). */
export function positiveDistribution(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ noNaN: true, min: 0.01, max: 1 }), { minLength: n, maxLength: n }).map((w) => {
    const s = w.reduce((a, b) => a + b, 0);
    return w.map((x) => x / s);
  });
}

/** A size in [2, 8] together with two positive distributions and a reward vector of that size. */
export const policyWorld = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    reference: positiveDistribution(n),
    other: positiveDistribution(n),
    rewards: fc.array(fc.double({ noNaN: true, min: -5, max: 5 }), { minLength: n, maxLength: n }),
    beta: fc.double({ noNaN: true, min: 0.05, max: 20 }),
    mix: fc.double({ noNaN: true, min: 1e-3, max: 1 }),
  }),
);
