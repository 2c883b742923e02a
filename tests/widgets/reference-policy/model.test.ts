import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveReferencePolicy,
  referencePolicyChartConfig,
  referencePolicyChartDescription,
  referencePolicyFallback,
  referencePolicyOf,
  referencePolicyTable,
  summarizeReferencePolicy,
} from '../../../src/widgets/reference-policy/model.ts';
import { referencePolicyDefaults, type ReferencePolicyState } from '../../../src/widgets/reference-policy/state.ts';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors.ts';
import { documentedResult } from '../tsdoc-example.ts';

const MODEL = new URL('../../../src/widgets/reference-policy/model.ts', import.meta.url);

/*
 * Independent values from numpy/scipy:
 *   np.random.seed(42); f = np.random.randn(24).reshape(8, 3); g = f[:, 0] + 0.5 * f[:, 1]
 *   p = np.exp(g - g.max()); p /= p.sum()
 *   rs = np.random.RandomState(); rs.seed([42, 2]); c = np.bincount(rs.choice(8, 20, p=p), minlength=8)
 *   r = c / 20; t = r**2 / (r**2).sum(); rel_entr(t, r).sum(), rel_entr(r, t).sum()
 *   m = 0.9 * r + 0.1 / 8; rel_entr(r, m).sum()
 */
const NUMPY_COUNTS_42_20 = [3, 6, 7, 0, 0, 2, 0, 2];
const NUMPY_COUNTS_42_200 = [17, 60, 89, 17, 3, 5, 0, 9];
const SCIPY_KL_PI_REF = 0.08924599201886567;
const SCIPY_KL_REF_PI = 0.10722286738029849;
const SCIPY_KL_REF_PI_MIXED = 0.03886950724314787; // T = 1, α = 0.1

const withState = (changes: Partial<ReferencePolicyState>): ReferencePolicyState => ({ ...referencePolicyDefaults, ...changes });

describe('referencePolicyOf(seed, demonstrations)', () => {
  it("counts the toy world's demonstrations of one 8-response prompt (numpy MT19937)", () => {
    expect(referencePolicyOf(42, 20).counts).toEqual(NUMPY_COUNTS_42_20);
    expect(referencePolicyOf(42, 20).reference).toEqual(NUMPY_COUNTS_42_20.map((c) => c / 20));
    expect(referencePolicyOf(42, 200).counts).toEqual(NUMPY_COUNTS_42_200);
  });
});

