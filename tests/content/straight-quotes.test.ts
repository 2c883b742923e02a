/**
 * Straight quotes that the build's smart quotes (Astro's default remark-smartypants) turn the wrong way. They choose
 * a quote's direction from the text beside it in the same text node; inline math and an MDX expression are nodes
 * of their own, so a straight quote right before one has nothing after it and becomes a closing quote, and an
 * apostrophe right after one, or after a closing bracket, becomes an opening quote: `"$A$ wins"` renders as
 * ”A wins”, `$\pi$'s` as π‘s and `path (b)'s` as path (b)‘s. Write the curly character itself (“$A$ wins”,
 * path (b)’s) or rephrase. tests/build/quotes.test.ts checks the built pages for the same fault.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse, sectionSources } from './section-prose';

const sections = sectionSources().map((section) => section.file);

/**
 * The prose with display math removed, inline math replaced by `⟨math⟩` and MDX expressions by `⟨expr⟩` (a prime
 * inside math, `$y'$`, is not a quote), and JSX tags and inline code dropped (neither is smart-quoted).
 *
 * @example marked('A label "$A$ wins"') // 'A label "⟨math⟩ wins"'
 */
function marked(text: string): string {
  let out = text
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/<[A-Z]\w*(?:\s+[\w-]+(?:=(?:"[^"]*"|\{(?:[^{}]|\{[^{}]*\})*\}))?)*\s*\/?>|<\/[A-Z]\w*>/g, ' ')
    .replace(/`[^`\n]*`/g, 'C')
    .replace(/(?<!\\)\$[^$\n]+?(?<!\\)\$/g, '⟨math⟩');
  // Expressions may nest (`{f(pick({ steps: 0 }), 3)}`): innermost first, until none is left.
  for (let previous = ''; previous !== out; ) {
    previous = out;
    out = out.replace(/\{[^{}\n]*\}/g, '⟨expr⟩');
  }
  return out;
}

/**
 * Lines with a straight quote directly before inline math or an expression, or an apostrophe directly after one
 * or after a closing bracket.
 */
function faults(text: string): string[] {
  return marked(text)
    .split('\n')
    .filter((line) => /["']⟨(math|expr)⟩|⟨(math|expr)⟩'|[)\]]'/.test(line));
}

describe('straight quotes beside inline math, MDX expressions and closing brackets', () => {
  it('are found by this check (a quote before math, an apostrophe after math or a bracket)', () => {
    expect(faults('A label "$A$ wins" costs')).toHaveLength(1);
    expect(faults("the mass of $\\pi_{\\mathrm{ref}}$'s best answer")).toHaveLength(1);
    expect(faults('the same label "{label}" twice')).toHaveLength(1);
    expect(faults("After 500 steps, path (b)'s policy")).toHaveLength(1);
    expect(faults("A label “$A$ wins” costs; the sum over $y'$ and $r'$ is fine, and so is path (b)’s policy")).toEqual([]);
  });

  it.each(sections)('content/%s has none', (file) => {
    expect(faults(sectionProse(file))).toEqual([]);
  });
});

/**
 * The `label` of a `<Cite>` (and any other tag's text `label`) as written: smart quotes reach only the Markdown
 * text, never an attribute's string, so a straight apostrophe there is printed straight ("Feinstein and
 * Cicchetti's" beside curly ones in the prose). Write ’ (and “ ”) in labels.
 *
 * @example straightInLabels('<Cite k="kendall1938" label="Kendall\'s (1938)" />') // ["label=\"Kendall's (1938)\""]
 */
function straightInLabels(text: string): string[] {
  return [...text.matchAll(/<[A-Z]\w*[^>]*?\slabel=(?:"([^"]*)"|'([^']*)'|\{\s*(?:'([^']*)'|"([^"]*)")\s*\})/g)]
    .filter((m) => /['"]/.test(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''))
    .map((m) => m[0].slice(m[0].indexOf('label=')));
}

describe('straight quotes in tag labels', () => {
  it('are found by this check', () => {
    expect(straightInLabels('as <Cite k="kendall1938" label="Kendall\'s (1938)" /> tau')).toEqual([`label="Kendall's (1938)"`]);
    expect(straightInLabels(`<Cite k="feinstein1990" label='Feinstein and Cicchetti"s' />`)).toHaveLength(1);
    expect(straightInLabels(`<Cite\n  k="angluin1988"\n  label={"Angluin and Laird's"} />`)).toHaveLength(1);
    expect(straightInLabels(`<Cite k="kendall1938" label="Kendall’s (1938)" /> and <Cite k="ouyang2022" label='Ouyang et al.’s' />`)).toEqual([]);
  });

  it.each(sectionSources().map((section) => [section.file, section.source] as const))('content/%s has none', (_file, source) => {
    expect(straightInLabels(source)).toEqual([]);
  });
});
