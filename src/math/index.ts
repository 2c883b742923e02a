/**
 * The course's math package: pure, dependency-free functions over `number` and `ArrayLike<number>` (results as
 * `number` or `Float64Array`), numerically stable, validated (bad input throws a `RangeError` naming the
 * argument). Every number the site, its widgets, their build-time fallbacks and embedders show comes from here.
 * Each module cites the course section or the paper its formulas come from.
 *
 * @module
 */

// Numerically stable primitives and summation
export { logSigmoid, logSoftmax, logSumExp, sigmoid, softmax, softplus } from './stable.ts';
export { mean, sum } from './summation.ts';
export { linspace } from './linspace.ts';

// Bradley–Terry and the reward-model loss (§2)
export { bradleyTerryProbability, pairwiseLoss } from './bradley-terry.ts';
export type { PairwiseLossOptions, PairwiseLossResult } from './bradley-terry.ts';
export { rankingLoss, rankingPairCount, rankingPairs } from './kwise-ranking.ts';
export type { RankingPair } from './kwise-ranking.ts';
export { expectedMarginGradient, MARGIN_LOSSES, preferenceRateMargin } from './margin-fit.ts';
export type { MarginLoss } from './margin-fit.ts';
export { marginRankingLoss, pairwiseErrorRate } from './margin-ranking-loss.ts';
export type { MarginRankingLoss } from './margin-ranking-loss.ts';
export { RATING_LEVELS, RATING_MARGINS, RATING_THRESHOLDS, ratingFromGoldGap, ratingMargin } from './rating-margin.ts';
export type { RatingIndex, RatingMarginVariant } from './rating-margin.ts';
export { histogram } from './histogram.ts';
export { ratingMarginFit } from './rating-margin-fit.ts';

// Categorical policies: KL, entropy, expectations, the RLHF optimum and the implicit reward (§3, §4)
export { klDivergence, klDivergenceTerms } from './kl-divergence.ts';
export { mixturePolicy } from './mixture-policy.ts';
export { temperedPolicy } from './tempered-policy.ts';
export { tiltedPolicy } from './tilted-policy.ts';
export { entropy } from './entropy.ts';
export { crossEntropy } from './cross-entropy.ts';
export { expectedValue } from './expected-value.ts';
export { logPartition, optimalObjective, optimalPolicy } from './optimal-policy.ts';
export { rlhfObjective } from './rlhf-objective.ts';
export { implicitReward, implicitRewardFromLogProbs } from './implicit-reward.ts';
export { rewardProjection } from './reward-projection.ts';
export { totalVariation } from './total-variation.ts';
export { frontierEnd, frontierPoint, klBudgetOptimum, rewardKlFrontier } from './reward-kl-frontier.ts';
export type { FrontierPoint, KlBudgetOptimum } from './reward-kl-frontier.ts';

// DPO and its variants (§4)
export { DPO_VARIANTS, dpoGradientWeight, dpoLoss, dpoMarginCurve, dpoPairLoss, dpoPairLossGradient } from './dpo.ts';
export type { DpoLossOptions, DpoLossResult, DpoMarginCurve, DpoVariant } from './dpo.ts';

// PPO (§5)
export { isPpoClipped, ppoClipGradient, ppoClipObjective } from './ppo.ts';
export { shapedRewards } from './shaped-rewards.ts';
export { generalizedAdvantages } from './gae.ts';
export type { GeneralizedAdvantages } from './gae.ts';

// Reward-model overoptimization (§6)
export { bestOfNKl, goldRewardBestOfN, goldRewardRl } from './overoptimization.ts';
export { bestOfNPolicy } from './best-of-n.ts';
export { fitGaoForm, gaoPeak } from './gao-fit.ts';
export type { GaoFit, GaoForm } from './gao-fit.ts';
export { ADAPTIVE_KL_CLIP, adaptiveKlRun, adaptiveKlStep } from './adaptive-kl.ts';
export { combineRewardEnsemble } from './reward-ensemble.ts';
export type { EnsembleMode } from './reward-ensemble.ts';
export { betaPathCurve, bestOfNCurve } from './overoptimization-curve.ts';
export type { BestOfNPoint, OveroptimizationPoint } from './overoptimization-curve.ts';

// Agreement between a learned and a gold reward: rank order, direction of the weights
export { kendallPairCounts, kendallTau } from './kendall-tau.ts';
export type { KendallPairCounts } from './kendall-tau.ts';
export { cosineSimilarity } from './cosine-similarity.ts';

