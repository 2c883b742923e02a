/**
 * The fixture most browser tests share: the built site served on a random port and one Chromium, started
 * before the file's tests and closed after them.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

import { launchBrowser } from './browser.ts';
import { startSiteServer, type RunningServer } from './servers.ts';

/** The running site server and browser of a test file. */
export interface SiteSession {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Registers the file's `beforeAll`/`afterAll` hooks and returns accessors valid inside its tests.
 *
 * @example
 * const session = useSiteSession();
 * it('loads', async () => { const page = await session.browser.newPage(); await page.goto(session.server.url); });
 */
export function useSiteSession(): SiteSession {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started: use it inside a test`);
    return value;
  };
  return {
    get server() {
      return started(server, 'the site server');
    },
    get browser() {
      return started(browser, 'Chromium');
    },
  };
}
