import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveImplicitReward,
  implicitRewardChartConfig,
  implicitRewardChartDescription,
  implicitRewardColumns,
  implicitRewardFallback,
  implicitRewardTable,
  summarizeImplicitReward,
} from '../../../src/widgets/implicit-reward/model.ts';
import { implicitRewardDefaults, implicitRewardSchema, type ImplicitRewardState } from '../../../src/widgets/implicit-reward/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { expectAllClose } from '../../math/expect-close.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

/*
 * Independent values: python3 + numpy + scipy. The world as in tests/widgets/beta-temperature: np.random.seed(42);
 * x = randn(96).reshape(8, 4, 3); r = x[..., 0] + 0.5·x[..., 1]; π_ref = (counts + 1)/14 with counts from
 * RandomState([42, 2]).choice(4, 10, p = softmax(r)) per prompt. Then for prompt 1, r' = r + c:
 * π* = π_ref·e^{r'/β}/Σ, π_θ = π*^{1/T}/Σ, r̂ = β·log(π_θ/π_ref), β log Z = β·log Σ π_ref·e^{r'/β},
 * τ = scipy.stats.kendalltau(r̂, r').
 */
const REWARDS = [0.4275820024256404, 1.4059531690463574, 1.962930180083846, 0.31085119717973353];
const REFERENCE = [3 / 14, 4 / 14, 5 / 14, 2 / 14];
const DEFAULT = {
  optimal: [0.07765012548679046, 0.2754115170358473, 0.600875024551755, 0.04606333292560729],
  rhat: [-1.0150970723850563, -0.03672590576433938, 0.5202511052731492, -1.131827877630963],
  betaLogZ: 1.4426790748106968,
};
const T3 = {
  policy: [0.18715300766124618, 0.2854149971351473, 0.3701781731883126, 0.15725382201529406],
  rhat: [-0.1353837329547687, -0.0010480590490503268, 0.03584857708730586, 0.09601607070203862],
  tau: 0,
};
const SCIPY_TAU = { 0.5: 1, 2: 0.6666666666666669, 4: -0.3333333333333334, 10: -1 } as const;
const BETA_01 = { rhat: [-1.4326906960744052, -0.4543195294536883, 0.10265748158380024, -1.549421501320312], betaLogZ: 1.8602726985000455 };

const at = (changes: Partial<ImplicitRewardState>) => deriveImplicitReward({ ...implicitRewardDefaults, ...changes });
const MODEL = new URL('../../../src/widgets/implicit-reward/model.ts', import.meta.url);

describe('deriveImplicitReward(state)', () => {
  it('gives r, π_ref, π* and r̂ = r − β log Z at the defaults, where π_θ = π* (numpy)', () => {
    const d = at({});
    expectAllClose(d.rewards, REWARDS, 12);
    expectAllClose(d.toy.reference, REFERENCE, 14);
    expectAllClose(d.optimal, DEFAULT.optimal, 12);
    expectAllClose(d.policy, DEFAULT.optimal, 12);
    expectAllClose(d.implicitRewards, DEFAULT.rhat, 12);
    expectAllClose(d.optimalImplicitRewards, DEFAULT.rhat, 12);
    expect(d.betaLogZ).toBeCloseTo(DEFAULT.betaLogZ, 12);
    expectAllClose(d.offsets, [1, 1, 1, 1].map(() => DEFAULT.betaLogZ), 12);
    expect([d.tau, d.concordant, d.pairs]).toEqual([1, 6, 6]);
  });

  it('tempers π* into π_θ and compares r̂_θ with r by Kendall τ (numpy, scipy kendalltau)', () => {
    const d = at({ temperature: 3 });
    expectAllClose(d.policy, T3.policy, 12);
    expectAllClose(d.implicitRewards, T3.rhat, 12);
    expect(d.tau).toBeCloseTo(T3.tau, 12);
    expect(d.concordant).toBe(3);
    for (const [t, tau] of Object.entries(SCIPY_TAU)) expect(at({ temperature: Number(t) }).tau, `T = ${t}`).toBeCloseTo(tau, 12);
  });

  it('leaves π* and r̂ unchanged when c is added, and moves β log Z by c (numpy at c = 2)', () => {
    const base = at({ temperature: 3 });
    const shifted = at({ temperature: 3, shift: 2 });
    expectAllClose(shifted.optimal, base.optimal, 14);
    expectAllClose(shifted.implicitRewards, base.implicitRewards, 12);
    expect(shifted.betaLogZ).toBeCloseTo(3.4426790748106963, 12);
    expect(shifted.betaLogZUnshifted).toBeCloseTo(DEFAULT.betaLogZ, 12);
    expect(shifted.shiftChange).toBeLessThan(1e-12);
    expect(shifted.tau).toBeCloseTo(T3.tau, 12);
  });

  it('follows β (numpy at β = 0.1)', () => {
    const d = at({ beta: 0.1 });
    expectAllClose(d.implicitRewards, BETA_01.rhat, 10);
    expect(d.betaLogZ).toBeCloseTo(BETA_01.betaLogZ, 10);
  });

  it('keeps every number finite, r̂ of π* = r + c − β log Z, and τ = 1 at T = 1, over the whole state space', () => {
    fc.assert(
      fc.property(validState(implicitRewardSchema), (state) => {
        const d = deriveImplicitReward(state);
        for (const v of [...d.implicitRewards, ...d.optimalImplicitRewards, ...d.offsets, d.betaLogZ]) expect(Number.isFinite(v)).toBe(true);
        d.optimalImplicitRewards.forEach((v, i) => expect(v).toBeCloseTo((d.rewards[i] as number) - d.betaLogZ, 9));
        expect(d.betaLogZ - d.betaLogZUnshifted).toBeCloseTo(state.shift, 9);
        expect(d.shiftChange).toBeLessThan(1e-9);
        if (state.temperature === 1) expect(d.tau).toBe(1);
      }),
      { numRuns: 80 },
    );
  });
});

