import { describe, expect, it } from 'vitest';
import { widgetIdOfTag, widgetTag } from '../../src/widgets/widget-tag.ts';
import { widgets } from '../../src/widgets/registry.ts';

describe('widgetTag(id)', () => {
  it('is the tag of every registry widget', () => {
    for (const widget of widgets) expect(widgetTag(widget.id)).toBe(widget.tag);
  });
});

describe('widgetIdOfTag(tagName, ids)', () => {
  const ids = ['bradley-terry', 'dpo-loss'];

  it('maps a widget tag to its id, in any letter case (HTML tag names are case-insensitive)', () => {
    expect(widgetIdOfTag('po-dpo-loss', ids)).toBe('dpo-loss');
    expect(widgetIdOfTag('PO-BRADLEY-TERRY', ids)).toBe('bradley-terry');
  });

  it('is undefined for other tags and for ids not in the list', () => {
    expect(widgetIdOfTag('div', ids)).toBeUndefined();
    expect(widgetIdOfTag('po-', ids)).toBeUndefined();
    expect(widgetIdOfTag('dpo-loss', ids)).toBeUndefined();
    expect(widgetIdOfTag('po-dpo-loss', ['bradley-terry'])).toBeUndefined();
    expect(widgetIdOfTag('x-po-dpo-loss', ids)).toBeUndefined();
  });

  it('accepts any iterable of ids (the bundle passes a Set)', () => {
    expect(widgetIdOfTag('po-dpo-loss', new Set(ids))).toBe('dpo-loss');
  });
});
