/**
 * The base class of every `po-*` widget element: state from attributes through the widget's schema (attributes
 * are observed automatically), a heading, controls with a Reset button (hidden by `controls="none"`), a
 * summary sentence (class `summary`, updated on every change) whose `[role=status]` twin for screen readers
 * follows it once the state has settled (`settled-text.ts`), a chart in a sized container, a data table as the chart's
 * text alternative, theming (`theme="light|dark|auto"`), error containment (a failing computation or chart shows
 * a short message and a Reset button; the page keeps working) and a `po-state-change` event after every change
 * made through the widget, for shareable URLs. On a section page (`data-section-link`) a state in the page's address
 * wins over the attributes at upgrade, and the caption's "Copy link" writes the current state there
 * (section-link.ts). A widget whose registry entry has `equations` is linked to the
 * equations of its `<WidgetScope>` on the page (equation-link.ts): symbols and controls light each other up, and
 * `\val` numbers follow the state.
 *
 * Subclasses are wiring only: they name their registry entry in `static widget` and their pure model in
 * `static model`, and implement `renderControls`, `renderTable` and `chartLabel`.
 */
import { html, LitElement, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ChartController } from './chart-controller.ts';
import { EquationLinkController } from './equation-link.ts';
import { FallbackFocusController } from './fallback-focus.ts';
import { attributeName, parseField, parseState, stateFromAttributes, stateToSearchParams, type Schema, type StateOf } from './schema.ts';
import { SectionLinkController } from './section-link.ts';
import { sectionStateSource } from './section-link-state.ts';
import { widgetStyles } from './styles.ts';
import { SettledText } from './settled-text.ts';
import { parseThemeSetting } from './theme.ts';
import { ThemeController } from './theme-controller.ts';
import type { WidgetDefinition } from './widget-definition.ts';
import type { WidgetModel } from './widget-model.ts';

/** Detail of the `po-state-change` event. */
export interface PoStateChangeDetail {
  /** Widget id, e.g. `dpo-loss`. */
  id: string;
  /** The new complete state (a copy). */
  state: Record<string, unknown>;
  /** The state as a query string without default values, e.g. `beta=0.2&variant=ipo`. */
  query: string;
}

/**
 * The shared widget element. `S` is the widget's schema, `D` what its model derives from a state.
 *
 * @example
 * class PoDpoLoss extends PoWidgetElement<typeof dpoLossSchema, DpoLossDerived> {
 *   static override widget = dpoLossWidget;
 *   static override model = dpoLossModel;
 *   // … renderControls, renderTable, chartLabel
 * }
 */
export abstract class PoWidgetElement<S extends Schema, D> extends LitElement {
  static override styles = [widgetStyles];

  static override properties: PropertyDeclarations = {
    theme: { type: String },
    controls: { type: String },
    heading: { type: String },
    state: { state: true },
    errorMessage: { state: true },
  };

  /** The registry entry of the concrete widget (set by each subclass). */
  static widget: WidgetDefinition;

  /** The pure model of the concrete widget (set by each subclass). */
  static model: WidgetModel<Schema, unknown>;

  static override get observedAttributes(): string[] {
    const schema = (this as unknown as { widget?: WidgetDefinition }).widget?.schema ?? {};
    return [...super.observedAttributes, ...Object.keys(schema).map(attributeName)];
  }

  /** `light`, `dark` or `auto` (default: follow the page's `data-theme`, then the system). */
  declare theme: string | null;
  /** `none` hides the controls (the table becomes read-only). */
  declare controls: string | null;
  /** `none` hides the title from view (screen readers still hear it as the widget's heading). */
  declare heading: string | null;
  /** The current, always valid state. */
  declare state: StateOf<S>;
  /** Set when drawing failed; shown instead of the widget body. */
  declare errorMessage: string | null;

  readonly #theme = new ThemeController(this, () => parseThemeSetting(this.theme));
  /** The live region's text: the summary, once it has stopped changing. */
  readonly #announcement = new SettledText(() => this.requestUpdate());
  #derived: D | undefined;
  /** The pending task of the first connection (see `connectedCallback`). */
  #connecting: ReturnType<typeof setTimeout> | undefined;
  /** The section page's "Copy link" (section-link.ts); inert elsewhere. */
  readonly #sectionLink: SectionLinkController<S>;

