import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimalPolicyChartConfig } from '../../../src/widgets/optimal-policy/chart.ts';
import { optimalPolicyEquations } from '../../../src/widgets/optimal-policy/equations.ts';
import {
  directionOffsets,
  moveText,
  optimalPolicyChartDescription,
  optimalPolicyFallback,
  optimalPolicyTable,
  deriveOptimalPolicy,
  readout,
  summarizeOptimalPolicy,
} from '../../../src/widgets/optimal-policy/model.ts';
import { optimalPolicyDefaults, optimalPolicySchema, type OptimalPolicyState } from '../../../src/widgets/optimal-policy/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { expectAllClose } from '../../math/expect-close.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values: python3 + numpy. The world as in tests/widgets/kl-budget: np.random.seed(42);
// x = randn(96).reshape(8, 4, 3); r = x[..., 0] + 0.5·x[..., 1]; π_ref = (counts + 1)/14 with counts from
// RandomState([42, 2]).choice(4, 10, p = softmax(r)) per prompt. Then w = π_ref·e^{r/β}, Z = Σw, π* = w/Z,
// d = e_k or r/β, π = π*·e^{εd}/Σ, E = Σπr, KL = Σπ log(π/π_ref), J = E − β·KL, KL* = Σπ log(π/π*).
const DEFAULT = {
  z: 4.232018537278483,
  maximum: 1.4426790748106968,
  weights: [0.328616770482098, 1.165546645475694, 2.54291424249069, 0.19494087883],
  optimum: [0.07765012548679, 0.275411517035847, 0.600875024551755, 0.046063332925607],
  policy: [0.038204758143694, 0.135505645771718, 0.803625904523463, 0.022663691561125],
  reward: 1.7913568362262604,
  kl: 0.44305056688027783,
  objective: 1.3483062693459826,
  klToOptimum: 0.09437280546471417,
  optimumReward: 1.6142120536499336,
  optimumKl: 0.171532978839237,
  referenceReward: 1.2387794270172179,
  referenceKlToOptimum: 0.20389964779347916,
};
/** Prompt 7, β = 0.5, response 1 lowered by ε = −2. */
const PROMPT7 = {
  z: 5.450808696086294,
  maximum: 0.8478819911351181,
  policy: [0.067898932494729, 0.424289372178458, 0.003093248720168, 0.504718446606645],
  objective: 0.7356132742322739,
  klToOptimum: 0.22453743380568825,
};
/** The default prompt at β = 1 along the custom d = (1, −1, 0, 0.5) by ε = 0.5. */
const CUSTOM = { policy: [0.13404323, 0.17490022, 0.62912892, 0.06192763], gap: 0.04100263906226081 };
/** Prompt 4, β = 0.2, along r/β by ε = 2 (the optimum at β/3). */
const PROMPT4 = { maximum: 0.4557674160694878, objective: 0.45417489792064347, klToOptimum: 0.007962590744221683 };

const at = (changes: Partial<OptimalPolicyState>) => deriveOptimalPolicy({ ...optimalPolicyDefaults, ...changes });
const model = new URL('../../../src/widgets/optimal-policy/model.ts', import.meta.url);

