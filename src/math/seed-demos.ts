/**
 * The seed notebook's five computations (the theory notebook "Preference Optimization RLHF and DPO" this course
 * grew from), run by this package with the seed's inputs, and the notebook's full printed transcript. Its recorded
 * output is vendored at src/course/seed-notebook-output.txt; the parity page (src/pages/parity.astro, through
 * src/course/seed-parity.ts) compares every printed line with it and fails the build on a difference.
 *
 * A `lines` array holds what the notebook prints, in its words. Every `check` is computed from the numbers; the
 * seed's `check_true(True, "tradeoff curve rendered")` could never fail, so the course's tradeoff check tests what
 * the seed claims (the grid maximizer never rises as β grows) and says so in its own `message`.
 *
 * @module
 */
import { cohenKappa, rawAgreement } from './agreement.ts';
import { pairwiseLoss } from './bradley-terry.ts';
import { dpoLoss } from './dpo.ts';
import { linspace } from './linspace.ts';
import { numpyRandom, type NumpyRandomState } from './random.ts';
import { formatFixed, formatNumpyArray, numpyRound } from './seed-format.ts';
import { assertInInterval, assertInteger, assertPositive, toFiniteVector } from './validate.ts';

/** The seed's Bradley–Terry rewards of the chosen answers. */
export const SEED_REWARDS_CHOSEN: readonly number[] = [2.1, 0.7, 1.4, 0.2];
/** The seed's Bradley–Terry rewards of the rejected answers. */
export const SEED_REWARDS_REJECTED: readonly number[] = [0.3, 0.4, 0.8, 0.5];
/** The seed's DPO β. */
export const SEED_DPO_BETA = 0.1;
/** The seed's log-ratios $\log\pi_\theta/\pi_{\mathrm{ref}}$ of the chosen answers. */
export const SEED_LOG_RATIOS_CHOSEN: readonly number[] = [1.2, 0.8, 0.4, 1.5];
/** The seed's log-ratios of the rejected answers. */
export const SEED_LOG_RATIOS_REJECTED: readonly number[] = [-0.2, 0.1, 0.5, 0.0];
/** The seed's β values for the reward–KL tradeoff demo. */
export const SEED_TRADEOFF_BETAS: readonly number[] = [0.05, 0.2, 0.8];
/** The seed's random seed (`np.random.seed(42)`, called once at the top of the notebook). */
export const SEED_RANDOM_SEED = 42;

/** A demo's check, computed from the course's numbers. */
export interface SeedCheck {
  pass: boolean;
  /** What the course's check tests, in words (and numbers where they help). */
  message: string;
  /** The message the notebook prints after `PASS - ` / `FAIL - ` for this check. */
  notebookMessage: string;
}

/** A check that tests what the notebook's message says: both messages are the same. */
function sameCheck(pass: boolean, message: string): SeedCheck {
  return { pass, message, notebookMessage: message };
}

/**
 * The line the notebook prints for a check, `PASS - <message>` or `FAIL - <message>`, in the notebook's words.
 *
 * @example
 * seedCheckLine({ pass: true, message: 'x', notebookMessage: 'DPO loss is positive' }); // 'PASS - DPO loss is positive'
 */
export function seedCheckLine(check: SeedCheck): string {
  return `${check.pass ? 'PASS' : 'FAIL'} - ${check.notebookMessage}`;
}

/** Result of {@link seedBradleyTerryDemo}. */
export interface SeedBradleyTerryDemo {
  /** $\sigma(r_w - r_l)$ per pair. */
  probabilities: Float64Array<ArrayBuffer>;
  /** Mean pairwise loss $-\frac1n\sum\log\sigma(r_w - r_l)$. */
  loss: number;
  /** All probabilities strictly inside $(0, 1)$. */
  check: SeedCheck;
  /** The lines the notebook prints. */
  lines: string[];
}

/**
 * Seed demo "Bradley-Terry preference probability": $p = \sigma(r_w - r_l)$ and the mean loss
 * $-\frac{1}{n}\sum \log p$ for the seed's rewards (via {@link pairwiseLoss}).
 *
 * @example
 * seedBradleyTerryDemo().lines;
 * // ['preference probabilities: [0.858 0.574 0.646 0.426]', 'pairwise reward-model loss=0.4998',
 * //  'PASS - Bradley-Terry probabilities are valid']
 */
