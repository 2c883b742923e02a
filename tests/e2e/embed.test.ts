/**
 * The embedding contract, tested from a second local server (another port, so another origin):
 * - an <iframe> of /<base>/embed/dpo-loss/?beta=0.2 renders the widget and posts its height to the parent as
 *   { type: 'po-embed-size', id: 'dpo-loss', height };
 * - a plain page loading <base>widgets.js as a cross-origin module (CORS) defines <po-dpo-loss beta="0.2">,
 *   which renders with that β, and the bundle fetches its chunks relative to its own URL: the chunk of the
 *   widget in the page and not the others', until another widget's tag is added to the page;
 * - the gallery's iframe snippet, pasted twice into one page as the gallery shows it, sizes each frame from its
 *   own embed's messages (a listener that checks only origin and type sizes the wrong frame).
 * - the reported height is the content's own, so a framing page that applies it sees the frame shrink when
 *   the content gets shorter (pairs removed, frame widened), not only grow, and it is exact in a frame that is
 *   off screen (which gets no animation frames);
 * - `?theme=` is read by one rule for the page and the widget (case and surrounding spaces ignored);
 * - without JavaScript, the fallback says that its numbers are the defaults, not the address's settings.
 */
import { readFileSync } from 'node:fs';

import type { Browser, Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { basePath, fileForUrlPath, widgetIds } from '../build/site.ts';
import { launchBrowser, openRecordedPage, problemsOf } from './browser.ts';
import { startHostServer, startSiteServer, type RunningServer } from './servers.ts';
import { isDrawn, nextFrames, pollUntil, probeWidget, waitForTrue } from './widget-probe.ts';

const ID = 'dpo-loss';
const TAG = `po-${ID}`;
const POLL = { timeout: 15_000, interval: 100 };
/** Twelve pairs, the most the widget takes: a tall table that removing pairs shortens. */
const LIST = Array.from({ length: 12 }, (_, index) => (index % 3) * 0.5).join(',');

interface ReceivedMessage {
  origin: string;
  data: { type?: unknown; id?: unknown; height?: unknown } | null;
}

let site: RunningServer;
let host: RunningServer;
let browser: Browser;
/** The gallery's iframe snippet for ${ID}, as the gallery page shows it in the browser. */
let shippedSnippet: string;

/**
 * The height an embed's content needs, as the frame sees it: the bottom of its <main> from the top of the
 * document, plus a horizontal scrollbar if there is one, rounded up (what the embed page reports).
 */
function contentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(
    `Math.ceil(document.querySelector('main').getBoundingClientRect().bottom + scrollY + innerHeight - document.documentElement.clientHeight)`,
  ) as Promise<number>;
}

/** Whether a script served by the site defines a custom element (a widget module, or a chunk holding one). */
function definesElements(url: string): boolean {
  const file = fileForUrlPath(new URL(url).pathname);
  return file !== null && readFileSync(file, 'utf8').includes('customElements.define(');
}