describe('deriveOptimalPolicy(state)', () => {
  it('gives Z, π*, the moved π and both sides of the decomposition at the defaults (numpy)', () => {
    const d = at({});
    expect(d.z).toBeCloseTo(DEFAULT.z, 12);
    expect(d.logZ).toBeCloseTo(Math.log(DEFAULT.z), 12);
    expect(d.maximum).toBeCloseTo(DEFAULT.maximum, 12);
    expectAllClose(d.weights, DEFAULT.weights, 12);
    expectAllClose(d.optimum.policy, DEFAULT.optimum, 12);
    expectAllClose(d.current.policy, DEFAULT.policy, 12);
    expect(d.current.expectedReward).toBeCloseTo(DEFAULT.reward, 12);
    expect(d.current.kl).toBeCloseTo(DEFAULT.kl, 12);
    expect(d.current.objective).toBeCloseTo(DEFAULT.objective, 12);
    expect(d.current.klToOptimum).toBeCloseTo(DEFAULT.klToOptimum, 12);
    expect(d.gap).toBeCloseTo(DEFAULT.klToOptimum, 12);
    expect(d.optimum.expectedReward).toBeCloseTo(DEFAULT.optimumReward, 12);
    expect(d.optimum.kl).toBeCloseTo(DEFAULT.optimumKl, 12);
    expect(d.optimum.objective).toBeCloseTo(DEFAULT.maximum, 12);
    expect(d.optimum.klToOptimum).toBe(0);
    expect(d.reference.objective).toBeCloseTo(DEFAULT.referenceReward, 12);
    expect(d.reference.klToOptimum).toBeCloseTo(DEFAULT.referenceKlToOptimum, 12);
    expect(d.offsets).toEqual([0, 0, 1, 0]);
  });
  it('follows the prompt, β, the direction and the sign of the step (numpy)', () => {
    const p7 = at({ prompt: 7, beta: 0.5, direction: 'y1', step: -2 });
    expect(p7.z).toBeCloseTo(PROMPT7.z, 12);
    expect(p7.maximum).toBeCloseTo(PROMPT7.maximum, 12);
    expectAllClose(p7.current.policy, PROMPT7.policy, 12);
    expect(p7.current.objective).toBeCloseTo(PROMPT7.objective, 12);
    expect(p7.current.klToOptimum).toBeCloseTo(PROMPT7.klToOptimum, 12);
    const p4 = at({ prompt: 4, beta: 0.2, direction: 'reward', step: 2 });
    expect(p4.maximum).toBeCloseTo(PROMPT4.maximum, 12);
    expect(p4.current.objective).toBeCloseTo(PROMPT4.objective, 12);
    expect(p4.current.klToOptimum).toBeCloseTo(PROMPT4.klToOptimum, 12);
  });
  it('returns π_ref at ε = −1 along r/β, and π* at ε = 0 in every direction', () => {
    const back = at({ direction: 'reward', step: -1 });
    expectAllClose(back.current.policy, [3 / 14, 4 / 14, 5 / 14, 2 / 14], 12);
    expect(back.gap).toBeCloseTo(DEFAULT.referenceKlToOptimum, 12);
    for (const direction of ['y1', 'y2', 'y3', 'y4', 'reward', 'custom'] as const) {
      const d = at({ direction, step: 0 });
      expectAllClose(d.current.policy, DEFAULT.optimum, 12);
      expect(Math.abs(d.gap)).toBeLessThan(1e-14);
    }
  });
  it('moves along the custom offsets d1…d4 when the direction is custom, and ignores them otherwise (numpy)', () => {
    // numpy: π = π*·e^{0.5·(1, −1, 0, 0.5)}/Σ on the default prompt; gap = β·KL(π‖π*).
    const d = at({ direction: 'custom', step: 0.5, d1: 1, d2: -1, d3: 0, d4: 0.5 });
    expect(d.offsets).toEqual([1, -1, 0, 0.5]);
    expectAllClose(d.current.policy, CUSTOM.policy, 8);
    expect(d.gap).toBeCloseTo(CUSTOM.gap, 12);
    expect(at({ d1: -2, d2: 2 }).current.policy).toEqual(at({}).current.policy);
  });
  it('has a gap that grows like β·ε²·π*(y)(1 − π*(y))/2 near π* (numpy at ε = 0.1: 0.0011817)', () => {
    const d = at({ step: 0.1 });
    expect(d.gap).toBeCloseTo(0.0011817085137668772, 12);
    const p = DEFAULT.optimum[2]!;
    expect(d.gap / ((0.01 * p * (1 - p)) / 2)).toBeCloseTo(1, 1);
  });
  it('satisfies J(π) = β log Z − β·KL(π‖π*) ≤ β log Z, with the curve peaking at ε = 0, for every valid state (property)', () => {
    fc.assert(
      fc.property(validState(optimalPolicySchema), (state) => {
        const d = deriveOptimalPolicy({ ...state, seed: state.seed % 50 });
        expect(d.gap).toBeCloseTo(d.beta * d.current.klToOptimum, 10);
        expect(readout(d.gap)).toBe(readout(d.beta * d.current.klToOptimum));
        expect(d.current.objective).toBeLessThanOrEqual(d.maximum + 1e-12);
        for (const point of d.curve) expect(point.objective).toBeLessThanOrEqual(d.maximum + 1e-12);
        const middle = d.curve[(d.curve.length - 1) / 2]!;
        expect(middle.step).toBe(0);
        expect(middle.objective).toBeCloseTo(d.maximum, 12);
      }),
      { numRuns: 60 },
    );
  });
});

describe('directionOffsets(direction, rewards, beta)', () => {
  it('makes its TSDoc examples true', () => {
    expect(directionOffsets('y2', [0.5, 1, 2], 1)).toEqual(documentedResult(model, "directionOffsets('y2', [0.5, 1, 2], 1);"));
    expect(directionOffsets('reward', [0.5, 1, 2], 0.5)).toEqual(documentedResult(model, "directionOffsets('reward', [0.5, 1, 2], 0.5);"));
    expect(directionOffsets('custom', [0.5, 1, 2], 1, [1, -1])).toEqual(documentedResult(model, "directionOffsets('custom', [0.5, 1, 2], 1, [1, -1]);"));
  });
});