export function seedBradleyTerryDemo(): SeedBradleyTerryDemo {
  const r = pairwiseLoss(SEED_REWARDS_CHOSEN, SEED_REWARDS_REJECTED);
  const probabilities = r.probabilities;
  const check = sameCheck(probabilities.every((p) => p > 0 && p < 1), 'Bradley-Terry probabilities are valid');
  return {
    probabilities,
    loss: r.mean,
    check,
    lines: [
      `preference probabilities: ${formatNumpyArray(probabilities.map((p) => numpyRound(p, 3)))}`,
      `pairwise reward-model loss=${formatFixed(r.mean, 4)}`,
      seedCheckLine(check),
    ],
  };
}

/** Result of {@link seedDpoDemo}. */
export interface SeedDpoDemo {
  /** The implicit reward margins $u = \beta\Delta$ per pair (the notebook prints them as "DPO advantages"). */
  margins: Float64Array<ArrayBuffer>;
  /** $\sigma(-\beta\Delta)$ per pair. */
  weights: Float64Array<ArrayBuffer>;
  /** Mean DPO loss. */
  loss: number;
  /** The loss is positive. */
  check: SeedCheck;
  /** The lines the notebook prints. */
  lines: string[];
}

/**
 * Seed demo "DPO loss from log ratios": $\beta\Delta$, the weights $\sigma(-\beta\Delta)$ and the mean loss
 * $-\frac1n\sum\log\sigma(\beta\Delta)$ with $\beta = 0.1$ (via {@link dpoLoss}).
 *
 * @example
 * seedDpoDemo().lines;
 * // ['DPO advantages: [ 0.14  0.07 -0.01  0.15]', 'gradient weights: [0.465 0.483 0.502 0.463]',
 * //  'DPO loss=0.6509', 'PASS - DPO loss is positive']
 */
export function seedDpoDemo(): SeedDpoDemo {
  const r = dpoLoss(SEED_LOG_RATIOS_CHOSEN, SEED_LOG_RATIOS_REJECTED, SEED_DPO_BETA);
  const check = sameCheck(r.mean > 0, 'DPO loss is positive');
  return {
    margins: r.margins,
    weights: r.weights,
    loss: r.mean,
    check,
    lines: [
      `DPO advantages: ${formatNumpyArray(r.margins.map((x) => numpyRound(x, 3)))}`,
      `gradient weights: ${formatNumpyArray(r.weights.map((x) => numpyRound(x, 3)))}`,
      `DPO loss=${formatFixed(r.mean, 4)}`,
      seedCheckLine(check),
    ],
  };
}

/** One β curve of {@link seedTradeoffDemo}. */
export interface SeedTradeoffCurve {
  beta: number;
  /** $J(s) = s - \beta s^2$ on the grid. */
  objective: Float64Array<ArrayBuffer>;
  /** Grid point with the largest objective (first one on ties, like `np.argmax`). */
  gridArgmax: number;
  /** Exact maximizer on $[0, 2]$: $\min(1/(2\beta), 2)$. */
  exactMaximizer: number;
}

/** Result of {@link seedTradeoffDemo}. */
export interface SeedTradeoffDemo {
  /** `np.linspace(0, 2, 50)`. */
  grid: Float64Array<ArrayBuffer>;
  /** One curve per β, in increasing β. */
  curves: SeedTradeoffCurve[];
  /**
   * A real check of what the notebook prints ("larger beta makes the optimal shift more conservative"; its own
   * `check_true(True, …)` could never fail): as β grows the grid maximizer never rises and ends lower than it
   * started, and each grid maximizer is within one grid step of the exact one, $\min(1/(2\beta), 2)$.
   */
  check: SeedCheck;
  lines: string[];
}

/** Options of {@link seedTradeoffDemo} (defaults: the seed's). */
export interface SeedTradeoffOptions {
  /** The β values, default {@link SEED_TRADEOFF_BETAS}; sorted increasingly for the check. */
  betas?: readonly number[];
  /**
   * The toy objective $J_\beta(s)$, default $s - \beta s^2$ (the seed's). Replaceable so a test can break it and
   * see the check fail; the exact maximizer stays the seed objective's.
   */
  objective?: (s: number, beta: number) => number;
}