/** Reads the iframe snippet of a widget from the gallery page, after its scripts ran. */
async function gallerySnippet(id: string): Promise<string> {
  const { context, page } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
  try {
    await page.goto(`${site.url}widgets/`, { waitUntil: 'load' });
    const snippets = (await page.evaluate(`[...document.querySelectorAll('pre code')].map((code) => code.textContent)`)) as string[];
    const snippet = snippets.find((text) => text.includes('<iframe') && text.includes(`/embed/${id}/`));
    if (snippet === undefined) throw new Error(`no iframe snippet for ${id} in the gallery`);
    return snippet;
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  site = await startSiteServer();
  browser = await launchBrowser();
  shippedSnippet = await gallerySnippet(ID);
  // The snippet names where the course is hosted: SITE when the build had one (then point it at this test
  // server, as if it were deployed there), else the gallery page's own origin.
  const snippetOrigin = /event\.origin !== '([^']+)'/.exec(shippedSnippet)?.[1] ?? '';
  const pasted = shippedSnippet.replaceAll(snippetOrigin, site.origin);
  const page = (title: string, body: string): string =>
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
  host = await startHostServer({
    'iframe.html': page(
      'iframe host',
      `<script>
        window.poMessages = [];
        window.addEventListener('message', (event) => { window.poMessages.push({ origin: event.origin, data: event.data }); });
      </script>
      <h1>Somebody else's page</h1>
      <iframe id="embed" title="DPO loss widget" src="${site.url}embed/${ID}/?beta=0.2" width="720" height="150"></iframe>`,
    ),
    'resize.html': page(
      'resizing host',
      `<script>
        window.poHeights = [];
        window.addEventListener('message', (event) => {
          const frame = document.getElementById('embed');
          if (event.source !== frame.contentWindow || event.data?.type !== 'po-embed-size') return;
          window.poHeights.push(event.data.height);
          frame.height = String(event.data.height);
        });
      </script>
      <iframe id="embed" title="DPO loss widget" src="${site.url}embed/${ID}/?chosen=${LIST}&rejected=${LIST}" width="360" height="150"></iframe>`,
    ),
    // One frame, visible when it loads (so its widget starts loading), with room above it to push it off screen.
    'offscreen.html': page(
      'off-screen host',
      `<script>
        window.addEventListener('message', (event) => {
          const frame = document.getElementById('embed');
          if (event.source !== frame.contentWindow || event.data?.type !== 'po-embed-size') return;
          frame.height = String(event.data.height);
        });
      </script>
      <div id="spacer"></div>
      <iframe id="embed" title="DPO loss widget" src="${site.url}embed/${ID}/" width="720" height="640"></iframe>
      <div style="height: 4000px"></div>`,
    ),
    'module.html': page(
      'module host',
      `<h1>Somebody else's page</h1>
      <script type="module" src="${site.url}widgets.js"></script>
      <${TAG} beta="0.2"></${TAG}>`,
    ),
    // Two copies of the same snippet in columns of different widths, so the two embeds differ in height.
    'two-frames.html': page(
      'two frames',
      `<h1>Two embeds of one widget</h1>
      <div style="width: 360px">${pasted}</div>
      <div style="width: 720px">${pasted}</div>`,
    ),
  });
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
});

