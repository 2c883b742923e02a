/**
 * A Lit reactive controller that owns one Chart.js instance: it creates the chart in a task of its own after
 * the first render that has a canvas, updates it in place with `chart.update('none')` after every later render,
 * re-reads the theme colours when the scheme changes, destroys it when the host disconnects (or the canvas goes
 * away) and recreates it on reconnect. Chart.js is registered once, with only the pieces the widgets use (never
 * `chart.js/auto`). Charts never animate: the first draw is one frame, and updates follow the controls.
 *
 * An update runs in the next animation frame, once however many renders came before it (a held arrow key, a
 * training run), after the frame callbacks that the host's other controllers asked for first (the live numbers in
 * the section's equations, ./equation-link.ts). Chart.js measures its tick labels, which makes the browser lay out
 * the page's pending changes; run in the frame, that is the frame's one layout, where an update run straight after
 * the render made a second one whenever the equations changed too.
 *
 * Creating a chart (reading the theme colours, sizing the canvas, laying out the scales, the first draw) is the
 * largest piece of a widget's start-up. Run in the task that evaluated the widget's code and rendered it, it made
 * one long task that blocked the page (hundreds of milliseconds on a slow phone, issue 9); in a task of its own,
 * scheduled with `setTimeout`, the browser can paint the rendered widget and handle input in between.
 */
import {
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
} from 'chart.js';
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { chartLegend } from './chart-legend.ts';
import { paletteChartColors, type ChartColors } from './chart-colors.ts';
import type { WidgetChartConfig } from './chart-types.ts';
import type { ThemeController } from './theme-controller.ts';

// No Tooltip and no Legend plugin: values are in the data table (reachable by keyboard and screen readers,
// unlike canvas hover tooltips) and the legend is HTML; both plugins also cost time on every update.
Chart.register(LineController, LineElement, PointElement, LinearScale);

/** Options of {@link ChartController}. */
export interface ChartControllerOptions {
  /** The canvas to draw on, once rendered (inside a positioned container with a definite block size). */
  canvas: () => HTMLCanvasElement | null | undefined;
  /** The element the HTML legend is rendered into (see chart-legend.ts), if any. */
  legend?: () => HTMLElement | null | undefined;
  /** The element whose resolved `--_*` colour tokens the chart uses (the widget's `.root`). */
  colorScope: () => Element | null | undefined;
  /** The chart configuration for the current state, or `null` to draw no chart. */
  config: (colors: ChartColors) => WidgetChartConfig | null;
  theme: ThemeController;
  /** Called instead of throwing when Chart.js fails, so the widget can show an error and the page lives on. */
  onError: (error: unknown) => void;
}

const SERIES = ['series-1', 'series-2', 'series-3', 'series-4', 'series-5', 'series-6'] as const;

/**
 * Resolves the colour tokens in scope to concrete colours (a canvas cannot read `var()` or `light-dark()`): a
 * probe element takes each token as its `color`, and the computed colour is read back. Setting a style
 * property from script is allowed under the site's CSP (only inline `style` attributes are restricted).
 */
function resolveColors(scope: Element, fallback: ChartColors): ChartColors {
  const tokens = ['fg', 'muted', 'grid', 'bg', ...SERIES];
  const backups = [fallback.fg, fallback.muted, fallback.grid, fallback.bg, ...SERIES.map((_, i) => fallback.series[i] ?? fallback.fg)];
  // One probe per token, all attached before the first read: the browser recalculates style once, not per token.
  const probes = tokens.map((token, index) => {
    const probe = document.createElement('span');
    probe.className = 'probe';
    probe.setAttribute('aria-hidden', 'true');
    probe.style.color = `var(--_${token}, ${backups[index] ?? fallback.fg})`;
    return probe;
  });
  scope.append(...probes);
  try {
    const [fg, muted, grid, bg, ...series] = probes.map(
      (probe, index) => getComputedStyle(probe).color || (backups[index] ?? fallback.fg),
    );
    return {
      fg: fg ?? fallback.fg,
      muted: muted ?? fallback.muted,
      grid: grid ?? fallback.grid,
      bg: bg ?? fallback.bg,
      series: series as unknown as ChartColors['series'],
    };
  } finally {
    for (const probe of probes) probe.remove();
  }
}

/** Owns a widget's chart. */
export class ChartController implements ReactiveController {
  chart: Chart<'line', WidgetChartConfig['data']['datasets'][number]['data']> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #options: ChartControllerOptions;
  #colors: ChartColors | undefined;
  #colorsTheme: string | undefined;
  /** JSON of the options last given to the chart, to skip replacing identical ones. */
  #optionsKey = '';
  /** The property names of the datasets last given to the chart (see {@link datasetShape}). */
  #datasetShape = '';
  /** The pending task that will create the chart, if any. */
  #creation: ReturnType<typeof setTimeout> | undefined;
  /** The pending animation frame that will update the chart (0: none). */
  #frame = 0;