describe('summarizeImplicitReward(state)', () => {
  it('says π_θ = π* and gives β log Z at the defaults (the TSDoc example)', () => {
    expect(summarizeImplicitReward(implicitRewardDefaults)).toBe(
      'Prompt 1, β = 1, T = 1, c = 0: π_θ = π*, so r̂_θ = r + c − β log Z(x) with β log Z(x) = 1.4427; r̂_θ orders 6 of 6 pairs like r (Kendall τ = 1.000). max |Δπ*| = 0.000000 when c is added.',
    );
  });
  it('gives the spread of r + c − r̂_θ away from π*', () => {
    expect(summarizeImplicitReward({ ...implicitRewardDefaults, temperature: 3 })).toBe(
      'Prompt 1, β = 1, T = 3, c = 0: r + c − r̂_θ runs from 0.2148 to 1.9271, not one constant; r̂_θ orders 3 of 6 pairs like r (Kendall τ = 0.000). max |Δπ*| = 0.000000 when c is added.',
    );
  });
});

describe('implicitRewardTable(derived)', () => {
  it('has a row per response, as documented', () => {
    const table = implicitRewardTable(at({}));
    expect(table.rows).toHaveLength(4);
    expect(table.rows[0]).toEqual(documentedResult(MODEL, 'implicitRewardTable(deriveImplicitReward(implicitRewardDefaults)).rows[0];'));
    expect(implicitRewardColumns(2)).toEqual(documentedResult(MODEL, 'implicitRewardColumns(2);'));
    expect(table.columns).toEqual(implicitRewardColumns(0));
  });
  it('shows π* for c = 0 and for c identical, and r + c − r̂_θ = β log Z + c in every row at T = 1', () => {
    const table = implicitRewardTable(at({ shift: 2 }));
    expect(table.columns[4]).toBe('π*(y), c = 2');
    for (const row of table.rows) {
      expect(row[3]).toBe(row[4]);
      expect(row[7]).toBe('3.4427');
    }
    expect(implicitRewardColumns(-1.5)[4]).toBe('π*(y), c = −1.5');
  });
});

describe('implicitRewardChartConfig(derived, colors)', () => {
  it("plots r̂_θ against r + c and π*'s line of slope 1, offset by β log Z", () => {
    const config = implicitRewardChartConfig(at({ temperature: 3 }), paletteChartColors('light'));
    const [points, line] = config.data.datasets;
    expect(points!.data.map((p) => p.x)).toEqual(at({}).rewards);
    expectAllClose(points!.data.map((p) => p.y), T3.rhat, 12);
    for (const p of line!.data) expect(p.y).toBeCloseTo(p.x - DEFAULT.betaLogZ, 12);
    expect(implicitRewardChartDescription(at({}))).toMatch(/^Implicit reward r̂_θ\(y\) of the 4 responses/);
  });
});

describe('implicitRewardFallback(state)', () => {
  it('is the summary and the table', () => {
    const fallback = implicitRewardFallback(implicitRewardDefaults);
    expect(fallback.summary).toContain('Kendall τ = 1.000');
    expect(fallback.table.rows).toHaveLength(4);
  });
});
