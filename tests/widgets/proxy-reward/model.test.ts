import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topCutoff, proxyRewardChartConfig } from '../../../src/widgets/proxy-reward/chart.ts';
import { proxyRewardEquations } from '../../../src/widgets/proxy-reward/equations.ts';
import {
  deriveProxyReward,
  formatTau,
  proxyRewardFallback,
  proxyRewardTable,
  summarizeProxyReward,
} from '../../../src/widgets/proxy-reward/model.ts';
import { proxyRewardDefaults, proxyRewardSchema, type ProxyRewardState } from '../../../src/widgets/proxy-reward/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

const withState = (changes: Partial<ProxyRewardState>): ProxyRewardState => ({ ...proxyRewardDefaults, ...changes });

/**
 * The whole pipeline recomputed independently in python3 with numpy and scipy (numpy 2.4, scipy 1.17):
 * np.random.seed(seed); randn(50·4·3) → features (h, s, 0.5h + √0.75·z), gold = φ·(1, 0.5, 0);
 * np.random.seed([seed, 1]); per comparison x = randint(0, 25), a = randint(0, 4), b = randint(0, 3) (+1 if ≥ a),
 * u, v = rand(), rand(), a chosen iff u < σ((Δr* + λΔℓ)/τ); weights = scipy.optimize.root of Σ σ(−w·d) d − 0.1 w;
 * on the answers of prompts 25–49: scipy.stats.kendalltau, top 10 by np.argsort(−·, kind='stable'), and the
 * expected label accuracy mean over same-prompt pairs of σ(Δu/τ) or 1 − σ(Δu/τ) by the sign of the score gap.
 */
const PYTHON = {
  defaults: {
    weights: [0.5895247333757869, 0.4851992407978307, 0.5987248821404864],
    tauB: 0.724848484848485,
    tauBLimit: 0.8161616161616163,
    overlap: 8,
    overlapLimit: 9,
    proxyTopGold: 2.0202157076891907,
    goldTopGold: 2.098183046841982,
    meanGold: -0.022111142060884853,
    proxyLabelAccuracy: 0.7755710576267927,
    goldLabelAccuracy: 0.7565002498482599,
    proxyTop: [24, 40, 59, 87, 31, 41, 29, 4, 94, 17],
    goldRanks: [5, 1, 7, 2, 3, 13, 4, 15, 9, 6],
  },
  many: { weights: [0.9627177222997539, 0.4569557527884365, 0.5573713252080226], tauB: 0.7858585858585859, overlap: 8 }, // N = 2000
  seed7: { weights: [0.48178017739008655, 0.22434146095743565, 0.5519278753610076], tauB: 0.623030303030303, tauBLimit: 0.6573737373737375, overlap: 6 }, // N = 2000, τ = 2, λ = 1, seed 7
  sharp: { weights: [2.4512789823921706, 1.521598649113311, -2.4475354970737127], tauB: 0.4157575757575758, tauBLimit: 0.40767676767676775 }, // N = 10, τ = 0.1, λ = −1, seed 0
  unbiased: { tauB: 0.901818181818182, proxyLabelAccuracy: 0.7421029999046763, goldLabelAccuracy: 0.7454277827856961 }, // λ = 0
};