/**
 * Seed demo "reward and KL tradeoff": the toy objective $J_\beta(s) = s - \beta s^2$ on `np.linspace(0, 2, 50)`
 * for $\beta \in \{0.05, 0.2, 0.8\}$. Its exact maximizer on $[0, 2]$ is $s^* = \min(1/(2\beta), 2)$ (2, 2, 0.625);
 * the grid's argmax is 2, 2, 0.612245, which never rises as β grows and ends lower: the check passes.
 *
 * Edge cases: `betas` non-empty, each finite $> 0$; otherwise `RangeError` naming `betas`.
 *
 * @example
 * seedTradeoffDemo().curves.map((c) => c.gridArgmax); // [2, 2, 0.6122448979591836]
 * seedTradeoffDemo().check.message;
 * // 'grid maximizer 2.000, 2.000, 0.612 for β = 0.05, 0.2, 0.8: never rises as β grows, ends lower, and each is
 * //  within one grid step (0.041) of min(1/(2β), 2)'
 */
export function seedTradeoffDemo({ betas = SEED_TRADEOFF_BETAS, objective = (s, beta) => s - beta * s ** 2 }: SeedTradeoffOptions = {}): SeedTradeoffDemo {
  const given = toFiniteVector('betas', betas);
  given.forEach((beta, i) => assertPositive(`betas[${String(i)}]`, beta));
  const sorted = Array.from(given).sort((a, b) => a - b);
  const grid = linspace(0, 2, 50);
  const step = (grid[1] as number) - (grid[0] as number);
  const curves = sorted.map((beta) => {
    const values = grid.map((s) => objective(s, beta));
    let best = 0;
    for (let i = 1; i < values.length; i++) if ((values[i] as number) > (values[best] as number)) best = i;
    return { beta, objective: values, gridArgmax: grid[best] as number, exactMaximizer: Math.min(1 / (2 * beta), 2) };
  });
  const argmaxes = curves.map((c) => c.gridArgmax);
  const neverRises = argmaxes.every((s, i) => i === 0 || s <= (argmaxes[i - 1] as number));
  const endsLower = (argmaxes[argmaxes.length - 1] as number) < (argmaxes[0] as number);
  const nearExact = curves.every((c) => Math.abs(c.gridArgmax - c.exactMaximizer) <= step * (1 + 1e-12));
  const message =
    `grid maximizer ${argmaxes.map((s) => formatFixed(s, 3)).join(', ')} for β = ${sorted.join(', ')}: ` +
    `never rises as β grows, ends lower, and each is within one grid step (${formatFixed(step, 3)}) of min(1/(2β), 2)`;
  const check: SeedCheck = { pass: neverRises && endsLower && nearExact, message, notebookMessage: 'tradeoff curve rendered' };
  return { grid, curves, check, lines: ['larger beta makes the optimal shift more conservative', seedCheckLine(check)] };
}

/** Options of {@link seedAgreementDemo} (defaults: the seed's). */
export interface SeedAgreementOptions {
  /** Number of items, default 300. */
  n?: number;
  /** Probability that annotator A says 1, default 0.3. */
  baseRate?: number;
  /** Probability that annotator B flips A's label, default 0.12. */
  flipRate?: number;
}

/** Result of {@link seedAgreementDemo}. */
export interface SeedAgreementDemo {
  labelsA: Float64Array<ArrayBuffer>;
  labelsB: Float64Array<ArrayBuffer>;
  /** Raw agreement $p_o$. */
  agreement: number;
  /** Cohen's κ. */
  kappa: number;
  /** κ ≤ 1. */
  check: SeedCheck;
  lines: string[];
}

/**
 * Seed demo "reviewer agreement", consuming `rng` exactly as the notebook's numpy calls do:
 * `labels_a = np.random.choice([0, 1], size=n, p=[1 − baseRate, baseRate])`, `flip = np.random.rand(n) < flipRate`,
 * `labels_b = where(flip, 1 − labels_a, labels_a)`; then raw agreement and Cohen's κ (via {@link rawAgreement} and
 * {@link cohenKappa}). The notebook seeds once (`np.random.seed(42)` at the top) and runs this demo five times
 * (demos 4, 9, 14, 19, 24) on the same stream, printing 0.840/0.633, 0.883/0.721, 0.860/0.675, 0.870/0.718 and
 * 0.887/0.745.
 *
 * Edge cases: `n` an integer $\ge 1$, rates in $[0, 1]$; otherwise `RangeError` naming the option.
 *
 * @example
 * const rng = numpyRandom(42);
 * seedAgreementDemo(rng).lines[0]; // 'agreement=0.840, Cohen kappa=0.633'
 * seedAgreementDemo(rng).lines[0]; // 'agreement=0.883, Cohen kappa=0.721'
 */
