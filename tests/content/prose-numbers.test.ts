/**
 * Every number the prose of sections 2.3 and 5.3 states is recomputed here with `src/math`.
 *
 * The worked-example tables and the exercise answers are computed inside the MDX at build time; the numbers in
 * running text and inside formulas (which MDX expressions cannot reach) are listed below as claims: the digits
 * as written, and the computation they must equal at that precision. A sweep then reads every decimal number
 * and percentage in the prose and fails on any that is neither a checked claim nor a declared input (a value the
 * reader or the widget's defaults supply), so a number added later without a check fails this test. Numbers
 * marked `\val{name}{…}` are left out: the build checks each against the widget that shows it.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import {
  dpoLoss,
  dpoPairLoss,
  entropy,
  dpoPairLossGradient,
  mean,
  pairwiseLoss,
  sigmoid,
  softplus,
  sum,
} from '../../src/math/index';
import { kendallTau } from '../../src/math/index';
import { ANNOTATOR, deriveChoiceVsDemo, REWARD_PRIOR } from '../../src/widgets/choice-vs-demo/model';
import { choiceVsDemoDefaults } from '../../src/widgets/choice-vs-demo/state';
import { DEFAULT_ANNOTATORS } from '../../src/math/index';
import { frontierPoint, klBudgetOptimum } from '../../src/math/index';
import { deriveRlhfVsDpo } from '../../src/widgets/rlhf-vs-dpo/model';
import { rlhfVsDpoDefaults } from '../../src/widgets/rlhf-vs-dpo/state';
import { toyPrompt } from '../../src/widgets/shared/toy-prompt';
import { comparisonDifferences, createWorld, drawPreferences, fitLinearBradleyTerryMap, WORLD_DEFAULTS } from '../../src/math/index';
import { deriveProxyReward, PRIOR as PROXY_PRIOR, TRAIN_PROMPTS } from '../../src/widgets/proxy-reward/model';
import { proxyRewardDefaults } from '../../src/widgets/proxy-reward/state';

/** One number as the prose writes it, and the value it states. */
interface Claim {
  /** The digits as written (ASCII minus for negative values). */
  text: string;
  /** What src/math computes. */
  value: number;
  /** How it is rounded in the text: decimal places, or a percentage with no decimals. */
  format: number | 'percent';
}

const claim = (text: string, value: number, format: number | 'percent'): Claim => ({ text, value, format });

/** The text a value should be written as (ASCII minus; a percentage of a fraction). */
function written({ value, format }: Claim): string {
  const text = format === 'percent' ? `${(value * 100).toFixed(0)}%` : value.toFixed(format);
  return text === '-0' || /^-0\.0*$/.test(text) ? text.slice(1) : text;
}

/** Decimal numbers and percentages in a text, unsigned. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d+\.\d+|\d+%/g)].map((match) => match[0]);
}

// ----------------------------------------------------------------------------------------------------------
// Section 2.3 (content/chapter-2/bradley-terry.mdx). Defaults: the widget's rewards (the seed notebook's Bradley–Terry demo).
const chosen = [2.1, 0.7, 1.4, 0.2];
const rejected = [0.3, 0.4, 0.8, 0.5];
const bt = pairwiseLoss(chosen, rejected);
const btWeights = Array.from(bt.gradients, (g) => -g); // σ(−m)
const btScaled2 = pairwiseLoss(chosen.map((r) => 2 * r), rejected.map((r) => 2 * r));
const btScaledHalf = pairwiseLoss(chosen.map((r) => r / 2), rejected.map((r) => r / 2));
const btPair1Wrong = pairwiseLoss([0.3, ...chosen.slice(1)], [2.1, ...rejected.slice(1)]);
const logOdds = (p: number) => Math.log(p / (1 - p));
/** Expected Bradley–Terry loss of a pair preferred at rate p, at margin m: p·softplus(−m) + (1−p)·softplus(m). */
const expectedLoss = (p: number, m: number) => p * softplus(-m) + (1 - p) * softplus(m);

