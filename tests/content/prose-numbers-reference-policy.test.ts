/**
 * The numbers and facts the prose of section 2.4 (content/chapter-2/reference-policy.mdx) states, recomputed
 * with `src/math`. The section computes its numbers inside MDX expressions at build time (and marks its live ones
 * `\val`, which the build checks against the widget); this test checks the
 * facts its sentences state in words (which answers have zero reference probability, which direction is larger,
 * which terms are negative), and sweeps the prose for any decimal number that is neither an input nor checked,
 * in the manner of prose-numbers.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { klDivergence, optimalPolicy, sigmoid } from '../../src/math/index';
import { deriveReferencePolicy } from '../../src/widgets/reference-policy/model';
import { referencePolicyDefaults, type ReferencePolicyState } from '../../src/widgets/reference-policy/state';
import { formatFixed } from '../../src/widgets/shared/format-number';

const file = join(import.meta.dirname, '../../content/chapter-2/reference-policy.mdx');

const at = (changes: Partial<ReferencePolicyState>) => deriveReferencePolicy({ ...referencePolicyDefaults, ...changes });
const d = at({});
const ref = d.responses.map((r) => r.reference);
/** The default π_ref as exercise rp-1 quotes it (checked below). */
const defaultReference = ref.filter((p) => p > 0).map((p) => p.toFixed(2));

