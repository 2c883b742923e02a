import { describe, expect, it } from 'vitest';
import { glueCiteBrackets, type CiteBracketNode } from '../../src/course/rehype-cite-brackets';

const text = (value: string): CiteBracketNode => ({ type: 'text', value });
const cite = (k: string): CiteBracketNode => ({
  type: 'mdxJsxTextElement',
  name: 'Cite',
  attributes: [{ type: 'mdxJsxAttribute', name: 'k', value: k }],
  children: [],
});
const paragraph = (...children: CiteBracketNode[]): CiteBracketNode => ({ type: 'element', children });
const props = (node: CiteBracketNode | undefined) => Object.fromEntries((node?.attributes ?? []).map((a) => [a.name, a.value]));

describe('glueCiteBrackets(tree)', () => {
  it('moves "(" before and ")" after a citation into its open and close props', () => {
    const p = paragraph(text('InstructGPT ('), cite('ouyang2022'), text(') trains'));
    glueCiteBrackets({ type: 'root', children: [p] });
    expect(p.children?.map((c) => c.value ?? props(c))).toEqual(['InstructGPT ', { k: 'ouyang2022', open: '(', close: ')' }, ' trains']);
  });

  it('glues "(" to the first of a list of citations and ")" to the last, and leaves the separators alone', () => {
    const p = paragraph(text('shown ('), cite('a'), text('; '), cite('b'), text(').'));
    glueCiteBrackets(p);
    expect(props(p.children?.[1])).toEqual({ k: 'a', open: '(' });
    expect(p.children?.[2]?.value).toBe('; ');
    expect(props(p.children?.[3])).toEqual({ k: 'b', close: ')' });
    expect(p.children?.[4]?.value).toBe('.');
  });

  it('drops a text node the move empties, and leaves brackets that do not touch a citation', () => {
    const p = paragraph(text('('), cite('a'), text(', §3.4)'));
    glueCiteBrackets(p);
    expect(p.children).toHaveLength(2);
    expect(props(p.children?.[0])).toEqual({ k: 'a', open: '(' });
    expect(p.children?.[1]?.value).toBe(', §3.4)');
    const q = paragraph(text('see ( '), cite('a'), text(' )'), { type: 'mdxJsxTextElement', name: 'SectionLink', children: [] }, text(')'));
    glueCiteBrackets(q);
    expect(props(q.children?.[1])).toEqual({ k: 'a' });
    expect(q.children?.[4]?.value).toBe(')');
  });

  it('reaches citations nested in emphasis, lists and asides', () => {
    const inner = paragraph(text('('), cite('a'), text(')'));
    const tree: CiteBracketNode = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'Aside', children: [{ type: 'element', children: [inner] }] }] };
    glueCiteBrackets(tree);
    expect(props(inner.children?.[0])).toEqual({ k: 'a', open: '(', close: ')' });
  });
});
