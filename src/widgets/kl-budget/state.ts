/**
 * State of the `kl-budget` widget (content/chapter-1/kl-budget.mdx): which view is shown (the exact reward–KL
 * frontier of one toy-world prompt, or the seed notebook's toy curve), the KL budget ε, the prompt and the
 * world's seed. Attributes and URL keys: `view`, `budget`, `prompt`, `seed`.
 *
 * @example
 * <po-kl-budget budget="0.5" prompt="7"></po-kl-budget>
 * <po-kl-budget view="seed"></po-kl-budget>
 */
import { defaultState, type Schema, type StateOf } from '../shared/schema.ts';

/** The two views: the exact frontier (default) and the preset that replays the seed notebook's curve. */
export const klBudgetViews = ['frontier', 'seed'] as const;

/** One view. */
export type KlBudgetView = (typeof klBudgetViews)[number];

/** The widget's schema. */
export const klBudgetSchema = {
  view: {
    kind: 'enum',
    label: 'View',
    values: klBudgetViews,
    labels: { frontier: 'Exact frontier (toy world)', seed: 'Seed notebook: s − β·s²' },
    default: 'frontier',
  },
  budget: {
    kind: 'number',
    label: 'KL budget ε (nats)',
    min: 0,
    max: 3,
    step: 0.01,
    default: 0.2,
  },
  prompt: {
    kind: 'integer',
    label: 'Prompt',
    min: 1,
    max: 8,
    default: 1,
  },
  seed: {
    kind: 'integer',
    label: 'World seed',
    min: 0,
    max: 4294967295,
    default: 42,
  },
} as const satisfies Schema;

/** The `kl-budget` state: `{ view, budget, prompt, seed }`. */
export type KlBudgetState = StateOf<typeof klBudgetSchema>;

/**
 * The default state: the frontier of prompt 1 of the seed-42 world with a budget of 0.2 nats.
 *
 * @example
 * klBudgetDefaults; // → { view: 'frontier', budget: 0.2, prompt: 1, seed: 42 }
 */
export const klBudgetDefaults: KlBudgetState = defaultState(klBudgetSchema);
