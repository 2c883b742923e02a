/**
 * Each widget, on its embed page (dist/embed/<id>/), upgrades, has the contract's parts (summary, range
 * control, Reset, table with caption), draws a non-blank chart, and responds to the keyboard: ArrowRight on
 * its first range input changes the summary sentence, and ArrowRight on its range inputs (in order, until one
 * does) changes the chart's pixels; Reset restores the summary. The shared controls keep what they show equal
 * to the state (selects after Reset and attribute changes), keep the focus when a row button disables itself,
 * and the live summary is announced once a slider settles, not on every step.
 */
import { describe, expect, it } from 'vitest';

import { getWidget } from '../../src/widgets/registry.ts';
import { widgetIds } from '../build/site.ts';
import { openRecordedPage, problemsOf } from './browser.ts';
import { expectNoLayoutShift } from './layout-shifts.ts';
import { useSiteSession } from './site-session.ts';
import { deepActiveElement, isDrawn, pollUntil, probeWidget } from './widget-probe.ts';

const ids = widgetIds();
/** Widgets with an editable list (a number-list field), whose table has Add / Remove row buttons. */
const listIds = ids.filter((id) => Object.values(getWidget(id)?.schema ?? {}).some((field) => field.kind === 'number-list'));
const POLL = { timeout: 15_000, interval: 100 };
const session = useSiteSession();

