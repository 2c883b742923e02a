import { describe, expect, it } from 'vitest';
import { bradleyTerryDefaults, bradleyTerrySchema } from '../../../src/widgets/bradley-terry/state.ts';
import { stateFromSearchParams } from '../../../src/widgets/shared/schema.ts';

describe('bradleyTerryDefaults', () => {
  it("are the seed notebook's r_win and r_lose with c = 0, s = 1 (seed notebook)", () => {
    expect(bradleyTerryDefaults).toEqual({ chosen: [2.1, 0.7, 1.4, 0.2], rejected: [0.3, 0.4, 0.8, 0.5], shift: 0, scale: 1 });
  });
});

describe('bradleyTerrySchema', () => {
  it('reads shareable URLs and clamps out-of-range values', () => {
    const state = stateFromSearchParams(new URLSearchParams('chosen=1,99&rejected=0,-1&shift=-9&scale=0'), bradleyTerrySchema);
    expect(state).toEqual({ chosen: [1, 10], rejected: [0, -1], shift: -5, scale: 0.1 });
  });
});
