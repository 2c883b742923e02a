/** Tests of src/course/hast-node.ts: the node helpers the rehype plugins share. */
import { describe, expect, it } from 'vitest';

import { classesOf, element, text, textOf } from '../../src/course/hast-node.ts';

describe('classesOf(node)', () => {
  it('reads hast\'s class list, splits a string, and is empty without classes', () => {
    expect(classesOf(element('span', { className: ['katex', 'katex-display'] }, []))).toEqual(['katex', 'katex-display']);
    expect(classesOf(element('span', { className: 'a b' }, []))).toEqual(['a', 'b']);
    expect(classesOf(text('x'))).toEqual([]);
  });
});

describe('textOf(node)', () => {
  it('joins the text under a node', () => {
    expect(textOf(element('span', {}, [text('('), element('span', {}, [text('2')]), text(')')]))).toBe('(2)');
  });
});

describe('element(tagName, properties, children) and text(value)', () => {
  it('make hast nodes', () => {
    expect(element('p', { id: 'x' }, [text('y')])).toEqual({ type: 'element', tagName: 'p', properties: { id: 'x' }, children: [{ type: 'text', value: 'y' }] });
  });
});
