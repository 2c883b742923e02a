import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  barSegments,
  barWidth,
  choiceVsDemoChartConfig,
  choiceVsDemoFallback,
  choiceVsDemoTable,
  deriveChoiceVsDemo,
  summarizeChoiceVsDemo,
} from '../../../src/widgets/choice-vs-demo/model.ts';
import { choiceVsDemoDefaults, choiceVsDemoSchema, type ChoiceVsDemoState } from '../../../src/widgets/choice-vs-demo/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const withState = (changes: Partial<ChoiceVsDemoState>): ChoiceVsDemoState => ({ ...choiceVsDemoDefaults, ...changes });

/**
 * The whole pipeline recomputed independently in python3 with numpy and scipy, as follows:
 * np.random.seed(42); randn(18) → features (ρ = 0.5), gold = φ·(1, 0.5, 0); demonstrator softmax(gold/T);
 * np.random.seed([42, 2]); choice(6, 100, p) → counts; np.random.seed([42, 1]); per comparison randint(0, 1),
 * a = randint(0, 6), b = randint(0, 5) (+1 if ≥ a), u, v = rand(), rand(), chosen a iff (u < σ(Δr* / 0.5)) ≠ (v < 0.05);
 * rewards = scipy.optimize.root of the gradient of Σ log σ(m) − 0.05 Σ r² (hybr, tol 1e-14, |gradient| < 1e-12); π_pref ∝ π_SFT·exp(r/β).
 */
const PYTHON = {
  defaults: {
    gold: [0.4275820024, 1.405953169, 1.9629301801, 0.3108511972, -0.7146778508, -1.0687030894],
    demonstrator: [0.1027121763, 0.2732266958, 0.4768866583, 0.0913958311, 0.0327751569, 0.0230034816],
    counts: [7, 34, 46, 8, 3, 2],
    fitted: [0.1384549122854283, 0.9028232434840441, 2.44836064316293, -0.3051996341924802, -1.4206830280713936, -1.7637561366685277],
    pref: [0.012739724198204565, 0.13289292226105787, 0.8433330690959029, 0.009342761268405445, 0.0011483075935872604, 0.0005432155828419007],
    sftValue: 1.3929563989474545,
    demonstratorValue: 1.344559963718553,
    prefValue: 1.849195437521518,
  },
  hot: { counts: [14, 25, 17, 19, 13, 12], sftValue: 0.5829571393514277, demonstratorValue: 0.5018537211929097, prefValue: 1.6332233670826315 },
  few: { fitted: [-0.5226808209952076, 2.3750049543759695, 0, 0.7290441955107544, -1.3486279137902069, -1.2327404151013095], prefValue: 1.4066541483438466 },
};

describe('deriveChoiceVsDemo(state)', () => {
  it('matches the numpy/scipy recomputation of the whole pipeline at the defaults', () => {
    const d = deriveChoiceVsDemo(choiceVsDemoDefaults);
    const p = PYTHON.defaults;
    d.responses.forEach((r, y) => {
      expect(r.gold).toBeCloseTo(p.gold[y]!, 9);
      expect(r.demonstrator).toBeCloseTo(p.demonstrator[y]!, 9);
      expect(r.demonstrations).toBe(p.counts[y]);
      expect(r.sft).toBe(p.counts[y]! / 100);
      expect(r.fitted).toBeCloseTo(p.fitted[y]!, 10);
      expect(r.pref).toBeCloseTo(p.pref[y]!, 10);
    });
    expect(d.sftValue).toBeCloseTo(p.sftValue, 12);
    expect(d.demonstratorValue).toBeCloseTo(p.demonstratorValue, 12);
    expect(d.prefValue).toBeCloseTo(p.prefValue, 10);
    expect(d.bestValue).toBeCloseTo(p.gold[2]!, 9);
  });

  it('matches numpy for a hot demonstrator (T = 10) and for few comparisons (N = 5, an answer never compared keeps r̂ = 0)', () => {
    const hot = deriveChoiceVsDemo(withState({ temperature: 10 }));
    expect(hot.responses.map((r) => r.demonstrations)).toEqual(PYTHON.hot.counts);
    expect(hot.sftValue).toBeCloseTo(PYTHON.hot.sftValue, 12);
    expect(hot.demonstratorValue).toBeCloseTo(PYTHON.hot.demonstratorValue, 12);
    expect(hot.prefValue).toBeCloseTo(PYTHON.hot.prefValue, 10);
    const few = deriveChoiceVsDemo(withState({ comparisons: 5 }));
    few.responses.forEach((r, y) => expect(r.fitted).toBeCloseTo(PYTHON.few.fitted[y]!, 10));
    expect(few.responses[2]!.appearances).toBe(0);
    expect(few.prefValue).toBeCloseTo(PYTHON.few.prefValue, 10);
  });

  it('counts each comparison once as a win and twice as an appearance', () => {
    const d = deriveChoiceVsDemo(choiceVsDemoDefaults);
    expect(d.responses.reduce((s, r) => s + r.wins, 0)).toBe(100);
    expect(d.responses.reduce((s, r) => s + r.appearances, 0)).toBe(200);
  });

  it('gives π_pref → π_SFT as β grows and π_pref → the best demonstrated answer as β shrinks (limits of π_SFT·e^{r̂/β}/Z)', () => {
    const wide = deriveChoiceVsDemo(withState({ beta: 10 }));
    const narrow = deriveChoiceVsDemo(withState({ beta: 0.05 }));
    expect(wide.kl).toBeLessThan(0.01);
    expect(narrow.responses[2]!.pref).toBeGreaterThan(0.999);
  });

  it('never puts π_pref mass on an answer never demonstrated (T = 0.1: only y3 is written)', () => {
    const cold = deriveChoiceVsDemo(withState({ temperature: 0.1 }));
    cold.responses.forEach((r) => {
      if (r.demonstrations === 0) expect(r.pref).toBe(0);
    });
    expect(cold.prefValue).toBeCloseTo(cold.sftValue, 12);
  });

  it('keeps every number finite and both policies normalised in every state (property)', () => {
    const state = validState(choiceVsDemoSchema);
    fc.assert(
      fc.property(state, (s) => {
        const d = deriveChoiceVsDemo(s);
        expect(d.responses.reduce((a, r) => a + r.sft, 0)).toBeCloseTo(1, 12);
        expect(d.responses.reduce((a, r) => a + r.pref, 0)).toBeCloseTo(1, 12);
        for (const v of [d.sftValue, d.prefValue, d.demonstratorValue, d.kl]) expect(Number.isFinite(v)).toBe(true);
        expect(d.prefValue).toBeLessThanOrEqual(d.bestValue + 1e-12);
      }),
      { numRuns: 40 },
    );
  });
});

