/**
 * The numbers and facts the prose of section 4.3 (content/chapter-4/ppo-clip.mdx) states, recomputed with
 * `src/math`. The section computes its numbers inside MDX expressions at build time; this test checks the few
 * typed into formulas and sentences (1 − ε = 0.8, 1 + ε = 1.2, the flat value 1.2, the exercise's −1.5 and −1.2),
 * the facts its sentences state in words (every token of the default answer pays, nine tokens, β = 1 is tenfold,
 * the curt answer's total is larger), and sweeps the prose for any decimal number that is neither an input nor
 * checked, in the manner of prose-numbers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, sectionProse } from './section-prose';
import { generalizedAdvantages, isPpoClipped, ppoClipObjective } from '../../src/math/index';
import { ppoClipRow } from '../../src/widgets/ppo-clip/model';
import { shapedResponse } from '../../src/widgets/ppo-clip/responses';

describe('content/chapter-4/ppo-clip.mdx', () => {
  const text = sectionProse('chapter-4/ppo-clip.mdx');

  it('states no decimal number that is neither an input nor checked here', () => {
    // Inputs: ε = 0.2 and 0.4, ρ = 0.5, 1.3 and 1.5, β = 0.1, λ = 0.95, the GAE example's rewards (−0.02, 0.01, 0.95)
    // and the exercise's values (0.5, 3.0, −2.0). Checked below: 0.8 and 1.2 (1 ∓ ε), 1.4 (1 + 0.4).
    const inputs = new Set(['0.2', '0.4', '0.5', '1.3', '1.5', '0.1', '0.95', '0.02', '0.01', '3.0', '2.0', '0.8', '1.2', '1.4']);
    const unchecked = [...text.replace(/\{[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '').matchAll(/\d+\.\d+|\d+%/g)]
      .map((m) => m[0])
      .filter((token) => !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('1 − ε = 0.8 and 1 + ε = 1.2 at ε = 0.2; the objective is flat at 1.2 beyond; 1 + 0.4 = 1.4 leaves ρ = 1.3 unclipped', () => {
    expect(ppoClipObjective(1.5, 1, 0.2)).toBeCloseTo(1.2, 12);
    expect(ppoClipObjective(1.9, 1, 0.2)).toBeCloseTo(1.2, 12);
    expect(isPpoClipped(1.3, 1, 0.4)).toBe(false);
    expect(isPpoClipped(1.41, 1, 0.4)).toBe(true);
    expect(text).toContain('$1 - \\varepsilon = 0.8$');
    expect(text).toContain('The flat part starts at 1.4');
  });

  it('exercise ppo-1: the two terms are −1.5 and −1.2', () => {
    // The widget model's two terms at A = −1, ρ = 1.5, ε = 0.2, against the numbers the solution types.
    const row = ppoClipRow(1.5, -1, 0.2);
    expect(row.unclipped).toBeCloseTo(-1.5, 12);
    expect(row.clippedTerm).toBeCloseTo(-1.2, 12);
    expect(row.objective).toBe(row.unclipped);
    expect(text).toContain('$\\rho A = -1.5$ and $(1 + \\varepsilon)A = -1.2$');
  });

  it('the GAE example has three tokens and its λ = 1 column is the reward to come minus V_t', () => {
    const g = generalizedAdvantages([-0.02, 0.01, 0.95], [0.6, 0.7, 0.9], { gamma: 1, lambda: 1 });
    expect(g.advantages[0]).toBeCloseTo(0.94 - 0.6, 12);
  });

  it('the default answer: nine tokens, every one more likely under π_θ (so every token pays); β = 1 is tenfold', () => {
    const shaped = shapedResponse(1, 0.1, 1);
    expect(shaped.tokens).toHaveLength(9);
    expect(shaped.tokens.every((t) => t.logRatio > 0)).toBe(true);
    expect(text).toContain('all nine tokens drifted upward');
    const ten = shapedResponse(1, 1, 1);
    ten.tokens.forEach((t, i) => expect(t.penalty).toBeCloseTo(10 * (shaped.tokens[i]?.penalty ?? NaN), 12));
    expect(text).toContain('Every penalty grows tenfold');
  });

  it('uses ρ for the ratio only: a source that writes the reference model as ρ is quoted with π_ref', () => {
    // Ziegler et al. (2019) write the reference model as ρ(y | x); on this page ρ is π_θ/π_old.
    // The whole file, references included (sectionProse stops at them).
    const whole = readFileSync(join(contentDir, 'chapter-4/ppo-clip.mdx'), 'utf8');
    expect(whole).not.toMatch(/\\rho\s*\(/);
    expect(whole).toContain('the paper writes the reference model as ρ');
  });

  it('response 2 (curt) earns a larger total than the polite default at β = 0.1, r = 1', () => {
    expect(shapedResponse(2, 0.1, 1).total).toBeGreaterThan(shapedResponse(1, 0.1, 1).total);
    expect(text).toContain('more than the polite answer’s');
  });
});
