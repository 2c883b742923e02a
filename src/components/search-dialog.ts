/**
 * The search dialog's behaviour, loaded with the first opening (src/components/search-opener.ts, which shows the
 * server-rendered `<dialog>` of SiteSearch.astro as a modal): it loads Pagefind's browser module from the index the
 * build wrote next to the pages (`<base>pagefind/pagefind.js`, integrations/pagefind-index.mjs), and lists the
 * matching pages, each with up to three of its headings, as links. Result text is built from text nodes and
 * `<mark>` elements (src/course/search-excerpt.ts), never from the index's HTML.
 *
 * Keys: typing searches; Enter follows the first result; ArrowDown and ArrowUp move between the field and the
 * result links; Escape (or Close, or a click outside the panel) closes the dialog, and the browser gives the focus
 * back to where it was.
 */
import { parseExcerpt } from '../course/search-excerpt';

/** The parts of Pagefind's browser API (pagefind.js, 1.x) the dialog uses. */
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
interface PagefindModule {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(term: string, options?: object, debounceMs?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Pages listed at most, and headings per page. */
const MAX_RESULTS = 8;
const MAX_HEADINGS = 3;
/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 150;

let pagefind: Promise<PagefindModule> | null = null;

/**
 * Pagefind's module, imported once from the site's own index. The URL is built at run time so that Vite leaves
 * the import alone (the file exists only after the build), and it carries the base path, so it works under any
 * sub-path; result URLs get the same base.
 */
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`, location.href).href;
    const module = (await import(/* @vite-ignore */ url)) as PagefindModule;
    await module.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 20 });
    await module.init();
    return module;
  })();
  pagefind.catch(() => {
    pagefind = null; // try again at the next search
  });
  return pagefind;
}

/** A result URL from the index, kept only when it is a path on this site. */
function sitePath(url: string): string | null {
  return url.startsWith('/') && !url.startsWith('//') ? url : null;
}

/** Appends an excerpt to an element as text and `<mark>` nodes. */
function appendExcerpt(parent: HTMLElement, excerpt: string): void {
  for (const part of parseExcerpt(excerpt)) {
    if (part.mark) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    } else {
      parent.append(part.text);
    }
  }
}

/** One link with its excerpt below it, as the content of a list item. */
function resultItem(title: string, href: string, excerpt: string, className: string): HTMLLIElement {
  const item = document.createElement('li');
  item.className = className;
  const link = document.createElement('a');
  link.href = href;
  link.textContent = title;
  item.append(link);
  if (excerpt !== '') {
    const text = document.createElement('p');
    appendExcerpt(text, excerpt);
    item.append(text);
  }
  return item;
}

/** The result list: each page, then its matching headings (Pagefind's sub-results with a heading anchor). */
function resultList(results: readonly PagefindResultData[]): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'search-results';
  for (const result of results) {
    const href = sitePath(result.url);
    if (href === null) continue;
    const item = resultItem(result.meta.title ?? href, href, result.excerpt, 'search-page');
    const headings = result.sub_results
      .filter((sub) => sub.url.includes('#') && sitePath(sub.url) !== null)
      .slice(0, MAX_HEADINGS);
    if (headings.length > 0) {
      const sublist = document.createElement('ul');
      for (const sub of headings) sublist.append(resultItem(sub.title, sub.url, sub.excerpt, 'search-heading'));
      item.append(sublist);
    }
    list.append(item);
  }
  return list;
}

/** What the status line says about a finished search. */
function countText(count: number, term: string): string {
  if (count === 0) return `No results for “${term}”.`;
  return `${count} ${count === 1 ? 'page matches' : 'pages match'} “${term}”.`;
}

interface SearchParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
}

function findParts(): SearchParts | null {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
  return dialog && input && status && results ? { dialog, input, status, results } : null;
}

function wire({ dialog, input, status, results }: SearchParts): void {
  let latest = 0;
  const search = async () => {
    const run = ++latest;
    const term = input.value.trim();
    if (term === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    try {
      const module = await loadPagefind();
      const found = await module.debouncedSearch(term, {}, DEBOUNCE_MS);
      if (found === null || run !== latest) return; // a later keystroke took over
      const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      if (run !== latest) return;
      results.replaceChildren(resultList(data));
      status.textContent = countText(found.results.length, term);
    } catch {
      if (run !== latest) return;
      results.replaceChildren();
      status.textContent = 'Search could not load its index. Check the connection, then try again.';
    }
  };
  input.addEventListener('input', () => void search());

  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a[href]')];
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // Also from the search field, whose own Escape would only clear it.
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      links()[0]?.click();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input, ...links()];
    const index = stops.indexOf(event.target as HTMLElement);
    if (index === -1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(index + 1, stops.length - 1) : Math.max(index - 1, 0);
    stops[next]?.focus();
  });
  // A click on the backdrop (the dialog element itself, outside its panel) or the Close button closes it; so
  // does following a result, which may be an anchor on this very page.
  dialog.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target === dialog || target.closest('[data-search-close]') || target.closest('a[href]')) dialog.close();
  });
  // Opening again (the opener shows the dialog, its field has autofocus) selects the previous query.
  input.addEventListener('focus', () => input.select());
  // A query typed while this module loaded.
  if (input.value.trim() !== '') void search();
}

// The opener showed the dialog before importing this module: wire it, and start fetching the index while the
// reader types the first letters. The browser gives the focus back to where it was when the dialog closes.
const parts = findParts();
if (parts !== null) {
  wire(parts);
  loadPagefind().catch(() => {});
}