const bradleyTerryClaims: Claim[] = [
  claim('0.693', softplus(0), 3), // −log σ(0) = log 2
  claim('73%', sigmoid(1), 'percent'), // margin 1 → odds e to 1
  claim('2.2', logOdds(0.9), 1), // margin for 90 %
  claim('1.386', logOdds(0.8), 3), // log 4, where the expected gradient σ(m) − 0.8 vanishes
  claim('0.847', logOdds(0.7), 3), // exercise bt-1: log(7/3)
  claim('0.85', logOdds(0.7), 2), // exercise bt-1, to 2 decimals
  claim('43%', bt.losses[3]! / sum(bt.losses), 'percent'), // pair 4's share of the loss
  claim('0.142', btWeights[0]!, 3),
  claim('0.426', btWeights[1]!, 3),
  claim('0.354', btWeights[2]!, 3),
  claim('0.574', btWeights[3]!, 3),
  claim('4.05', btWeights[3]! / btWeights[0]!, 2), // "about 4 times"
  claim('3.6', btScaled2.margins[0]!, 1),
  claim('0.6', btScaled2.margins[1]!, 1),
  claim('1.2', btScaled2.margins[2]!, 1),
  claim('-0.6', btScaled2.margins[3]!, 1),
  claim('0.973', btScaled2.probabilities[0]!, 3),
  claim('0.646', btScaled2.probabilities[1]!, 3),
  claim('0.769', btScaled2.probabilities[2]!, 3),
  claim('0.354', btScaled2.probabilities[3]!, 3),
  claim('0.4413', btScaled2.mean, 4),
  claim('0.854', bt.losses[3]!, 3),
  claim('1.037', btScaled2.losses[3]!, 3),
  claim('0.5719', btScaledHalf.mean, 4),
  claim('0.153', bt.losses[0]!, 3),
  claim('1.953', btPair1Wrong.losses[0]!, 3),
  claim('0.4998', bt.mean, 4),
  claim('0.9498', btPair1Wrong.mean, 4),
  claim('51%', btPair1Wrong.losses[0]! / sum(btPair1Wrong.losses), 'percent'),
  claim('0.941', sigmoid(2 * logOdds(0.8)), 3), // σ(2 log 4) = 16/17
  claim('0.5', sigmoid(0), 1), // the cyclic fit; the pooled rate of two disagreeing groups is checked below
  claim('0.955', sigmoid(logOdds(0.7) + logOdds(0.9)), 3), // exercise bt-3: σ(log 21) = 21/22
  claim('1.5', 0.6 / 0.4, 1), // exercise bt-4: the odds of the fitted 0.6 (the fit is checked below)
  claim('60%', sigmoid(Math.log(1.5)), 'percent'),
  claim('-0.2', sigmoid(Math.log(4)) - 1, 1), // exercise bt-2: derivative of an "A wins" label at m = log 4
  claim('0.10', sigmoid(Math.log(4)) - 0.7, 2), // exercise bt-2: expected gradient σ(log 4) − 0.7
  claim('709.78', Math.log(Number.MAX_VALUE), 2), // largest z with finite e^z in float64
  claim('0.731', sigmoid(1), 3),
  claim('4.2', Math.exp(-40) * 1e18, 1), // e^{−40} ≈ 4.2 × 10^{−18}
  claim('4.25', softplus(-40) * 1e18, 2), // softplus(−40) = 4.25 × 10^{−18}, not 0
];

/** Values the reader or the widget supplies (inputs), not results: the sweep accepts them without a claim. */
const bradleyTerryInputs = new Set([
  ...['2.1', '0.7', '1.4', '0.2', '0.3', '0.4', '0.8', '0.5'], // the widget's default rewards
  ...['5.7', '5.4'], // "change pair 2 to 5.7 versus 5.4"
  ...['0.9', '0.1', '80%', '90%', '100%'], // preference rates in the text
  ...['70%', '0.6'], // preference rates of exercises bt-1 to bt-4
  ...['72.6', '3.4'], // InstructGPT's inter-labeler agreement, 72.6 % (Ouyang et al. 2022, Section 3.4)
]);

// ----------------------------------------------------------------------------------------------------------
// Section 1.1 (content/chapter-1/choice-vs-demo.mdx). Its worked example, readouts and exercise answers are MDX
// expressions over src/math; the prose states only the inputs below and two gold rewards.
const choice = deriveChoiceVsDemo(choiceVsDemoDefaults);

const choiceClaims: Claim[] = [
  claim('1.96', choice.responses[2]!.gold, 2), // exercise cd-4: gold reward of y3 in the default world
  claim('1.41', choice.responses[1]!.gold, 2), // exercise cd-4: gold reward of y2
  claim('0.4', 0.2 / 0.5, 1), // exercise cd-3: π_SFT(A)/π_SFT(B)
];

const choiceInputs = new Set([
  ...['0.5', '0.05'], // the careful annotator's noise τ and flip rate ε (checked against the world below)
  '0.1', // the prior precision λ of the fitted rewards (checked below); TRL's and the DPO paper's default β
  ...['0.2', '0.3'], // exercise cd-3: π_SFT = (0.2, 0.5, 0.3)
]);

