/**
 * The embed page's contract with the page that frames it.
 *
 * The embed page posts `{ type: 'po-embed-size', id, height }` to `window.parent` on load and whenever its
 * content changes height; the parent checks `event.origin` and `event.data.type` and sets the iframe's height.
 * Query parameters are the widget's state keys plus `theme` (`light` | `dark` | `auto`, any case, spaces
 * ignored), `controls=none` and `title=0`.
 */
import { parseThemeSetting } from '../widgets/shared/theme';

/** The `type` of every message the embed page posts. */
export const EMBED_SIZE_MESSAGE = 'po-embed-size';

/** What the embed page posts to its parent. */
export interface EmbedSizeMessage {
  type: typeof EMBED_SIZE_MESSAGE;
  /** The widget id, e.g. `dpo-loss`. */
  id: string;
  /** The embed document's height in CSS pixels, rounded up. */
  height: number;
}

/**
 * The message announcing the embed's height.
 *
 * @example
 * embedSizeMessage('dpo-loss', 611.4) // → { type: 'po-embed-size', id: 'dpo-loss', height: 612 }
 */
export function embedSizeMessage(id: string, height: number): EmbedSizeMessage {
  return { type: EMBED_SIZE_MESSAGE, id, height: Math.max(0, Math.ceil(height)) };
}

/**
 * The attributes to set on the widget element from the embed URL: only the widget's own state keys and the
 * common `theme` and `controls`, and `title=0`, which becomes `heading="none"` (the title hidden from view: an
 * attribute named `title` would be the element's tooltip). State values are copied unchanged: the element parses
 * them with the same codec as any attribute (src/widgets/shared/schema.ts), so a URL and an attribute with the
 * same value give the same state. `theme` is written in its parsed form ({@link parseThemeSetting}), the one the
 * embed page applies to itself.
 *
 * @example
 * embedAttributes(new URLSearchParams('beta=0.2&onload=x&theme=%20DARK&title=0'), ['beta'])
 * // → [['beta', '0.2'], ['theme', 'dark'], ['heading', 'none']]
 */
export function embedAttributes(params: URLSearchParams, stateKeys: readonly string[]): [string, string][] {
  const allowed = new Set([...stateKeys, 'theme', 'controls']);
  const attributes: [string, string][] = [];
  for (const key of allowed) {
    const value = params.get(key);
    if (value === null) continue;
    attributes.push([key, key === 'theme' ? parseThemeSetting(value) : value]);
  }
  if (hidesTitle(params.get('title'))) attributes.push(['heading', 'none']);
  return attributes;
}

/**
 * Whether an embed URL's `title` value hides the widget's title: `0`, `false`, `no` or `none` (any case); any
 * other value, or none, keeps it.
 *
 * @example
 * hidesTitle('0'); // → true
 * hidesTitle('yes'); // → false
 */
export function hidesTitle(value: string | null): boolean {
  return value !== null && ['0', 'false', 'no', 'none'].includes(value.trim().toLowerCase());
}

/**
 * A snippet for the framing page: an iframe plus the listener that sizes it from the embed's messages.
 * `origin` is where the course is hosted (e.g. `https://example.org`), `src` the absolute embed URL.
 *
 * The listener sizes only its own frame: it takes the iframe just before its script (`document.currentScript`,
 * so the snippet needs no id and can be pasted twice) and accepts a message only from that frame's window
 * (`event.source`), from the course's origin, of the size type. Checking the origin and type alone would let
 * every frame of the same widget resize whichever frame the listener found first.
 *
 * @example
 * iframeSnippet('DPO loss', 'https://example.org/c/embed/dpo-loss/', 'https://example.org')
 * // → '<iframe src="https://example.org/c/embed/dpo-loss/" title="DPO loss" …></iframe>\n<script>…</script>'
 */
export function iframeSnippet(title: string, src: string, origin: string): string {
  return `<iframe src="${src}" title="${title}" width="100%" height="640" loading="lazy" style="border:0"></iframe>
<script>
  (() => {
    const frame = document.currentScript.previousElementSibling;
    addEventListener('message', (event) => {
      if (event.source !== frame.contentWindow || event.origin !== '${origin}') return;
      if (event.data?.type !== '${EMBED_SIZE_MESSAGE}') return;
      frame.height = String(event.data.height);
    });
  })();
</script>`;
}
