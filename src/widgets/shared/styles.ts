/**
 * Shared shadow-DOM styles of every widget. Colours come from the host page's `--po-*` custom properties when
 * it sets them, else from the widget palette (`theme.ts`), through private `--_*` properties on `.root`.
 * Fallbacks are written with `light-dark()`, and `.root` carries the resolved scheme as `color-scheme`, so one
 * class switch (`theme-dark`) flips every fallback, and the course site's own `light-dark()` tokens resolve
 * to the same scheme as the widget.
 */
import { css, unsafeCSS } from 'lit';
import { themePalette, themeTokens } from './theme.ts';

const tokenDeclarations = themeTokens
  .map((token) => `--_${token}: var(--po-${token}, light-dark(${themePalette.light[token]}, ${themePalette.dark[token]}));`)
  .join('\n');

/** The stylesheet adopted by every widget's shadow root. */
export const widgetStyles = css`
  :host {
    display: block;
    min-block-size: var(--po-widget-block-size, auto);
    font-family: var(--po-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  /* Printing: the build-time fallback (light DOM, slotted) replaces the live widget, at its own height. */
  slot.print-only {
    display: none;
  }
  @media print {
    :host {
      min-block-size: auto;
    }
    .root.live {
      display: none;
    }
    slot.print-only {
      display: contents;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .root {
    ${unsafeCSS(tokenDeclarations)}
    color-scheme: light;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--po-radius, 6px);
    padding: 1rem;
    font-size: 0.95rem;
  }
  .root.theme-dark {
    color-scheme: dark;
  }
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.05rem;
    line-height: 1.3;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1.5rem;
    margin-block-end: 0.5rem;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
  }
  /* A control whose symbol is lit in the page's equations (equation-link.ts): an outline in the symbol's
     colour (a shape, not only a colour), which changes no box's size. */
  .control[data-sym-active],
  td[data-sym-active] {
    border-radius: 4px;
    outline: 2px solid var(--po-sym, var(--_focus));
    outline-offset: 3px;
  }
  .control-row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .control-note {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .checkbox {
    flex-direction: row;
    align-items: center;
  }
  input[type='range'] {
    inline-size: 10rem;
    accent-color: var(--_accent);
    margin: 0;
  }
  input[type='number'],
  select,
  button {
    font: inherit;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 4px;
    padding: 0.15rem 0.35rem;
  }
  input[type='number'] {
    inline-size: 5.5rem;
    font-variant-numeric: tabular-nums;
  }
  button {
    cursor: pointer;
    background: var(--_bg-raised);
    padding: 0.2rem 0.7rem;
  }
  button:disabled {
    cursor: not-allowed;
    color: var(--_muted);
  }
  input[type='checkbox'] {
    accent-color: var(--_accent);
    inline-size: 1.1rem;
    block-size: 1.1rem;
    margin: 0;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .summary {
    margin: 0.5rem 0 0.75rem;
    font-weight: 600;
  }
  .chart {
    position: relative;
    block-size: var(--po-chart-block-size, 232px);
    inline-size: 100%;
    /* A chart redraw never changes the layout around it: keep style, layout and paint work inside. */
    contain: strict;
  }
  .legend {
    min-block-size: 1.75rem;
  }
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    justify-content: center;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.8125rem;
  }
  .legend-list li {
    align-items: center;
    display: inline-flex;
    gap: 0.35rem;
  }
  .chart canvas {
    display: block;
  }
  .table-wrap {
    contain: content;
    overflow-x: auto;
    margin-block-start: 0.75rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    caption-side: top;
    text-align: start;
    color: var(--_muted);
    padding-block-end: 0.25rem;
  }
  th,
  td {
    padding: 0.2rem 0.4rem;
    text-align: end;
    border-block-end: 1px solid var(--_border);
    white-space: nowrap;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* A long row label (3.2's 'negligibly better / unsure') may wrap rather than widen the table past its region. */
  .wrap-row-headers th[scope='row'] {
    white-space: normal;
  }
  td input[type='number'] {
    inline-size: 4.5rem;
  }
  .table-actions {
    display: flex;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }
  .error {
    margin: 0;
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_series-4);
    background: var(--_bg-raised);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .probe {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    overflow: hidden;
  }
`;
