/**
 * A Lit reactive controller that links a widget to the equations of its `<WidgetScope>` (the `\sym` / `\val`
 * convention of src/course/wired-math.ts), both ways:
 *
 * - pointing at a marked symbol, focusing its "where:" legend button or tapping either lights up the symbol
 *   everywhere in the scope, the widget's controls for the state keys it stands for, and its chart axis;
 *   activating a legend button moves the focus to the symbol's first control;
 * - using a control (focus, pointer, input) lights up the symbols that stand for its key;
 * - every `\val` number of the scope (in KaTeX's HTML, in its MathML and in the legends) follows the widget's
 *   state: those in an equation (or legend) near the viewport are written once per animation frame, in the frame
 *   that paints the widget's own change; the others once the changes settle, or as soon as they come near
 *   (src/widgets/shared/near-first-writes.ts).
 *
 * A scope belongs to the `[data-po-widget]` inside it, else to the page's first one with its id, so a page can
 * hold several wired widgets. The controller ships in the widget's chunk: a page's initial script only loads the
 * widget when a reader points at or tabs to a mark (src/components/lazy-widgets.ts).
 *
 * @example
 * // In the widget base class (po-widget-element.ts):
 * readonly #links = new EquationLinkController(this, {
 *   widget: () => this.widget, state: () => this.state, onChartChange: () => this.requestUpdate(),
 * });
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { controlKey, highlightSymbolAxes, keysOfSymbols, symbolsForKey } from './symbol-links.ts';
import type { WidgetChartConfig } from './chart-types.ts';
import type { WidgetDefinition } from './widget-definition.ts';
import type { EquationSymbol } from './widget-equations.ts';
import { NearFirstWrites } from './near-first-writes.ts';

/** Where a highlight comes from; the first one set in this order wins. */
type Source = 'pointer' | 'focus' | 'control' | 'pinned';
const SOURCES: readonly Source[] = ['pointer', 'focus', 'control', 'pinned'];

/** Options of {@link EquationLinkController}. */
export interface EquationLinkOptions {
  widget: () => WidgetDefinition;
  state: () => unknown;
  /** Called when the highlighted symbols change, so the chart can redraw its axes. */
  onChartChange: () => void;
}

const MARK = '[data-sym], [data-po-sym-ref]';
/**
 * How far outside the viewport an equation still counts as near: one viewport height above and below, so that
 * scrolling reaches numbers that are already written.
 */
const NEAR_MARGIN = '100% 0px';
const nameOf = (element: Element): string | null => element.getAttribute('data-sym') ?? element.getAttribute('data-po-sym-ref');