  /**
   * @example
   * readonly #chart = new ChartController(this, {
   *   canvas: () => this.renderRoot.querySelector('canvas'), colorScope: () => this.renderRoot.querySelector('.root'),
   *   config: (colors) => chartConfig(this.derived, colors), theme: this.#theme, onError: (e) => this.fail(e),
   * });
   */
  constructor(host: ReactiveControllerHost, options: ChartControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** On reconnect the host does not re-render by itself: ask for an update so the chart is recreated. */
  hostConnected(): void {
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    // No chart yet: create it in a task of its own (one pending creation at most; it draws the latest state).
    // The HTML legend above the chart is rendered now, with the widget, so the frame painted in between already
    // has the legend's final height and the chart below it does not move (CLS 0).
    if (this.chart === undefined) {
      try {
        this.#sync({ legendOnly: true });
      } catch (error) {
        this.#options.onError(error);
        return;
      }
      this.#creation ??= setTimeout(() => {
        this.#creation = undefined;
        this.#syncSafely();
      }, 0);
      return;
    }
    if (this.#frame === 0) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.#syncSafely();
      });
    }
  }

  hostDisconnected(): void {
    this.#destroy();
    this.#colors = undefined;
  }

  #syncSafely(): void {
    try {
      this.#sync();
    } catch (error) {
      this.#destroy();
      this.#options.onError(error);
    }
  }

  #sync({ legendOnly = false } = {}): void {
    const canvas = this.#options.canvas();
    if (!canvas?.isConnected) {
      this.#destroy();
      return;
    }
    if (this.chart !== undefined && this.chart.canvas !== canvas) this.#destroy();
    const theme = this.#options.theme.theme;
    if (this.#colors === undefined || this.#colorsTheme !== theme) {
      const scope = this.#options.colorScope();
      const fallback = paletteChartColors(theme);
      this.#colors = scope ? resolveColors(scope, fallback) : fallback;
      this.#colorsTheme = theme;
    }
    const config = this.#options.config(this.#colors);
    if (config === null) {
      this.#destroy();
      return;
    }
    const legend = this.#options.legend?.();
    if (legend) render(chartLegend(config.data.datasets), legend);
    if (legendOnly) return;
    const options = config.options ?? {};
    if (this.chart === undefined) {
      // One frame, not 250 ms of redraws: an animated first draw repaints the whole chart in every frame while
      // the page is still loading. (Also what readers who prefer reduced motion need.)
      options.animation = false;
      // Exposed for tests and curious readers: whether the first draw animates.
      canvas.dataset['animation'] = 'off';
      // Keyed before Chart.js merges its defaults into the object, so the next update with the same options
      // does not replace them.
      const optionsKey = JSON.stringify(options);
      this.chart = new Chart(canvas, { ...config, options });
      this.#optionsKey = optionsKey;
      this.#datasetShape = datasetShape(config.data.datasets);
      showScales(canvas, this.chart);
      return;
    }
    const chart = this.chart;
    const current = chart.data.datasets;
    const next = config.data.datasets;
    // Merge in place only when every dataset has the same properties as before (the usual drag step). A widget
    // that switches what it plots (content/chapter-5/dpo-trainer.mdx: loss with accuracy on a right axis, then
    // log π on one axis, then points) gets new datasets, or a property it no longer sets, such as `yAxisID`,
    // would survive the merge and draw against an axis that no longer exists.
    const shape = datasetShape(next);
    if (shape === this.#datasetShape && current.length === next.length) next.forEach((dataset, index) => mergeDataset(current[index], dataset));
    else chart.data.datasets = next;
    this.#datasetShape = shape;
    options.animation = false;
    // Replacing the options makes Chart.js rebuild its option resolvers (about half of an update): only do it
    // when they changed (a theme switch, new axis bounds), not on every drag step that only moves the data.
    const optionsKey = JSON.stringify(options);
    if (optionsKey !== this.#optionsKey) {
      chart.options = options;
      this.#optionsKey = optionsKey;
    }
    chart.update('none');
    showScales(canvas, chart);
  }

  #destroy(): void {
    if (this.#creation !== undefined) clearTimeout(this.#creation);
    this.#creation = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#optionsKey = '';
    this.#datasetShape = '';
    this.chart?.destroy();
    this.chart = undefined;
  }
}

type LineDataset = WidgetChartConfig['data']['datasets'][number];

/** Exposed for tests, like `data-animation`: the ids of the chart's axes, e.g. `x y y1` (written only when they change). */
function showScales(canvas: HTMLCanvasElement, chart: { scales: Record<string, unknown> }): void {
  const ids = Object.keys(chart.scales).sort().join(' ');
  if (canvas.dataset['scales'] !== ids) canvas.dataset['scales'] = ids;
}

/**
 * The property names of each dataset but `data`, as one string: equal shapes can be merged in place.
 *
 * @example
 * datasetShape([{ label: 'Loss', data: [] }, { label: 'Accuracy', yAxisID: 'y1', data: [] }]); // → '["label"]|["label","yAxisID"]'
 */
export function datasetShape(datasets: readonly LineDataset[]): string {
  return datasets.map((d) => JSON.stringify(Object.keys(d).filter((k) => k !== 'data').sort())).join('|');
}

/**
 * Copies `next` into the chart's existing dataset. Points are updated in place when the count is unchanged
 * (the usual drag step), so Chart.js keeps its elements instead of re-linking and re-creating them.
 */
function mergeDataset(target: LineDataset | undefined, next: LineDataset): void {
  if (target === undefined) return;
  const { data, ...rest } = next;
  Object.assign(target, rest);
  if (target.data.length !== data.length) {
    target.data = data;
    return;
  }
  data.forEach((point, index) => {
    const existing = target.data[index];
    if (existing === undefined) return;
    existing.x = point.x;
    existing.y = point.y;
  });
}
