/**
 * A widget in a section page stays inside the block size its page reserves for it (the registry's `blockSize`
 * and `blockSizeNarrow`, src/components/Widget.astro) at every position of its sliders. When a drag step made the
 * live widget taller than that (a caption or summary wrapping onto one more line as a number gains digits), all
 * of the page below it moved with each step: a visible jump, and a relayout and repaint of the long typeset page
 * on every key press.
 */
import { describe, expect, it } from 'vitest';

import { sectionPages } from '../build/site.ts';
import { openRecordedPage } from './browser.ts';
import { useSiteSession } from './site-session.ts';
import { upgradeAllWidgets } from './widget-probe.ts';

const session = useSiteSession();

/** Desktop (three columns), a small laptop (two columns), a phone and the narrowest common phone. */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 1000, height: 800 },
  { width: 412, height: 823 },
  { width: 320, height: 700 },
];

/** Positions per slider, evenly spaced from its minimum to its maximum. */
const STEPS = 24;

/**
 * For every widget of the page: its reserved block size and the largest block size it took while each enabled
 * slider went through STEPS + 1 positions (each from the default state; the widget is reset after each slider), and
 * while every select went through its options, each with the sliders that the option enables (disabled by
 * default) moved together through STEPS + 1 positions and with every checkbox ticked and unticked.
 */
const SWEEP = `(async () => {
  const results = [];
  for (const host of document.querySelectorAll('[data-po-widget]')) {
    const reserved = parseFloat(getComputedStyle(host).minBlockSize);
    let largest = host.getBoundingClientRect().height;
    const sliders = [...host.shadowRoot.querySelectorAll('input[type=range]')].filter((input) => !input.disabled);
    for (const slider of sliders) {
      const min = Number(slider.min);
      const max = Number(slider.max);
      for (let step = 0; step <= ${STEPS}; step += 1) {
        slider.value = String(min + ((max - min) * step) / ${STEPS});
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await host.updateComplete;
        largest = Math.max(largest, host.getBoundingClientRect().height);
      }
      host.reset();
      await host.updateComplete;
    }
    // Every option of every select, each with every checkbox ticked and unticked (a record picker changes the
    // texts the widget shows, a checkbox such as "swap" moves them).
    const selects = [...host.shadowRoot.querySelectorAll('select')].filter((select) => !select.disabled);
    const checkboxes = () => [...host.shadowRoot.querySelectorAll('input[type=checkbox]')].filter((box) => !box.disabled);
    for (const select of selects) {
      for (const option of [...select.options]) {
        const current = host.shadowRoot.querySelector('#' + select.id);
        current.value = option.value;
        current.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        await host.updateComplete;
        largest = Math.max(largest, host.getBoundingClientRect().height);
        // Sliders this option enables (disabled in the default state, so the slider sweep above never moved
        // them), e.g. the custom direction's offsets d1…d4 of optimal-policy: all of them together through STEPS + 1
        // positions (together, because their texts add up: d = (−1.8, −1.8, −1.8, −1.8) is longer than any one).
        const enabled = [...host.shadowRoot.querySelectorAll('input[type=range]')]
          .filter((input) => !input.disabled && !sliders.some((slider) => slider.id === input.id))
          .map((input) => input.id);
        if (enabled.length > 0) {
          const slider = (id) => host.shadowRoot.querySelector('#' + id);
          const before = enabled.map((id) => slider(id).value);
          for (let step = 0; step <= ${STEPS}; step += 1) {
            for (const id of enabled) {
              const min = Number(slider(id).min);
              const max = Number(slider(id).max);
              slider(id).value = String(min + ((max - min) * step) / ${STEPS});
              slider(id).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
              await host.updateComplete;
            }
            largest = Math.max(largest, host.getBoundingClientRect().height);
          }
          enabled.forEach((id, i) => {
            slider(id).value = before[i];
            slider(id).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          });
          await host.updateComplete;
        }
        for (let i = 0; i < checkboxes().length; i += 1) {
          checkboxes()[i].click();
          await host.updateComplete;
          largest = Math.max(largest, host.getBoundingClientRect().height);
          checkboxes()[i].click();
          await host.updateComplete;
        }
      }
      host.reset();
      await host.updateComplete;
    }
    results.push({ widget: host.localName, sliders: sliders.length, reserved, largest: Math.round(largest * 10) / 10 });
  }
  return results;
})()`;

interface SweepResult {
  widget: string;
  sliders: number;
  reserved: number;
  largest: number;
}

describe.each(sectionPages().map((section) => [section.urlPath, section] as const))('%s', (_, section) => {
  it.each(VIEWPORTS.map((viewport) => [`${viewport.width}×${viewport.height}`, viewport] as const))(
    'at %s, every widget stays within its reserved block size at every slider position and option',
    async (_size, viewport) => {
      const { context, page } = await openRecordedPage(session.browser, { allowedOrigins: [session.server.origin], viewport });
      try {
        await page.goto(session.server.origin + section.urlPath, { waitUntil: 'load' });
        expect(await upgradeAllWidgets(page)).toBeGreaterThan(0);
        const results = (await page.evaluate(SWEEP)) as SweepResult[];
        for (const result of results) {
          expect(result.sliders).toBeGreaterThan(0);
          expect(result, `${result.widget} outgrew its reservation`).toEqual({ ...result, largest: result.reserved });
        }
      } finally {
        await context.close();
      }
    },
  );
});