// Label noise and what it costs a reward model: flipped labels, effective sample size, exact ranking accuracy of a
// linear reward, learning curves (content/chapter-1, section 1.5)
export { agreementFromFlipRate, effectiveSampleSize, flipRateFromAgreement, noisyLabelProbability } from './label-noise.ts';
export { linearRankingAccuracy } from './linear-ranking-accuracy.ts';
export { rankingLearningCurve } from './ranking-learning-curve.ts';
export type { RankingLearningCurveOptions } from './ranking-learning-curve.ts';

// The toy preference world every data-driven widget shares: prompts, responses, gold reward, annotators,
// demonstrator, preference and demonstration draws (all from numpy's MT19937 stream)
export { createWorld, DEFAULT_ANNOTATORS, FEATURE_NAMES, goldRewardTable, WORLD_DEFAULTS } from './world/create-world.ts';
export type { AnnotatorSpec, World, WorldOptions, WorldPrompt, WorldResponse } from './world/create-world.ts';
export { annotatorPreferenceProbability } from './world/annotator.ts';
export { featureCovariance } from './world/feature-covariance.ts';
export { drawPreferences } from './world/preferences.ts';
export type { Comparison, PreferenceOptions } from './world/preferences.ts';
export { drawRankings } from './world/rankings.ts';
export type { RankingOptions } from './world/rankings.ts';
export { demonstratorPolicy, drawDemonstrations } from './world/demonstrator.ts';
export type { Demonstration, DemonstrationOptions } from './world/demonstrator.ts';
export {
  buildRewardBench,
  REWARD_BENCH_CATEGORIES,
  REWARD_BENCH_CATEGORY_NAMES,
  TOY_REWARD_MODELS,
  toyRewardScore,
  toyRewardScores,
} from './world/reward-bench.ts';
export type { RewardBench, RewardBenchCategory, RewardBenchTriple, ToyRewardModel, ToyRewardModelId } from './world/reward-bench.ts';

// Trainers over the toy world, as pure step functions (state → next state), and running them in slices
export { createRewardModelTrainer, rewardModelInitialState, rewardModelRewards, rewardModelStep } from './trainers/reward-model.ts';
export type { RewardModelOptions, RewardModelState, RewardModelTrainer } from './trainers/reward-model.ts';
export { createMarginRewardTrainer, marginRewardInitialState, marginRewardStep } from './trainers/margin-reward-model.ts';
export type { MarginRewardOptions, MarginRewardState, MarginRewardTrainer } from './trainers/margin-reward-model.ts';
export { createRankingRewardTrainer, rankingFit, rankingRewardFits, rankingRewardInitialState, rankingRewardStep } from './trainers/ranking-reward-model.ts';
export type { RankingBatching, RankingFit, RankingRewardOptions, RankingRewardState, RankingRewardTrainer, WeightedPair } from './trainers/ranking-reward-model.ts';
export { createSftTrainer, demonstrationCounts, sftInitialState, sftMaximumLikelihood, sftStep } from './trainers/sft.ts';
export type { SftState, SftTrainer } from './trainers/sft.ts';
export { fitTabularBradleyTerry } from './trainers/tabular-bradley-terry.ts';
export type { TabularBradleyTerryFit } from './trainers/tabular-bradley-terry.ts';
export { fitTabularBradleyTerryMap } from './trainers/tabular-bradley-terry-map.ts';
export type { TabularBradleyTerryMapFit } from './trainers/tabular-bradley-terry-map.ts';
export { comparisonDifferences, fitLinearBradleyTerryMap } from './trainers/linear-bradley-terry-map.ts';
export type { LinearBradleyTerryFit, LinearBradleyTerryOptions } from './trainers/linear-bradley-terry-map.ts';
export {
  createTabularDpoTrainer,
  tabularDpoGradient,
  tabularDpoInitialState,
  tabularDpoMetrics,
  tabularDpoStep,
} from './trainers/tabular-dpo.ts';
export type { TabularDpoLoss, TabularDpoMetrics, TabularDpoOptions, TabularDpoState, TabularDpoTrainer } from './trainers/tabular-dpo.ts';
export { tabularDpoPairTerms } from './trainers/tabular-dpo-pair-terms.ts';
export type { TabularDpoPairTerm } from './trainers/tabular-dpo-pair-terms.ts';
export { meanKlDivergence, meanTotalVariation, tabularOptimalPolicy, tabularPolicy, uniformPolicy } from './trainers/tabular-policy.ts';
export type { Shape } from './trainers/check-comparisons.ts';
export { createFeedbackLoop, feedbackLoopInitialState, feedbackLoopStep } from './trainers/feedback-loop.ts';
export type { FeedbackLoop, FeedbackLoopMetrics, FeedbackLoopOptions, FeedbackLoopState } from './trainers/feedback-loop.ts';
export {
  bigramCountPolicy,
  bigramLogProbability,
  bigramLogProbabilityGradient,
  bigramTransitions,
  bigramVocabulary,
  checkBigramLogits,
} from './trainers/bigram-policy.ts';
export type { BigramTransition } from './trainers/bigram-policy.ts';
export { bigramSequenceKl } from './trainers/bigram-kl.ts';
export { bigramTokenLogProbabilities } from './trainers/bigram-token-log-probabilities.ts';
export { bigramDpoGradient, bigramDpoInitialState, bigramDpoMetrics, bigramDpoStep, createBigramDpoTrainer } from './trainers/bigram-dpo.ts';
export type { BigramDpoOptions, BigramDpoState, BigramDpoTrainer, SentencePair } from './trainers/bigram-dpo.ts';
export { runSteps, stepsPerSlice, trainingSlices } from './trainers/run-steps.ts';
export type { StepFunction } from './trainers/run-steps.ts';

