import { describe, expect, it } from 'vitest';
import * as math from '../../src/math/index.ts';

describe('src/math/index.ts', () => {
  it('exports the public API the widgets and embedders use', () => {
    for (const name of [
      'sigmoid',
      'logSigmoid',
      'softplus',
      'logSumExp',
      'softmax',
      'logSoftmax',
      'bradleyTerryProbability',
      'pairwiseLoss',
      'dpoLoss',
      'klDivergence',
      'optimalPolicy',
      'implicitReward',
      'implicitRewardFromLogProbs',
      'rewardProjection',
      'cohenKappa',
      'expectedCalibrationError',
      'ppoClipObjective',
      'ppoClipGradient',
      'isPpoClipped',
      'shapedRewards',
      'generalizedAdvantages',
      'bigramTokenLogProbabilities',
      'numpyRandom',
      'createWorld',
      'drawPreferences',
      'drawDemonstrations',
      'createRewardModelTrainer',
      'rewardModelStep',
      'sftMaximumLikelihood',
      'sftStep',
      'createTabularDpoTrainer',
      'tabularDpoStep',
      'fitTabularBradleyTerry',
      'fitTabularBradleyTerryMap',
      'tabularOptimalPolicy',
      'trainingSlices',
      'kendallTau',
      'cosineSimilarity',
      'kendallPairCounts',
      'fitLinearBradleyTerryMap',
      'comparisonDifferences',
      'totalVariation',
      'klDivergenceTerms',
      'temperedPolicy',
      'mixturePolicy',
      'noisyLabelProbability',
      'effectiveSampleSize',
      'agreementFromFlipRate',
      'flipRateFromAgreement',
      'linearRankingAccuracy',
      'featureCovariance',
      'rankingLearningCurve',
      'createFeedbackLoop',
      'feedbackLoopInitialState',
      'feedbackLoopStep',
      'tiltedPolicy',
      'rankingPairs',
      'rankingLoss',
      'drawRankings',
      'expectedMarginGradient',
      'preferenceRateMargin',
      'tabularDpoPairTerms',
    ]) {
      expect(typeof (math as Record<string, unknown>)[name], name).toBe('function');
    }
  });
  it('does not re-export the internal validation helpers', () => {
    expect('toFiniteVector' in math).toBe(false);
    expect('assertPositive' in math).toBe(false);
    expect('minibatchIndices' in math).toBe(false);
    expect('utilityGap' in math).toBe(false);
  });
});