  constructor() {
    super();
    this.theme = null;
    this.controls = null;
    this.heading = null;
    this.errorMessage = null;
    this.#sectionLink = new SectionLinkController<S>(this, {
      id: () => this.widget.id,
      schema: () => this.widget.schema,
      state: () => this.state,
    });
    this.state = this.#startState();
    new FallbackFocusController(this);
    const links = new EquationLinkController(this, {
      widget: () => this.widget,
      state: () => this.state,
      onChartChange: () => this.requestUpdate(),
    });
    new ChartController(this, {
      canvas: () => this.renderRoot.querySelector?.('canvas'),
      legend: () => this.renderRoot.querySelector?.<HTMLElement>('.legend'),
      colorScope: () => this.renderRoot.querySelector?.('.root'),
      config: (colors) => (this.#derived === undefined ? null : links.decorateChart(this.#model.chartConfig(this.#derived, colors), colors)),
      theme: this.#theme,
      onError: (error) => {
        this.errorMessage = this.#reportError(error);
      },
    });
  }

  /** This widget's registry entry. */
  get widget(): WidgetDefinition<S> {
    return (this.constructor as unknown as { widget: WidgetDefinition<S> }).widget;
  }

  /** A copy of the current state. */
  getState(): StateOf<S> {
    return structuredClone(this.state);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    const key = Object.keys(this.widget.schema).find((candidate) => attributeName(candidate) === name);
    const field = key === undefined ? undefined : this.widget.schema[key];
    if (key !== undefined && field !== undefined) {
      this.state = { ...this.state, [key]: parseField(field, value) };
    }
  }

  /**
   * The first connection is usually the upgrade, which runs inside the task that evaluated the widget's code
   * (Lit, Chart.js, the model). Lit would attach the shadow root and render in that same task, making one long
   * task of evaluation and first render; here Lit connects (shadow root, first render) in a task of its own,
   * and the chart is created in a third (chart-controller.ts), so the browser can paint and handle input in
   * between (issue 9). Until then the build-time fallback stays in place, so nothing blinks or moves.
   */
  override connectedCallback(): void {
    if (this.hasUpdated) {
      super.connectedCallback();
      return;
    }
    if (this.#connecting !== undefined) return;
    this.#connecting = setTimeout(() => {
      this.#connecting = undefined;
      if (this.isConnected) super.connectedCallback();
    }, 0);
  }

  override disconnectedCallback(): void {
    if (this.#connecting !== undefined) {
      // Lit has not seen this connection: nothing to undo.
      clearTimeout(this.#connecting);
      this.#connecting = undefined;
      return;
    }
    super.disconnectedCallback();
    this.#announcement.cancel();
  }

  /** Focuses the widget's first enabled control (or its first focusable part when controls are hidden). */
  override focus(options?: FocusOptions): void {
    const control = this.renderRoot?.querySelector?.<HTMLElement>('input:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex="0"]');
    if (control) control.focus(options);
    else super.focus(options);
  }

  get #model(): WidgetModel<S, D> {
    return (this.constructor as unknown as { model: WidgetModel<S, D> }).model;
  }

  /** Derived numbers for a state (the widget's pure model; a seam the resilience test makes throw). */
  protected derive(state: StateOf<S>): D {
    return this.#model.derive(state);
  }
  /** The controls (without the Reset button, which the base adds). */
  protected abstract renderControls(state: StateOf<S>): TemplateResult;
  /** The data table; `editable` is false when controls are hidden. */
  protected abstract renderTable(state: StateOf<S>, derived: D, editable: boolean): TemplateResult;
  /** Accessible name of the chart canvas. */
  protected abstract chartLabel(state: StateOf<S>, derived: D): string;

  /**
   * Applies a change made through the widget's controls (each value re-validated by its field) and announces
   * it with `po-state-change`.
   */
  protected setState(changes: Partial<Record<keyof S & string, unknown>>): void {
    const next: Record<string, unknown> = { ...this.state };
    for (const [key, value] of Object.entries(changes)) {
      const field = this.widget.schema[key];
      if (field === undefined) continue;
      const raw = Array.isArray(value) ? value.join(',') : String(value);
      next[key] = parseField(field, raw);
    }
    this.state = next as StateOf<S>;
    this.#announce();
  }

  /**
   * The state at upgrade: the attributes', except that on a section page a state in the page's address (a copied
   * link, see section-link.ts) wins for the fields it gives.
   */
  #startState(): StateOf<S> {
    if (!this.#sectionLink.enabled) return stateFromAttributes(this, this.widget.schema);
    const fromAddress = sectionStateSource(location.search, this.widget.id);
    return parseState(this.widget.schema, (attribute) => fromAddress(attribute) ?? this.getAttribute(attribute));
  }

  /** Back to the state given by the attributes (the defaults when there are none), and out of the page's address. */
  reset(): void {
    this.errorMessage = null;
    this.state = stateFromAttributes(this, this.widget.schema);
    this.#sectionLink.clear();
    this.#announce();
  }

  #announce(): void {
    const detail: PoStateChangeDetail = {
      id: this.widget.id,
      state: structuredClone(this.state) as Record<string, unknown>,
      query: stateToSearchParams(this.state, this.widget.schema, { omitDefaults: true }).toString(),
    };
    this.dispatchEvent(new CustomEvent('po-state-change', { detail, bubbles: true, composed: true }));
  }

  /** Logs a model or chart error and returns its message, shortened for display. */
  #reportError(error: unknown): string {
    const message = error instanceof Error ? error.message : String(error);
    console.warn(`${this.widget.tag}: ${message}`);
    return message.length > 200 ? `${message.slice(0, 200)}…` : message;
  }

  #renderBody(): TemplateResult {
    const showControls = !isNone(this.controls);
    this.#derived = this.derive(this.state);
    const derived = this.#derived;
    return html`${showControls
        ? html`<div class="controls">
            ${this.renderControls(this.state)}
            <div class="control">
              <button type="button" class="reset" @click=${() => this.reset()}>Reset</button>
            </div>
          </div>`
        : nothing}
      ${this.#renderSummary(this.#model.summarize(this.state, derived))}
      <div class="legend"></div>
      <div class="chart">
        <canvas role="img" aria-label=${this.chartLabel(this.state, derived)}></canvas>
      </div>
      ${this.renderTable(this.state, derived, showControls)}`;
  }

  /**
   * The visible sentence follows every step; screen readers get it from a visually hidden live region that
   * follows only once the state has settled, so dragging a slider is not read out step by step.
   */
  #renderSummary(summary: string): TemplateResult {
    this.#announcement.offer(summary);
    return html`<p class="summary" aria-hidden="true">${summary}</p>
      <p class="visually-hidden" role="status">${this.#announcement.value}</p>`;
  }

  #renderError(message: string): TemplateResult {
    this.#derived = undefined;
    // The slot shows the page's build-time fallback (default numbers and table) again below the message.
    return html`<p class="error" role="alert">
        This widget could not draw this state (${message}).
        <button type="button" class="reset" @click=${() => this.reset()}>Reset</button>
      </p>
      <slot></slot>`;
  }

  override render(): TemplateResult {
    let body: TemplateResult;
    let failed = this.errorMessage !== null;
    if (this.errorMessage !== null) {
      body = this.#renderError(this.errorMessage);
    } else {
      try {
        body = this.#renderBody();
      } catch (error) {
        body = this.#renderError(this.#reportError(error));
        failed = true;
      }
    }
    const scheme = this.#theme.theme === 'dark' ? 'theme-dark' : 'theme-light';
    // On paper the widget is its build-time fallback (the default numbers, summary and table the text works
    // through), shown by the print-only slot; the live controls and canvas are screen-only. After an error the
    // fallback is already slotted below the message, so the message prints with it.
    return html`<div class="root ${scheme} ${failed ? 'failed' : 'live'}">
        <h2 class=${isNone(this.heading) ? 'title visually-hidden' : 'title'}>${this.widget.title}</h2>
        ${body}
      </div>
      ${failed ? nothing : html`<slot class="print-only"></slot>`}`;
  }
}

/** Whether an attribute says `none` (any case, surrounding spaces ignored), as `controls` and `heading` do. */
function isNone(value: string | null): boolean {
  return value?.trim().toLowerCase() === 'none';
}