/** Links one widget element to its scopes' equations. */
export class EquationLinkController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: EquationLinkOptions;
  #scopes: Element[] = [];
  #marks: Element[] = [];
  /** The `\val` marks by the box whose nearness decides when they are written (their equation, else themselves). */
  #values = new Map<Element, Element[]>();
  #near: IntersectionObserver | null = null;
  readonly #writes = new NearFirstWrites<Element>((boxes) => this.#writeValues(boxes));
  /** The next frame writes every number, near or not (the first write after connecting). */
  #writeAll = true;
  #sources = new Map<Source, readonly string[]>();
  #active: readonly string[] = [];
  #frame = 0;
  /** Resolved symbol colours, for one set of chart colours (one scheme). */
  #colours: { key: object | null; byName: Map<string, string> } = { key: null, byName: new Map() };
  readonly #abort = { controller: new AbortController() };

  constructor(host: ReactiveControllerHost & HTMLElement, options: EquationLinkOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The symbols currently lit, by name. */
  get active(): readonly string[] {
    return this.#active;
  }

  get #symbols(): Readonly<Record<string, EquationSymbol>> {
    return this.#options.widget().equations?.symbols ?? {};
  }

  hostConnected(): void {
    const { id, equations } = this.#options.widget();
    if (equations === undefined) return;
    this.#abort.controller = new AbortController();
    const signal = this.#abort.controller.signal;
    this.#scopes = [...document.querySelectorAll(`[data-po-scope="${id}"]`)].filter(
      (scope) => (scope.querySelector(`[data-po-widget="${id}"]`) ?? document.querySelector(`[data-po-widget="${id}"]`)) === this.#host,
    );
    this.#marks = this.#scopes.flatMap((scope) => [...scope.querySelectorAll(MARK)]);
    this.#values = new Map();
    for (const mark of this.#scopes.flatMap((scope) => [...scope.querySelectorAll('[data-val]')])) {
      const box = mark.closest('.katex') ?? mark;
      this.#values.set(box, [...(this.#values.get(box) ?? []), mark]);
    }
    if (this.#values.size > 0) {
      this.#near = new IntersectionObserver(
        (entries) => {
          const due = entries.filter((entry) => this.#writes.setNear(entry.target, entry.isIntersecting)).map((entry) => entry.target);
          if (due.length > 0) this.#writeValues(due);
        },
        { rootMargin: NEAR_MARGIN },
      );
      for (const box of this.#values.keys()) this.#near.observe(box);
    }
    this.#writeAll = true;
    for (const scope of this.#scopes) {
      scope.addEventListener('pointerover', (event) => this.#fromMark('pointer', event), { signal });
      scope.addEventListener('pointerout', (event) => this.#leaveMark('pointer', event as PointerEvent), { signal });
      scope.addEventListener('focusin', (event) => this.#fromMark('focus', event), { signal });
      scope.addEventListener('focusout', () => this.#set('focus', null), { signal });
      scope.addEventListener('click', (event) => this.#click(event), { signal });
    }
    const root = this.#host.shadowRoot ?? this.#host;
    for (const type of ['focusin', 'pointerover', 'input'] as const) {
      root.addEventListener(type, (event) => this.#fromControl(event), { signal });
    }
    root.addEventListener('focusout', () => this.#set('control', null), { signal });
    root.addEventListener('pointerout', () => this.#set('control', null), { signal });
    // A reader who pointed at or tabbed to a mark before the widget loaded (which is what loaded it).
    const waiting = this.#marks.find((mark) => mark.matches(':hover') || mark.matches(':focus'));
    if (waiting) this.#set(waiting.matches(':focus') ? 'focus' : 'pointer', [nameOf(waiting) ?? '']);
    this.#scheduleValues();
  }

  hostUpdated(): void {
    if (this.#scopes.length === 0) return;
    this.#scheduleValues();
    this.#markControls();
  }

  hostDisconnected(): void {
    this.#abort.controller.abort();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#near?.disconnect();
    this.#near = null;
    this.#writes.flush();
    this.#writes.clear();
    this.#sources.clear();
    this.#apply();
    this.#scopes = [];
    this.#marks = [];
    this.#values = new Map();
  }

  /**
   * The chart configuration with the active symbols' axes lit (see highlightSymbolAxes). `colors` are the
   * chart's resolved theme colours: a new object whenever the scheme changes, so the symbols' resolved colours
   * are kept while it is the same object (resolving one forces a style recalculation, which every step of a
   * slider held under a lit symbol would otherwise pay).
   */
  decorateChart(config: WidgetChartConfig, colors: object): WidgetChartConfig {
    if (this.#active.length === 0) return config;
    if (this.#colours.key !== colors) this.#colours = { key: colors, byName: new Map() };
    const cache = this.#colours.byName;
    const scope = this.#host.shadowRoot?.querySelector('.root');
    const colourOf = (name: string): string => {
      const known = cache.get(name);
      if (known !== undefined) return known;
      if (!scope) return '';
      // A canvas cannot read var(): a probe resolves the symbol's colour token (allowed under the CSP).
      const probe = document.createElement('span');
      probe.style.color = `var(--po-sym-${name}, var(--_fg))`;
      scope.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      cache.set(name, colour);
      return colour;
    };
    return highlightSymbolAxes(config, this.#symbols, this.#active, colourOf);
  }

  #fromMark(source: Source, event: Event): void {
    const mark = (event.target as Element).closest?.(MARK);
    if (mark) this.#set(source, [nameOf(mark) ?? '']);
  }

  #leaveMark(source: Source, event: PointerEvent): void {
    const from = (event.target as Element).closest?.(MARK);
    const to = (event.relatedTarget as Element | null)?.closest?.(MARK);
    if (from && from !== to) this.#set(source, null);
  }

  /** A tap or click on a symbol pins its highlight (again to unpin); on a legend button it goes to the control. */
  #click(event: Event): void {
    const mark = (event.target as Element).closest?.(MARK);
    if (!mark) return;
    const name = nameOf(mark) ?? '';
    if (mark.hasAttribute('data-po-sym-ref')) {
      this.#focusControl(name);
      return;
    }
    const pinned = this.#sources.get('pinned');
    this.#set('pinned', pinned?.[0] === name ? null : [name]);
  }

  #fromControl(event: Event): void {
    const id = (event.target as Element).id ?? '';
    const key = controlKey(id, Object.keys(this.#options.widget().schema));
    this.#set('control', key === undefined ? null : symbolsForKey(this.#symbols, key));
  }

  #focusControl(name: string): void {
    const keys = keysOfSymbols(this.#symbols, [name]);
    const root = this.#host.shadowRoot;
    const target = [...(root?.querySelectorAll<HTMLElement>('input[id], select[id]') ?? [])].find(
      (control) => !control.matches(':disabled') && keys.includes(controlKey(control.id, keys) ?? ''),
    );
    target?.focus();
  }

  #set(source: Source, names: readonly string[] | null): void {
    if (names === null || names.length === 0) this.#sources.delete(source);
    else this.#sources.set(source, names);
    const active = SOURCES.map((candidate) => this.#sources.get(candidate)).find((value) => value !== undefined) ?? [];
    if (active.join() === this.#active.join()) return;
    const axesBefore = this.#axes(this.#active);
    this.#active = active;
    this.#apply();
    if (this.#axes(active) !== axesBefore) this.#options.onChartChange();
  }

  #axes(names: readonly string[]): string {
    return names.map((name) => this.#symbols[name]?.axis ?? '').join();
  }

  #apply(): void {
    for (const mark of this.#marks) mark.toggleAttribute('data-active', this.#active.includes(nameOf(mark) ?? ''));
    this.#markControls();
  }

  /** Lights up the controls (a slider's row, a table cell) of the active symbols' keys, in the first symbol's colour. */
  #markControls(): void {
    const root = this.#host.shadowRoot;
    if (!root) return;
    const keys = keysOfSymbols(this.#symbols, this.#active);
    const colour = this.#active[0] === undefined ? '' : `var(--po-sym-${this.#active[0]}, var(--_focus))`;
    for (const control of root.querySelectorAll<HTMLElement>('input[id], select[id]')) {
      const box = control.closest<HTMLElement>('.control, td');
      if (!box) continue;
      const lit = keys.includes(controlKey(control.id, keys) ?? '');
      if (box.hasAttribute('data-sym-active') !== lit) box.toggleAttribute('data-sym-active', lit);
      if (lit && box.style.getPropertyValue('--po-sym') !== colour) box.style.setProperty('--po-sym', colour);
    }
  }

  #scheduleValues(): void {
    if (this.#frame !== 0 || this.#values.size === 0) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      const boxes = [...this.#values.keys()];
      if (this.#writeAll) {
        this.#writeAll = false;
        this.#writes.changed([]);
        this.#writeValues(boxes);
        return;
      }
      const now = this.#writes.changed(boxes);
      if (now.length > 0) this.#writeValues(now);
    });
  }

  /** Writes the widget's current numbers into the `\val` marks of these boxes. */
  #writeValues(boxes: readonly Element[]): void {
    const values = this.#options.widget().equations?.values(this.#options.state() as never, this.#host) ?? {};
    for (const box of boxes) {
      for (const mark of this.#values.get(box) ?? []) writeNumber(mark, values[mark.getAttribute('data-val') ?? ''] ?? '—');
    }
  }
}

/**
 * Writes a live number into a `\val` mark by changing the data of the text nodes that hold it, not by replacing
 * the mark's children: in KaTeX's HTML the number sits in `.mord` spans beside spacing spans (`.mspace`), which
 * `textContent =` would throw away (the equation's spacing would change at the first key press). The first text
 * node takes the whole number and any further ones (a negative build-time value is typeset as a minus and a
 * number) are emptied. Changing a text node's data also spares the browser the node removal and insertion: no
 * style recalculation for new nodes and no mutation records for the page's MutationObservers, only the text's
 * own layout.
 */
function writeNumber(element: Element, text: string): void {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => ((node as Text).data.trim() === '' ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT),
  });
  const first = walker.nextNode() as Text | null;
  if (first === null) {
    element.textContent = text;
    return;
  }
  if (first.data !== text) first.data = text;
  for (let rest = walker.nextNode() as Text | null; rest !== null; rest = walker.nextNode() as Text | null) rest.data = '';
}
