/// <reference types="vite/client" />
/**
 * Lazy loading of widget elements: one chunk per widget (Lit and Chart.js shared between them), imported
 * through `import.meta.glob`, so a page fetches a widget's code only when the loader asks for it.
 *
 * @example
 * await loadWidget('dpo-loss'); // <po-dpo-loss> is now defined
 */
const elementModules = import.meta.glob('./*/element.ts');

/** The widget ids of a record keyed by `./<id>/element.ts` module paths, sorted. */
function idsOf(modules: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(modules)
    .map((path) => /^\.\/([^/]+)\/element\.ts$/.exec(path)?.[1])
    .filter((id): id is string => id !== undefined)
    .sort();
}

/**
 * Ids of the widgets that have an element module (`./<id>/element.ts`). Marked pure so that the page loader,
 * which does not use it, does not ship the computation.
 */
export const loadableWidgetIds: readonly string[] = /* @__PURE__ */ idsOf(elementModules);

/**
 * Imports the element module of a widget, which defines its `po-<id>` custom element. Rejects with a
 * `RangeError` for an unknown id.
 *
 * @example
 * document.querySelectorAll('[data-po-widget]').forEach((el) => loadWidget(el.dataset.poWidget!));
 */
export async function loadWidget(id: string): Promise<void> {
  const load = elementModules[`./${id}/element.ts`];
  if (load === undefined) throw new RangeError(`loadWidget: unknown widget id "${id}"`);
  await load();
}
