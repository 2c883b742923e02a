/**
 * Upgrades `[data-po-widget]` elements only when they come near the viewport: until then a page ships this
 * loader alone, and the widget's code (Lit, Chart.js, its math) arrives as one lazy chunk per widget kind.
 * Elements added later (e.g. by another script) are picked up by a MutationObserver.
 */
import { loadWidget } from '../widgets/element-loaders';

/** How far outside the viewport a widget starts loading, so it is ready when the reader gets there. */
const LOAD_MARGIN = '600px 0px';

function upgrade(element: Element): void {
  const id = element.getAttribute('data-po-widget');
  if (id === null) return;
  loadWidget(id).catch((error: unknown) => {
    // The build-time fallback stays in place; say why the live version is missing.
    element.setAttribute('data-po-load-error', '');
    console.warn(`Widget ${id} could not load`, error);
  });
}

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
