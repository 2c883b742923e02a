/**
 * The chart's legend as HTML instead of Chart.js's canvas legend: real text that scales, wraps and reads like
 * any other text, and one fewer box for Chart.js to measure and lay out on every update (about a tenth of an
 * update's cost). Markers are small inline SVGs coloured through presentation attributes, so no inline style
 * is needed under a strict CSP; they repeat each dataset's line dash or point shape, so the legend does not
 * rest on colour alone.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { WidgetChartConfig } from './chart-types.ts';

type LineDataset = WidgetChartConfig['data']['datasets'][number];

/** What the legend shows of a dataset. */
export interface LegendEntry {
  label: string;
  color: string;
  /** `line` (with an optional dash pattern) for curves, a point shape for scatter datasets. */
  marker: 'line' | 'circle' | 'triangle' | 'cross' | 'diamond';
  dash: readonly number[];
}

/** Legend markers of Chart.js point styles that are not circles: 'crossRot' is an ×, 'rectRot' a diamond. */
const POINT_MARKERS: Readonly<Record<string, LegendEntry['marker']>> = { triangle: 'triangle', crossRot: 'cross', rectRot: 'diamond' };

/**
 * The legend entries of a chart's datasets, in order; datasets without a label are left out.
 *
 * @example
 * legendEntries([{ label: 'P = σ(m)', data: [], borderColor: '#0077bb', pointStyle: 'line' }])
 * // → [{ label: 'P = σ(m)', color: '#0077bb', marker: 'line', dash: [] }]
 */
export function legendEntries(datasets: readonly LineDataset[]): LegendEntry[] {
  return datasets
    .filter((dataset) => typeof dataset.label === 'string' && dataset.label !== '')
    .map((dataset) => {
      const scatter = dataset.showLine === false;
      const shape = POINT_MARKERS[String(dataset.pointStyle)] ?? 'circle';
      return {
        label: dataset.label ?? '',
        color: typeof dataset.borderColor === 'string' ? dataset.borderColor : 'currentColor',
        marker: scatter ? shape : 'line',
        dash: Array.isArray(dataset.borderDash) ? dataset.borderDash.filter((step): step is number => typeof step === 'number') : [],
      };
    });
}

function marker(entry: LegendEntry) {
  switch (entry.marker) {
    case 'circle':
      return svg`<circle cx="9" cy="6" r="5" fill=${entry.color} />`;
    case 'triangle':
      return svg`<polygon points="9,0.5 15,11.5 3,11.5" fill=${entry.color} />`;
    case 'cross':
      return svg`<path d="M5 2 L13 10 M13 2 L5 10" stroke=${entry.color} stroke-width="2.5" fill="none" />`;
    case 'diamond':
      return svg`<polygon points="9,0.5 14.5,6 9,11.5 3.5,6" fill=${entry.color} />`;
    case 'line':
      return svg`<line x1="0" y1="6" x2="18" y2="6" stroke=${entry.color} stroke-width="3"
        stroke-dasharray=${entry.dash.length > 0 ? entry.dash.join(' ') : nothing} />`;
  }
}

/**
 * The legend list for a chart's datasets (render it with lit's `render` into the legend container).
 *
 * @example
 * render(chartLegend(config.data.datasets), legendElement);
 */
export function chartLegend(datasets: readonly LineDataset[]): TemplateResult {
  return html`<ul class="legend-list">
    ${legendEntries(datasets).map(
      (entry) =>
        html`<li>
          <svg class="legend-marker" viewBox="0 0 18 12" width="18" height="12" aria-hidden="true">${marker(entry)}</svg>
          <span>${entry.label}</span>
        </li>`,
    )}
  </ul>`;
}
