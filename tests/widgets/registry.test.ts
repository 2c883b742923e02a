import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  getWidget,
  widgetAttributes,
  widgetFallback,
  widgetIds,
  widgets,
  widgetStateAttributes,
} from '../../src/widgets/registry.ts';
import { defaultState } from '../../src/widgets/shared/schema.ts';

const widgetsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../src/widgets');

/** Relative modules `file` imports at run time (type-only imports are erased), and its bare imports. */
function runtimeImports(file: string): { relative: string[]; bare: string[] } {
  const source = readFileSync(file, 'utf8');
  const relative: string[] = [];
  const bare: string[] = [];
  for (const match of source.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (match[1] !== undefined) continue;
    const specifier = match[2] as string;
    // Data imported as text (`…jsonl?raw`) has no imports of its own: only modules are followed.
    if (specifier.startsWith('.')) {
      if (/\.ts$/.test(specifier)) relative.push(resolve(dirname(file), specifier));
    }
    else bare.push(specifier);
  }
  return { relative, bare };
}

describe('widgets (registry)', () => {
  it('lists every widget in course order with po-<id> tags', () => {
    expect(widgetIds).toEqual(expect.arrayContaining(['choice-vs-demo', 'kl-budget', 'preference-pair', 'reward-model', 'bradley-terry', 'reference-policy', 'dpo-loss']));
    expect(widgetIds).toEqual(expect.arrayContaining(['choice-vs-demo', 'kl-budget', 'preference-pair', 'bradley-terry', 'reference-policy', 'beta-temperature', 'dpo-loss']));
    const order = widgets.map((widget) => widget.section.split('.').map(Number) as [number, number]);
    const sorted = [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(order).toEqual(sorted);
    for (const widget of widgets) {
      expect(widget.tag).toBe(`po-${widget.id}`);
      expect(widget.title.length).toBeGreaterThan(0);
      expect(widget.description.length).toBeGreaterThan(0);
      expect(widget.blockSize).toBeGreaterThan(200);
      expect(widget.blockSizeNarrow).toBeGreaterThanOrEqual(widget.blockSize);
    }
    expect(getWidget('choice-vs-demo')?.section).toBe('1.1');
    expect(getWidget('preference-pair')?.section).toBe('2.1');
    expect(getWidget('reward-model')?.section).toBe('2.2');
    expect(getWidget('bradley-terry')?.section).toBe('2.3');
    expect(getWidget('reference-policy')?.section).toBe('2.4');
    expect(getWidget('dpo-loss')?.section).toBe('5.3');
    expect(getWidget('kl-budget')?.section).toBe('1.3');
    expect(getWidget('rlhf-vs-dpo')?.section).toBe('1.4');
    expect(getWidget('proxy-reward')?.section).toBe('1.2');
    expect(getWidget('beta-temperature')?.section).toBe('2.5');
    expect(getWidget('pairwise-loss')?.section).toBe('3.1');
    expect(getWidget('reward-margins')?.section).toBe('3.2');
    expect(getWidget('noisy-preferences')?.section).toBe('1.5');
    expect(getWidget('optimal-policy')?.section).toBe('5.1');
    expect(getWidget('implicit-reward')?.section).toBe('5.2');
    expect(getWidget('annotator-agreement')?.section).toBe('3.3');
    expect(getWidget('calibration')?.section).toBe('3.4');
    expect(getWidget('rewardbench')?.section).toBe('3.5');
    expect(getWidget('ppo-clip')?.section).toBe('4.3');
    expect(getWidget('dpo-gradient')?.section).toBe('5.5');
    expect(getWidget('dpo-trainer')?.section).toBe('5.4');
    expect(getWidget('sft-init')?.section).toBe('4.1');
    expect(getWidget('rm-training')?.section).toBe('4.2');
    expect(getWidget('kl-estimators')?.section).toBe('4.4');
    expect(getWidget('overoptimization')?.section).toBe('4.5');
    expect(getWidget('nope')).toBeUndefined();
  });

  it('has defaults equal to the schema defaults', () => {
    for (const widget of widgets) expect(widget.defaults).toEqual(defaultState(widget.schema));
  });

  it('is DOM-free: nothing it imports at run time pulls in lit, chart.js or astro:*', () => {
    const seen = new Set<string>();
    const queue = [resolve(widgetsDir, 'registry.ts')];
    while (queue.length > 0) {
      const file = queue.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const { relative, bare } = runtimeImports(file);
      for (const specifier of bare) expect(specifier, `${file} imports ${specifier}`).not.toMatch(/^(lit|chart\.js|astro:)/);
      queue.push(...relative);
    }
    expect(seen.size).toBeGreaterThan(8); // the walk really followed the imports
  });
});

describe('widgetAttributes(widget)', () => {
  it('lists state attributes then theme and controls', () => {
    expect(widgetAttributes(getWidget('dpo-loss')!)).toEqual(['beta', 'chosen', 'rejected', 'variant', 'epsilon', 'theme', 'controls']);
    expect(widgetAttributes(getWidget('bradley-terry')!)).toEqual(['chosen', 'rejected', 'shift', 'scale', 'theme', 'controls']);
  });
});

describe('widgetFallback(widget, attributes)', () => {
  it('renders the defaults with the seed numbers (seed notebook: loss=0.4998, DPO loss=0.6509)', () => {
    expect(widgetFallback(getWidget('bradley-terry')!).summary).toContain('0.858, 0.574, 0.646, 0.426; mean loss 0.4998');
    expect(widgetFallback(getWidget('dpo-loss')!).summary).toContain('mean 0.6509');
  });
  it('parses attributes like the element, ignoring bad ones', () => {
    const fallback = widgetFallback(getWidget('dpo-loss')!, { beta: 0.2, variant: '<script>', chosen: 'NaN' });
    expect(fallback.summary).toMatch(/^β = 0\.2, sigmoid \(DPO\) loss/);
    expect(fallback.table.rows).toHaveLength(4);
  });
});

describe('widgetStateAttributes(widget, attributes, options)', () => {
  it('normalises attributes and can omit defaults', () => {
    expect(widgetStateAttributes(getWidget('dpo-loss')!, { beta: '50', variant: 'IPO' }, { omitDefaults: true })).toEqual({
      beta: '10',
      variant: 'ipo',
    });
  });
});