describe('deriveProxyReward(state)', () => {
  it('matches the numpy/scipy recomputation at the defaults', () => {
    const d = deriveProxyReward(proxyRewardDefaults);
    const p = PYTHON.defaults;
    d.weights.forEach((w, j) => expect(w).toBeCloseTo(p.weights[j]!, 10));
    expect(d.tauB).toBeCloseTo(p.tauB, 12);
    expect(d.tauBLimit).toBeCloseTo(p.tauBLimit, 12);
    expect(d.overlap).toBe(p.overlap);
    expect(d.overlapLimit).toBe(p.overlapLimit);
    expect(d.proxyTopGold).toBeCloseTo(p.proxyTopGold, 10);
    expect(d.goldTopGold).toBeCloseTo(p.goldTopGold, 10);
    expect(d.meanGold).toBeCloseTo(p.meanGold, 10);
    expect(d.proxyLabelAccuracy).toBeCloseTo(p.proxyLabelAccuracy, 10);
    expect(d.goldLabelAccuracy).toBeCloseTo(p.goldLabelAccuracy, 10);
    expect(d.proxyTop).toEqual(p.proxyTop);
    expect(d.proxyTop.map((i) => d.answers[i]!.goldRank)).toEqual(p.goldRanks);
    expect(d.answers.length).toBe(100);
    expect(d.limitWeights).toEqual([1, 0.5, 0.5]);
  });

  it.each([
    ['N = 2000', { comparisons: 2000 }, PYTHON.many],
    ['N = 2000, τ = 2, λ = 1, seed 7', { comparisons: 2000, noise: 2, lengthBias: 1, seed: 7 }, PYTHON.seed7],
    ['N = 10, τ = 0.1, λ = −1, seed 0', { comparisons: 10, noise: 0.1, lengthBias: -1, seed: 0 }, PYTHON.sharp],
  ] as const)('matches numpy/scipy at %s', (_, changes, expected) => {
    const d = deriveProxyReward(withState(changes));
    d.weights.forEach((w, j) => expect(w).toBeCloseTo(expected.weights[j]!, 9));
    expect(d.tauB).toBeCloseTo(expected.tauB, 12);
    if ('tauBLimit' in expected) expect(d.tauBLimit).toBeCloseTo(expected.tauBLimit, 12);
    if ('overlap' in expected) expect(d.overlap).toBe(expected.overlap);
  });

  it('with an unbiased annotator (λ = 0) the limit is the gold order itself, and the gold reward beats the proxy on the labels', () => {
    const d = deriveProxyReward(withState({ lengthBias: 0 }));
    expect(d.tauBLimit).toBe(1);
    expect(d.overlapLimit).toBe(10);
    expect(d.tauB).toBeCloseTo(PYTHON.unbiased.tauB, 12);
    expect(d.proxyLabelAccuracy).toBeCloseTo(PYTHON.unbiased.proxyLabelAccuracy, 10);
    expect(d.goldLabelAccuracy).toBeCloseTo(PYTHON.unbiased.goldLabelAccuracy, 10);
  });

  it('gives the limit (w* + λe_ℓ)/τ, a τ_b limit that ignores τ and N, and finite numbers in every state (property)', () => {
    fc.assert(
      fc.property(validState(proxyRewardSchema), (s) => {
        const d = deriveProxyReward(s);
        expect(d.limitWeights[0]).toBeCloseTo(1 / s.noise, 12);
        expect(d.limitWeights[2]).toBeCloseTo(s.lengthBias / s.noise, 12);
        for (const w of d.weights) expect(Number.isFinite(w)).toBe(true);
        expect(d.tauB).toBeGreaterThanOrEqual(-1);
        expect(d.tauB).toBeLessThanOrEqual(1);
        expect(d.tauBLimit).toBe(deriveProxyReward({ ...s, noise: 1, comparisons: 10 }).tauBLimit);
        expect(d.overlap).toBeGreaterThanOrEqual(0);
        expect(d.overlap).toBeLessThanOrEqual(10);
        expect(d.proxyTopGold).toBeLessThanOrEqual(d.goldTopGold + 1e-12);
      }),
      { numRuns: 25 },
    );
  });
});

describe('summarizeProxyReward(state, derived)', () => {
  it('states the parameters, τ_b and its limit, the top-10 overlap and the length premium', () => {
    expect(summarizeProxyReward(proxyRewardDefaults)).toBe(
      'N = 200, τ = 1, λ = 0.5: Kendall τ_b = 0.725 between proxy and gold reward on 100 held-out answers (0.816 with unlimited comparisons); ' +
        'the proxy’s top 10 hold 8 of the gold top 10; it values a unit of length at 1.02 units of helpfulness (gold: 0).',
    );
  });

  it('says so when the proxy does not reward helpfulness (ŵ_h ≤ 0)', () => {
    const d = deriveProxyReward(proxyRewardDefaults);
    expect(summarizeProxyReward(proxyRewardDefaults, { ...d, lengthPremium: null })).toMatch(/it does not reward helpfulness at all\.$/);
  });
});

describe('formatTau(value)', () => {
  it('is 3 decimals with a true minus, or "undefined" for a constant ranking', () => {
    expect(formatTau(0.7248)).toBe('0.725');
    expect(formatTau(-0.5)).toBe('−0.500');
    expect(formatTau(Number.NaN)).toBe('undefined');
  });
});