export function seedAgreementDemo(rng: NumpyRandomState, { n = 300, baseRate = 0.3, flipRate = 0.12 }: SeedAgreementOptions = {}): SeedAgreementDemo {
  assertInteger('n', n, 1);
  assertInInterval('baseRate', baseRate, 0, 1);
  assertInInterval('flipRate', flipRate, 0, 1);
  const labelsA = rng.choice([0, 1], n, [1 - baseRate, baseRate]);
  const flip = rng.rand(n);
  const labelsB = labelsA.map((a, i) => ((flip[i] as number) < flipRate ? 1 - a : a));
  const agreement = rawAgreement(labelsA, labelsB);
  const kappa = cohenKappa(labelsA, labelsB);
  const check = sameCheck(kappa <= 1, 'kappa is bounded above by 1');
  return {
    labelsA,
    labelsB,
    agreement,
    kappa,
    check,
    lines: [`agreement=${formatFixed(agreement, 3)}, Cohen kappa=${formatFixed(kappa, 3)}`, seedCheckLine(check)],
  };
}

/** Result of {@link seedFeedbackLoopDemo}. */
export interface SeedFeedbackLoopDemo {
  /** Rounds $0, \dots, 5$. */
  rounds: Float64Array<ArrayBuffer>;
  /** $0.72 + 0.05\,(1 - e^{-t/2})$. */
  safety: Float64Array<ArrayBuffer>;
  /** $0.78 - 0.015\,t + 0.008\sqrt{t}$. */
  helpfulness: Float64Array<ArrayBuffer>;
  /** Final safety exceeds initial safety. */
  check: SeedCheck;
  lines: string[];
}

/**
 * Seed demo "feedback loop improvement": closed-form curves (not a simulation) over rounds $t = 0, \dots, 5$:
 * $$ \text{safety}(t) = 0.72 + 0.05\,(1 - e^{-t/2}), \qquad \text{helpfulness}(t) = 0.78 - 0.015\,t + 0.008\sqrt{t}. $$
 *
 * @example
 * seedFeedbackLoopDemo().lines[0]; // 'final safety=0.766, final helpfulness=0.723'
 */
export function seedFeedbackLoopDemo(): SeedFeedbackLoopDemo {
  const rounds = Float64Array.from({ length: 6 }, (_, t) => t);
  const safety = rounds.map((t) => 0.72 + 0.05 * (1 - Math.exp(-t / 2)));
  const helpfulness = rounds.map((t) => 0.78 - 0.015 * t + 0.008 * Math.sqrt(t));
  const last = rounds.length - 1;
  const check = sameCheck((safety[last] as number) > (safety[0] as number), 'safety improves after feedback refreshes');
  return {
    rounds,
    safety,
    helpfulness,
    check,
    lines: [`final safety=${formatFixed(safety[last] as number, 3)}, final helpfulness=${formatFixed(helpfulness[last] as number, 3)}`, seedCheckLine(check)],
  };
}

/** The five computations the seed's demos rotate through, in order. */
export type SeedDemoKind = 'bradley-terry' | 'dpo' | 'tradeoff' | 'agreement' | 'feedback-loop';

/** The seed's title of each computation (the part after the colon in a demo heading). */
export const SEED_DEMO_KIND_TITLES: Readonly<Record<SeedDemoKind, string>> = {
  'bradley-terry': 'Bradley-Terry preference probability',
  dpo: 'DPO loss from log ratios',
  tradeoff: 'reward and KL tradeoff',
  agreement: 'reviewer agreement',
  'feedback-loop': 'feedback loop improvement',
};

const KINDS: readonly SeedDemoKind[] = ['bradley-terry', 'dpo', 'tradeoff', 'agreement', 'feedback-loop'];

