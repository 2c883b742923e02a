import { describe, expect, it } from 'vitest';
import { adaptiveKlRun, adaptiveKlStep } from '../../src/math/adaptive-kl.ts';

describe('adaptiveKlStep(beta, kl, target, gain)', () => {
  it('raises β by at most 0.2·K_β when the KL is far above target (Ziegler et al. 2019, eq. in §2.2)', () => {
    expect(adaptiveKlStep(0.1, 12, 6, 0.1)).toBeCloseTo(0.102, 15);
    expect(adaptiveKlStep(0.1, 1e6, 6, 0.1)).toBeCloseTo(0.102, 15);
  });
  it('moves proportionally inside the clip and lowers β below target', () => {
    expect(adaptiveKlStep(0.1, 5.7, 6, 0.1)).toBeCloseTo(0.0995, 15);
    expect(adaptiveKlStep(0.1, 0, 6, 0.1)).toBeCloseTo(0.098, 15);
    expect(adaptiveKlStep(0.1, 6, 6, 0.1)).toBe(0.1);
  });
  it('rejects malformed arguments naming them', () => {
    expect(() => adaptiveKlStep(0, 1, 1, 0.1)).toThrow(/beta/);
    expect(() => adaptiveKlStep(1, -1, 1, 0.1)).toThrow(/kl must be a finite number >= 0/);
    expect(() => adaptiveKlStep(1, 1, 0, 0.1)).toThrow(/target/);
    expect(() => adaptiveKlStep(1, 1, 1, 5)).toThrow(/gain/);
  });
});

describe('adaptiveKlRun(klAt, beta0, target, gain, steps)', () => {
  // Independent values: a python3 loop of the same update with np.clip (numpy 2.4).
  it('matches a numpy recomputation with KL(β) = 0.5/β below target', () => {
    const run = adaptiveKlRun((b) => 0.5 / b, 1, 2, 0.1, 5);
    [1, 0.98, 0.9604, 0.941192, 0.92236816, 0.9039207968].forEach((b, i) => expect(run.betas[i]).toBeCloseTo(b, 12));
    expect(run.kls).toHaveLength(6);
    expect(run.kls[5]).toBeCloseTo(0.5 / 0.9039207968, 12);
  });
  it('matches a numpy recomputation inside the clip', () => {
    const run = adaptiveKlRun((b) => 0.5 / b, 0.01, 60, 0.1, 3);
    [0.01, 0.009833333333333333, 0.009683333333333334, 0.009548333333333332].forEach((b, i) => expect(run.betas[i]).toBeCloseTo(b, 15));
  });
  it('rejects a bad step count or a bad KL function', () => {
    expect(() => adaptiveKlRun((b) => b, 1, 1, 0.1, -1)).toThrow(/steps/);
    expect(() => adaptiveKlRun(() => Number.NaN, 1, 1, 0.1, 1)).toThrow(/klAt/);
  });
});
