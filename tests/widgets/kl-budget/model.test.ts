import { describe, expect, it } from 'vitest';
import { frontierBounds, klBudgetChartConfig, klBudgetChartDescription } from '../../../src/widgets/kl-budget/chart.ts';
import { betaPhrase, deriveKlBudget, klBudgetFallback, klBudgetTable, summarizeKlBudget } from '../../../src/widgets/kl-budget/model.ts';
import { klBudgetDefaults, type KlBudgetState } from '../../../src/widgets/kl-budget/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { toyPrompt } from '../../../src/widgets/shared/toy-prompt.ts';
import { documentedResult } from '../tsdoc-example.ts';

// Independent values (python3 + numpy + scipy): np.random.seed(42); x = randn(96).reshape(8, 4, 3);
// r = x[..., 0] + 0.5·x[..., 1]; demonstrations RandomState([42, 2]).choice(4, 10, p = softmax(r)) per prompt;
// π_ref = (counts + 1)/14; β from brentq on log β solving KL(π_β‖π_ref) = ε.
const PROMPT1_REWARDS = [0.427582, 1.40595317, 1.96293018, 0.3108512];
const PROMPT1_COUNTS = [2, 3, 4, 1];
const BUDGET_02 = { beta: 0.9062901769692734, reward: 1.641297610800624, policy: [0.0685866, 0.26916199, 0.62205283, 0.04019857] };
const PROMPT7_BUDGET_05 = { beta: 0.15873823135858095, reward: 0.9987166189774251 };

const withState = (changes: Partial<KlBudgetState>): KlBudgetState => ({ ...klBudgetDefaults, ...changes });

describe('toyPrompt(seed, prompt)', () => {
  it('gives prompt 1 of the seed-42 world: gold rewards and the add-one SFT reference (numpy)', () => {
    const toy = toyPrompt(42, 1);
    toy.rewards.forEach((r, i) => expect(r).toBeCloseTo(PROMPT1_REWARDS[i] as number, 7));
    expect(toy.counts).toEqual(PROMPT1_COUNTS);
    toy.reference.forEach((p, i) => expect(p).toBeCloseTo(((PROMPT1_COUNTS[i] as number) + 1) / 14, 15));
  });
  it('clamps the prompt number into the world', () => {
    expect(toyPrompt(42, 99).prompt).toBe(8);
    expect(toyPrompt(42, -3).prompt).toBe(1);
  });
  it('changes with the seed', () => {
    expect(toyPrompt(7, 1).rewards).not.toEqual(toyPrompt(42, 1).rewards);
  });
});

describe('deriveKlBudget(state)', () => {
  it('finds the best policy within the default budget 0.2 (scipy brentq)', () => {
    const f = deriveKlBudget(klBudgetDefaults).frontier!;
    expect(f.best.binds).toBe(true);
    expect(f.best.beta / BUDGET_02.beta).toBeCloseTo(1, 9);
    expect(f.best.expectedReward).toBeCloseTo(BUDGET_02.reward, 9);
    Array.from(f.best.policy).forEach((p, i) => expect(p).toBeCloseTo(BUDGET_02.policy[i] as number, 7));
    expect(f.referenceReward).toBeCloseTo(1.2387794270172179, 12); // Σ π_ref r (numpy)
    expect(f.endKl).toBeCloseTo(1.0296194171811581, 12); // −log(5/14) (numpy)
    expect(f.endReward).toBeCloseTo(1.96293018, 7);
    expect(f.bestResponse).toBe(3);
  });
  it('follows the prompt: prompt 7 at budget 0.5 (scipy brentq)', () => {
    const f = deriveKlBudget(withState({ prompt: 7, budget: 0.5 })).frontier!;
    expect(f.best.beta / PROMPT7_BUDGET_05.beta).toBeCloseTo(1, 9);
    expect(f.best.expectedReward).toBeCloseTo(PROMPT7_BUDGET_05.reward, 9);
  });
  it('samples the frontier from π_ref (KL 0) to the greedy end, rising', () => {
    const f = deriveKlBudget(klBudgetDefaults).frontier!;
    expect(f.curve[0]!.kl).toBe(0);
    expect(f.curve.at(-1)!.kl).toBeCloseTo(f.endKl, 12);
    for (let i = 1; i < f.curve.length; i++) expect(f.curve[i]!.expectedReward).toBeGreaterThan(f.curve[i - 1]!.expectedReward);
  });
  it('replays the seed notebook in the seed view: maximizers 2, 2, 0.625 and grid 2, 2, 0.612245 (seed README)', () => {
    const d = deriveKlBudget(withState({ view: 'seed' }));
    expect(d.frontier).toBeNull();
    expect(d.seed!.curves.map((c) => c.exactMaximizer)).toEqual([2, 2, 0.625]);
    expect(d.seed!.curves.map((c) => c.gridArgmax)).toEqual([2, 2, expect.closeTo(0.612245, 6)]);
  });
});

