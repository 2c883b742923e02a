import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveSftInit,
  responseList,
  sftInitChartConfig,
  sftInitChartDescription,
  sftInitData,
  sftInitFallback,
  sftInitTable,
  summarizeSftInit,
} from '../../../src/widgets/sft-init/model.ts';
import { sftInitDefaults, sftInitSchema, type SftInitState } from '../../../src/widgets/sft-init/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const MODEL = new URL('../../../src/widgets/sft-init/model.ts', import.meta.url);

/*
 * Independent values from numpy/scipy:
 *   np.random.seed(216); f = np.random.randn(24).reshape(8, 3); g = f[:, 0] + 0.5 * f[:, 1]      # gold rewards
 *   p = np.exp(g - g.max()); p /= p.sum()                                                      # demonstrator, T = 1
 *   rs = np.random.RandomState(); rs.seed([216, 2]); c = np.bincount(rs.choice(8, n, p=p), minlength=8)
 *   s = (c + a) / (c.sum() + 8 * a); w = s * np.exp((g - g.max()) / beta); o = w / w.sum()
 *   s @ g, o @ g, rel_entr(o, s).sum()
 */
const NUMPY_GOLD_216 = [
  -0.7000056255732401, -0.6413893082407035, 0.9878019522000193, 0.6165890666038639, -0.5552306797985265, 0.16785584931971084,
  1.5970383896926932, 0.7824752239068047,
];
const NUMPY_COUNTS_216_10 = [0, 1, 2, 5, 0, 2, 0, 0];
const NUMPY_COUNTS_216_14 = [0, 1, 4, 6, 0, 2, 1, 0];
const NUMPY_COUNTS_216_200 = [4, 7, 41, 31, 5, 20, 59, 33];
/** n = 10, α = 0, β = 0.5. */
const NUMPY_OPT_DEFAULT = [0, 0.00800012549435125, 0.41612551345566734, 0.49514561472672647, 0, 0.08072874632325479, 0, 0];
const NUMPY_E_SFT_DEFAULT = 0.4752871627818076;
const NUMPY_E_OPT_DEFAULT = 0.724770564291037;
const SCIPY_KL_DEFAULT = 0.20660678742609515;
/** n = 10, α = 0.1, β = 0.5 and β = 0.05. */
const NUMPY_OPT_Y7_SMOOTH = 0.06275089876863621;
const NUMPY_E_SFT_SMOOTH = 0.4609615846878832;
const NUMPY_E_OPT_SMOOTH_COLD = 1.5969728259810279;
const SCIPY_KL_SMOOTH_COLD = 4.680712453948313;
/** n = 14, α = 0, β = 0.5. */
const NUMPY_OPT_Y7_14 = 0.3171370515152181;
const NUMPY_E_OPT_14 = 1.0459004339564855;

const withState = (changes: Partial<SftInitState>): SftInitState => ({ ...sftInitDefaults, ...changes });

describe('sftInitData(seed, demonstrations)', () => {
  it("gives the toy world's gold rewards and demonstration counts for one 8-response prompt (numpy MT19937)", () => {
    const data = sftInitData(216, 10);
    data.gold.forEach((g, i) => expect(g).toBeCloseTo(NUMPY_GOLD_216[i]!, 12));
    expect(data.counts).toEqual(NUMPY_COUNTS_216_10);
    expect(sftInitData(216, 10).counts).toEqual(documentedResult(MODEL, 'sftInitData(216, 10).counts;'));
    expect(sftInitData(216, 14).counts).toEqual(NUMPY_COUNTS_216_14);
    expect(sftInitData(216, 200).counts).toEqual(NUMPY_COUNTS_216_200);
  });
});

