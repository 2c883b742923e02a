import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barSegments, betaTemperatureChartConfig } from '../../../src/widgets/beta-temperature/chart.ts';
import { betaTemperatureEquations } from '../../../src/widgets/beta-temperature/equations.ts';
import {
  betaTemperatureChartDescription,
  betaTemperatureFallback,
  betaTemperatureTable,
  deriveBetaTemperature,
  summarizeBetaTemperature,
} from '../../../src/widgets/beta-temperature/model.ts';
import { betaTemperatureDefaults, betaTemperatureSchema, type BetaTemperatureState } from '../../../src/widgets/beta-temperature/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { expectAllClose } from '../../math/expect-close.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values: python3 + numpy + mpmath (50 digits). The world as in tests/widgets/kl-budget: np.random.seed(42);
// x = randn(96).reshape(8, 4, 3); r = x[..., 0] + 0.5·x[..., 1]; π_ref = (counts + 1)/14 with counts from
// RandomState([42, 2]).choice(4, 10, p = softmax(r)) per prompt. Then w = π_ref·e^{r/β} in mpmath, π_β = w/Σw,
// E = Σ π_β r, KL = Σ π_β log(π_β/π_ref), H = −Σ π_β log π_β, H× = −Σ π_β log π_ref, β log Z = β log Σ w.
const AT_1 = {
  policy: [0.0776501254868, 0.275411517036, 0.600875024552, 0.0460633329256],
  reward: 1.61421205365,
  kl: 0.171532978839,
  entropy: 1.00141582115,
  crossEntropy: 1.17294879999,
  objective: 1.44267907481,
  logOdds: 0.780120562351698,
};
const AT_001 = { reward: 1.96293018008, kl: 1.02961941718, objective: 1.95263398591, policy2: 5.17470674435e-25 };
const AT_100 = {
  policy: [0.212549587686, 0.286185756739, 0.359730241178, 0.141534414397],
  reward: 1.2433676392,
  kl: 2.29332904683e-5,
  entropy: 1.33171943785,
  objective: 1.24107431015,
};
/** Prompt 1 with response 2 raised to response 3's reward, β = 1. Limit β → 0: 4/9, 5/9 (π_ref ratio 4 : 5). */
const TIE_AT_1 = { policy: [0.0644245135658, 0.39882569078, 0.498532113476, 0.0382176821782], kl: 0.171479456736, entropy: 1.01506354174 };
const PROMPT7_AT_005 = { policy: [0.001812424396, 0.01303718006, 1.449607643e-18, 0.9851503955], kl: 1.452676694, entropy: 0.08276150695 };

const at = (changes: Partial<BetaTemperatureState>) => deriveBetaTemperature({ ...betaTemperatureDefaults, ...changes });
const model = new URL('../../../src/widgets/beta-temperature/model.ts', import.meta.url);

