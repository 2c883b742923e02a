import { describe, expect, it } from 'vitest';
import { ppoClipObjective } from '../../src/math/ppo.ts';

describe('ppoClipObjective(ratio, advantage, epsilon)', () => {
  it('clips the ratio at 1 + ε for positive advantages (Schulman et al. 2017, eq. 7)', () => {
    expect(ppoClipObjective(1.5, 1)).toBeCloseTo(1.2, 15);
    expect(ppoClipObjective(0.5, 1)).toBe(0.5); // pessimistic: unclipped term is smaller
    expect(ppoClipObjective(1.1, 2)).toBeCloseTo(2.2, 15);
  });
  it('clips the ratio at 1 − ε for negative advantages', () => {
    expect(ppoClipObjective(0.5, -1)).toBeCloseTo(-0.8, 15);
    expect(ppoClipObjective(1.5, -1)).toBe(-1.5);
  });
  it('uses the given ε', () => {
    expect(ppoClipObjective(2, 1, 0.1)).toBeCloseTo(1.1, 15);
    expect(ppoClipObjective(2, 1, 0)).toBe(1);
  });
  it('rejects bad input', () => {
    expect(() => ppoClipObjective(-1, 1)).toThrow(/ratio must be a finite number >= 0 \(received -1\)/);
    expect(() => ppoClipObjective(1, Number.NaN)).toThrow(/advantage/);
    expect(() => ppoClipObjective(1, 1, 1)).toThrow(/epsilon must be a finite number in \[0, 1\)/);
  });
});
