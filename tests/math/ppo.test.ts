import { describe, expect, it } from 'vitest';
import { isPpoClipped, ppoClipGradient, ppoClipObjective } from '../../src/math/ppo.ts';

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

describe('ppoClipGradient(ratio, advantage, epsilon)', () => {
  it('is 0 in the clipped region and A elsewhere (d/dρ of min(ρA, clip(ρ)A), checked by central differences)', () => {
    for (const [ratio, advantage] of [[1.3, 1], [0.7, 1], [1.3, -1], [0.7, -1], [1.0, 2], [0.5, -0.5], [1.9, 0.5]] as const) {
      const h = 1e-6;
      const numeric = (ppoClipObjective(ratio + h, advantage) - ppoClipObjective(ratio - h, advantage)) / (2 * h);
      expect(ppoClipGradient(ratio, advantage)).toBeCloseTo(numeric, 6);
    }
    expect(ppoClipGradient(1.3, 1)).toBe(0);
    expect(ppoClipGradient(0.7, -1)).toBe(0);
    expect(ppoClipGradient(1.3, -1)).toBe(-1);
    expect(ppoClipGradient(0.7, 1)).toBe(1);
  });
  it('rejects bad input like ppoClipObjective', () => {
    expect(() => ppoClipGradient(-1, 1)).toThrow(/ratio/);
    expect(() => ppoClipGradient(1, 1, 1)).toThrow(/epsilon/);
  });
});

describe('isPpoClipped(ratio, advantage, epsilon)', () => {
  it('clips above 1 + ε for A > 0 and below 1 − ε for A < 0, never for A = 0', () => {
    expect(isPpoClipped(1.3, 1)).toBe(true);
    expect(isPpoClipped(1.2, 1)).toBe(false); // the boundary belongs to the unclipped side
    expect(isPpoClipped(0.5, 1)).toBe(false);
    expect(isPpoClipped(0.7, -1)).toBe(true);
    expect(isPpoClipped(1.5, -1)).toBe(false);
    expect(isPpoClipped(1.5, 0)).toBe(false);
    expect(isPpoClipped(1.3, 1, 0.4)).toBe(false);
  });
});