describe('deriveBetaTemperature(state)', () => {
  it('gives π_β and its readouts at the default β = 1 (mpmath)', () => {
    const d = at({});
    expectAllClose(d.current.policy, AT_1.policy, 10);
    expect(d.current.expectedReward).toBeCloseTo(AT_1.reward, 10);
    expect(d.current.kl).toBeCloseTo(AT_1.kl, 10);
    expect(d.current.entropy).toBeCloseTo(AT_1.entropy, 10);
    expect(d.crossEntropy).toBeCloseTo(AT_1.crossEntropy, 10);
    expect(d.objective).toBeCloseTo(AT_1.objective, 10);
    expect(d.logOdds).toBeCloseTo(AT_1.logOdds, 10);
    expect([d.best, d.runnerUp, d.top]).toEqual([3, 2, [3]]);
    expect(d.referenceLogOdds).toBeCloseTo(Math.log(5 / 4), 14); // counts 4 and 3, plus one each
    expect(d.gap).toBeCloseTo(1.962930180083846 - 1.4059531690463574, 12);
  });
  it('stays finite at β = 0.01, where e^{r/β} = e^{196}, and matches 50-digit arithmetic', () => {
    const d = at({ beta: 0.01 });
    expect(d.current.expectedReward).toBeCloseTo(AT_001.reward, 10);
    expect(d.current.kl).toBeCloseTo(AT_001.kl, 10);
    expect(d.objective).toBeCloseTo(AT_001.objective, 10);
    expect(d.current.policy[1]! / AT_001.policy2).toBeCloseTo(1, 8);
    expect(d.exponents.map((e) => Number(e.toFixed(2)))).toEqual([-153.53, -55.7, 0, -165.21]);
  });
  it('approaches π_ref at β = 100: KL 2.29e−5 to 9 significant digits (mpmath)', () => {
    const d = at({ beta: 100 });
    expectAllClose(d.current.policy, AT_100.policy, 10);
    expect(d.current.kl / AT_100.kl).toBeCloseTo(1, 8);
    expect(d.current.expectedReward).toBeCloseTo(AT_100.reward, 10);
    expect(d.current.entropy).toBeCloseTo(AT_100.entropy, 10);
    expect(d.objective).toBeCloseTo(AT_100.objective, 10);
  });
  it('has both limits: π_ref (KL 0) and, as β → 0, all mass on response 3 with KL −log(5/14)', () => {
    const d = at({});
    expectAllClose(d.reference.policy, [3 / 14, 4 / 14, 5 / 14, 2 / 14], 15);
    expect(d.reference.kl).toBe(0);
    expect(Array.from(d.greedy.policy)).toEqual([0, 0, 1, 0]);
    expect(d.greedy.kl).toBeCloseTo(-Math.log(5 / 14), 14);
    expect(d.greedy.entropy).toBe(0);
    expect(d.greedy.expectedReward).toBeCloseTo(1.962930180083846, 14);
  });
  it('with the tie, splits the β → 0 mass in π_ref’s ratio 4 : 5, and the log-odds stay at log(5/4) for every β', () => {
    const d = at({ tie: true });
    expect(d.top).toEqual([2, 3]);
    expect(d.rewards[1]).toBe(d.rewards[2]);
    expectAllClose(d.current.policy, TIE_AT_1.policy, 10);
    expect(d.current.kl).toBeCloseTo(TIE_AT_1.kl, 10);
    expect(d.current.entropy).toBeCloseTo(TIE_AT_1.entropy, 10);
    expectAllClose(d.greedy.policy, [0, 4 / 9, 5 / 9, 0], 15);
    expect(d.greedy.kl).toBeCloseTo(-Math.log(9 / 14), 14);
    expect(d.greedy.entropy).toBeCloseTo(-(4 / 9) * Math.log(4 / 9) - (5 / 9) * Math.log(5 / 9), 14);
    expect(d.gap).toBe(0);
    for (const beta of [0.01, 1, 100]) expect(at({ tie: true, beta }).logOdds).toBeCloseTo(Math.log(5 / 4), 12);
    expectAllClose(at({ tie: true, beta: 0.01 }).current.policy, [0, 4 / 9, 5 / 9, 0], 12);
  });
  it('follows the prompt: prompt 7 at β = 0.05 (mpmath)', () => {
    const d = at({ prompt: 7, beta: 0.05 });
    expectAllClose(d.current.policy, PROMPT7_AT_005.policy, 9);
    expect(d.current.kl).toBeCloseTo(PROMPT7_AT_005.kl, 8);
    expect(d.current.entropy).toBeCloseTo(PROMPT7_AT_005.entropy, 8);
    expect([d.best, d.runnerUp]).toEqual([4, 2]);
  });
  it('satisfies E − β·KL = β log Z and H = H× − KL, and lies between its limits, for every valid state (property)', () => {
    fc.assert(
      fc.property(validState(betaTemperatureSchema), (state) => {
        const d = deriveBetaTemperature({ ...state, seed: state.seed % 50 });
        expect(d.current.expectedReward - state.beta * d.current.kl).toBeCloseTo(d.objective, 9);
        expect(d.crossEntropy - d.current.kl).toBeCloseTo(d.current.entropy, 9);
        expect(d.current.expectedReward).toBeGreaterThanOrEqual(d.reference.expectedReward - 1e-12);
        expect(d.current.expectedReward).toBeLessThanOrEqual(d.rMax + 1e-12);
        expect(d.current.kl).toBeLessThanOrEqual(d.greedy.kl + 1e-12);
        expect(d.exponents.every((e) => e <= 0 && Number.isFinite(e))).toBe(true);
        expect(Number.isFinite(d.logOdds)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('summarizeBetaTemperature(state)', () => {
  it('states the default readouts, as its TSDoc example says', () => {
    const text = summarizeBetaTemperature(betaTemperatureDefaults);
    expect(text).toBe(
      'Prompt 1, β = 1: E[r] = 1.6142, KL(π_β‖π_ref) = 0.1715, H(π_β) = 1.0014 nats. Response 3, the best, gets 0.601 (π_ref 0.357, 1 as β → 0).',
    );
    expect(betaTemperatureFallback(betaTemperatureDefaults).summary).toBe(text);
  });
  it('names the tie and the shares it keeps as β → 0', () => {
    expect(summarizeBetaTemperature({ ...betaTemperatureDefaults, tie: true })).toBe(
      'Prompt 1, β = 1: E[r] = 1.8009, KL(π_β‖π_ref) = 0.1715, H(π_β) = 1.0151 nats. Responses 2 and 3 tie for the best reward and get 0.399 and 0.499; as β → 0 they keep π_ref\'s proportions, 0.444 and 0.556.',
    );
  });
});

describe('betaTemperatureTable(derived)', () => {
  it('lists each response, then the readouts of π_ref, π_β and the limit β → 0', () => {
    const table = betaTemperatureTable(at({}));
    expect(table.rows[2]).toEqual(documentedResult(model, 'betaTemperatureTable(deriveBetaTemperature(betaTemperatureDefaults)).rows[2];'));
    expect(table.columns).toEqual(['y', 'r(y)', 'π_ref (β → ∞)', '(r − r_max)/β', 'π_β (β = 1)', 'β → 0']);
    expect(table.rows).toEqual([
      ['1', '0.428', '0.214', '−1.54', '0.078', '0.000'],
      ['2', '1.406', '0.286', '−0.56', '0.275', '0.000'],
      ['3', '1.963', '0.357', '0.00', '0.601', '1.000'],
      ['4', '0.311', '0.143', '−1.65', '0.046', '0.000'],
      ['E_π[r]', '', '1.2388', '', '1.6142', '1.9629'],
      ['KL(π‖π_ref)', '', '0.0000', '', '0.1715', '1.0296'],
      ['H(π)', '', '1.3337', '', '1.0014', '0.0000'],
    ]);
  });
  it('says in its caption when the tie is on', () => {
    expect(betaTemperatureTable(at({ tie: true })).caption).toContain('response 2 raised to the best reward');
    expect(betaTemperatureTable(at({})).caption).not.toContain('raised');
  });
});

describe('betaTemperatureChartConfig(derived, colors)', () => {
  const colors = paletteChartColors('light');
  it('draws π_ref and π_β as bars either side of each response and triangles at the β → 0 limit', () => {
    const [reference, policy, limit] = betaTemperatureChartConfig(at({}), colors).data.datasets;
    expect(reference!.data.filter((p) => p.y > 0).map((p) => p.x)).toEqual([0.83, 1.83, 2.83, 3.83]);
    expect(policy!.data.filter((p) => p.y > 0).map((p) => p.y)).toEqual(Array.from(at({}).current.policy));
    expect(limit!.data).toEqual([{ x: 3.17, y: 1 }]);
    expect(betaTemperatureChartConfig(at({ tie: true }), colors).data.datasets[2]!.data.map((p) => p.x)).toEqual([2.17, 3.17]);
  });
  it('keeps the probability axis fixed at [0, 1.05] so the bars morph against one scale', () => {
    const options = betaTemperatureChartConfig(at({ beta: 0.01 }), colors).options!;
    expect([options.scales!['y']!.min, options.scales!['y']!.max]).toEqual([0, 1.05]);
  });
});

describe('barSegments(values, offset)', () => {
  it('makes a vertical segment per value with a NaN gap after it, as its TSDoc example says', () => {
    const points = barSegments([0.25, 0.75], 0.2);
    expect(points.map((p) => p.x)).toEqual([1.2, 1.2, 1.2, 2.2, 2.2, 2.2]);
    expect(points.map((p) => p.y)).toEqual([0, 0.25, Number.NaN, 0, 0.75, Number.NaN]);
  });
});

describe('betaTemperatureChartDescription(derived)', () => {
  it('names the bars and where the limit is', () => {
    expect(betaTemperatureChartDescription(at({}))).toMatch(/^Bars of π_ref and of π_β at β = 1 for responses 1 to 4, with triangles .*\(on response 3\)/);
    expect(betaTemperatureChartDescription(at({ tie: true }))).toContain('on responses 2 and 3');
  });
});

describe('betaTemperatureEquations.values(state)', () => {
  it('gives the numbers the section’s equations show, as the widget prints them', () => {
    expect(betaTemperatureEquations.values(betaTemperatureDefaults)).toEqual({
      beta: '1',
      best: '3',
      'runner-up': '2',
      'ref-logodds': '0.223',
      gap: '0.557',
      logodds: '0.780',
      reward: '1.6142',
      kl: '0.1715',
      objective: '1.4427',
      entropy: '1.0014',
      'cross-entropy': '1.1729',
    });
  });
  it('uses only state keys for its symbols', () => {
    for (const symbol of Object.values(betaTemperatureEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(betaTemperatureSchema)).toContain(key);
    }
  });
});
