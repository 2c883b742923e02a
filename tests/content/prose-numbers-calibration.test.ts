/**
 * The numbers the prose of section 3.4 (content/chapter-3/calibration.mdx) states in running text and inside
 * formulas, recomputed with `src/math`. The section computes its other numbers (the worked example's table, ECE,
 * MCE, NLL, T̂ and the values in "What to notice") inside MDX expressions at build time, from the widget's model,
 * whose defaults tests/widgets/calibration/model.test.ts checks against numpy/scipy; this test checks the
 * hand-written arithmetic, the claims those numbers are attached to, and sweeps the prose for any decimal number or
 * percentage that is neither an input nor checked here.
 */
import { describe, expect, it } from 'vitest';
import { sectionProse } from './section-prose';
import { calibrationBinIndex, comparisonDifferences, createWorld, drawPreferences, fitLinearBradleyTerryMap, fitTemperature, sigmoid } from '../../src/math/index';
import { deriveCalibration, fittedTemperatureSetting, HELD_OUT_PROMPTS, PRIOR, RESPONSES, TRAIN_NOISE, TRAIN_PROMPTS } from '../../src/widgets/calibration/model';
import { calibrationDefaults, type CalibrationState } from '../../src/widgets/calibration/state';

const text = sectionProse('chapter-3/calibration.mdx');
const at = (changes: Partial<CalibrationState>) => deriveCalibration({ ...calibrationDefaults, ...changes });
const d = at({});

