import { describe, expect, it } from 'vitest';
import type { HastNode } from '../../src/course/hast-node.ts';
import { isUnit, wrapUnits } from '../../src/course/rehype-unit-wrappers.ts';

const p = (id: string): HastNode => ({ type: 'element', tagName: 'p', properties: { id }, children: [] });
const display: HastNode = { type: 'element', tagName: 'span', properties: { className: ['katex-display'] }, children: [] };
const jsx = (name: string, children: HastNode[] = []): HastNode => ({ type: 'mdxJsxFlowElement', name, children });
const wrapped = (child: HastNode): HastNode => ({ type: 'element', tagName: 'div', properties: { className: ['po-unit'] }, children: [child] });

describe('isUnit(node)', () => {
  it('is true for paragraphs, display equations, asides and exercises, the units prose.css renders progressively', () => {
    expect([p('a'), display, jsx('Aside'), jsx('Exercise')].map(isUnit)).toEqual([true, true, true, true]);
  });

  it('is false for headings, lists, widgets, scopes and text', () => {
    const h2: HastNode = { type: 'element', tagName: 'h2', children: [] };
    const ul: HastNode = { type: 'element', tagName: 'ul', children: [] };
    expect([h2, ul, jsx('Widget'), jsx('WidgetScope'), { type: 'text' }].map(isUnit)).toEqual([false, false, false, false, false]);
  });
});

describe('wrapUnits(root)', () => {
  it('wraps each top-level unit, and each unit at the top of a <WidgetScope>, in its own div.po-unit', () => {
    const heading: HastNode = { type: 'element', tagName: 'h2', children: [] };
    const first = p('first');
    const inScope = p('in the scope');
    const widget = jsx('Widget');
    const root: HastNode = { type: 'root', children: [heading, first, display, jsx('WidgetScope', [inScope, widget]), jsx('Exercise')] };
    wrapUnits(root);
    expect(root.children).toEqual([heading, wrapped(first), wrapped(display), jsx('WidgetScope', [wrapped(inScope), widget]), wrapped(jsx('Exercise'))]);
  });

  it("puts an equation's where-legend and line of tools in the equation's box, across white space", () => {
    const where: HastNode = { type: 'element', tagName: 'p', properties: { className: ['po-where'] }, children: [] };
    const tools: HastNode = { type: 'element', tagName: 'p', properties: { className: ['equation-tools'] }, children: [] };
    const space: HastNode = { type: 'text', value: '\n' };
    const root: HastNode = { type: 'root', children: [display, space, where, tools, p('after'), { ...tools }] };
    wrapUnits(root);
    expect(root.children).toEqual([{ ...wrapped(display), children: [display, where, tools] }, space, wrapped(p('after')), wrapped({ ...tools })]);
  });

  it('leaves units nested deeper (inside an aside or a list) alone', () => {
    const inner = p('inner');
    const root: HastNode = { type: 'root', children: [jsx('Aside', [inner])] };
    wrapUnits(root);
    expect(root.children?.[0]?.children?.[0]?.children).toEqual([inner]);
  });
});