describe('moveText(direction, step)', () => {
  it('names the response or the reward, with a true minus sign', () => {
    expect(moveText('y3', 1)).toBe(documentedResult(model, "moveText('y3', 1);"));
    expect(moveText('reward', -0.5)).toBe(documentedResult(model, "moveText('reward', -0.5);"));
    expect(moveText('custom', 2, [1, -1, 0, 0.5])).toBe(documentedResult(model, "moveText('custom', 2, [1, -1, 0, 0.5]);"));
  });
});

describe('summarizeOptimalPolicy(state)', () => {
  it('states the default readouts, as its TSDoc example says', () => {
    const text = summarizeOptimalPolicy(optimalPolicyDefaults);
    expect(text).toBe(documentedResult(model, 'summarizeOptimalPolicy(optimalPolicyDefaults);'));
    expect(text).toBe(
      'Prompt 1, β = 1, response 3 raised by ε = 1: E_π[r] = 1.7914, KL(π‖π_ref) = 0.4431, J(π) = 1.3483. The maximum β log Z = 1.4427 is reached at π*; the gap 0.0944 equals β·KL(π‖π*) = 0.0944.',
    );
    expect(optimalPolicyFallback(optimalPolicyDefaults).summary).toBe(text);
  });
});

describe('optimalPolicyTable(derived)', () => {
  it('lists each response, the sums with Z, and the readouts of π_ref, π* and π', () => {
    const table = optimalPolicyTable(at({}));
    expect(table.rows[2]).toEqual(documentedResult(model, 'optimalPolicyTable(deriveOptimalPolicy(optimalPolicyDefaults)).rows[2];'));
    expect(table.rows).toEqual([
      ['1', '0.428', '0.214', '0.329', '0.078', '0.00', '0.038'],
      ['2', '1.406', '0.286', '1.166', '0.275', '0.00', '0.136'],
      ['3', '1.963', '0.357', '2.543', '0.601', '1.00', '0.804'],
      ['4', '0.311', '0.143', '0.195', '0.046', '0.00', '0.023'],
      ['Σ', '', '1.000', 'Z = 4.232', '1.000', '', '1.000'],
      ['E[r]', '', '1.2388', '', '1.6142', '', '1.7914'],
      ['KL(·‖π_ref)', '', '0.0000', '', '0.1715', '', '0.4431'],
      ['J = E[r] − β·KL', '', '1.2388', '', '1.4427', '', '1.3483'],
      ['β·KL(·‖π*)', '', '0.2039', '', '0.0000', '', '0.0944'],
      ['J + β·KL(·‖π*)', '', '1.4427', '', '1.4427', '', '1.4427'],
    ]);
  });
});

describe('optimalPolicyChartConfig(derived, colors)', () => {
  const colors = paletteChartColors('light');
  it('draws J and E[r] along d, the maximum, the gap and the current point', () => {
    const d = at({});
    const [objective, reward, maximum, gap, point] = optimalPolicyChartConfig(d, colors).data.datasets;
    expect(objective!.data).toHaveLength(121);
    expect(objective!.data[60]).toEqual({ x: 0, y: d.curve[60]!.objective });
    expect(reward!.data[120]!.x).toBe(3);
    expect(maximum!.data.map((p) => p.y)).toEqual([d.maximum, d.maximum]);
    expect(gap!.data).toEqual([{ x: 1, y: d.current.objective }, { x: 1, y: d.maximum }]);
    expect(point!.data).toEqual([{ x: 1, y: d.current.objective }]);
  });
  it('keeps the axes fixed while the step moves, and contains both curves and the maximum', () => {
    const y = (step: number) => optimalPolicyChartConfig(at({ step }), colors).options!.scales!['y'] as { min: number; max: number };
    expect(y(-3)).toEqual(y(2.5));
    const d = at({});
    for (const point of d.curve) {
      expect(point.objective).toBeGreaterThanOrEqual(y(0).min);
      expect(point.expectedReward).toBeLessThanOrEqual(y(0).max);
    }
    expect(optimalPolicyChartDescription(d)).toMatch(/^The objective J/);
  });
});

describe('optimalPolicyEquations.values(state)', () => {
  it('gives the numbers the widget shows, as its TSDoc example says', () => {
    expect(optimalPolicyEquations.values(optimalPolicyDefaults)).toEqual({
      beta: '1',
      epsilon: '1',
      z: '4.232',
      maximum: '1.4427',
      reward: '1.7914',
      kl: '0.4431',
      objective: '1.3483',
      'kl-star': '0.0944',
      gap: '0.0944',
      'gap-kl': '0.0944',
    });
  });
  it('names only state keys of the widget', () => {
    for (const symbol of Object.values(optimalPolicyEquations.symbols)) {
      for (const key of symbol.keys) expect(Object.keys(optimalPolicySchema)).toContain(key);
    }
  });
});
