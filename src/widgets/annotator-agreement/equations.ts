/**
 * The equations of content/chapter-3/annotator-agreement.mdx wired to the `annotator-agreement` widget: the
 * symbols its math marks with `\sym` and the live numbers its `\val` marks take (src/widgets/shared/widget-equations.ts).
 * The values are annotators A and B's, formatted as the widget's table formats them.
 *
 * @example
 * annotatorAgreementEquations.values(annotatorAgreementDefaults);
 * // → { 'base-rate': '0.30', 'flip-rate': '0.12', agreement: '0.840', chance: '0.564', kappa: '0.633', 'expected-kappa': '0.727' }
 */
import { formatFixed } from '../shared/format-number.ts';
import type { WidgetEquations } from '../shared/widget-equations.ts';
import { deriveAnnotatorAgreement } from './model.ts';
import type { annotatorAgreementSchema, AnnotatorAgreementState } from './state.ts';

const sampleKeys = ['baseRate', 'flipRate', 'n', 'seed'] as const;

/** The symbols and live values of the annotator-agreement section. */
export const annotatorAgreementEquations: WidgetEquations<typeof annotatorAgreementSchema> = {
  symbols: {
    'base-rate': { symbol: 'b', meaning: 'base rate', keys: ['baseRate'], color: 5, axis: 'x' },
    'flip-rate': { symbol: 'ε', meaning: 'flip rate', keys: ['flipRate'], color: 3 },
    agreement: { symbol: 'p_o', meaning: 'raw agreement', keys: sampleKeys, color: 1 },
    chance: { symbol: 'p_e', meaning: 'chance agreement', keys: sampleKeys, color: 4 },
    kappa: { symbol: 'κ', meaning: 'Cohen’s κ', keys: sampleKeys, color: 2 },
  },
  values(state: AnnotatorAgreementState): Record<string, string> {
    const d = deriveAnnotatorAgreement(state);
    return {
      'base-rate': formatFixed(state.baseRate, 2),
      'flip-rate': formatFixed(state.flipRate, 2),
      agreement: formatFixed(d.agreement, 3),
      chance: formatFixed(d.chance, 3),
      kappa: formatFixed(d.kappa, 3),
      'expected-kappa': formatFixed(d.expected.kappa, 3),
    };
  },
};
