/**
 * Section 2.1 (content/chapter-2/preference-pair.mdx) computes every number it shows inside MDX expressions
 * (`{f(d.recorded.margin, 3)}`, exercise answers) from `src/math` through the widget's model. This sweep reads the
 * prose with those expressions removed and fails on any decimal number or percentage left in it that is not a
 * declared input, so a number typed by hand later fails here (the same rule as tests/content/prose-numbers.test.ts
 * applies to sections 2.3 and 5.3).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sigmoid, softplus } from '../../src/math/index';
import { derivePreferencePair } from '../../src/widgets/preference-pair/model';
import { preferencePairDefaults } from '../../src/widgets/preference-pair/state';

const file = join(import.meta.dirname, '../../content/chapter-2/preference-pair.mdx');
const source = readFileSync(file, 'utf8');

/** The prose: body without frontmatter, imports/exports, code blocks, references and MDX expressions. */
function prose(): string {
  let body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n## References')[0]!
    .replace(/```[\s\S]*?```/g, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<(SectionLink|Widget)\b[^>]*\/>/g, '');
  // MDX expressions, innermost first (they may nest: `{f(pick({ steps: 0 }), 3)}`); LaTeX groups go too, harmlessly.
  for (let previous = ''; previous !== body; ) {
    previous = body;
    body = body.replace(/\{[^{}]*\}/g, ' ');
  }
  return body;
}

/** Values the reader or the dataset supplies (inputs), not results. */
const inputs = new Set([
  '2.5', // the margin given in exercise pp-1
  '0.1', // β given in exercise pp-2
]);

describe('content/chapter-2/preference-pair.mdx', () => {
  it('states no decimal number or percentage outside an MDX expression, except declared inputs', () => {
    const numbers = [...prose().matchAll(/\d+\.\d+|\d+%/g)].map((match) => match[0]);
    expect([...new Set(numbers.filter((token) => !inputs.has(token)))]).toEqual([]);
  });

  it('computes its numbers inside expressions (the sweep would otherwise see nothing to check)', () => {
    expect(source).toContain('{f(d.recorded.margin, 3)}');
    expect(source).toContain('answer={softplus(2.5) - softplus(-2.5)}');
  });
});

describe('the facts behind some claims of content/chapter-2/preference-pair.mdx', () => {
  it('the votes-only likelihood P^n_w (1 − P)^n_l peaks at the observed rate n_w/(n_w + n_l)', () => {
    const logLikelihood = (p: number) => 3 * Math.log(p) + 2 * Math.log(1 - p);
    const h = 1e-6;
    expect((logLikelihood(0.6 + h) - logLikelihood(0.6 - h)) / (2 * h)).toBeCloseTo(0, 6);
  });

  it('softplus(z) − softplus(−z) = z: a swap raises the loss by exactly the margin', () => {
    for (const z of [-30, -2.5, 0, 0.3, 2.5, 40]) expect(softplus(z) - softplus(-z)).toBeCloseTo(z, 12);
  });

  it('the friendly answer beat the wrong one 5 to 0, yet its fitted margin is finite and equals the sum along A ≻ B ≻ C', () => {
    const pick = (record: string) => derivePreferencePair({ ...preferencePairDefaults, record });
    const ac = pick('sky-a-c').recorded.margin;
    expect(Number.isFinite(ac)).toBe(true);
    expect(ac).toBeCloseTo(pick('sky-a-b').recorded.margin + pick('sky-b-c').recorded.margin, 12);
    expect(sigmoid(ac)).toBeLessThan(1);
  });

  it('the chosen log-ratio after 3 steps is close to log 3 (the policy puts almost all mass on it)', () => {
    const d = derivePreferencePair(preferencePairDefaults);
    expect(d.recorded.logRatioChosen).toBeCloseTo(Math.log(3), 4);
    expect(d.recorded.logRatioChosen).toBeLessThan(Math.log(3));
  });

  it('"rm -rf folder" is chosen in record 6 and rejected in record 4, with a negative fitted reward', () => {
    const rmBC = derivePreferencePair({ ...preferencePairDefaults, record: 'rm-b-c' });
    const rmAB = derivePreferencePair({ ...preferencePairDefaults, record: 'rm-a-b' });
    expect(rmBC.record.chosen).toBe('rm -rf folder');
    expect(rmAB.record.rejected).toBe('rm -rf folder');
    expect(rmBC.recorded.rewardChosen).toBeLessThan(0);
    expect([rmBC.index + 1, rmAB.index + 1]).toEqual([6, 4]);
  });
});