// ----------------------------------------------------------------------------------------------------------
// Section 1.2 (content/chapter-1/proxy-reward.mdx). Its worked example, readouts and exercise answers are MDX
// expressions over src/math; the prose writes out only the arithmetic of exercises pr-2 to pr-4 (the toy world's
// features as vectors on the independent normals (h, s, z): gold r* = h + 0.5s, utility u = r* + λℓ with
// ℓ = ρh + √(1 − ρ²)z, ρ = 0.5, λ = 1 in pr-4).
const proxyGold = [1, 0.5, 0];
const proxyUtility = [1 + 1 * 0.5, 0.5, 1 * Math.sqrt(0.75)];
const dot3 = (a: number[], b: number[]) => a.reduce((total, v, i) => total + v * b[i]!, 0);
const proxyClaims: Claim[] = [
  claim('0.25', 0.5 / 2, 2), // pr-2: λ/τ; also 0.5² = Var(0.5s), the share of s in Cov(u, r*) and Var(u) (pr-4)
  claim('1.1', 0.6 + 0.5 * 1, 1), // pr-3: u(B) = h + λℓ
  claim('1.5', proxyUtility[0]!, 1), // pr-4: u's weight on h, 1 + λρ
  claim('1.75', dot3(proxyGold, proxyUtility), 2), // pr-4: Cov(u, r*)
  claim('1.25', dot3(proxyGold, proxyGold), 2), // pr-4: Var(r*)
  claim('2.25', proxyUtility[0]! ** 2, 2), // pr-4: the h term of Var(u)
  claim('3.25', dot3(proxyUtility, proxyUtility), 2), // pr-4: Var(u)
];

const proxyInputs = new Set([
  '0.5', // λ at the widget's default, w*_s, ρ (checked below), and λ in the exercises
  '0.1', // the prior precision ν of the fit (checked below)
  '0.6', // pr-3: answer B's helpfulness
  '0.75', // pr-4: ℓ = 0.5h + √0.75·z, the variance of length not explained by helpfulness, 1 − ρ²
]);

// ----------------------------------------------------------------------------------------------------------
// Section 5.3 (content/chapter-5/dpo-loss.mdx). Defaults: the widget's β and log-ratios (the seed notebook's DPO demo).
const lw = [1.2, 0.8, 0.4, 1.5];
const ll = [-0.2, 0.1, 0.5, 0.0];
const dpo = dpoLoss(lw, ll, 0.1);
/** The gradient weight −∂ℓ/∂u = −(∂ℓ/∂Δ)/β of every pair, for a variant. */
const weightsOf = (beta: number, options = {}) => Array.from(dpoLoss(lw, ll, beta, options).gradients, (g) => -g / beta);
const dpoBeta1 = dpoLoss(lw, ll, 1);
const ipoHalf = dpoLoss(lw, ll, 0.5, { variant: 'ipo' });
const ipoTenth = dpoLoss(lw, ll, 0.1, { variant: 'ipo' });
const robust02 = { variant: 'robust', labelSmoothing: 0.2 } as const;