describe('deriveReferencePolicy(state)', () => {
  it('gives KL(π‖π_ref) and KL(π_ref‖π) at the defaults (scipy rel_entr)', () => {
    const d = deriveReferencePolicy(referencePolicyDefaults);
    expect(d.klPiRef).toBeCloseTo(SCIPY_KL_PI_REF, 12);
    expect(d.klRefPi).toBeCloseTo(SCIPY_KL_REF_PI, 12);
    expect(d.zeroReference).toEqual([4, 5, 7]);
    expect(d.violations).toEqual([]);
    expect(d.responses.reduce((s, r) => s + r.termPiRef, 0)).toBeCloseTo(SCIPY_KL_PI_REF, 12);
    expect(d.responses.reduce((s, r) => s + r.termRefPi, 0)).toBeCloseTo(SCIPY_KL_REF_PI, 12);
  });

  it('makes KL(π‖π_ref) infinite and leaves KL(π_ref‖π) finite, once π puts mass where π_ref is 0 (scipy)', () => {
    const d = deriveReferencePolicy(withState({ temperature: 1, mix: 0.1 }));
    expect(d.klPiRef).toBe(Infinity);
    expect(d.klRefPi).toBeCloseTo(SCIPY_KL_REF_PI_MIXED, 12);
    expect(d.violations).toEqual([4, 5, 7]);
    expect(d.violationMass).toBeCloseTo(3 * 0.1 / 8, 15);
    const infinite = d.responses.filter((r) => r.termPiRef === Infinity).map((r) => r.response);
    expect(infinite).toEqual([4, 5, 7]);
    d.responses.forEach((r) => {
      expect(Number.isFinite(r.termRefPi)).toBe(true);
      if (r.reference > 0) expect(Number.isFinite(r.termPiRef)).toBe(true);
    });
  });

  it('is 0 both ways at T = 1 and α = 0 (π = π_ref)', () => {
    const d = deriveReferencePolicy(withState({ temperature: 1 }));
    expect(d.klPiRef).toBe(0);
    expect(d.klRefPi).toBe(0);
  });

  it('keeps every number finite except KL(π‖π_ref) on a support violation, over the whole state space', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 9999 }),
          demonstrations: fc.integer({ min: 1, max: 500 }),
          temperature: fc.double({ min: 0.1, max: 10, noNaN: true }),
          // 0 or a mix whose share α/8 of a zero response does not underflow to 0 (a subnormal α would)
          mix: fc.oneof(fc.constant(0), fc.double({ min: 1e-9, max: 1, noNaN: true })),
        }),
        (state) => {
          const d = deriveReferencePolicy(state);
          expect(Number.isFinite(d.klRefPi)).toBe(true);
          expect(d.klRefPi).toBeGreaterThanOrEqual(0);
          expect(d.klPiRef === Infinity).toBe(d.violations.length > 0);
          expect(d.violations.length > 0).toBe(state.mix > 0 && d.zeroReference.length > 0);
          expect(d.responses.reduce((s, r) => s + r.policy, 0)).toBeCloseTo(1, 12);
          expect(d.yMax).toBeGreaterThanOrEqual(Math.max(...d.responses.map((r) => r.policy)));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('summarizeReferencePolicy(state)', () => {
  it('states the zeros of π_ref and both KL values (the TSDoc example)', () => {
    const text = summarizeReferencePolicy(referencePolicyDefaults);
    expect(text).toBe('π_ref from 20 demonstrations is 0 on responses 4, 5 and 7. π (T = 0.5, α = 0): KL(π‖π_ref) = 0.0892, KL(π_ref‖π) = 0.1072.');
  });

  it('says why KL(π‖π_ref) is infinite, and that the other direction is finite', () => {
    expect(summarizeReferencePolicy(withState({ temperature: 1, mix: 0.1 }))).toBe(
      'π_ref from 20 demonstrations is 0 on responses 4, 5 and 7. π (T = 1, α = 0.1) puts 0.038 on them, so KL(π‖π_ref) = ∞; KL(π_ref‖π) = 0.0389 stays finite.',
    );
  });

  it('says when π_ref has full support', () => {
    expect(summarizeReferencePolicy(withState({ seed: 7, mix: 0.5 }))).toMatch(/^π_ref from 20 demonstrations gives every response some probability\. π \(T = 0\.5, α = 0\.5\): KL/);
  });
});

describe('referencePolicyTable(derived)', () => {
  it('has a row per response and a sum row whose last cells are the two KL values', () => {
    const table = referencePolicyTable(deriveReferencePolicy(referencePolicyDefaults));
    expect(table.rows).toHaveLength(9);
    expect(table.rows[3]).toEqual(documentedResult(MODEL, 'referencePolicyTable(deriveReferencePolicy(referencePolicyDefaults)).rows[3];'));
    expect(table.rows[8]).toEqual(['Sum', '20', '1.000', '1.000', '0.0892', '0.1072']);
    expect(table.rows[0]).toEqual(['1', '3', '0.150', '0.088', '−0.0468', '0.0796']);
  });

  it('writes ∞ for the infinite terms', () => {
    const table = referencePolicyTable(deriveReferencePolicy(withState({ mix: 0.2 })));
    expect(table.rows[3]![4]).toBe('∞');
    expect(table.rows[8]![4]).toBe('∞');
    expect(table.rows[8]![5]).not.toBe('∞');
  });
});

describe('referencePolicyChartConfig(derived, colors)', () => {
  it('draws π_ref, π and the support violations, which follow the state', () => {
    const colors = paletteChartColors('light');
    const plain = referencePolicyChartConfig(deriveReferencePolicy(referencePolicyDefaults), colors);
    expect(plain.data.datasets.map((d) => d.label)).toEqual(['π_ref(y)', 'π(y)', 'π(y) > 0 where π_ref(y) = 0 (KL(π‖π_ref) = ∞)']);
    expect(plain.data.datasets[2]!.data).toEqual([]);
    const mixed = referencePolicyChartConfig(deriveReferencePolicy(withState({ temperature: 1, mix: 0.1 })), colors);
    expect(mixed.data.datasets[2]!.data.map((p) => p.x)).toEqual([4, 5, 7]);
    // bars: each outline segment from x = y − 0.5 to y + 0.5 is drawn at response y's height (Chart.js 'before')
    expect(plain.data.datasets[0]!.stepped).toBe('before');
    expect(plain.data.datasets[0]!.data.slice(1, 3)).toEqual([{ x: 0.5, y: 0.15 }, { x: 1.5, y: 0.3 }]);
    const scale = { ticks: [] as { value: number }[] };
    (plain.options?.scales?.['x'] as { afterBuildTicks: (s: typeof scale) => void }).afterBuildTicks(scale);
    expect(scale.ticks.map((tick) => tick.value)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // response numbers centred under their bars (the shared x axis aligns its end labels inward)
    expect(plain.options?.scales?.['x']?.ticks).toMatchObject({ align: 'center', sampleSize: 4 });
    expect(referencePolicyChartDescription(deriveReferencePolicy(withState({ mix: 0.1 })))).toContain('triangles mark responses 4, 5 and 7');
  });
});

describe('referencePolicyFallback(state)', () => {
  it('is the summary and the table', () => {
    const fallback = referencePolicyFallback(referencePolicyDefaults);
    expect(fallback.summary).toContain('KL(π‖π_ref) = 0.0892');
    expect(fallback.table.rows).toHaveLength(9);
  });
});