describe('deriveSftInit(state)', () => {
  it('fits π_SFT = c/n and π* ∝ π_SFT·e^{r*/β} at the defaults (numpy)', () => {
    const d = deriveSftInit(sftInitDefaults);
    expect(d.responses.map((r) => r.sft)).toEqual(NUMPY_COUNTS_216_10.map((c) => c / 10));
    d.responses.forEach((r, i) => expect(r.optimal).toBeCloseTo(NUMPY_OPT_DEFAULT[i]!, 12));
    expect(d.sftValue).toBeCloseTo(NUMPY_E_SFT_DEFAULT, 12);
    expect(d.optimalValue).toBeCloseTo(NUMPY_E_OPT_DEFAULT, 12);
    expect(d.kl).toBeCloseTo(SCIPY_KL_DEFAULT, 12);
    expect(d.zeroSupport).toEqual([1, 5, 7, 8]);
    expect(d.best).toBe(7);
    expect(d.bestReachable).toBe(3);
    expect(d.bestValue).toBeCloseTo(NUMPY_GOLD_216[6]!, 12);
    expect(d.reachableValue).toBeCloseTo(NUMPY_GOLD_216[2]!, 12);
  });

  it('gives exactly zero π* where π_SFT is zero, for every β (the support bound of content/chapter-4/sft-init.mdx)', () => {
    for (const beta of [0.05, 0.5, 10]) {
      const d = deriveSftInit(withState({ beta }));
      for (const y of d.zeroSupport) expect(d.responses[y - 1]!.optimal).toBe(0);
      expect(d.optimalValue).toBeLessThanOrEqual(d.reachableValue + 1e-12);
    }
  });

  it('with smoothing α = 0.1 gives y7 mass α/(n + Kα) and lets π* reach it (numpy, scipy)', () => {
    const d = deriveSftInit(withState({ smoothing: 0.1 }));
    expect(d.zeroSupport).toEqual([]);
    expect(d.responses[6]!.sft).toBeCloseTo(0.1 / 10.8, 15);
    expect(d.responses[6]!.optimal).toBeCloseTo(NUMPY_OPT_Y7_SMOOTH, 12);
    expect(d.sftValue).toBeCloseTo(NUMPY_E_SFT_SMOOTH, 12);
    const cold = deriveSftInit(withState({ smoothing: 0.1, beta: 0.05 }));
    expect(cold.optimalValue).toBeCloseTo(NUMPY_E_OPT_SMOOTH_COLD, 12);
    expect(cold.kl).toBeCloseTo(SCIPY_KL_SMOOTH_COLD, 11);
    expect(cold.bestReachable).toBe(7);
  });

  it('lets y7 in once the fourteenth demonstration writes it (numpy)', () => {
    const d = deriveSftInit(withState({ demonstrations: 14 }));
    expect(d.zeroSupport).toEqual([1, 5, 8]);
    expect(d.responses[6]!.optimal).toBeCloseTo(NUMPY_OPT_Y7_14, 12);
    expect(d.optimalValue).toBeCloseTo(NUMPY_E_OPT_14, 12);
  });

  it('keeps both policies normalized, zero off the support and finite over the whole state space', () => {
    fc.assert(
      fc.property(validState(sftInitSchema), (state) => {
        const d = deriveSftInit(state);
        expect(d.responses.reduce((s, r) => s + r.sft, 0)).toBeCloseTo(1, 12);
        expect(d.responses.reduce((s, r) => s + r.optimal, 0)).toBeCloseTo(1, 12);
        for (const r of d.responses) if (r.sft === 0) expect(r.optimal).toBe(0);
        const undemonstrated = d.responses.filter((r) => r.count === 0).map((r) => r.response);
        if (state.smoothing === 0) expect(d.zeroSupport).toEqual(undemonstrated);
        // a positive α gives every response α/(n + Kα) > 0 (unless α is so small that the quotient underflows)
        if (state.smoothing >= 1e-300) expect(d.zeroSupport).toEqual([]);
        expect(Number.isFinite(d.kl) && d.kl >= 0).toBe(true);
        expect(d.optimalValue).toBeLessThanOrEqual(d.reachableValue + 1e-9);
        expect(d.optimalValue).toBeGreaterThanOrEqual(d.sftValue - 1e-9);
        expect(d.yMax).toBeGreaterThanOrEqual(Math.max(...d.responses.map((r) => Math.max(r.sft, r.optimal))));
      }),
      { numRuns: 60 },
    );
  });
});

