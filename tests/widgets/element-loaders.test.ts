import { describe, expect, it } from 'vitest';
import { loadableWidgetIds, loadWidget } from '../../src/widgets/element-loaders.ts';
import { widgetIds } from '../../src/widgets/registry.ts';

describe('loadableWidgetIds', () => {
  it('has an element module for every registry widget and no other', () => {
    expect([...loadableWidgetIds]).toEqual([...widgetIds].sort());
  });
});

describe('loadWidget(id)', () => {
  it('rejects an unknown id with a RangeError naming it', async () => {
    await expect(loadWidget('no-such-widget')).rejects.toThrow(RangeError);
    await expect(loadWidget('no-such-widget')).rejects.toThrow(/no-such-widget/);
  });
});