const dpoClaims: Claim[] = [
  claim('0.693', softplus(0), 3),
  claim('-0.01', dpo.margins[2]!, 2),
  claim('0.598', dpoPairLoss(-1 - -3, 0.1), 3), // h_w 0 → −1, h_l 0 → −3 at β = 0.1
  claim('0.37', Math.exp(-1), 2),
  claim('0.12', dpo.rewardsChosen[0]!, 2),
  claim('0.08', dpo.rewardsChosen[1]!, 2),
  claim('0.04', dpo.rewardsChosen[2]!, 2),
  claim('0.15', dpo.rewardsChosen[3]!, 2),
  claim('-0.02', dpo.rewardsRejected[0]!, 2),
  claim('0.01', dpo.rewardsRejected[1]!, 2),
  claim('0.05', dpo.rewardsRejected[2]!, 2),
  claim('0.00', dpo.rewardsRejected[3]!, 2),
  claim('0.0875', mean(dpo.margins), 4),
  claim('0.1978', weightsOf(1)[0]!, 4),
  claim('0.3318', weightsOf(1)[1]!, 4),
  claim('0.5250', weightsOf(1)[2]!, 4),
  claim('0.1824', weightsOf(1)[3]!, 4),
  claim('0.3924', dpoBeta1.mean, 4),
  claim('0.9125', dpoLoss(lw, ll, 0.1, { variant: 'hinge' }).mean, 4),
  claim('17.4275', ipoTenth.mean, 4),
  claim('12.96', ipoTenth.losses[0]!, 2),
  claim('18.49', ipoTenth.losses[1]!, 2),
  claim('26.01', ipoTenth.losses[2]!, 2),
  claim('12.25', ipoTenth.losses[3]!, 2),
  claim('0.6596', dpoLoss(lw, ll, 0.1, { variant: 'cdpo', labelSmoothing: 0.1 }).mean, 4),
  claim('0.6399', dpoLoss(lw, ll, 0.1, { variant: 'robust', labelSmoothing: 0.1 }).mean, 4),
  claim('0.70', ipoHalf.margins[0]!, 2),
  claim('0.75', ipoHalf.margins[3]!, 2),
  claim('-1.6', weightsOf(0.5, { variant: 'ipo' })[0]!, 1),
  claim('-2.0', weightsOf(0.5, { variant: 'ipo' })[3]!, 1),
  claim('1.386', Math.log(0.8 / 0.2), 3), // cDPO optimum u* = log((1 − ε)/ε) at ε = 0.2 (checked to be a zero below)
  claim('-0.0022', weightsOf(1, { variant: 'cdpo', labelSmoothing: 0.2 })[0]!, 4),
  claim('-0.0176', weightsOf(1, { variant: 'cdpo', labelSmoothing: 0.2 })[3]!, 4),
  claim('0.14', dpo.margins[0]!, 2), // exercise dpo-1
  claim('2.4', (1.2 - 2) - (-0.2 - 3), 1), // exercise dpo-1: Δ after h_w falls by 2 and h_l by 3
  claim('0.24', 0.1 * ((1.2 - 2) - (-0.2 - 3)), 2), // exercise dpo-1: u = βΔ
  claim('0.6256', dpoPairLoss(1.4, 0.1), 4),
  claim('0.135', Math.exp(-2), 3),
  claim('0.3133', dpoPairLoss(1, 1), 4), // exercise dpo-3: ℓ(1)
  claim('1.3133', dpoPairLoss(-1, 1), 4), // ℓ(−1)
  claim('0.6', 1 - 2 * robust02.labelSmoothing, 1), // the robust loss's divisor 1 − 2ε
  claim('-0.0201', dpoPairLoss(1, 1, robust02), 4),
  claim('1.6466', dpoPairLoss(-1, 1, robust02), 4),
  claim('0.313', 0.8 * dpoPairLoss(1, 1, robust02) + 0.2 * dpoPairLoss(-1, 1, robust02), 3),
  claim('2.197', Math.log(0.9 / 0.1), 3), // exercise dpo-4 (checked to be a zero below)
  claim('21.97', Math.log(0.9 / 0.1) / 0.1, 2), // Δ* = u*/β at β = 0.1
];

const dpoInputs = new Set([
  ...['1.2', '0.8', '0.4', '1.5', '0.2', '0.1', '0.5', '0.0'], // the widget's default log-ratios and β
  ...['1.4', '0.9'], // the gap Δ = 1.4 of pair 1; the rate 1 − ε = 0.9 of exercise dpo-4
  '5.1', // "Section 5.1" of Rafailov et al. (2023), a section number
]);

// ----------------------------------------------------------------------------------------------------------
// Section 1.3 (content/chapter-1/kl-budget.mdx). Defaults: prompt 1 of the seed-42 toy world, budget 0.2 nats.
// Every other number of its prose is an MDX expression over src/math.
const klPrompt1 = toyPrompt(42, 1);
const klBudgetClaims: Claim[] = [
  claim('0.906', klBudgetOptimum(klPrompt1.reference, klPrompt1.rewards, 0.2).beta, 3), // exercise kl-1's β
];

const klBudgetInputs = new Set([
  ...['0.05', '0.2', '0.8'], // the seed notebook's β values (and 0.05 nats, a quarter of the default budget)
  ...['0.20', '0.21', '0.01'], // exercise kl-1: budgets 0.20 → 0.21, a step of 0.01
  '0.1', // DPO's common β
]);

// ----------------------------------------------------------------------------------------------------------
// Section 1.4 (content/chapter-1/rlhf-vs-dpo.mdx). Every computed number of its prose is an MDX expression over
// src/math (the widget's model, the trainers); the prose types only these inputs.
const rlhfVsDpoClaims: Claim[] = [];

const rlhfVsDpoInputs = new Set([
  '0.5', // β in "Change β to 0.5" and in exercises rd-1 to rd-4
  ...['0.2', '0.8'], // π_ref = (0.2, 0.8) of exercises rd-3 and rd-4
  '0.1', // TRL's default β and the DPO paper's
]);

// ----------------------------------------------------------------------------------------------------------
// Section 4.4 (content/chapter-4/kl-estimators.mdx). Every number of its prose is an MDX expression over src/math
// (gaussianEstimatorMoments, klEstimatorBatches through the widget's model); the literals left are the exercises'
// given values.
const klEstimatorsClaims: Claim[] = [];