describe('summarizeChoiceVsDemo(state, derived)', () => {
  it('states the parameters and the expected gold reward of both policies, two decimals', () => {
    expect(summarizeChoiceVsDemo(choiceVsDemoDefaults)).toBe(
      'T = 1, N = 100, β = 1: expected gold reward 1.39 for π_SFT (the demonstrator\'s is 1.34), 1.85 for π_pref; the best answer has 1.96.',
    );
  });
});

describe('choiceVsDemoTable(derived)', () => {
  it('lists every answer and the expected gold rewards (numpy values above, rounded)', () => {
    const table = choiceVsDemoTable(deriveChoiceVsDemo(choiceVsDemoDefaults));
    expect(table.rows.length).toBe(documentedResult(new URL('../../../src/widgets/choice-vs-demo/model.ts', import.meta.url), 'choiceVsDemoTable(deriveChoiceVsDemo(choiceVsDemoDefaults)).rows.length;'));
    expect(table.rows[2]).toEqual(['y3', '1.96', '46', '0.46', '40 / 43', '2.45', '0.84']);
    expect(table.rows[6]).toEqual(['E[r*]', 'best 1.96', '', '1.39', '', '', '1.85']);
    expect(table.columns.length).toBe(table.rows[0]!.length);
  });
});

describe('barWidth(context)', () => {
  it('is 30 % of the room per answer, within [3, 14] px, and 8 px before the chart has an area', () => {
    expect(barWidth({ chart: { chartArea: { width: 180 } } })).toBeCloseTo(9, 12);
    expect(barWidth({ chart: { chartArea: { width: 1000 } } })).toBe(14);
    expect(barWidth({ chart: { chartArea: { width: 20 } } })).toBe(3);
    expect(barWidth({ chart: {} })).toBe(8);
  });
});

describe('barSegments(values, offset)', () => {
  it('draws each bar as a segment from 0 to its value, broken by a NaN point', () => {
    const points = barSegments([0.5, 0.25], -0.17);
    expect(points.length).toBe(6);
    expect(points[0]).toEqual({ x: 1 - 0.17, y: 0 });
    expect(points[1]).toEqual({ x: 1 - 0.17, y: 0.5 });
    expect(Number.isNaN(points[2]!.y)).toBe(true);
    expect(points[4]).toEqual({ x: 2 - 0.17, y: 0.25 });
  });
});

describe('choiceVsDemoChartConfig(derived, colors)', () => {
  it('has both policies as bars, the gold rewards as points and both expected gold rewards as dashed lines', () => {
    const d = deriveChoiceVsDemo(choiceVsDemoDefaults);
    const config = choiceVsDemoChartConfig(d, paletteChartColors('light'));
    expect(config.data.datasets.length).toBe(5);
    expect(config.data.datasets[1]!.data[1]!.y).toBe(d.responses[0]!.pref);
    expect(config.data.datasets[2]!.data.map((p) => p.y)).toEqual(d.responses.map((r) => r.gold));
    expect(config.data.datasets[4]!.data[0]!.y).toBe(d.prefValue);
    const x = config.options?.scales?.['x'] as { afterBuildTicks: (scale: { ticks: { value: number }[] }) => void; ticks: { callback: (v: number) => string } };
    const scale = { ticks: [{ value: 0.5 }, { value: 1.5 }] };
    x.afterBuildTicks(scale);
    expect(scale.ticks.map((t) => x.ticks.callback(t.value))).toEqual(['y1', 'y2', 'y3', 'y4', 'y5', 'y6']);
    const y1 = config.options?.scales?.['y1'] as { min: number; max: number };
    for (const r of d.responses) {
      expect(r.gold).toBeGreaterThan(y1.min);
      expect(r.gold).toBeLessThan(y1.max);
    }
  });
});

describe('choiceVsDemoFallback(state)', () => {
  it('is the summary and the table of the state', () => {
    const fallback = choiceVsDemoFallback(choiceVsDemoDefaults);
    expect(fallback.summary).toBe(summarizeChoiceVsDemo(choiceVsDemoDefaults));
    expect(fallback.table.rows.length).toBe(7);
  });
});
