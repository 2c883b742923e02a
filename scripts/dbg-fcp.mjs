import { launchChromium } from './chromium.mjs';
import { startServer } from './serve.mjs';
const server = await startServer({ root: 'dist', base: '/', port: 0 });
const browser = await launchChromium();
for (const p of ['chapter-5/dpo-loss/', 'chapter-2/bradley-terry/', 'embed/dpo-loss/']) {
  for (let i = 0; i < 3; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    await page.goto(new URL(p, server.url).href, { waitUntil: 'load' });
    await page.waitForTimeout(2500);
    const r = await page.evaluate(() => ({
      nav: performance.getEntriesByType('navigation')[0]?.type,
      jump: document.documentElement.hasAttribute('data-anchor-jump'),
      paint: performance.getEntriesByType('paint').map((e) => `${e.name}:${Math.round(e.startTime)}`),
      load: Math.round(performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0),
      dcl: Math.round(performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0),
      lcp: 0,
    }));
    console.log(p, JSON.stringify(r));
    await context.close();
  }
}
await browser.close(); await server.close();