const klEstimatorsInputs = new Set([
  '1.2', '0.9', // kle-1: log π_θ = −1.2 and log π_ref = −0.9 of one token
  '1.5', // kle-2: the drift μ
  '0.1', // kle-4: the drift μ (REFERENCE's small-drift case)
]);

describe.each([
  ['chapter-1/choice-vs-demo.mdx', choiceClaims, choiceInputs],
  ['chapter-1/proxy-reward.mdx', proxyClaims, proxyInputs],
  ['chapter-1/kl-budget.mdx', klBudgetClaims, klBudgetInputs],
  ['chapter-1/rlhf-vs-dpo.mdx', rlhfVsDpoClaims, rlhfVsDpoInputs],
  ['chapter-2/bradley-terry.mdx', bradleyTerryClaims, bradleyTerryInputs],
  ['chapter-5/dpo-loss.mdx', dpoClaims, dpoInputs],
  ['chapter-4/kl-estimators.mdx', klEstimatorsClaims, klEstimatorsInputs],
] as const)('content/%s', (file, claims, inputs) => {
  const text = sectionProse(file);

  it.each(claims.map((entry) => [entry.text, entry] as const))('states %s, which src/math computes', (_text, entry) => {
    expect(written(entry)).toBe(entry.text);
    expect(text).toContain(entry.text);
  });

  it('states no decimal number or percentage that is neither checked above nor an input', () => {
    const checked = new Set(claims.map((entry) => entry.text.replace(/^-/, '')));
    const unchecked = numbersIn(text).filter((token) => !checked.has(token) && !inputs.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });
});

describe('the facts behind some claims of content/chapter-1/kl-budget.mdx', () => {
  const { reference, rewards } = klPrompt1;
  const gain = (budget: number) => klBudgetOptimum(reference, rewards, budget).expectedReward - klBudgetOptimum(reference, rewards, 0).expectedReward;
  const variance = (toy: { reference: number[]; rewards: number[] }) => {
    const m = toy.rewards.reduce((a, r, i) => a + r * (toy.reference[i] as number), 0);
    return toy.rewards.reduce((a, r, i) => a + (r - m) ** 2 * (toy.reference[i] as number), 0);
  };
  it('a quarter of the budget (0.05 nats) buys about half the gain of 0.2 nats', () => {
    expect(gain(0.05) / gain(0.2)).toBeGreaterThan(0.45);
    expect(gain(0.05) / gain(0.2)).toBeLessThan(0.55);
  });
  it('0.2 nats is about a fifth of the greedy policy’s KL', () => {
    expect(0.2 / klBudgetOptimum(reference, rewards, 10).kl).toBeCloseTo(0.2, 1);
  });
  it('the square-root rule predicts a little above the true best reward at 0.2 nats', () => {
    expect(Math.sqrt(2 * variance(klPrompt1) * 0.2)).toBeGreaterThan(gain(0.2));
    expect(Math.sqrt(2 * variance(klPrompt1) * 0.2) - gain(0.2)).toBeLessThan(0.05);
  });
  it('exercise kl-1: the slope estimate β·0.01 and the exact gain agree to 3 decimals', () => {
    const best = klBudgetOptimum(reference, rewards, 0.2);
    const exact = klBudgetOptimum(reference, rewards, 0.21).expectedReward - best.expectedReward;
    expect((best.beta * 0.01).toFixed(3)).toBe(exact.toFixed(3));
    expect(exact).toBeLessThan(best.beta * 0.01); // "slightly less": the frontier is concave
  });
  it('exercise kl-3: doubled rewards at the old β spend more than twice the budget; the budget needs twice the β', () => {
    const best = klBudgetOptimum(reference, rewards, 0.2);
    const doubled = rewards.map((r) => 2 * r);
    expect(frontierPoint(reference, doubled, best.beta).kl).toBeGreaterThan(2 * 0.2);
    expect(klBudgetOptimum(reference, doubled, 0.2).beta).toBeCloseTo(2 * best.beta, 9);
  });
  it('exercise kl-4: c = 1/(2σ²) on prompt 7 is about twice prompt 1’s, and more than twice the toy curve’s c = 1', () => {
    const c = (toy: { reference: number[]; rewards: number[] }) => 1 / (2 * variance(toy));
    const ratio = c(toyPrompt(42, 7)) / c(klPrompt1);
    expect(ratio).toBeGreaterThan(1.9);
    expect(ratio).toBeLessThan(2.1);
    expect(c(toyPrompt(42, 7))).toBeGreaterThan(2);
  });
  it('prompt 7: its rewards vary less than half as much under π_ref as prompt 1’s, response 4 is best, π_ref prefers response 1', () => {
    const p7 = toyPrompt(42, 7);
    expect(variance(p7)).toBeLessThan(variance(klPrompt1) / 2); // common mistake: “less than half of prompt 1’s”
    expect(p7.rewards.indexOf(Math.max(...p7.rewards))).toBe(3);
    expect(p7.counts).toEqual([5, 3, 0, 2]); // π_ref = (counts + 1)/14 = 6/14, 4/14, 1/14, 3/14
  });
});

describe('the facts behind some claims', () => {
  it('1.1 states the careful annotator (τ = 0.5, ε = 0.05) and the prior λ = 0.1 the widget uses (content/chapter-1/choice-vs-demo.mdx)', () => {
    expect(DEFAULT_ANNOTATORS[ANNOTATOR]).toMatchObject({ noise: 0.5, flipRate: 0.05, lengthBias: 0 });
    expect(REWARD_PRIOR).toBe(0.1);
  });

  it('1.1: the fitted rewards of the default state rank the six answers in the gold order; y3 is best; N = 5 leaves y3 uncompared and ranks y2 first', () => {
    expect(kendallTau(choice.responses.map((r) => r.fitted), choice.responses.map((r) => r.gold))).toBe(1);
    const few = deriveChoiceVsDemo({ ...choiceVsDemoDefaults, comparisons: 5 });
    expect(few.responses[2]!.appearances).toBe(0);
    const best = few.responses.reduce((b, r, i) => (r.fitted > few.responses[b]!.fitted ? i : b), 0);
    expect(best).toBe(1);
  });

  it('1.1: at T = 0.1 the demonstrator writes only y3; T = 10 lowers both policies; N = 5 leaves π_pref barely above SFT', () => {
    const cold = deriveChoiceVsDemo({ ...choiceVsDemoDefaults, temperature: 0.1 });
    expect(cold.responses.map((r) => r.demonstrations)).toEqual([0, 0, 100, 0, 0, 0]);
    const hot = deriveChoiceVsDemo({ ...choiceVsDemoDefaults, temperature: 10 });
    expect(hot.prefValue).toBeLessThan(choice.prefValue); // "though less than before"
    expect(hot.sftValue).toBeLessThan(choice.sftValue);
    const few = deriveChoiceVsDemo({ ...choiceVsDemoDefaults, comparisons: 5 });
    expect(few.prefValue).toBeGreaterThan(few.sftValue); // "barely above SFT"
    expect(few.prefValue - few.sftValue).toBeLessThan(0.05);
  });

  it('log 4 is where the expected Bradley–Terry gradient σ(m) − 0.8 vanishes (content/chapter-2/bradley-terry.mdx)', () => {
    expect(sigmoid(Math.log(4)) - 0.8).toBeCloseTo(0, 15);
  });

  it('two groups preferring opposite answers at 90 % pool to a rate of 0.5, whose fitted margin is 0', () => {
    const pooled = 0.5 * 0.9 + 0.5 * 0.1;
    expect(pooled).toBeCloseTo(sigmoid(0), 15);
  });

  it('adding 3 to both rewards of pair 4 leaves every loss unchanged (the common-mistake box of bradley-terry.mdx)', () => {
    const shift = (rewards: number[]) => rewards.map((r, i) => (i === 3 ? r + 3 : r));
    const shifted = pairwiseLoss(shift(chosen), shift(rejected));
    Array.from(shifted.losses).forEach((loss, i) => expect(loss).toBeCloseTo(bt.losses[i]!, 12));
    expect(shift(chosen)[3]).toBeGreaterThan(chosen[0]!);
  });

  it('exercise bt-4: the fit of the cycle A≻B 80 %, B≻C 70 %, C≻A 60 % is rewards (log 1.5, 0, 0), P(A≻B) = 0.6, barely below log 2 in loss', () => {
    // Expected loss of rewards (a, b, c); it is convex, so a stationary point is the global minimum.
    const g = (a: number, b: number, c: number) => expectedLoss(0.8, a - b) + expectedLoss(0.7, b - c) + expectedLoss(0.6, c - a);
    const [a, b, c] = [Math.log(1.5), 0, 0];
    const h = 1e-6;
    expect((g(a + h, b, c) - g(a - h, b, c)) / (2 * h)).toBeCloseTo(0, 8);
    expect((g(a, b + h, c) - g(a, b - h, c)) / (2 * h)).toBeCloseTo(0, 8);
    expect((g(a, b, c + h) - g(a, b, c - h)) / (2 * h)).toBeCloseTo(0, 8);
    expect([sigmoid(a - b), sigmoid(b - c), sigmoid(c - a)].map((q) => q.toFixed(12))).toEqual(['0.600000000000', '0.500000000000', '0.400000000000']);
    // Its expected loss per comparison is below log 2, and it covers only a small part of the way from log 2 to the
    // floor of a model that matches each rate (their mean binary entropy).
    const fitted = g(a, b, c) / 3;
    const floor = [0.8, 0.7, 0.6].reduce((total, p) => total + entropy([p, 1 - p]), 0) / 3;
    expect(fitted).toBeLessThan(Math.log(2));
    expect((Math.log(2) - fitted) / (Math.log(2) - floor)).toBeLessThan(0.2);
  });

  it('the cyclic fit (all margins 0) is a stationary point of the expected loss of the cycle A≻B≻C≻A at 80 %', () => {
    // Expected loss of rewards (a, b, c): g(a − b) + g(b − c) + g(c − a); its gradient at a = b = c is 0.
    const g = (a: number, b: number, c: number) => expectedLoss(0.8, a - b) + expectedLoss(0.8, b - c) + expectedLoss(0.8, c - a);
    const h = 1e-6;
    expect((g(h, 0, 0) - g(-h, 0, 0)) / (2 * h)).toBeCloseTo(0, 8);
    expect(g(0, 0, 0) / 3).toBeCloseTo(Math.log(2), 12);
    // and it is the minimum: any other reward vector costs more (convexity makes this global).
    for (const [a, b] of [[0.3, 0], [1, -1], [Math.log(4), 0], [0.1, 0.05]] as const) expect(g(a, b, 0)).toBeGreaterThan(g(0, 0, 0));
  });

  it('exercise dpo-1: lowering h_w by 2 and h_l by 3 lowers pair 1’s loss (content/chapter-5/dpo-loss.mdx)', () => {
    expect(dpoPairLoss((1.2 - 2) - (-0.2 - 3), 0.1)).toBeLessThan(dpoPairLoss(1.2 - -0.2, 0.1));
  });

  it('exercise rd-1: at β = 2 path (a) gives y3 less than at β = 1 and more than π_ref; rd-2: at β = 0.5 it gives more (content/chapter-1/rlhf-vs-dpo.mdx)', () => {
    const y3 = (beta: number) => deriveRlhfVsDpo({ ...rlhfVsDpoDefaults, beta }).responses[2]!;
    expect(y3(2).rlhf).toBeLessThan(y3(1).rlhf);
    expect(y3(2).rlhf).toBeGreaterThan(y3(1).reference);
    expect(y3(0.5).dpo).toBeGreaterThan(y3(1).dpo);
    expect(y3(0.5).reward).toBe(y3(1).reward); // the fitted reward does not depend on β
  });

  it('the IPO target is u = 0.5 for every β: its gradient vanishes at Δ = 1/(2β) (content/chapter-5/dpo-loss.mdx)', () => {
    for (const beta of [0.1, 0.5, 1, 3]) {
      expect(dpoPairLossGradient(1 / (2 * beta), beta, { variant: 'ipo' })).toBeCloseTo(0, 12);
    }
  });

  it('the cDPO optimum is u* = log((1 − ε)/ε): its gradient vanishes there', () => {
    for (const eps of [0.1, 0.2]) {
      expect(dpoPairLossGradient(Math.log((1 - eps) / eps), 1, { variant: 'cdpo', labelSmoothing: eps })).toBeCloseTo(0, 12);
    }
  });

  it('cDPO = DPO + εu and robust DPO = DPO − εu/(1 − 2ε), and the batch means differ by those terms', () => {
    for (const eps of [0.1, 0.2, 0.4]) {
      for (const u of [-2, -0.01, 0.14, 3]) {
        expect(dpoPairLoss(u, 1, { variant: 'cdpo', labelSmoothing: eps })).toBeCloseTo(dpoPairLoss(u, 1) + eps * u, 12);
        expect(dpoPairLoss(u, 1, { variant: 'robust', labelSmoothing: eps })).toBeCloseTo(dpoPairLoss(u, 1) - (eps * u) / (1 - 2 * eps), 12);
      }
    }
    const meanMargin = mean(dpo.margins);
    expect(dpoLoss(lw, ll, 0.1, { variant: 'cdpo', labelSmoothing: 0.1 }).mean).toBeCloseTo(dpo.mean + 0.1 * meanMargin, 12);
    expect(dpoLoss(lw, ll, 0.1, { variant: 'robust', labelSmoothing: 0.1 }).mean).toBeCloseTo(dpo.mean - (0.1 * meanMargin) / 0.8, 12);
  });

  it('the robust gradient weight is σ(−u) + ε/(1 − 2ε) (content/chapter-5/dpo-loss.mdx)', () => {
    for (const u of [-2, 0, 1, 5]) {
      expect(dpoLoss([u], [0], 1, robust02).gradientWeights[0]).toBeCloseTo(sigmoid(-u) + 0.2 / 0.6, 12);
    }
  });

  it('robust DPO is unbiased: the flip-weighted expected robust loss equals the clean loss at several u', () => {
    for (const eps of [0.1, 0.2, 0.4]) {
      for (const u of [-2, 0, 1, 3]) {
        const options = { variant: 'robust', labelSmoothing: eps } as const;
        const expected = (1 - eps) * dpoPairLoss(u, 1, options) + eps * dpoPairLoss(-u, 1, options);
        expect(expected).toBeCloseTo(dpoPairLoss(u, 1), 12);
      }
    }
  });

  it('with the hinge at β = 1, pairs 1 and 4 cost 0 and have gradient weight 0; pairs 2 and 3 have weight 1', () => {
    const hinge = dpoLoss(lw, ll, 1, { variant: 'hinge' });
    expect([hinge.losses[0], hinge.losses[3]]).toEqual([0, 0]);
    expect(weightsOf(1, { variant: 'hinge' }).map((w) => w + 0)).toEqual([0, 1, 1, 0]); // + 0 turns −0 into 0
  });
});

describe('the facts behind some claims of content/chapter-1/proxy-reward.mdx', () => {
  const base = deriveProxyReward(proxyRewardDefaults);
  const at = (changes: Partial<typeof proxyRewardDefaults>) => deriveProxyReward({ ...proxyRewardDefaults, ...changes });

  it('states the world and fit it uses: ρ = 0.5, w* = (1, 0.5, 0), ν = 0.1, λ = 0.5 by default', () => {
    expect(WORLD_DEFAULTS.lengthCorrelation).toBe(0.5);
    expect([...WORLD_DEFAULTS.goldWeights]).toEqual([1, 0.5, 0]);
    expect(PROXY_PRIOR).toBe(0.1);
    expect(proxyRewardDefaults).toMatchObject({ comparisons: 200, noise: 1, lengthBias: 0.5, seed: 42 });
  });

  it('"with hundreds of comparisons the prior barely moves it": ν = 0.1 against ν = 1e−9 at the defaults', () => {
    const world = createWorld({ seed: 42, prompts: TRAIN_PROMPTS, responsesPerPrompt: 4, annotators: [{ name: 'a', noise: 1, flipRate: 0, lengthBias: 0.5 }] });
    const d = comparisonDifferences(world, drawPreferences(world, { count: 200, annotators: 0 }));
    const weak = fitLinearBradleyTerryMap(d, { prior: 0.1 }).weights;
    const none = fitLinearBradleyTerryMap(d, { prior: 1e-9 }).weights;
    weak.forEach((w, j) => expect(Math.abs(w - none[j]!)).toBeLessThan(0.005));
    expect(weak).toEqual(base.weights); // the widget fits this same world and data (its held-out prompts come after)
  });

  it('no two held-out answers tie; the proxy’s favourite is the longest answer of its top 10', () => {
    expect([base.counts.tiedX, base.counts.tiedY]).toEqual([0, 0]);
    const lengths = base.proxyTop.map((i) => base.answers[i]!.length);
    expect(Math.max(...lengths)).toBe(lengths[0]);
  });

  it('more comparisons bring τ_b and the length premium toward the annotator (limit, λ), not toward the gold reward', () => {
    const many = at({ comparisons: 2000 });
    expect(many.tauB).toBeGreaterThan(base.tauB);
    expect(many.tauB).toBeLessThan(many.tauBLimit);
    expect(Math.abs(many.lengthPremium! - 0.5)).toBeLessThan(Math.abs(base.lengthPremium! - 0.5));
    expect(many.lengthPremium!).toBeGreaterThan(0.5); // still above λ, far from the gold 0
  });

  it('λ = 0 gives 10 of 10 in the top 10; τ = 3 costs data (200 → 2000 comparisons recovers); λ = 1 keeps the top-10 overlap below 10', () => {
    expect(at({ lengthBias: 0 }).overlap).toBe(10);
    expect(at({ noise: 3, comparisons: 2000 }).tauB).toBeGreaterThan(at({ noise: 3 }).tauB + 0.1);
    expect(at({ lengthBias: 1, comparisons: 2000 }).overlap).toBeLessThan(10);
  });

  it('the biased proxy beats the gold reward on the annotator’s held-out labels; with λ = 0 the gold reward wins', () => {
    expect(base.proxyLabelAccuracy).toBeGreaterThan(base.goldLabelAccuracy);
    const fair = at({ lengthBias: 0 });
    expect(fair.goldLabelAccuracy).toBeGreaterThan(fair.proxyLabelAccuracy);
  });
});