/** The 25 demo headings of the seed, as written in its source (TeX in `$…$`). Demo $i$ runs `KINDS[(i − 1) mod 5]`. */
export const SEED_DEMO_HEADINGS: readonly string[] = [
  'Preferences optimize choices rather than demonstrations',
  'Reward models as learned proxies',
  'Policy shift under a KL budget',
  'DPO as direct reward-model-free training',
  'Why preference data is noisy but valuable',
  'Preference pair $(x,y_w,y_l)$',
  'Reward model $r_\\phi(x,y)$',
  'Bradley-Terry preference model',
  'Reference policy $\\pi_{\\mathrm{ref}}$',
  'KL coefficient and inverse temperature $\\beta$',
  'Pairwise logistic loss',
  'Reward margins',
  'Annotator disagreement',
  'Reward calibration',
  'RewardBench-style evaluation',
  'SFT policy initialization',
  'Reward model training',
  'PPO objective',
  'KL penalty',
  'Reward hacking controls',
  'KL-constrained optimal policy',
  'Implicit reward',
  'DPO loss',
  '$\\beta$ tradeoff',
  'Gradient interpretation',
];

/** One demo of {@link seedNotebookRun}. */
export interface SeedDemoRun {
  /** 1-based demo number. */
  index: number;
  kind: SeedDemoKind;
  /** Heading as printed (see {@link SeedTranscriptOptions.headingStyle}). */
  heading: string;
  /** The full header line, `Demo i - <heading>: <kind title>`. */
  title: string;
  check: SeedCheck;
  /** The lines printed under the header. */
  lines: string[];
}

/** Options of {@link seedNotebookRun} and {@link seedNotebookTranscript}. */
export interface SeedTranscriptOptions {
  /**
   * `'seed'` (default) prints headings byte-for-byte as the seed does, including its defect: `"$\beta$"` in a plain
   * Python string turns `\b` into a backspace (U+0008), leaving `$<BS>eta$`. `'fixed'` prints `β` instead.
   */
  headingStyle?: 'seed' | 'fixed';
}

/**
 * Runs all 25 seed demos in order on one numpy stream seeded once with 42, as the notebook does (only the five
 * "reviewer agreement" demos draw random numbers, so they consume the stream in sequence).
 *
 * @example
 * seedNotebookRun()[3]?.lines[0]; // 'agreement=0.840, Cohen kappa=0.633'
 */
export function seedNotebookRun({ headingStyle = 'seed' }: SeedTranscriptOptions = {}): SeedDemoRun[] {
  const rng = numpyRandom(SEED_RANDOM_SEED);
  return SEED_DEMO_HEADINGS.map((source, i) => {
    const kind = KINDS[i % KINDS.length] as SeedDemoKind;
    const heading = source.replaceAll('$\\beta$', headingStyle === 'seed' ? '$\beta$' : 'β');
    let demo: { check: SeedCheck; lines: string[] };
    switch (kind) {
      case 'bradley-terry':
        demo = seedBradleyTerryDemo();
        break;
      case 'dpo':
        demo = seedDpoDemo();
        break;
      case 'tradeoff':
        demo = seedTradeoffDemo();
        break;
      case 'agreement':
        demo = seedAgreementDemo(rng);
        break;
      case 'feedback-loop':
        demo = seedFeedbackLoopDemo();
        break;
    }
    return {
      index: i + 1,
      kind,
      heading,
      title: `Demo ${String(i + 1)} - ${heading}: ${SEED_DEMO_KIND_TITLES[kind]}`,
      check: demo.check,
      lines: demo.lines,
    };
  });
}

/**
 * The seed notebook's complete printed output (plots skipped), as in src/course/seed-notebook-output.txt: the two
 * setup lines, then for each demo a blank line, a rule of 80 `=`, the title, another rule, and the demo's lines.
 *
 * @example
 * seedNotebookTranscript().split('\n')[0]; // 'Plot setup complete.'
 */
export function seedNotebookTranscript(options: SeedTranscriptOptions = {}): string {
  const rule = '='.repeat(80);
  const out = ['Plot setup complete.', 'Alignment helper functions loaded.'];
  for (const demo of seedNotebookRun(options)) out.push('', rule, demo.title, rule, ...demo.lines);
  return `${out.join('\n')}\n`;
}
