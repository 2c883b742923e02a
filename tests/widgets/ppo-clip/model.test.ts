import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { hatchPoints, ppoClipChartConfig, ppoClipChartDescription } from '../../../src/widgets/ppo-clip/chart.ts';
import { derivePpoClip, ppoClipFallback, ppoClipRow, ppoClipTable, summarizePpoClip } from '../../../src/widgets/ppo-clip/model.ts';
import { ppoClipDefaults, ppoClipSchema } from '../../../src/widgets/ppo-clip/state.ts';
import { validState } from '../shared/schema-arbitraries.ts';

describe('ppoClipRow(ratio, advantage, epsilon)', () => {
  it('takes the smaller of ρA and clip(ρ, 1 − ε, 1 + ε)A (hand-computed: min(1.3, 1.2) = 1.2; min(−0.6, −0.8) = −0.8)', () => {
    expect(ppoClipRow(1.3, 1, 0.2)).toEqual({ ratio: 1.3, unclipped: 1.3, clippedTerm: 1.2, objective: 1.2, gradient: 0, clipped: true });
    const negative = ppoClipRow(0.6, -1, 0.2);
    expect(negative.objective).toBeCloseTo(-0.8, 12);
    expect(negative.clipped).toBe(true);
    expect(ppoClipRow(1.5, -1, 0.2)).toMatchObject({ objective: -1.5, gradient: -1, clipped: false });
  });
});

describe('derivePpoClip(state)', () => {
  it('shades ρ > 1 + ε for A > 0 and ρ < 1 − ε for A < 0, and the curve is flat (equal values) exactly there', () => {
    fc.assert(
      fc.property(validState(ppoClipSchema), (s) => {
        const d = derivePpoClip(s);
        const flat = d.objectiveCurve.filter((p) => p.x > d.region.from + 1e-9 && p.x < d.region.to - 1e-9);
        for (const p of flat) expect(p.y).toBeCloseTo(d.advantage * (d.advantage > 0 ? 1 + d.epsilon : 1 - d.epsilon), 12);
        expect(d.region).toEqual(d.advantage > 0 ? { from: 1 + s.epsilon, to: 2 } : { from: 0, to: 1 - s.epsilon });
        for (const row of d.rows) {
          // Clipped rows: the minimum is the clipped term and the gradient is 0; the others: ρA with gradient A.
          expect(row.objective).toBe(row.clipped ? row.clippedTerm : row.unclipped);
          expect(row.gradient).toBe(row.clipped ? 0 : d.advantage);
          if (row.clipped) expect(d.advantage > 0 ? row.ratio > 1 + d.epsilon : row.ratio < 1 - d.epsilon).toBe(true);
        }
      }),
      { numRuns: 50 },
    );
  });
});

describe('summarizePpoClip(state, derived)', () => {
  it('describes the default clip view', () => {
    expect(summarizePpoClip(ppoClipDefaults, derivePpoClip(ppoClipDefaults))).toBe(
      'A = +1, ε = 0.2: at ρ = 1.3 the sample is clipped: L^CLIP = 1.200 instead of ρA = 1.300, gradient 0; the objective is flat for ρ > 1.2.',
    );
    const negative = { ...ppoClipDefaults, sign: 'negative' as const };
    expect(summarizePpoClip(negative, derivePpoClip(negative))).toBe(
      'A = −1, ε = 0.2: at ρ = 1.3 not clipped: L^CLIP = ρA = −1.300, gradient −1; the objective is flat for ρ < 0.8.',
    );
  });
  it('follows the token view (numpy: log-ratio 7.1756, total 0.2824)', () => {
    const tokens = { ...ppoClipDefaults, view: 'tokens' as const };
    expect(summarizePpoClip(tokens, derivePpoClip(tokens))).toBe(
      '“sure , i can help with that .”, 9 tokens, β = 0.1: KL penalties sum to −0.718 (log π_θ(y)/π_ref(y) = 7.176), score r = 1 at the last token; total reward 0.282.',
    );
  });
});

describe('ppoClipTable(derived)', () => {
  it('lists ρ = 0.5, 1 − ε, 1, 1 + ε, 1.5 and the chosen ρ in the clip view', () => {
    const table = ppoClipTable(derivePpoClip(ppoClipDefaults));
    expect(table.rows.map((row) => row[0])).toEqual(['0.5', '0.8', '1', '1.2', '1.3', '1.5']);
    expect(table.rows[4]).toEqual(['1.3', '1.300', '1.200', '1.200', 'yes', '0']);
    expect(table.rows[0]).toEqual(['0.5', '0.500', '0.800', '0.500', 'no', '1']);
  });
  it('lists one row per token in the token view, the score only on the last', () => {
    const table = ppoClipTable(derivePpoClip({ ...ppoClipDefaults, view: 'tokens' }));
    expect(table.rows).toHaveLength(9);
    expect(table.rows[8]).toEqual(['9', '⟨end⟩', '−0.320', '−0.652', '−0.0332', '1', '0.9668']);
    expect(table.rows[0]?.[5]).toBe('0');
    expect(table.caption).toContain('Sum 0.2824; −β·log(π_θ(y)/π_ref(y)) + r = 0.2824.');
  });
});

describe('ppoClipChartConfig(derived, colors) and ppoClipChartDescription(derived)', () => {
  it('draws the hatch, ρA, L^CLIP and the point in the clip view; stems, penalties and the running sum in the token view', () => {
    const colors = paletteChartColors('light');
    const clip = ppoClipChartConfig(derivePpoClip(ppoClipDefaults), colors);
    expect(clip.data.datasets.map((d) => d.label)).toEqual(['Clipped region (flat, zero gradient)', 'Unclipped ρA', 'L^CLIP = min(ρA, clip(ρ, 1 − ε, 1 + ε)A)', 'Chosen ρ (clipped)']);
    const tokens = ppoClipChartConfig(derivePpoClip({ ...ppoClipDefaults, view: 'tokens' }), colors);
    expect(tokens.data.datasets).toHaveLength(3);
    expect(tokens.data.datasets[2]?.data.at(-1)?.y).toBeCloseTo(0.28244263915291434, 10);
    expect(ppoClipChartDescription(derivePpoClip(ppoClipDefaults))).toContain('clipped region from ρ = 1.2 to 2 hatched');
  });
  it('hatches the region with vertical segments separated by gaps', () => {
    const points = hatchPoints(1.9, 2, 0, 2);
    expect(points).toHaveLength(9);
    expect(points.filter((p) => Number.isNaN(p.y))).toHaveLength(3);
  });
});

describe('ppoClipFallback(state)', () => {
  it('is the summary and table of the state', () => {
    expect(ppoClipFallback(ppoClipDefaults).summary).toMatch(/^A = \+1, ε = 0.2/);
    expect(ppoClipFallback(ppoClipDefaults).table.rows).toHaveLength(6);
  });
});