describe('embedding from another origin', () => {
  it(`the site has an embed page for ${ID}`, () => {
    expect(widgetIds()).toContain(ID);
  });

  it('an iframe of the embed page renders the widget and posts its height', async () => {
    expect(host.origin).not.toBe(site.origin);
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin, host.origin] });
    try {
      await page.goto(`${host.origin}/iframe.html`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.url}embed/${ID}/`));
      expect(frame, 'the embed iframe').toBeDefined();
      if (frame === undefined) return;
      await expect.poll(async () => (await probeWidget(frame, TAG)).upgraded, POLL).toBe(true);
      await expect.poll(async () => isDrawn((await probeWidget(frame, TAG)).canvas), POLL).toBe(true);

      const sizeMessages = async (): Promise<ReceivedMessage[]> =>
        ((await page.evaluate('window.poMessages')) as ReceivedMessage[]).filter(
          (message) => message.data !== null && typeof message.data === 'object' && message.data.type === 'po-embed-size',
        );
      await expect.poll(async () => (await sizeMessages()).length, POLL).toBeGreaterThan(0);
      const widgetHeight = (await probeWidget(frame, TAG)).height;
      await expect
        .poll(async () => {
          const last = (await sizeMessages()).at(-1);
          return typeof last?.data?.height === 'number' && last.data.height >= widgetHeight - 1;
        }, POLL)
        .toBe(true);
      for (const message of await sizeMessages()) {
        expect(message.origin).toBe(site.origin);
        expect(message.data?.id).toBe(ID);
        expect(Number.isFinite(message.data?.height)).toBe(true);
      }
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("the gallery's snippet names the page's own origin when the build had no SITE", () => {
    const snippetOrigin = /event\.origin !== '([^']+)'/.exec(shippedSnippet)?.[1];
    expect(snippetOrigin).toBe(process.env['SITE'] ? new URL(process.env['SITE']).origin : site.origin);
    expect(shippedSnippet).toContain(`src="${snippetOrigin}${basePath}embed/${ID}/"`);
  });

  it('two copies of the iframe snippet on one page each size their own frame', async () => {
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin, host.origin] });
    try {
      await page.goto(`${host.origin}/two-frames.html`, { waitUntil: 'load' });
      // The snippet's frames load lazily: bring each into view once.
      const embedFrames = () => page.frames().filter((candidate) => candidate.url().startsWith(`${site.url}embed/${ID}/`));
      for (const index of [0, 1]) {
        await page.evaluate(`document.querySelectorAll('iframe')[${index}].scrollIntoView()`);
        await expect.poll(() => embedFrames().length, POLL).toBeGreaterThan(index);
      }
      const frames = embedFrames();
      expect(frames).toHaveLength(2);
      for (const frame of frames) await expect.poll(async () => (await probeWidget(frame, TAG)).upgraded, POLL).toBe(true);
      // Each iframe's height against the height of its own embed's content. The frames are not scrolled back into
      // view: the wide one usually ends up below the viewport when the narrow one grows, and an off-screen
      // cross-origin frame gets no animation frames, so its content must not depend on one to settle.
      const sizes = async (): Promise<{ height: number; content: number }[]> => {
        const heights = (await page.evaluate(`[...document.querySelectorAll('iframe')].map((frame) => Number(frame.height))`)) as number[];
        const contents = await Promise.all(frames.map((frame) => contentHeight(frame)));
        return heights.map((height, index) => ({ height, content: contents[index] ?? NaN }));
      };
      let last: { height: number; content: number }[] = [];
      const fitted = await pollUntil(async () => {
        last = await sizes();
        // Each frame takes its own embed's height exactly (a listener that checks only origin and type gives both
        // frames one height).
        return last.every(({ height, content }) => height === content);
      }, POLL.timeout);
      expect(fitted, `iframe heights against their content: ${JSON.stringify(last)}`).toBe(true);
      const [narrow, wide] = last;
      expect(narrow?.content, 'the narrow embed is the taller one').toBeGreaterThan(wide?.content ?? Infinity);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('widgets.js loaded cross-origin defines the element, which renders with its attributes', async () => {
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin, host.origin] });
    try {
      await page.goto(`${host.origin}/module.html`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      await expect.poll(async () => isDrawn((await probeWidget(page, TAG)).canvas), POLL).toBe(true);
      const summary = (await probeWidget(page, TAG)).summary ?? '';
      expect(summary, 'the summary reflects beta="0.2"').toContain('0.2');
      await page.waitForLoadState('networkidle');

      // Everything came from widgets.js and its chunks, resolved next to it (import.meta.url), not from the host.
      const fromSite = record.requests.filter((url) => url.startsWith(site.origin)).map((url) => new URL(url).pathname);
      expect(fromSite).toContain(`${site.base}widgets.js`);
      expect(fromSite.filter((pathname) => !pathname.startsWith(`${site.base}widgets`))).toEqual([]);
      const fromHost = record.requests.filter((url) => url.startsWith(host.origin)).map((url) => new URL(url).pathname);
      expect(fromHost).toEqual(['/module.html']);
      // The page pays for the widget it uses: its chunk came, no other widget's did.
      const widgetChunks = (id: string) => fromSite.filter((pathname) => pathname.startsWith(`${site.base}widgets/${id}-`));
      expect(widgetChunks(ID)).toHaveLength(1);
      for (const other of widgetIds().filter((id) => id !== ID)) expect(widgetChunks(other), other).toEqual([]);

      // A widget tag added later is defined when it appears (the bundle watches the document).
      const later = widgetIds().find((id) => id !== ID);
      if (later !== undefined) {
        await page.evaluate((tag) => document.body.append(document.createElement(tag)), `po-${later}`);
        await expect.poll(async () => (await probeWidget(page, `po-${later}`)).upgraded, POLL).toBe(true);
        await expect.poll(async () => isDrawn((await probeWidget(page, `po-${later}`)).canvas), POLL).toBe(true);
        const after = record.requests.filter((url) => url.startsWith(site.origin)).map((url) => new URL(url).pathname);
        expect(after.filter((pathname) => pathname.startsWith(`${site.base}widgets/${later}-`))).toHaveLength(1);
      }
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('embed page height, theme and fallback', () => {
  it('the reported height follows the content down as well as up (pairs removed, frame widened)', async () => {
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin, host.origin] });
    try {
      await page.goto(`${host.origin}/resize.html`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.url}embed/${ID}/`));
      expect(frame, 'the embed iframe').toBeDefined();
      if (frame === undefined) return;
      await expect.poll(async () => (await probeWidget(frame, TAG)).upgraded, POLL).toBe(true);
      const heights = async () => (await page.evaluate('window.poHeights')) as number[];
      // Settled: the frame is as tall as its content says.
      await expect.poll(async () => (await heights()).at(-1) === (await contentHeight(frame)), POLL).toBe(true);
      const narrow = (await heights()).at(-1) ?? 0;
      expect(narrow).toBeGreaterThan(150);

      // Wider frame: controls sit side by side, the content is shorter, so the frame must shrink.
      await page.evaluate(`document.getElementById('embed').width = '1000'`);
      await expect.poll(async () => (await heights()).at(-1) ?? 0, POLL).toBeLessThan(narrow);
      await expect.poll(async () => (await heights()).at(-1) === (await contentHeight(frame)), POLL).toBe(true);
      const wide = (await heights()).at(-1) ?? 0;

      // Fewer rows: shorter again.
      const remove = frame.locator(`${TAG} button`).filter({ hasText: /^Remove last/ });
      for (let index = 0; index < 8; index += 1) await remove.click();
      await expect.poll(async () => (await heights()).at(-1) ?? 0, POLL).toBeLessThan(wide);
      await expect.poll(async () => (await heights()).at(-1) === (await contentHeight(frame)), POLL).toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('a frame pushed off screen while its widget loads is still exactly as tall as its content', async () => {
    // An off-screen cross-origin frame gets no animation frames (Chromium throttles its rendering), so neither
    // its ResizeObserver nor anything that waits for a frame runs there. The widget's code is held back until
    // the frame is off screen, so the widget upgrades there; what it renders must not need a frame to settle.
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin, host.origin] });
    try {
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let requested = false;
      await page.route(/\.js(\?|$)/, async (route) => {
        if (!definesElements(route.request().url())) return route.continue();
        requested = true;
        await released;
        return route.continue();
      });
      await page.goto(`${host.origin}/offscreen.html`, { waitUntil: 'load' });
      const frame = page.frames().find((candidate) => candidate.url().startsWith(`${site.url}embed/${ID}/`));
      expect(frame, 'the embed iframe').toBeDefined();
      if (frame === undefined) return;
      const frameHeight = async () => Number(await page.evaluate(`document.getElementById('embed').height`));
      // The fallback's height has been reported and applied, and the widget's code has been asked for.
      await expect.poll(async () => (await frameHeight()) === (await contentHeight(frame)), POLL).toBe(true);
      await expect.poll(() => requested, POLL).toBe(true);
      await page.evaluate(`document.getElementById('spacer').style.height = '3000px'`);
      await nextFrames(page);
      const top = (await page.evaluate(`document.getElementById('embed').getBoundingClientRect().top`)) as number;
      expect(top, 'the frame is below the viewport').toBeGreaterThan(800);
      release();
      await expect.poll(async () => (await probeWidget(frame, TAG)).upgraded, POLL).toBe(true);
      let last = { height: 0, content: 0 };
      const fitted = await pollUntil(async () => {
        last = { height: await frameHeight(), content: await contentHeight(frame) };
        return last.height === last.content;
      }, POLL.timeout);
      expect(fitted, `iframe height against its content: ${JSON.stringify(last)}`).toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('with reduced motion, a style change on the embed page applies at once, not at the next animation frame', async () => {
    // openRecordedPage emulates prefers-reduced-motion: reduce. A reduced-motion rule that shortens transitions
    // (`transition-duration: 0.01ms` on every element) instead makes every property change a transition that
    // waits for a frame: the widget's own styles (its line-height) then applied a frame late, and never in an
    // off-screen frame, whose content stayed 31 px taller than the height it had reported.
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
    try {
      await page.goto(`${site.url}embed/${ID}/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      const lineHeights = (await page.evaluate(`(() => {
        const host = document.querySelector('${TAG}');
        const fontSize = parseFloat(getComputedStyle(host).fontSize);
        host.style.lineHeight = '3';
        const changed = parseFloat(getComputedStyle(host).lineHeight);
        host.style.lineHeight = '';
        return { changed, expected: 3 * fontSize };
      })()`)) as { changed: number; expected: number };
      expect(lineHeights.changed).toBeCloseTo(lineHeights.expected, 5);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['DARK', '%20dark%20', 'Dark'])('?theme=%s turns the page and the widget dark together', async (raw) => {
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
    try {
      await page.goto(`${site.url}embed/${ID}/?theme=${raw}`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      await waitForTrue(page, `document.querySelector('${TAG}').shadowRoot.querySelector('.root') !== null`);
      const themes = await page.evaluate(`({
        page: document.documentElement.dataset.theme ?? null,
        widget: document.querySelector('${TAG}').shadowRoot.querySelector('.root').classList.contains('theme-dark') ? 'dark' : 'light',
        background: getComputedStyle(document.body).backgroundColor,
      })`);
      expect(themes).toEqual({ page: 'dark', widget: 'dark', background: expect.not.stringMatching(/255, 255, 255/) });
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('?title=0 hides the title from view, before and after the upgrade, and keeps it as the heading screen readers hear', async () => {
    const { context, page, record } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
    try {
      await page.goto(`${site.url}embed/${ID}/?title=0`, { waitUntil: 'domcontentloaded' });
      const fallbackTitle = `(() => { const t = document.querySelector('${TAG} .po-fallback-title'); return t === null ? null : t.getBoundingClientRect().width; })()`;
      // Hidden already when the module script has set the attribute, while the fallback is still showing.
      await waitForTrue(page, `document.querySelector('${TAG}').getAttribute('heading') === 'none'`);
      const before = (await page.evaluate(fallbackTitle)) as number | null;
      expect(before === null || before <= 1, 'fallback title width').toBe(true);
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      await waitForTrue(page, `document.querySelector('${TAG}').shadowRoot.querySelector('.title') !== null`);
      const title = await page.evaluate(`(() => {
        const t = document.querySelector('${TAG}').shadowRoot.querySelector('.title');
        return { width: t.getBoundingClientRect().width, text: t.textContent, tag: t.localName };
      })()`);
      expect(title).toEqual({ width: 1, text: expect.stringMatching(/\S/), tag: 'h2' });
      const snapshot = await page.locator(TAG).ariaSnapshot();
      expect(snapshot).toMatch(/heading ".+" \[level=2\]/);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('without title=0 the title shows', async () => {
    const { context, page } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
    try {
      await page.goto(`${site.url}embed/${ID}/?title=1`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      await waitForTrue(page, `document.querySelector('${TAG}').shadowRoot.querySelector('.title') !== null`);
      const width = (await page.evaluate(`document.querySelector('${TAG}').shadowRoot.querySelector('.title').getBoundingClientRect().width`)) as number;
      expect(width).toBeGreaterThan(50);
    } finally {
      await context.close();
    }
  });

  it('?theme=sepia leaves both the page and the widget on the light default', async () => {
    const { context, page } = await openRecordedPage(browser, { allowedOrigins: [site.origin] });
    try {
      await page.goto(`${site.url}embed/${ID}/?theme=sepia`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, TAG)).upgraded, POLL).toBe(true);
      await waitForTrue(page, `document.querySelector('${TAG}').shadowRoot.querySelector('.root') !== null`);
      const themes = await page.evaluate(`({
        page: document.documentElement.dataset.theme ?? null,
        widget: document.querySelector('${TAG}').shadowRoot.querySelector('.root').classList.contains('theme-dark') ? 'dark' : 'light',
      })`);
      expect(themes).toEqual({ page: null, widget: 'light' });
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the fallback of /embed/dpo-loss/?beta=5&variant=ipo says its numbers are the defaults', async () => {
    const { context, page } = await openRecordedPage(browser, { allowedOrigins: [site.origin], javaScriptEnabled: false });
    try {
      await page.goto(`${site.url}embed/${ID}/?beta=5&variant=ipo`, { waitUntil: 'load' });
      const fallback = page.locator(`${TAG} .po-fallback`);
      await expect.poll(() => fallback.isVisible(), POLL).toBe(true);
      const text = (await fallback.innerText()).replace(/\s+/g, ' ');
      expect(text).toContain('β = 0.1'); // the default numbers, computed at build time…
      expect(text).toMatch(/default numbers/); // …and said to be the defaults
      expect(text).toMatch(/settings in this page's address/);
    } finally {
      await context.close();
    }
  });
});
