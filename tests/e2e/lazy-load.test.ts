/**
 * Section pages load widget code lazily (README.md; src/components/Widget.astro): on a section page whose widgets all sit well
 * below the first screen, no widget element is defined and none is upgraded after load; scrolling to the first
 * widget fetches new scripts and upgrades it (shadow root attached). Lazy loading does not hide widgets from
 * the keyboard: from the top of every section page, Tab reaches the widget's first control, on a desktop and on
 * a 320 px phone; and a training widget, which trains for a while between its upgrade and its first render, still
 * hands the focus to its first control when the reader tabs onto its fallback during that training.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { fileForUrlPath, sectionPages } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { deepActiveElement, waitForTrue } from './widget-probe.ts';

/** A short window, so that widgets after a few paragraphs are far outside any sensible loader margin. */
const VIEWPORT = { width: 800, height: 400 };
/** A widget counts as "far below the first screen" when its top is at least this many viewports down. */
const FAR = 3;

interface WidgetLayout {
  tags: string[];
  firstTop: number;
  upgraded: number;
  defined: string[];
}

const LAYOUT_SOURCE = `(() => {
  const widgets = [...document.querySelectorAll('[data-po-widget]')];
  const tags = [...new Set(widgets.map((element) => element.localName))];
  return {
    tags,
    firstTop: widgets.length ? Math.min(...widgets.map((element) => element.getBoundingClientRect().top + scrollY)) : -1,
    upgraded: widgets.filter((element) => element.shadowRoot !== null).length,
    defined: tags.filter((tag) => customElements.get(tag) !== undefined),
  };
})()`;

/** Whether a script served by the site defines a custom element (a widget module, or a chunk holding one). */
function definesElements(url: string): boolean {
  const file = fileForUrlPath(new URL(url).pathname);
  return file !== null && readFileSync(file, 'utf8').includes('customElements.define(');
}

const sections = sectionPages();
const session = useSiteSession();

describe('lazy loading of widgets', () => {
  it(`a section page with its widgets ≥ ${FAR} viewports down loads no widget code until scrolled to`, async () => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: VIEWPORT });
    try {
      let tested: string | null = null;
      for (const section of sections) {
        record.requests.length = 0;
        await page.goto(session.server.origin + section.urlPath, { waitUntil: 'load' });
        await page.waitForLoadState('networkidle');
        const layout = (await page.evaluate(LAYOUT_SOURCE)) as WidgetLayout;
        if (layout.tags.length === 0 || layout.firstTop < FAR * VIEWPORT.height) continue;
        tested = section.urlPath;

        expect(layout.upgraded, `${tested}: widgets upgraded before scrolling`).toBe(0);
        expect(layout.defined, `${tested}: widget elements defined before scrolling`).toEqual([]);
        const scriptsBefore = new Set(record.requests.filter((url) => /\.m?js(\?|$)/.test(url)));

        await page.evaluate(
          `document.querySelector('[data-po-widget]').scrollIntoView({ block: 'center' })`,
        );
        await waitForTrue(page, `document.querySelector('[data-po-widget]').shadowRoot !== null`);
        const scriptsAfter = record.requests.filter((url) => /\.m?js(\?|$)/.test(url) && !scriptsBefore.has(url));
        expect(scriptsAfter.length, `${tested}: no script fetched when the widget came near`).toBeGreaterThan(0);
        expect([...scriptsBefore].filter(definesElements), `${tested}: widget code fetched before scrolling`).toEqual([]);
        expect(scriptsAfter.filter(definesElements).length, `${tested}: no widget module among the scripts fetched on scroll`).toBeGreaterThan(0);
        expect(problemsOf(record)).toEqual([]);
        break;
      }
      expect(tested, `no section page has its first widget ≥ ${FAR * VIEWPORT.height}px down; lazy loading untested`).not.toBeNull();
    } finally {
      await context.close();
    }
  });
});

describe('keyboard access to lazily loaded widgets', () => {
  const viewports = [
    ['desktop', { width: 1280, height: 800 }],
    ['320 px phone', { width: 320, height: 640 }],
  ] as const;
  const cases = sections.flatMap((section) => viewports.map(([name, viewport]) => [section.urlPath, name, viewport] as const));

  it.each(cases)('%s (%s): Tab from the top reaches the widget\'s first control', async (urlPath, _name, viewport) => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport });
    try {
      await page.goto(session.server.origin + urlPath, { waitUntil: 'load' });
      const widgets = (await page.evaluate(`document.querySelectorAll('[data-po-widget]').length`)) as number;
      if (widgets === 0) return;
      const inFallback = `(() => { const active = document.activeElement; return active !== null && active.closest('[data-po-widget]') !== null && active.getRootNode() === document; })()`;
      let reached: string | null = null;
      for (let press = 0; press < 400 && reached === null; press += 1) {
        await page.keyboard.press('Tab');
        // A reader who tabbed onto a widget that has not loaded yet waits a moment for it.
        if ((await page.evaluate(inFallback)) === true) {
          await waitForTrue(page, `(() => { const a = document.activeElement; return a !== null && a.shadowRoot !== null && a.shadowRoot.activeElement !== null; })()`);
        }
        const active = await deepActiveElement(page);
        if (active?.host?.startsWith('po-')) reached = `${active.host} ${active.tag}[type=${active.type ?? ''}]`;
      }
      // A slider or select, or a button for a training widget whose first control is its Play button (5.4).
      expect(reached, 'the first widget control reached with Tab').toMatch(/^po-[a-z-]+ (input\[type=range\]|select\[type=\]|button\[type=button\])$/);
      const first = await page.evaluate(`(() => {
        const host = document.activeElement;
        return host.shadowRoot.querySelector('input, select, button') === host.shadowRoot.activeElement;
      })()`);
      expect(first, 'focus is on the widget\'s first control').toBe(true);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('focus on a training widget\'s fallback while it trains', () => {
  /** Widgets that train before their first render (their element.ts), with the section page of each. */
  const training = ['po-reward-model', 'po-dpo-trainer', 'po-dpo-gradient'].flatMap((tag) => {
    const section = sections.find((candidate) => readFileSync(candidate.file, 'utf8').includes(`<${tag}`));
    return section === undefined ? [] : [[tag, section.urlPath] as const];
  });

  it('every training widget is on a section page', () => {
    expect(training.map(([tag]) => tag)).toEqual(['po-reward-model', 'po-dpo-trainer', 'po-dpo-gradient']);
  });

  it.each(training)('%s (%s): focus given to the fallback after the upgrade reaches the first control', async (tag, urlPath) => {
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: VIEWPORT });
    try {
      await page.goto(session.server.origin + urlPath, { waitUntil: 'load' });
      // Slow the CPU so that the start-up training lasts long enough to step into.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await page.evaluate(`document.querySelector('${tag}').scrollIntoView({ block: 'center' })`);
      await waitForTrue(page, `customElements.get('${tag}') !== undefined`);
      const caught = await page.evaluate(`(() => {
        const host = document.querySelector('${tag}');
        if (host.shadowRoot !== null) return false;
        host.querySelector('.po-fallback').focus();
        return document.activeElement === host.querySelector('.po-fallback');
      })()`);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      expect(caught, 'the fallback took the focus between the upgrade and the first render').toBe(true);
      await waitForTrue(page, `(() => { const a = document.activeElement; return a !== null && a.localName === '${tag}' && a.shadowRoot !== null && a.shadowRoot.activeElement === a.shadowRoot.querySelector('input, select, button'); })()`);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