describe('summarizeKlBudget(state)', () => {
  it('states the default numbers and makes its TSDoc example true', () => {
    expect(summarizeKlBudget(klBudgetDefaults)).toBe(
      'Prompt 1, KL budget ε = 0.20: best E[r] = 1.641 (π_ref 1.239, greedy 1.963 at KL 1.030), reached by π* with β = 0.906, which spends the whole budget.',
    );
  });
  it('follows the budget: 0 allows only π_ref, a budget past the greedy KL buys nothing', () => {
    expect(summarizeKlBudget(withState({ budget: 0 }))).toBe('Prompt 1, KL budget ε = 0: the only policy allowed is π_ref, with E[r] = 1.239.');
    expect(summarizeKlBudget(withState({ budget: 2 }))).toContain('always answering response 3 needs only KL 1.030, so the best E[r] is r_max = 1.963');
  });
  it('follows the view', () => {
    expect(summarizeKlBudget(withState({ view: 'seed' }))).toBe(
      "Seed toy objective s − β·s² on [0, 2] for β = 0.05, 0.2, 0.8: maximizer min(1/(2β), 2) = 2, 2, 0.625 (the notebook's 50-point grid: 2.000, 2.000, 0.612).",
    );
  });
});

describe('betaPhrase(beta)', () => {
  it('spells the limits', () => {
    expect([betaPhrase(Infinity), betaPhrase(0), betaPhrase(0.90629)]).toEqual(['β = ∞', 'β → 0', 'β = 0.906']);
  });
});

describe('klBudgetTable(derived)', () => {
  it('lists each response with r, π_ref and π* (frontier view), as its TSDoc example says', () => {
    const table = klBudgetTable(deriveKlBudget(klBudgetDefaults));
    const documented = documentedResult(new URL('../../../src/widgets/kl-budget/model.ts', import.meta.url), 'klBudgetTable(deriveKlBudget(klBudgetDefaults)).rows[2];');
    expect(table.rows[2]).toEqual(documented);
    expect(table.rows).toEqual([
      ['1', '0.428', '0.214', '0.069'],
      ['2', '1.406', '0.286', '0.269'],
      ['3', '1.963', '0.357', '0.622'],
      ['4', '0.311', '0.143', '0.040'],
    ]);
    expect(table.caption).toContain('β = 0.906');
  });
  it('lists each β with its maximizer and J(s*) in the seed view (J = 0.625 − 0.8·0.625² = 0.3125)', () => {
    const table = klBudgetTable(deriveKlBudget(withState({ view: 'seed' })));
    expect(table.rows).toEqual([
      ['0.05', '2.000', '1.8000', '2.000'],
      ['0.2', '2.000', '1.2000', '2.000'],
      ['0.8', '0.625', '0.3125', '0.612'],
    ]);
  });
});

describe('klBudgetChartConfig(derived, colors)', () => {
  const colors = paletteChartColors('light');
  it('draws the frontier, the budget line, the slope-β tangent, the best point and the one-response policies', () => {
    const d = deriveKlBudget(klBudgetDefaults);
    const [curve, budget, tangent, best, singles] = klBudgetChartConfig(d, colors).data.datasets;
    expect(curve!.data).toHaveLength(61);
    expect(budget!.data.map((p) => p.x)).toEqual([0.2, 0.2]);
    const [a, b] = tangent!.data;
    expect((b!.y - a!.y) / (b!.x - a!.x)).toBeCloseTo(BUDGET_02.beta, 9);
    expect(best!.data[0]!.y).toBeCloseTo(BUDGET_02.reward, 9);
    expect(singles!.data.map((p) => p.y)).toEqual(d.frontier!.toy.rewards);
    expect(singles!.data[2]!.x).toBeCloseTo(-Math.log(5 / 14), 12);
  });
  it('drops the tangent when the budget does not bind', () => {
    expect(klBudgetChartConfig(deriveKlBudget(withState({ budget: 2 })), colors).data.datasets).toHaveLength(4);
  });
  it('draws three seed curves and their maximizers in the seed view', () => {
    const datasets = klBudgetChartConfig(deriveKlBudget(withState({ view: 'seed' })), colors).data.datasets;
    expect(datasets.map((d) => d.label)).toEqual(['β = 0.05', 'β = 0.2', 'β = 0.8', 'Exact maximizer s* = min(1/(2β), 2)']);
    expect(datasets[3]!.data.at(-1)).toEqual({ x: 0.625, y: 0.3125 });
  });
  it('ends the frontier axes on a 0.25 grid that holds every one-response policy and the budget', () => {
    const f = deriveKlBudget(klBudgetDefaults).frontier!;
    // −log(2/14) = 1.946 is the farthest one-response policy; rewards span 0.311 to 1.963
    expect(frontierBounds(f, 0.2)).toEqual({ xMax: 2.25, yMin: 0, yMax: 2.25 });
    expect(frontierBounds(f, 3).xMax).toBe(3.25);
    expect(Object.is(frontierBounds(deriveKlBudget(withState({ prompt: 2 })).frontier!, 0.2).yMax, 0)).toBe(true);
  });
  it('describes what it shows, following the view', () => {
    expect(klBudgetChartDescription(deriveKlBudget(klBudgetDefaults))).toContain('budget at 0.20 nats');
    expect(klBudgetChartDescription(deriveKlBudget(withState({ view: 'seed' })))).toContain('s − β·s²');
  });
});

describe('klBudgetFallback(state)', () => {
  it('gives the summary and the table of the state', () => {
    const fallback = klBudgetFallback(klBudgetDefaults);
    expect(fallback.summary).toContain('best E[r] = 1.641');
    expect(fallback.table.rows).toHaveLength(4);
  });
});
