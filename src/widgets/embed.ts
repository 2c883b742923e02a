/**
 * Entry of the standalone `widgets.js` bundle, for other people's pages:
 * `<script type="module" src=".../widgets.js"></script><po-dpo-loss beta="0.1"></po-dpo-loss>`.
 *
 * The entry itself is small and defines no element. It watches the document for `po-<id>` tags (those in the
 * page when it runs, and any added later) and defines each element when its tag first appears, by importing
 * that widget's chunk (src/widgets/element-loaders.ts, one chunk per `./<id>/element.ts`; Lit and Chart.js sit
 * in chunks the widgets share). So a host page downloads the widgets it uses, not every widget of the course,
 * and a new widget folder needs no change here. Every import in the bundle is relative, resolved against this
 * module's own URL (`import.meta.url`), so it works from another origin given CORS.
 *
 * Elements inside another component's shadow root are not seen by the document observer: call
 * `loadWidget(id)` (or `loadAllWidgets()`) for those.
 *
 * @example
 * // In a host page's module script:
 * import { loadWidget } from 'https://example.org/rlhf/widgets.js';
 * await loadWidget('dpo-loss'); // <po-dpo-loss> is defined, wherever it is
 */
import { loadableWidgetIds, loadWidget } from './element-loaders.ts';
import { widgetIdOfTag, widgetTag } from './widget-tag.ts';

export { loadWidget };

/** The ids of every widget the bundle can define, sorted. */
export const widgetIds: readonly string[] = loadableWidgetIds;

/**
 * Defines every widget element (each chunk is fetched once, however often this is called).
 *
 * @example
 * await loadAllWidgets();
 */
export async function loadAllWidgets(): Promise<void> {
  await Promise.all(widgetIds.map((id) => loadWidget(id)));
}

/** Widgets whose chunk has not been asked for yet. */
const waiting = new Set(widgetIds);

function request(id: string): void {
  if (!waiting.delete(id)) return;
  loadWidget(id).catch((error: unknown) => {
    // The element stays undefined (its light-DOM content, if any, still shows); a later tag retries.
    waiting.add(id);
    console.warn(`widgets.js: ${widgetTag(id)} could not load`, error);
  });
}

/** Requests the widgets whose tags are `root` itself or inside it. */
function scan(root: Element | Document): void {
  if (waiting.size === 0) return;
  if (root instanceof Element) {
    const id = widgetIdOfTag(root.localName, waiting);
    if (id !== undefined) request(id);
  }
  if (waiting.size === 0) return;
  const selector = [...waiting].map(widgetTag).join(',');
  for (const element of root.querySelectorAll(selector)) {
    const id = widgetIdOfTag(element.localName, waiting);
    if (id !== undefined) request(id);
  }
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  // Kept even when every chunk has been asked for: one that failed to load is asked for again by its next tag.
  observer.observe(document, { childList: true, subtree: true });
}