describe('widgets on their embed pages', () => {
  it('there are embed pages (dist/embed/<id>/index.html)', () => {
    expect(ids.length).toBeGreaterThan(0);
  });

  it.each(ids)('po-%s draws, and ArrowRight changes its summary and chart; Reset restores it', async (id) => {
    const tag = `po-${id}`;
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}embed/${id}/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      await expect.poll(async () => isDrawn((await probeWidget(page, tag)).canvas), POLL).toBe(true);

      const before = await probeWidget(page, tag);
      expect(before.summary, 'a [role=status] summary with text').toBeTruthy();
      expect(before.hasRange, 'an input[type=range] (or role=slider) control').toBe(true);
      expect(before.hasResetButton, 'a Reset button').toBe(true);
      expect(before.hasTableWithCaption, 'a <table> with <caption> as the chart alternative').toBe(true);

      // ArrowRight on the first range control changes the summary. The chart must respond to the keyboard
      // too, but a control may by design leave the chart unchanged (bradley-terry's "shift both by c"
      // shows that nothing changes): try the range controls in order until one changes the pixels.
      const ranges = page.locator(`${tag} input[type=range], ${tag} [role=slider]`);
      await ranges.first().focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await probeWidget(page, tag)).summary, POLL).not.toBe(before.summary);
      let chartChangedBy = -1;
      const count = await ranges.count();
      for (let index = 0; index < count && chartChangedBy === -1; index += 1) {
        if (index > 0) {
          await ranges.nth(index).focus();
          await page.keyboard.press('ArrowRight');
        }
        const changed = await pollUntil(async () => (await probeWidget(page, tag)).canvas.hash !== before.canvas.hash, 3_000);
        if (changed) chartChangedBy = index;
      }
      expect(chartChangedBy, `no range control of ${tag} changed the chart pixels with ArrowRight`).toBeGreaterThanOrEqual(0);
      expect(isDrawn((await probeWidget(page, tag)).canvas)).toBe(true);

      await page.locator(`${tag} button`).filter({ hasText: /reset/i }).first().click();
      await expect.poll(async () => (await probeWidget(page, tag)).summary, POLL).toBe(before.summary);

      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('widgets settling on their own', () => {
  it.each(ids)('po-%s fills in and settles without a layout shift (nothing moves without the reader)', async (id) => {
    const tag = `po-${id}`;
    // Tall enough to show the whole widget: a shift counts only where it is seen.
    const { context, page, record } = await openRecordedPage(session.browser, {
      allowedOrigins: [session.server.origin],
      viewport: { width: 412, height: 2400 },
    });
    try {
      await page.goto(`${session.server.url}embed/${id}/`, { waitUntil: 'load' });
      await expect.poll(async () => isDrawn((await probeWidget(page, tag)).canvas), POLL).toBe(true);
      // Work that finishes after the first draw (noisy-preferences simulates its table in slices, its cells
      // showing "…" meanwhile) must fill in without moving anything.
      await expect
        .poll(() => page.evaluate(`[...document.querySelector('${tag}').shadowRoot.querySelectorAll('td')].some((cell) => cell.textContent.trim() === '…')`), POLL)
        .toBe(false);
      await page.waitForTimeout(500);
      await expectNoLayoutShift(page);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('shared controls on the embed pages', () => {
  it('po-dpo-loss: the variant select shows the state after Reset and after attribute changes', async () => {
    const tag = 'po-dpo-loss';
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}embed/dpo-loss/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      const select = page.locator(`${tag} select`).first();
      const shown = () => select.evaluate((element) => (element as HTMLSelectElement).value);
      const state = () => page.$eval(tag, (element) => (element as unknown as { getState(): { variant: string } }).getState().variant);

      // Picking options makes them "dirty" in HTML terms; per-option `selected` attributes then stop working.
      for (const variant of ['ipo', 'sigmoid', 'ipo']) await select.selectOption(variant);
      await page.locator(`${tag} button`).filter({ hasText: /reset/i }).first().click();
      await expect.poll(state, POLL).toBe('sigmoid');
      expect(await shown(), 'the select after Reset').toBe('sigmoid');

      await page.$eval(tag, (element) => element.setAttribute('variant', 'hinge'));
      await expect.poll(state, POLL).toBe('hinge');
      expect(await shown(), 'the select after an attribute change').toBe('hinge');
      await select.selectOption('sigmoid');
      await page.$eval(tag, (element) => element.setAttribute('variant', 'hinge')); // same attribute value again
      await expect.poll(state, POLL).toBe('hinge');
      expect(await shown(), 'the select after the same attribute is set again').toBe('hinge');
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('po-dpo-gradient: at 320 px both selects fit inside the widget, with every option the select can show', async () => {
    // The chart select once read 'log π of each answer, and the KL' and stuck out past the widget's right edge.
    const tag = 'po-dpo-gradient';
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport: { width: 320, height: 800 } });
    try {
      await page.goto(`${session.server.url}embed/dpo-gradient/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      for (const id of ['loss', 'view']) {
        const select = page.locator(`${tag} #${id}`);
        const values = await select.evaluate((element) => [...(element as HTMLSelectElement).options].map((option) => option.value));
        for (const value of values) {
          await select.selectOption(value);
          const [right, limit] = await select.evaluate((element) => {
            const host = (element.getRootNode() as ShadowRoot).host;
            const box = host.getBoundingClientRect();
            const padding = parseFloat(getComputedStyle(host).paddingRight) || 0;
            return [element.getBoundingClientRect().right, box.right - padding];
          });
          expect(right, `#${id} = ${value}`).toBeLessThanOrEqual(limit + 0.5);
        }
      }
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(listIds)('po-%s: focus moves to the other row button when Add or Remove disables itself (keyboard)', async (id) => {
    const tag = `po-${id}`;
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      await page.goto(`${session.server.url}embed/${id}/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      const pressUntilDisabled = async (name: RegExp): Promise<void> => {
        const button = page.locator(`${tag} button`).filter({ hasText: name });
        await button.focus();
        for (let press = 0; press < 40 && !(await button.isDisabled()); press += 1) {
          expect((await deepActiveElement(page))?.text, `focus on ${String(name)} before press ${press + 1}`).toMatch(name);
          await page.keyboard.press('Enter');
        }
        expect(await button.isDisabled(), `${String(name)} disabled at its limit`).toBe(true);
      };
      await pressUntilDisabled(/^Add /);
      await expect.poll(async () => (await deepActiveElement(page))?.text ?? 'body', POLL).toMatch(/^Remove last /);
      await pressUntilDisabled(/^Remove last /);
      await expect.poll(async () => (await deepActiveElement(page))?.text ?? 'body', POLL).toMatch(/^Add /);
      expect((await deepActiveElement(page))?.host).toBe(tag);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(ids)('po-%s: 20 quick ArrowRight presses change the live summary once, to the final sentence', async (id) => {
    const tag = `po-${id}`;
    const { context, page, record } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin] });
    try {
      // The page's timers run on Playwright's clock, paused while the keys are pressed: "quick" then means
      // no page time passes between presses, however busy the machine is.
      await page.clock.install();
      await page.goto(`${session.server.url}embed/${id}/`, { waitUntil: 'load' });
      await expect.poll(async () => (await probeWidget(page, tag)).upgraded, POLL).toBe(true);
      const initial = (await probeWidget(page, tag)).summary;
      // Record every text the live region takes, as a screen reader would hear it change.
      await page.$eval(tag, (host) => {
        const region = host.shadowRoot!.querySelector('[role=status]')!;
        const texts: string[] = [];
        (window as unknown as { poLiveTexts: string[] }).poLiveTexts = texts;
        new MutationObserver(() => texts.push(region.textContent ?? '')).observe(region, {
          childList: true,
          characterData: true,
          subtree: true,
        });
      });
      await page.locator(`${tag} input[type=range]`).first().focus();
      await page.clock.pauseAt(((await page.evaluate('Date.now()')) as number) + 1_000);
      for (let press = 0; press < 20; press += 1) await page.keyboard.press('ArrowRight');
      const visible = () =>
        page.$eval(tag, (host) => host.shadowRoot!.querySelector('.summary')?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      expect(await visible()).not.toBe(initial);
      await page.clock.runFor(2_000); // well past the quiet period: a late second announcement would show
      // The sentence the keys led to, once the widget has finished with them (a training widget such as
      // po-reward-model trains for a few hundred milliseconds after the last key, its sentence following each slice).
      const finalSentence = await visible();
      expect((await probeWidget(page, tag)).summary).toBe(finalSentence);
      const texts = (await page.evaluate('window.poLiveTexts')) as string[];
      expect(texts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([finalSentence]);
      expect(problemsOf(record)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
