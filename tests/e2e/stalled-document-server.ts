/**
 * A server in front of the site server that delivers HTML documents in parts: it sends a document up to its first
 * cut, holds the rest until the test calls `resume()`, then sends up to the next cut, and so on. Everything else
 * (styles, scripts, fonts) passes through at once. Each part ends with a comment `<!--stalled-document-cut-N-->`
 * (N from 0), so a test can tell when the page has parsed everything sent so far ({@link cutParsed}); comments
 * take no part in layout or in CSS selectors.
 *
 * This makes deterministic what CPU contention does at random: Chromium paints a frame while the parser is still
 * in the middle of a long document (its parser yields after a time budget, and a busy CPU makes that happen early
 * in the page), then lays out the rest under what it has already painted. Anything painted before the rest
 * arrives and then moved by it is a layout shift the reader sees.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The running server: its origin, the gate, and `close()`. */
export interface StalledDocumentServer {
  readonly origin: string;
  /** Lets the held document continue to its next cut (or its end). A resume before the hold is kept for it. */
  resume(): void;
  close(): Promise<void>;
}

/** Response headers that no longer hold once the body is re-sent in parts by this server. */
const DROPPED_HEADERS = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * Starts the server on a random local port.
 *
 * @param upstream origin of the site server, e.g. `http://127.0.0.1:4321`
 * @param cutsOf the offsets (increasing, in UTF-16 code units of the HTML text) at which a document is held
 * @example
 * const stalled = await startStalledDocumentServer(site.origin, (html) => [html.indexOf('<article')]);
 * const loaded = page.goto(stalled.origin + '/chapter-5/dpo-loss/', { waitUntil: 'load' });
 * // … the page paints with the article not yet received …
 * stalled.resume();
 * await loaded;
 */
export async function startStalledDocumentServer(upstream: string, cutsOf: (html: string) => number[]): Promise<StalledDocumentServer> {
  let credits = 0;
  const waiting: (() => void)[] = [];
  const hold = () =>
    new Promise<void>((resolve) => {
      if (credits > 0) {
        credits -= 1;
        resolve();
      } else waiting.push(resolve);
    });

  const server = http.createServer((request, response) => {
    void (async () => {
      const upstreamResponse = await fetch(upstream + (request.url ?? '/'));
      const headers = Object.fromEntries([...upstreamResponse.headers].filter(([name]) => !DROPPED_HEADERS.has(name)));
      const body = Buffer.from(await upstreamResponse.arrayBuffer());
      response.writeHead(upstreamResponse.status, headers);
      if (!(upstreamResponse.headers.get('content-type') ?? '').startsWith('text/html')) {
        response.end(body);
        return;
      }
      const html = body.toString('utf8');
      let sent = 0;
      let part = 0;
      for (const cut of cutsOf(html)) {
        if (cut <= sent || cut >= html.length) continue;
        response.write(`${html.slice(sent, cut)}<!--stalled-document-cut-${part}-->`);
        part += 1;
        sent = cut;
        await hold();
      }
      response.end(html.slice(sent));
    })().catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    resume() {
      const next = waiting.shift();
      if (next) next();
      else credits += 1;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const resolveHold of waiting.splice(0)) resolveHold();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * A page expression: whether the document has parsed its part number `part` (counted from 0), i.e. everything the
 * server sent before its hold.
 *
 * @example await waitForTrue(page, cutParsed(0));
 */
export function cutParsed(part: number): string {
  return `(() => {
    const comments = document.createNodeIterator(document, NodeFilter.SHOW_COMMENT);
    for (let node = comments.nextNode(); node; node = comments.nextNode()) if (node.data === 'stalled-document-cut-${part}') return true;
    return false;
  })()`;
}
