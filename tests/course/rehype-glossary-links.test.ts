/**
 * First-use glossary links (src/course/rehype-glossary-links.ts) on small HTML inputs: which occurrence is linked,
 * where no link may go, how overlapping terms and local entries behave, and the base path of the links.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/course/glossary-entry';
import rehypeGlossaryLinks, { definedEntries, insideName, linkGlossaryTerms, type GlossaryNode } from '../../src/course/rehype-glossary-links';

const entry = (id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ id, term, meaning: 'A meaning.', section: '2.1', group: 'rewards', ...extra });
const ENTRIES: GlossaryEntry[] = [
  entry('reward', 'reward'),
  entry('implicit-reward', 'implicit reward'),
  entry('implicit-reward-margin', 'implicit reward margin'),
  entry('margin', 'margin', { aliases: ['reward margin'] }),
  entry('policy', 'policy', { aliases: ['policies'] }),
  entry('kendall-tau', "Kendall's τ", { aliases: ["Kendall's"] }),
  entry('step', 'step', { local: true }),
  entry('preference', 'preference'),
];

const tree = (html: string) => fromHtml(html, { fragment: true }) as unknown as GlossaryNode;
function link(html: string, base = '/', entries = ENTRIES): { html: string; linked: string[] } {
  const root = tree(html);
  const linked = linkGlossaryTerms(root, entries, base);
  return { html: toHtml(root as never), linked };
}

describe('linkGlossaryTerms(tree, entries, base)', () => {
  it('links the first use of a term only, to its anchor on the notation page', () => {
    const out = link('<p>The margin is positive.</p><p>A wider margin is better.</p>');
    expect(out.html).toBe('<p>The <a href="/notation/#term-margin" class="glossary-link">margin</a> is positive.</p><p>A wider margin is better.</p>');
    expect(out.linked).toEqual(['margin']);
  });

  it('puts the base path in front of the link', () => {
    expect(link('<p>One policy.</p>', '/po-course/').html).toContain('href="/po-course/notation/#term-policy"');
  });

  it('matches whole words, in any case, with a plural ending or an alias', () => {
    expect(link('<p>Rewarding is not a term.</p>').linked).toEqual([]);
    expect(link('<p>Margins vary.</p>').html).toContain('>Margins</a>');
    expect(link('<p>Two policies.</p>').html).toContain('<a href="/notation/#term-policy" class="glossary-link">policies</a>');
    expect(link('<p>Kendall’s τ of two scorings.</p>').linked).toEqual(['kendall-tau']);
  });

  it('takes the longest term where terms overlap, and an already linked term keeps its words', () => {
    const out = link('<p>The implicit reward margin and the implicit reward margin again, then the implicit reward, then a reward.</p>');
    expect(out.linked).toEqual(['implicit-reward-margin', 'implicit-reward', 'reward']);
    expect(out.html).toContain('and the implicit reward margin again');
  });

  it('links the bold term of a list item, and several terms of one text node', () => {
    const out = link('<ul><li>The <strong>margin</strong> of a pair.</li><li>A reward and a policy.</li></ul>');
    expect(out.html).toContain('<strong><a href="/notation/#term-margin" class="glossary-link">margin</a></strong>');
    expect(out.html).toContain('A <a href="/notation/#term-reward" class="glossary-link">reward</a> and a <a href="/notation/#term-policy" class="glossary-link">policy</a>.');
  });

  it('skips headings, links, code, formulas, buttons and text outside paragraphs and list items, then links the next use', () => {
    const out = link(
      '<h2 id="the-margin">The margin</h2><p><a href="/x/">margin</a> <code>margin</code> <span class="katex">margin</span> <button>margin</button></p>' +
        '<table><tr><td>margin</td></tr></table><div>margin</div><p>Here the margin.</p>',
    );
    expect(out.linked).toEqual(['margin']);
    expect(out.html).toContain('<p>Here the <a href="/notation/#term-margin" class="glossary-link">margin</a>.</p>');
    expect(out.html.match(/glossary-link/g)).toHaveLength(1);
  });

  it('skips the references section at the end', () => {
    expect(link('<h2 id="references">References</h2><ul><li>A reward paper.</li></ul>').linked).toEqual([]);
  });

  it('skips widgets (their fallback) and exercises (their answers)', () => {
    const root: GlossaryNode = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'Exercise', children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'The margin.' }] }] },
        { type: 'mdxJsxFlowElement', name: 'Widget', children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'A reward.' }] }] },
        { type: 'mdxJsxFlowElement', name: 'WidgetScope', children: [{ type: 'element', tagName: 'p', children: [{ type: 'text', value: 'A policy.' }] }] },
      ],
    };
    expect(linkGlossaryTerms(root, ENTRIES, '/')).toEqual(['policy']);
  });

  it('does not link a lowercase term written as a word of a capitalised name, and links its next use', () => {
    const out = link('<p>Direct Preference Optimization (DPO) trains on each preference directly.</p>');
    expect(out.html).toBe('<p>Direct Preference Optimization (DPO) trains on each <a href="/notation/#term-preference" class="glossary-link">preference</a> directly.</p>');
    expect(link('<p>Proximal Policy Optimization, and the Reward Model Zoo.</p>').linked).toEqual([]);
    // A sentence's first word is not a name, nor a capital beside a lowercase word or across punctuation.
    expect(link('<p>Preference data is noisy.</p>').linked).toEqual(['preference']);
    expect(link('<p>So says Ouyang. Margins vary.</p>').linked).toEqual(['margin']);
    // A name that is itself a glossary term keeps its link.
    expect(link('<p>The Kendall’s τ of Ford.</p>').linked).toEqual(['kendall-tau']);
  });

  it('insideName(text, start, end) finds a capitalised word beside a capitalised match', () => {
    expect(insideName('Direct Preference Optimization', 7, 17)).toBe(true);
    expect(insideName('Direct Preference', 7, 17)).toBe(true);
    expect(insideName('Preference Optimization', 0, 10)).toBe(true);
    expect(insideName('Preference data is noisy.', 0, 10)).toBe(false);
    expect(insideName('Direct preference optimization', 7, 17)).toBe(false);
    expect(insideName('Direct (Preference) here', 8, 18)).toBe(false);
  });

  it('links a local entry only in a section whose Definitions bold it', () => {
    expect(link('<p>One step.</p>').linked).toEqual([]);
    const defined = '<p>One step first.</p><h2 id="definitions">Definitions</h2><ul><li>A <strong>step</strong> is a move.</li></ul>';
    expect(link(defined).linked).toEqual(['step']);
    expect(link(defined).html).toContain('One <a href="/notation/#term-step" class="glossary-link">step</a> first.');
  });
});

describe('definedEntries(tree, entries)', () => {
  it('collects the bold terms of the list items under the Definitions heading, and nothing after the next h2', () => {
    const root = tree('<h2 id="definitions">Definitions</h2><ul><li>The <strong>Margins</strong>.</li></ul><p><strong>policy</strong></p><h2 id="more">More</h2><ul><li><strong>reward</strong></li></ul>');
    expect([...definedEntries(root, ENTRIES)]).toEqual(['margin']);
  });
});

describe('rehypeGlossaryLinks(options)', () => {
  it('links on a page whose frontmatter has a section, and leaves other pages alone', () => {
    const transform = rehypeGlossaryLinks({ base: '/po-course/', entries: ENTRIES });
    const section = tree('<p>A margin.</p>');
    transform(section, { data: { astro: { frontmatter: { section: '2.3' } } } });
    expect(toHtml(section as never)).toContain('/po-course/notation/#term-margin');
    const other = tree('<p>A margin.</p>');
    transform(other, { data: {} });
    expect(toHtml(other as never)).toBe('<p>A margin.</p>');
  });

  it('reads content/glossary.json by default', () => {
    const page = tree('<p>The reference policy.</p>');
    rehypeGlossaryLinks()(page, { data: { astro: { frontmatter: { section: '2.3' } } } });
    expect(toHtml(page as never)).toContain('href="/notation/#term-reference-policy"');
  });
});
