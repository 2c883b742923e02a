/**
 * Upgrades `[data-po-widget]` elements only when they come near the viewport: until then a page ships this
 * loader alone, and the widget's code (Lit, Chart.js, its math) arrives as one lazy chunk per widget kind, found
 * through the table of chunks that the first widget near the viewport fetches.
 * Elements added later (e.g. by another script) are picked up by a MutationObserver.
 *
 * Wired equations (the `\sym` marks and "where:" legends of a `<WidgetScope>`) load their widget when a reader
 * points at or tabs to them; the widget's code does the linking (src/widgets/shared/equation-link.ts).
 *
 * Keyboard readers reach a widget wherever it is: its fallback is a focus stop (Widget.astro), focusing it
 * loads the widget at once, and the upgraded widget hands the focus to its first control
 * (src/widgets/shared/fallback-focus.ts). If the code cannot load, the fallback's alert says so.
 */

/**
 * Imports a widget's element module. The table of every widget's chunk (element-loaders.ts, about 14 B gzip per
 * widget) is itself a chunk, fetched with the first widget a page needs, so the loader that every page ships
 * before any widget is near stays the same size however many widgets the course has.
 */
function loadWidget(id: string): Promise<void> {
  return import('../widgets/element-loaders').then((loaders) => loaders.loadWidget(id));
}

/** How far outside the viewport a widget starts loading, so it is ready when the reader gets there. */
const LOAD_MARGIN = '600px 0px';

function upgrade(element: Element): void {
  const id = element.getAttribute('data-po-widget');
  if (id === null) return;
  loadWidget(id).catch((error: unknown) => {
    // The build-time fallback stays in place, and shows its alert (Widget.astro).
    element.setAttribute('data-po-load-error', '');
    console.warn(`Widget ${id} could not load`, error);
  });
}

// A reader tabbed to a widget's fallback before the widget came near: load it now (a second import of the
// same chunk is free). The upgraded widget takes over the focus itself (fallback-focus.ts). A reader who points
// at or tabs to a symbol of a wired equation (WidgetScope.astro) loads the scope's widget, which links them.
const wake = (event: Event) => {
  const target = event.target as Element;
  const element = target.closest?.('[data-po-widget]');
  if (element && !element.shadowRoot) upgrade(element);
  const scope = target.closest?.('[data-sym],[data-po-sym-ref]')?.closest('[data-po-scope]');
  if (scope) loadWidget(scope.getAttribute('data-po-scope') ?? '').catch(() => {});
};
document.addEventListener('focusin', wake);
document.addEventListener('pointerover', wake);

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      upgrade(entry.target);
    }
  },
  { rootMargin: LOAD_MARGIN },
);

function watch(root: ParentNode): void {
  for (const element of root.querySelectorAll('[data-po-widget]')) observer.observe(element);
}

watch(document);
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) {
      if (!(node instanceof Element)) continue;
      if (node.hasAttribute('data-po-widget')) observer.observe(node);
      watch(node);
    }
  }
}).observe(document.body, { childList: true, subtree: true });
