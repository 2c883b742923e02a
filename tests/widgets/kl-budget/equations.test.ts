/**
 * The live values of section 1.3's equations (content/chapter-1/kl-budget.mdx) are the frontier view's numbers:
 * its summary's budget, best expected reward and β. Expected values at the default state and at prompt 7 come
 * from the independent python3/numpy/scipy recomputation quoted in tests/widgets/kl-budget/model.test.ts (β from
 * brentq on log β solving KL(π_β‖π_ref) = ε).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { klBudgetEquations } from '../../../src/widgets/kl-budget/equations.ts';
import { deriveKlBudget, summarizeKlBudget } from '../../../src/widgets/kl-budget/model.ts';
import { klBudgetDefaults, klBudgetSchema, type KlBudgetState } from '../../../src/widgets/kl-budget/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';
import { documentedResult } from '../tsdoc-example.ts';

/** scipy brentq, as in tests/widgets/kl-budget/model.test.ts. */
const BUDGET_02 = { beta: 0.9062901769692734, reward: 1.641297610800624 };
const PROMPT7_BUDGET_05 = { beta: 0.15873823135858095, reward: 0.9987166189774251 };
/** Prompt 1 (numpy): E_π_ref[r] and the greedy end, KL −log(5/14) and r_max. */
const PROMPT1 = { referenceReward: 1.2387794270172179, endKl: -Math.log(5 / 14), endReward: 1.96293018 };

const withState = (changes: Partial<KlBudgetState>): KlBudgetState => ({ ...klBudgetDefaults, ...changes });

describe('klBudgetEquations.values(state)', () => {
  it('gives the independently computed numbers at the default state', () => {
    expect(klBudgetEquations.values(klBudgetDefaults)).toEqual({
      budget: '0.20',
      prompt: '1',
      reward: BUDGET_02.reward.toFixed(3),
      beta: BUDGET_02.beta.toFixed(3),
      kl: '0.200',
      'reference-reward': PROMPT1.referenceReward.toFixed(3),
      'end-reward': PROMPT1.endReward.toFixed(3),
      'end-kl': PROMPT1.endKl.toFixed(3),
    });
  });

  it('is what its TSDoc example says', () => {
    expect(klBudgetEquations.values(klBudgetDefaults)).toEqual(
      documentedResult(new URL('../../../src/widgets/kl-budget/equations.ts', import.meta.url), 'klBudgetEquations.values(klBudgetDefaults);'),
    );
  });

  it('follows the prompt and the budget (prompt 7 at 0.5 nats, scipy)', () => {
    expect(klBudgetEquations.values(withState({ prompt: 7, budget: 0.5 }))).toMatchObject({
      budget: '0.50',
      prompt: '7',
      reward: PROMPT7_BUDGET_05.reward.toFixed(3),
      beta: PROMPT7_BUDGET_05.beta.toFixed(3),
    });
  });

  it('gives the frontier slope at the ends: ∞ at budget 0 (π_ref), 0 once the budget no longer binds (r_max)', () => {
    expect(klBudgetEquations.values(withState({ budget: 0 }))).toMatchObject({ beta: '∞', reward: PROMPT1.referenceReward.toFixed(3) });
    expect(klBudgetEquations.values(withState({ budget: 2 }))).toMatchObject({ beta: '0', reward: PROMPT1.endReward.toFixed(3) });
  });

  it("keeps the frontier's numbers in the seed notebook's view, whose curve the equations do not describe", () => {
    expect(klBudgetEquations.values(withState({ view: 'seed' }))).toEqual(klBudgetEquations.values(klBudgetDefaults));
  });

  it('equals the summary of the frontier view for any valid state', () => {
    fc.assert(
      fc.property(validState(klBudgetSchema), (state) => {
        const frontierState = { ...state, view: 'frontier' as const };
        const values = klBudgetEquations.values(frontierState);
        const summary = summarizeKlBudget(frontierState, deriveKlBudget(frontierState));
        expect(summary).toContain(`Prompt ${values['prompt']!}, KL budget ε = ${state.budget === 0 ? '0' : values['budget']!}:`);
        const best = deriveKlBudget(frontierState).frontier!.best;
        if (best.binds) {
          expect(summary).toContain(`best E[r] = ${values['reward']!} `);
          expect(summary).toContain(`β = ${values['beta']!},`);
        } else {
          expect(summary).toContain(`${best.beta === 0 ? 'r_max' : 'E[r]'} = ${values['reward']!}`);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('klBudgetEquations.symbols', () => {
  it('stand for keys of the schema', () => {
    for (const [name, symbol] of Object.entries(klBudgetEquations.symbols)) {
      expect(symbol.keys.length, name).toBeGreaterThan(0);
      for (const key of symbol.keys) expect(Object.keys(klBudgetSchema), `${name} → ${key}`).toContain(key);
    }
  });
});