describe('content/chapter-2/reference-policy.mdx', () => {
  const text = sectionProse('chapter-2/reference-policy.mdx');

  it('states no decimal number that is neither an input nor computed in an MDX expression', () => {
    // Inputs: slider settings (T = 0.1, α = 0.01, α = 0.1), the exercises' given probabilities (0.9, 0.1, 0.5),
    // and "Section 10.1.2" of Bishop (2006). Everything else is an expression, which this sweep does not see as
    // a number because it is written as {f(…)}.
    const inputs = new Set(['0.1', '0.01', '0.9', '0.5', '10.1', ...defaultReference]);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+%/g)].map((m) => m[0]).filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it("exercise rp-1 quotes the widget's default π_ref", () => {
    expect(text).toContain(`π_ref = (${ref.map((p) => (p === 0 ? '0' : p.toFixed(2))).join(', ')})`);
  });

  it('intuition: answer 3 is written most, then answer 2, and answers 4, 5 and 7 never', () => {
    expect(d.zeroReference).toEqual([4, 5, 7]);
    const counts = d.responses.map((r) => r.count);
    expect(counts.indexOf(Math.max(...counts))).toBe(2);
    expect([...counts].sort((a, b) => b - a)[1]).toBe(counts[1]);
    expect(text).toContain('answers 4, 5 and 7 not at all');
  });

  it('worked example: T = 0.5 moves mass from answers 1, 6 and 8 to answers 2 and 3; their terms are negative, then positive', () => {
    for (const i of [0, 5, 7]) {
      const r = d.responses[i]!;
      expect(r.policy).toBeLessThan(r.reference);
      expect(r.termPiRef).toBeLessThan(0);
      expect(r.termRefPi).toBeGreaterThan(0);
    }
    for (const i of [1, 2]) expect(d.responses[i]!.policy).toBeGreaterThan(d.responses[i]!.reference);
    for (const i of [3, 4, 6]) expect([d.responses[i]!.termPiRef, d.responses[i]!.termRefPi]).toEqual([0, 0]);
  });

  it('derivation: keeping only answer 3 costs −log π_ref(3) in KL(π‖π_ref) and ∞ in KL(π_ref‖π)', () => {
    const onlyThree = ref.map((_, i) => (i === 2 ? 1 : 0));
    expect(klDivergence(onlyThree, ref)).toBeCloseTo(-Math.log(ref[2]!), 14);
    expect(klDivergence(ref, onlyThree)).toBe(Infinity);
    expect(at({ temperature: 0.1 }).responses.map((r) => r.policy).indexOf(Math.max(...at({ temperature: 0.1 }).responses.map((r) => r.policy)))).toBe(2);
  });

  it('the order of the two directions flips between T = 0.1 and T = 2', () => {
    const sharp = at({ temperature: 0.1 });
    const flat = at({ temperature: 2 });
    expect(sharp.klPiRef).toBeLessThan(sharp.klRefPi);
    expect(flat.klPiRef).toBeGreaterThan(flat.klRefPi);
    // T → 0: KL(π‖π_ref) climbs toward −log 0.35 and KL(π_ref‖π) without bound
    expect(at({ temperature: 0.1 }).klPiRef).toBeLessThan(-Math.log(ref[2]!));
    expect(at({ temperature: 0.1 }).klRefPi).toBeGreaterThan(at({ temperature: 0.2 }).klRefPi);
  });

  it('what to notice: moving α off 0 at the default T makes KL(π‖π_ref) infinite and moves KL(π_ref‖π) only a little', () => {
    for (const mix of [0.01, 0.05]) {
      expect(at({ mix }).klPiRef).toBe(Infinity);
      expect(Math.abs(at({ mix }).klRefPi - d.klRefPi)).toBeLessThan(0.01);
    }
  });

  it('n = 500 gives every answer a count for seed 42, and some seeds have no zeros at n = 20', () => {
    expect(at({ demonstrations: 500 }).zeroReference).toEqual([]);
    expect(Number.isFinite(at({ demonstrations: 500, temperature: 1, mix: 0.1 }).klPiRef)).toBe(true);
    expect(at({ seed: 7 }).zeroReference).toEqual([]);
  });

  it('rp-2: KL(π_ref‖(1 − α)π_ref + αu) < −log(1 − α), approached as one response of many carries π_ref', () => {
    expect(at({ temperature: 1, mix: 0.1 }).klRefPi).toBeLessThan(-Math.log(0.9));
    const k = 10000;
    const oneHot = Array.from({ length: k }, (_, i) => (i === 0 ? 1 : 0));
    const mixed = oneHot.map((p) => 0.9 * p + 0.1 / k);
    expect(klDivergence(oneHot, mixed)).toBeCloseTo(-Math.log(0.9), 4);
    expect(klDivergence(oneHot, mixed)).toBeLessThan(-Math.log(0.9));
  });

  it('rp-4: π* puts nothing on the reward-5 answer the reference never writes, and σ(1) on the second', () => {
    const pi = optimalPolicy([0.5, 0.5, 0], [0, 1, 5], 1);
    expect(pi[2]).toBe(0);
    expect(pi[1]).toBeCloseTo(sigmoid(1), 14);
  });

  it('worked example: the mass α = 0.1 puts on answers 4, 5 and 7 is 3α/8 = 0.0375, printed with every digit', () => {
    // Source of the expected value: each of the 3 zeros of π_ref gets α/K = 0.1/8 from the uniform part.
    const mixed = at({ temperature: 1, mix: 0.1 });
    expect(mixed.violationMass).toBeCloseTo((3 * 0.1) / 8, 15);
    const digits = Number(/f\(mixed\.violationMass, (\d)\)/.exec(readFileSync(file, 'utf8'))?.[1]);
    // 3 decimals printed 0.038, a rounding of an exact 0.0375
    expect(formatFixed(mixed.violationMass, digits)).toBe('0.0375');
  });

  it("common mistake: F.kl_div(input = log π, target = π_ref) sums target·(log target − input), which is KL(π_ref‖π)", () => {
    // PyTorch's documented pointwise loss, written out here: target * (target.log() - input), then reduction='sum'.
    const mixed = at({ temperature: 1, mix: 0.1 });
    const pi = mixed.responses.map((r) => r.policy);
    const torchKlDiv = (input: number[], target: number[]) =>
      target.reduce((s, t, i) => s + (t === 0 ? 0 : t * (Math.log(t) - input[i]!)), 0);
    expect(torchKlDiv(pi.map(Math.log), ref)).toBeCloseTo(klDivergence(ref, pi), 14);
    expect(torchKlDiv(pi.map(Math.log), ref)).toBeCloseTo(0.038870, 6); // scipy: rel_entr(π_ref, π).sum()
    expect(torchKlDiv(ref.map(Math.log), pi)).toBe(Infinity);
  });

  it('in practice: a clamp log(p + 1e-8) caps a term at log(1e8) ≈ 18.4 nats per unit of probability', () => {
    expect(Math.log(1e8).toFixed(1)).toBe('18.4');
    for (const p of [1e-6, 0.01, 0.5, 1]) expect(p * Math.log(p / 1e-8)).toBeLessThanOrEqual(Math.log(1e8) * p);
  });
});
