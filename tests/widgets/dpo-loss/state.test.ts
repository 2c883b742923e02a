import { describe, expect, it } from 'vitest';
import { dpoLossDefaults, dpoLossSchema } from '../../../src/widgets/dpo-loss/state.ts';
import { stateFromSearchParams } from '../../../src/widgets/shared/schema.ts';

describe('dpoLossDefaults', () => {
  it("are the seed notebook's β and log-ratios with the sigmoid loss (seed notebook)", () => {
    expect(dpoLossDefaults).toEqual({
      beta: 0.1,
      chosen: [1.2, 0.8, 0.4, 1.5],
      rejected: [-0.2, 0.1, 0.5, 0],
      variant: 'sigmoid',
      epsilon: 0.1,
    });
  });
});

describe('dpoLossSchema', () => {
  it('reads shareable URLs: β clamped to [0.01, 10], unknown variants dropped', () => {
    const state = stateFromSearchParams(new URLSearchParams('beta=0&variant=dpo&epsilon=0.7&chosen=1'), dpoLossSchema);
    expect(state).toMatchObject({ beta: 0.01, variant: 'sigmoid', epsilon: 0.5, chosen: [1] });
  });
});