// Annotator agreement (§7)
export { cohenKappa, cohenKappaFromTable, fleissKappa, fleissKappaFromLabels, rawAgreement } from './agreement.ts';
export { chanceAgreement, flipModelAgreement, simulateAnnotators } from './annotator-simulation.ts';
export type { AnnotatorSimulationOptions, FlipModelAgreement } from './annotator-simulation.ts';
export { majorityAccuracy, majorityVoteAccuracy } from './majority-vote.ts';

// Calibration (§8)
export { calibrationBinIndex, expectedCalibrationError } from './calibration.ts';
export type { CalibrationBin, CalibrationResult } from './calibration.ts';
export { fitTemperature, temperatureNll, temperatureScaledProbabilities } from './temperature-scaling.ts';

// Seedable randomness: numpy's legacy MT19937 stream (§10)
export { NumpyRandomState, numpyRandom } from './random.ts';
export type { ChoiceOptions } from './random.ts';

// The seed notebook: its computations, printed formatting and transcript (§10)
export { formatFixed, formatNumpyArray, numpyRound } from './seed-format.ts';
export {
  SEED_DEMO_HEADINGS,
  SEED_DEMO_KIND_TITLES,
  SEED_DPO_BETA,
  SEED_LOG_RATIOS_CHOSEN,
  SEED_LOG_RATIOS_REJECTED,
  SEED_RANDOM_SEED,
  SEED_REWARDS_CHOSEN,
  SEED_REWARDS_REJECTED,
  SEED_TRADEOFF_BETAS,
  seedAgreementDemo,
  seedBradleyTerryDemo,
  seedCheckLine,
  seedDpoDemo,
  seedFeedbackLoopDemo,
  seedNotebookRun,
  seedNotebookTranscript,
  seedTradeoffDemo,
} from './seed-demos.ts';
export type {
  SeedAgreementDemo,
  SeedAgreementOptions,
  SeedBradleyTerryDemo,
  SeedCheck,
  SeedDemoKind,
  SeedDemoRun,
  SeedDpoDemo,
  SeedFeedbackLoopDemo,
  SeedTradeoffCurve,
  SeedTradeoffDemo,
  SeedTradeoffOptions,
  SeedTranscriptOptions,
} from './seed-demos.ts';

// RewardBench-style evaluation (content/chapter-3/rewardbench.mdx): accuracy with ties counted wrong, weighted
// section and overall scores, and percentile-bootstrap intervals (Efron 1979)
export { pairwiseCorrect, weightedScore } from './reward-bench-score.ts';
export { bootstrapGroupMeans, bootstrapInterval, combineGroupMeans, bootstrapWeightedMeans, percentile, percentileInterval } from './bootstrap.ts';
export type { BootstrapInterval } from './bootstrap.ts';

// KL estimators k1, k2, k3 from samples (content/chapter-4/kl-estimators.mdx; Schulman 2020, "Approximating KL
// divergence"): per-sample values, their exact moments in the Gaussian example, and seeded batches
export { KL_ESTIMATORS, klEstimate, klK1, klK2, klK3 } from './kl-estimators.ts';
export type { KlEstimator } from './kl-estimators.ts';
export { gaussianEstimatorMoments, gaussianShiftKl } from './gaussian-kl-estimators.ts';
export type { EstimatorMoments } from './gaussian-kl-estimators.ts';
export { klEstimatorBatches } from './kl-estimator-batches.ts';
export type { EstimatorBatchSummary, KlEstimatorBatches, KlEstimatorBatchOptions } from './kl-estimator-batches.ts';