describe('summarizeSftInit(state)', () => {
  it('names the zeros, the best response and both expected gold rewards (the TSDoc example)', () => {
    expect(summarizeSftInit(sftInitDefaults)).toBe(
      'π_SFT from 10 demonstrations (α = 0) is 0 on y1, y5, y7 and y8, the best response y7 among them. With β = 0.5, π* gives y7 0.000: ' +
        'E[r*] = 0.48 under π_SFT and 0.72 under π*; the best response scores 1.60.',
    );
  });

  it('says when π_SFT has full support', () => {
    expect(summarizeSftInit(withState({ smoothing: 0.1 }))).toMatch(/^π_SFT from 10 demonstrations \(α = 0\.1\) gives every response some probability\. With β = 0\.5, π\* gives y7 0\.063:/);
  });
});

describe('sftInitTable(derived)', () => {
  it('has a row per response, marked, and a last row with the expected gold rewards', () => {
    const table = sftInitTable(deriveSftInit(sftInitDefaults));
    expect(table.rows).toHaveLength(9);
    expect(table.rows[6]).toEqual(documentedResult(MODEL, 'sftInitTable(deriveSftInit(sftInitDefaults)).rows[6];'));
    expect(table.rows[2]).toEqual(['y3', '0.99', '2', '0.200', '0.416']);
    expect(table.rows[0]).toEqual(['y1 (π_SFT = 0)', '−0.70', '0', '0.000', '0.000']);
    expect(table.rows[8]).toEqual(['Expected gold reward E[r*]', '', '10', '0.48', '0.72']);
  });
});

describe('responseList(items)', () => {
  it('joins response names', () => {
    expect(responseList([1, 5, 7])).toBe('y1, y5 and y7');
    expect(responseList([2])).toBe('y2');
  });
});

describe('sftInitChartConfig(derived, colors)', () => {
  it('draws π_SFT, π*, the zeros of π_SFT and the best response, following the state', () => {
    const colors = paletteChartColors('light');
    const plain = sftInitChartConfig(deriveSftInit(sftInitDefaults), colors);
    expect(plain.data.datasets.map((d) => d.label)).toEqual(['π_SFT(y)', 'π*(y)', 'Never demonstrated: π_SFT(y) = π*(y) = 0', 'Best response y7: π*']);
    expect(plain.data.datasets[2]!.data.map((p) => p.x)).toEqual([1, 5, 7, 8]);
    expect(plain.data.datasets[3]!.data).toEqual([{ x: 7, y: 0 }]);
    expect(plain.data.datasets[0]!.data.slice(1, 3)).toEqual([{ x: 0.5, y: 0 }, { x: 1.5, y: 0.1 }]);
    const smooth = sftInitChartConfig(deriveSftInit(withState({ smoothing: 0.1 })), colors);
    expect(smooth.data.datasets[2]!.data).toEqual([]);
    expect(smooth.data.datasets[3]!.data[0]!.y).toBeCloseTo(NUMPY_OPT_Y7_SMOOTH, 12);
    const scale = { ticks: [] as { value: number }[] };
    (plain.options?.scales?.['x'] as { afterBuildTicks: (s: typeof scale) => void }).afterBuildTicks(scale);
    expect(scale.ticks.map((tick) => tick.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(sftInitChartDescription(deriveSftInit(sftInitDefaults))).toContain('crosses mark y1, y5, y7 and y8');
  });
});

describe('sftInitFallback(state)', () => {
  it('is the summary and the table', () => {
    const fallback = sftInitFallback(sftInitDefaults);
    expect(fallback.summary).toContain('π* gives y7 0.000');
    expect(fallback.table.rows).toHaveLength(9);
  });
});
