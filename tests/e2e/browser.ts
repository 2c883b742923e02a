/**
 * Chromium for the browser tests: launching it (CHROME_PATH, then /usr/bin/chromium) and opening pages that
 * record everything a test must fail on — console errors, uncaught page errors, Content-Security-Policy
 * violations, failed responses, and any request to a host other than the local test servers (those are
 * aborted, so nothing ever leaves the machine).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../../scripts/chromium.mjs';

/** Launches headless Chromium with the project's flags (scripts/chromium.mjs). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

/** What a page did that a test may need to fail on. */
export interface PageRecord {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  /** Requests to hosts other than the allowed origins (aborted). */
  externalRequests: string[];
  /** Responses with status >= 400 and failed requests (e.g. blocked by MIME type) to the allowed origins. */
  failedResponses: string[];
  /** Every http(s) request URL, in order. */
  requests: string[];
}

export interface RecordedPage {
  context: BrowserContext;
  page: Page;
  record: PageRecord;
}

export interface PageOptions {
  /** Origins the page may talk to, e.g. the test servers' `http://127.0.0.1:port`. */
  allowedOrigins: readonly string[];
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Device pixels per CSS px (default 1); 2 with a 384 px viewport is a 768 px screen at 200 % zoom. */
  deviceScaleFactor?: number;
  /** Run the page's scripts (default true). */
  javaScriptEnabled?: boolean;
}

/** Marker the init script uses to report CSP violations through a binding. */
const CSP_BINDING = '__poReportCspViolation';

/**
 * A fresh context and page that record problems (see PageRecord). Close the context when done.
 *
 * @example
 * const { page, record, context } = await openRecordedPage(browser, { allowedOrigins: [server.origin] });
 * await page.goto(server.url);
 * expect(problemsOf(record)).toEqual([]);
 * await context.close();
 */
export async function openRecordedPage(browser: Browser, options: PageOptions): Promise<RecordedPage> {
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    reducedMotion: 'reduce',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  const record: PageRecord = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    externalRequests: [],
    failedResponses: [],
    requests: [],
  };
  const allowed = new Set(options.allowedOrigins);

  await context.exposeBinding(CSP_BINDING, ({ frame }, text: unknown) => {
    record.cspViolations.push(`${String(text)} (in ${frame.url()})`);
  });
  await context.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = globalThis[${JSON.stringify(CSP_BINDING)}];
      if (typeof report === 'function') {
        report(event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') +
          (event.sample ? ' (' + event.sample + ')' : '') + ' at ' + event.sourceFile + ':' + event.lineNumber);
      }
    }, true);
  `);

  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isHttp(url) && !allowed.has(new URL(url).origin)) {
      record.externalRequests.push(url);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (request) => {
    if (isHttp(request.url())) record.requests.push(request.url());
  });
  context.on('response', (response) => {
    const url = response.url();
    if (response.status() >= 400 && isHttp(url) && allowed.has(new URL(url).origin)) {
      record.failedResponses.push(`${response.status()} ${url}`);
    }
  });

  context.on('requestfailed', (request) => {
    const url = request.url();
    if (isHttp(url) && allowed.has(new URL(url).origin)) {
      record.failedResponses.push(`${request.failure()?.errorText ?? 'failed'} ${url}`);
    }
  });

  const page = await context.newPage();
  page.on('console', (message) => {
    const text = message.text();
    if (/content.security.policy/i.test(text)) record.cspViolations.push(`console: ${text}`);
    else if (message.type() === 'error') record.consoleErrors.push(`${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => {
    record.pageErrors.push(error.stack ?? error.message);
  });
  return { context, page, record };
}

function isHttp(url: string): boolean {
  return url.startsWith('http://') || url.startsWith('https://');
}

/** Every problem in a record, one line each (empty when the page behaved). */
export function problemsOf(record: PageRecord): string[] {
  return [
    ...record.consoleErrors.map((text) => `console error: ${text}`),
    ...record.pageErrors.map((text) => `page error: ${text}`),
    ...record.cspViolations.map((text) => `CSP violation: ${text}`),
    ...record.externalRequests.map((url) => `external request: ${url}`),
    ...record.failedResponses.map((text) => `failed response: ${text}`),
  ];
}

/** Clears a record in place (between navigations of one page). */
export function clearRecord(record: PageRecord): void {
  for (const list of Object.values(record)) list.length = 0;
}