describe('content/chapter-3/calibration.mdx', () => {
  it('states no decimal number or percentage that is neither an input nor checked here', () => {
    // Inputs: the intuition's illustrative probability 0.8 with 80 %, 65 % and 90 %; the exercises' Δ = 1.5, T = 3, T = 0.25 and 4, Δ = −0.5, τ₀ = 0.5, τ = 1.5 and the observed 3 of 4 = 0.75; the widget's
    // settings τ = 0.5 and T = 0.5.
    const inputs = new Set(['0.8', '80 %', '65 %', '90 %', '1.5', '0.75', '0.5', '0.25']);
    const checked = new Set(['0.01', '0.28', '0.24', '7.000000000000001']);
    const unchecked = [...text.matchAll(/\d+\.\d+|\d+ ?%/g)].map((m) => m[0]).filter((token) => !inputs.has(token) && !checked.has(token));
    expect([...new Set(unchecked)]).toEqual([]);
  });

  it('the search of fitTemperature covers log T on [0.01, 100], and "Fit T" rounds to 0.01', () => {
    expect(text).toContain('searches $\\log T$ on $[0.01, 100]$');
    expect(fitTemperature([1, 2], [1, 1])).toBeCloseTo(0.01, 8); // all ordered correctly: the lower bound
    expect(fitTemperature([1, 2], [0, 0])).toBeCloseTo(100, 5); // all misordered: no finite T beats T → ∞
    expect(text).toContain('rounded to 0.01');
    expect(fittedTemperatureSetting(d)).toBe(Math.round(d.fittedTemperature * 100) / 100);
  });

  it('the edge example: 0.28 · 25 is 7.000000000000001 in floating point, and p = 0.28 belongs to (0.24, 0.28]', () => {
    expect(0.28 * 25).toBe(7.000000000000001);
    expect(Math.ceil(0.28 * 25)).toBe(8); // rounding pM up would pick the 8th bin, (0.28, 0.32]
    expect(calibrationBinIndex(0.28, 25)).toBe(6); // the 7th bin, (0.24, 0.28]
    expect(text).toContain('such as $p = 0.28$ with $M = 25$, belongs to the bin that the edge closes, $(0.24, 0.28]$');
    expect(text).toContain('$0.28 \\cdot 25$ is 7.000000000000001');
  });

  it('the derivation: d NLL/ds = mean (σ(sΔ) − y)Δ (a finite difference on the widget’s margins)', () => {
    const nll = (s: number) => {
      let total = 0;
      d.margins.forEach((m, i) => {
        total -= d.outcomes[i] === 1 ? Math.log(sigmoid(s * m)) : Math.log(sigmoid(-s * m));
      });
      return total / d.margins.length;
    };
    for (const s of [0.3, 1, 2]) {
      const formula = d.margins.reduce((acc, m, i) => acc + (sigmoid(s * m) - d.outcomes[i]!) * m, 0) / d.margins.length;
      expect((nll(s + 1e-6) - nll(s - 1e-6)) / 2e-6).toBeCloseTo(formula, 7);
    }
    // The stationarity condition Σ σ(Δ/T̂)Δ = Σ yΔ holds at the fitted temperature.
    const lhs = d.margins.reduce((acc, m) => acc + sigmoid(m / d.fittedTemperature) * m, 0);
    const rhs = d.margins.reduce((acc, m, i) => acc + d.outcomes[i]! * m, 0);
    expect(lhs).toBeCloseTo(rhs, 4);
  });

  it('the widget’s noise ratio: τ₀ = 1 and τ = 2 give T = τ/τ₀ = 2, "over-confident by a factor of 2"', () => {
    expect(TRAIN_NOISE).toBe(1);
    expect(calibrationDefaults.heldOutNoise / TRAIN_NOISE).toBe(2);
    expect(text).toContain('near $\\tau/\\tau_0 = 2$');
    expect(text).toContain('over-confident by a factor of 2 in its margins');
  });

  it('the worked example: over-confident in every bin (frequency below the mean prediction above ½, above it below ½)', () => {
    for (const bin of d.calibration.bins.filter((b) => b.count > 0)) {
      if (bin.confidence > 0.5) expect(bin.accuracy).toBeLessThan(bin.confidence);
      else expect(bin.accuracy).toBeGreaterThan(bin.confidence);
    }
    expect(d.fittedTemperature).toBeLessThan(2); // "It is lower on this sample"
  });

  it('what to notice: T = 2 has a lower ECE but a higher NLL than T̂; τ = 1 is close to calibrated, τ = 0.5 under-confident near 0.5', () => {
    const two = at({ temperature: 2 });
    const fitted = at({ temperature: fittedTemperatureSetting(d) });
    expect(two.calibration.ece).toBeLessThan(d.fitted.ece);
    expect(two.calibration.ece).toBeLessThan(fitted.calibration.ece);
    expect(two.nll).toBeGreaterThan(d.fittedNll);
    expect(fitted.calibration.ece.toFixed(3)).toBe(d.fitted.ece.toFixed(3)); // T̂ and its rounding show the same ECE
    expect(Math.abs(at({ heldOutNoise: 1 }).fittedTemperature - 1)).toBeLessThan(0.1);
    const clean = at({ heldOutNoise: 0.5 });
    expect(clean.fittedTemperature).toBeLessThan(1);
    expect(Math.abs(clean.fittedTemperature - 0.5)).toBeLessThan(0.1);
    expect(at({ bins: 20 }).calibration.mce).toBeGreaterThan(d.calibration.mce);
  });

  it('what to notice, N = 20 with τ = 1: T̂ near 1 at seed 42 is luck; over seeds 1 to 10 it is mostly above 1 (numpy/scipy re-fit: 0.78 to 2.52, 8 of 10 above 1)', () => {
    expect(Math.abs(at({ comparisons: 20, heldOutNoise: 1 }).fittedTemperature - 1)).toBeLessThan(0.1);
    const fitted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((seed) => at({ comparisons: 20, heldOutNoise: 1, seed }).fittedTemperature);
    expect(Math.min(...fitted)).toBeCloseTo(0.78, 2);
    expect(Math.max(...fitted)).toBeCloseTo(2.52, 2);
    expect(fitted.filter((t) => t > 1).length).toBe(8);
    expect(text).toContain('but that is luck');
    expect(text).not.toContain('little room to overfit. Over-confidence from training too long');
  });

  it('the worked example at "Fit T": σ(Δ₁/1.66) is the 0.480 the widget shows after the button, not σ(Δ₁/T̂) = 0.479 (numpy: 0.47953 and 0.47949)', () => {
    const fitted = at({ temperature: fittedTemperatureSetting(d) });
    expect(fitted.probabilities[0]!.toFixed(3)).toBe('0.480');
    expect(sigmoid(d.margins[0]! / d.fittedTemperature).toFixed(3)).toBe('0.479');
    expect(text).toContain('gets $\\sigma$({fx(m1, 3)} / {px(fittedTemperatureSetting(d))}) = {fx(fitted.probabilities[0], 3)}');
  });

  it('the fit must use held-out pairs: on its own training comparisons the model gives T̂ = 1 without a prior, a hair below 1 with the widget\'s', () => {
    const world = createWorld({ seed: 42, prompts: TRAIN_PROMPTS + HELD_OUT_PROMPTS, responsesPerPrompt: RESPONSES, annotators: [{ name: 'training', noise: TRAIN_NOISE, flipRate: 0, lengthBias: 0 }] });
    const trainWorld = { ...world, prompts: world.prompts.slice(0, TRAIN_PROMPTS) };
    const differences = comparisonDifferences(trainWorld, drawPreferences(trainWorld, { count: 500, annotators: 0 }));
    const trainT = (prior: number) => {
      const w = fitLinearBradleyTerryMap(differences, { prior }).weights;
      const margins = differences.map((x) => x.reduce((acc, v, j) => acc + v * w[j]!, 0));
      return fitTemperature(margins, margins.map(() => 1));
    };
    expect(trainT(1e-9)).toBeCloseTo(1, 5);
    expect(trainT(PRIOR)).toBeLessThan(1);
    expect(trainT(PRIOR)).toBeCloseTo(0.9989, 3); // numpy/scipy re-fit of the same comparisons: 0.99894
    expect(d.fittedTemperature).toBeGreaterThan(1.5); // while the held-out pairs want 1.66
    expect(text).toContain('the training pairs cannot show over-confidence');
    expect(text).not.toContain('over-confident by construction');
  });

  it('exercise cal-2: margins 2, 1, −0.5, −3 with labels 1, 0, 0, 0 at T = 0.25 and T = 4', () => {
    expect(text).toContain('Four held-out pairs have the margins Δ = 2, 1, -0.5 and -3'); // sectionProse writes − as -
    expect(text).toContain('(y = 1, 0, 0, 0)');
  });

  it('exercise cal-1: σ(1.5/3) = σ(0.5); cal-3: σ(2/T̂) = 3/4 gives T̂ = 2/log 3; cal-4: T = 1.5/0.5 = 3', () => {
    expect(text).toContain('$p = \\sigma(\\Delta/T) = \\sigma(0.5) = 1/(1 + e^{-0.5})$');
    expect(sigmoid(1.5 / 3)).toBe(sigmoid(0.5));
    expect(sigmoid(2 / (2 / Math.log(3)))).toBeCloseTo(0.75, 14);
    expect(fitTemperature([2, 2, 2, 2], [1, 1, 1, 0])).toBeCloseTo(2 / Math.log(3), 6);
    expect(text).toContain('$T = \\tau/\\tau_0 = 1.5/0.5$');
    expect(1.5 / 0.5).toBe(3);
  });
});