describe('proxyRewardTable(derived)', () => {
  it('lists the proxy’s top 10 with gold ranks (numpy values above, rounded), and the weights and τ_b in the caption', () => {
    const table = proxyRewardTable(deriveProxyReward(proxyRewardDefaults));
    expect(table.rows.length).toBe(documentedResult(new URL('../../../src/widgets/proxy-reward/model.ts', import.meta.url), 'proxyRewardTable(deriveProxyReward(proxyRewardDefaults)).rows.length;'));
    // numpy: answer 24 of the held-out set has gold 1.93078, proxy 2.87179, length 2.59028.
    expect(table.rows[0]).toEqual(['1', '5', '1.93', '2.87', '2.59']);
    expect(table.rows.map((row) => row[1])).toEqual(PYTHON.defaults.goldRanks.map(String));
    expect(table.caption).toContain('ŵ = (0.59, 0.49, 0.60)');
    expect(table.caption).toContain('(w* + λ·e_ℓ)/τ = (1.00, 0.50, 0.50)');
    expect(table.caption).toContain('Kendall τ_b = 0.725 (unlimited: 0.816)');
    // (1 + τ_b)/2 · 4950 concordant pairs, no ties (scipy: 0.724848… · 4950 = 3588 = n_c − n_d).
    expect(table.caption).toContain('of the 4950 pairs of held-out answers, 4269 are concordant and 681 discordant; 0 are tied in r̂ and 0 in r*');
    expect(table.caption).toContain('proxy 77.6%, gold reward 75.7%');
    expect(table.columns.length).toBe(table.rows[0]!.length);
  });
});

describe('topCutoff(values, k)', () => {
  it('lies halfway between the k-th and (k+1)-th largest values', () => {
    expect(topCutoff([5, 1, 4, 2], 2)).toBe(3);
    expect(topCutoff([5, 1], 2)).toBe(1);
  });
});

describe('proxyRewardChartConfig(derived, colors)', () => {
  it('plots every held-out answer once, split by length, and the two cutoffs inside the axes', () => {
    const d = deriveProxyReward(proxyRewardDefaults);
    const config = proxyRewardChartConfig(d, paletteChartColors('light'));
    const [short, long, proxyCut, goldCut] = config.data.datasets;
    expect(short!.data.length + long!.data.length).toBe(100);
    expect(long!.data.length).toBe(d.answers.filter((a) => a.length > 0).length);
    expect(short!.pointStyle).toBe('circle');
    expect(long!.pointStyle).toBe('triangle');
    const scales = config.options?.scales as Record<string, { min: number; max: number }>;
    for (const a of d.answers) {
      expect(a.gold).toBeGreaterThanOrEqual(scales['x']!.min);
      expect(a.gold).toBeLessThanOrEqual(scales['x']!.max);
      expect(a.proxy).toBeGreaterThanOrEqual(scales['y']!.min);
      expect(a.proxy).toBeLessThanOrEqual(scales['y']!.max);
    }
    // Exactly the proxy's top 10 lie above its cutoff, and the gold top 10 right of the gold cutoff.
    expect(d.answers.filter((a) => a.proxy > proxyCut!.data[0]!.y).length).toBe(10);
    expect(d.answers.filter((a) => a.gold > goldCut!.data[0]!.x).length).toBe(10);
  });
});

describe('proxyRewardEquations.values(state)', () => {
  it('gives the numbers the widget shows at the defaults', () => {
    expect(proxyRewardEquations.values(proxyRewardDefaults)).toMatchObject({
      comparisons: '200', noise: '1', 'length-bias': '0.5', 'w-h': '0.59', 'w-s': '0.49', 'w-l': '0.60',
      'limit-h': '1.00', 'limit-s': '0.50', 'limit-l': '0.50', 'tau-b': '0.725', 'tau-b-limit': '0.816', overlap: '8',
      pairs: '4950', concordant: '4269', discordant: '681', 'tied-proxy': '0', 'tied-gold': '0',
    });
  });

  it.each([{ comparisons: 2000 }, { noise: 2, lengthBias: -0.5 }, { seed: 7 }])('matches the caption at %o', (changes) => {
    const state = withState(changes);
    const values = proxyRewardEquations.values(state);
    const caption = proxyRewardTable(deriveProxyReward(state)).caption;
    expect(caption).toContain(`ŵ = (${values['w-h']}, ${values['w-s']}, ${values['w-l']})`);
    expect(caption).toContain(`= (${values['limit-h']}, ${values['limit-s']}, ${values['limit-l']})`);
    expect(caption).toContain(`Kendall τ_b = ${values['tau-b']} (unlimited: ${values['tau-b-limit']})`);
  });

  it('has symbols that stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(proxyRewardEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(proxyRewardSchema), `${name} → ${key}`).toContain(key);
    }
  });
});

describe('proxyRewardFallback(state)', () => {
  it('is the summary and the table of the state', () => {
    const fallback = proxyRewardFallback(proxyRewardDefaults);
    expect(fallback.summary).toBe(summarizeProxyReward(proxyRewardDefaults));
    expect(fallback.table.rows.length).toBe(10);
  });
});
