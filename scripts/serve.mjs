#!/usr/bin/env node
/**
 * The static file server for the built site: `sirv` (a maintained static-file handler) behind a thin node:http
 * front that adds what a static host does and sirv leaves to its caller.
 *
 * Serves a folder under an optional base path, the way a static host would:
 * directory requests get their `index.html` (a directory without a trailing slash is redirected to one),
 * unknown paths — also paths outside the base and paths with malformed percent-encoding — get `404.html` with
 * status 404, every response carries `Access-Control-Allow-Origin: *` (so `widgets.js` can be imported from
 * another origin), and no request can escape the folder. Files are read on each request (sirv's `dev` mode), so
 * a rebuild while the server runs is served at once. Compression is left to the host (the benchmark puts a
 * gzip front before this server, scripts/bench/gzip-proxy.mjs).
 *
 * CLI: `node scripts/serve.mjs [dir=dist] [--base /rlhf/] [--port 4321] [--host 127.0.0.1]`
 * (base defaults to env BASE_PATH, then '/'; port to env PORT, then 4321).
 *
 * @example
 * import { startServer } from './serve.mjs';
 * const server = await startServer({ root: 'dist', base: '/po-course/', port: 0 });
 * console.log(server.url); // http://127.0.0.1:40123/po-course/
 * await server.close();
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

/** Content types by lower-case file extension; anything else is application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
});

const OCTET_STREAM = 'application/octet-stream';

/**
 * The content type of a file name. Pagefind's index files (`.pf_meta`, `.pf_index`, `.pf_fragment`,
 * `.pf_filter`) are binary: application/octet-stream.
 *
 * @param {string} fileName
 * @returns {string}
 * @example contentType('widgets.js') // 'text/javascript; charset=utf-8'
 */
export function contentType(fileName) {
  const ext = path.extname(fileName).toLowerCase();
  return Object.hasOwn(MIME_TYPES, ext) ? MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (ext)] : OCTET_STREAM;
}

/**
 * Normalizes a base path to start and end with '/'.
 *
 * @param {string | undefined} base
 * @returns {string}
 * @example normalizeBase('po-course') // '/po-course/'
 */
export function normalizeBase(base) {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Starts the server.
 *
 * @param {{ root: string, base?: string, port?: number, host?: string }} options
 *   `port: 0` picks a free port; `host` defaults to 127.0.0.1.
 * @returns {Promise<{ server: import('node:http').Server, port: number, origin: string, url: string,
 *   base: string, root: string, close(): Promise<void> }>}
 */
export async function startServer({ root, base = '/', port = 0, host = '127.0.0.1' }) {
  const rootDir = await realpath(path.resolve(root)).catch(() => {
    throw new Error(`serve: root folder ${path.resolve(root)} does not exist (build the site first?)`);
  });
  const basePath = normalizeBase(base);
  /** @type {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void} */
  const notFound = (request, response) => {
    sendNotFound(request, response, rootDir).catch((error) => fail(request, response, error));
  };
  const files = sirv(rootDir, {
    dev: true,
    etag: true,
    dotfiles: false,
    // The site's own content types (with charset, Pagefind's index files as binary), whatever sirv guesses. A
    // path without an extension was answered with an HTML file (`dir/` → `dir/index.html`).
    setHeaders: (response, pathname) =>
      response.setHeader('Content-Type', contentType(path.posix.extname(pathname) === '' ? 'index.html' : pathname)),
    onNoMatch: notFound,
  });

  const server = createServer((request, response) => {
    handle(request, response, { rootDir, basePath, files, notFound }).catch((error) => fail(request, response, error));
  });
  // Keep-alive sockets would make close() wait for idle browsers.
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serve: unexpected server address');
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${urlHost}:${address.port}`;
  return {
    server,
    port: address.port,
    origin,
    url: `${origin}${basePath}`,
    base: basePath,
    root: rootDir,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {unknown} error
 */
function fail(request, response, error) {
  if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
  else response.destroy();
  console.error('serve: error while handling', request.url, error);
}

/**
 * What a static host does around the file lookup: CORS and methods, the base path, redirects of directories to
 * their trailing slash; sirv then serves the file or calls `notFound`.
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {{ rootDir: string, basePath: string, files: ReturnType<typeof sirv>,
 *   notFound: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void }} site
 */
async function handle(request, response, { rootDir, basePath, files, notFound }) {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('X-Content-Type-Options', 'nosniff');

  if (request.method === 'OPTIONS') {
    response.setHeader('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS');
    response.setHeader('Access-Control-Allow-Headers', '*');
    response.writeHead(204).end();
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD, OPTIONS');
    send(response, 405, 'text/plain; charset=utf-8', 'Method Not Allowed');
    return;
  }

  const rawUrl = request.url ?? '/';
  const queryIndex = rawUrl.search(/[?#]/);
  const rawPath = queryIndex === -1 ? rawUrl : rawUrl.slice(0, queryIndex);
  const query = queryIndex === -1 ? '' : rawUrl.slice(queryIndex).replace(/#.*$/, '');

  // The base without its trailing slash (e.g. /po-course) redirects to the base, like static hosts do.
  if (basePath !== '/' && rawPath === basePath.slice(0, -1)) {
    redirect(response, basePath + query);
    return;
  }
  if (!rawPath.startsWith(basePath)) {
    notFound(request, response);
    return;
  }
  const relative = rawPath.slice(basePath.length);
  const kind = await pathKind(rootDir, relative);
  if (kind === 'outside') {
    notFound(request, response);
    return;
  }
  if (kind === 'directory' && !rawPath.endsWith('/')) {
    // Collapse leading slashes so `//host/dir` cannot become a protocol-relative redirect to another host.
    redirect(response, `/${rawPath.replace(/^\/+/, '')}/${query}`);
    return;
  }
  // sirv looks the path up below its folder (it decodes it and refuses `..` that climbs out).
  request.url = `/${relative}${query}`;
  files(request, response, () => notFound(request, response));
}

/**
 * What a base-relative URL path names: a folder inside rootDir, something that resolves outside it (a symlink
 * out of the folder, which sirv would follow), or anything else (a file, nothing, malformed percent-encoding),
 * which sirv handles.
 *
 * @param {string} rootDir
 * @param {string} relative
 * @returns {Promise<'directory' | 'outside' | 'other'>}
 */
async function pathKind(rootDir, relative) {
  let decoded;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    return 'other';
  }
  if (decoded.includes('\0')) return 'other';
  const candidate = path.resolve(rootDir, `.${path.sep}${decoded.replaceAll('\\', '/')}`);
  if (!isInside(candidate, rootDir)) return 'outside';
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return 'other';
  }
  if (!isInside(real, rootDir)) return 'outside';
  return (await stat(real)).isDirectory() ? 'directory' : 'other';
}

/** @param {string} target @param {string} rootDir */
function isInside(target, rootDir) {
  return target === rootDir || target.startsWith(rootDir + path.sep);
}

/**
 * Sends `404.html` from the root with status 404 (plain text when the site has none).
 *
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} rootDir
 */
async function sendNotFound(request, response, rootDir) {
  const page = path.join(rootDir, '404.html');
  const info = await stat(page).catch(() => null);
  if (info === null || !info.isFile()) {
    send(response, 404, 'text/plain; charset=utf-8', 'Not Found');
    return;
  }
  response.writeHead(404, { 'Content-Type': contentType(page), 'Content-Length': info.size, 'Cache-Control': 'no-cache' });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  await new Promise((resolve, reject) => {
    const stream = createReadStream(page);
    stream.on('error', reject);
    response.on('close', () => resolve(undefined));
    stream.pipe(response);
  });
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} type
 * @param {string} body
 */
function send(response, status, type, body) {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  response.end(body);
}

/** @param {import('node:http').ServerResponse} response @param {string} location */
function redirect(response, location) {
  response.writeHead(301, { Location: location, 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(`Moved to ${location}`);
}

/**
 * Parses CLI arguments: a positional folder plus --base, --port and --host (also as --name=value).
 *
 * @param {string[]} argv
 * @returns {{ root: string, base: string, port: number, host: string }}
 */
export function parseArgs(argv) {
  /** @type {Record<string, string>} */
  const options = {};
  const positional = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = /** @type {string} */ (argv[i]);
    if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/serve.mjs [dir=dist] [--base /path/] [--port 4321] [--host 127.0.0.1]');
      process.exit(0);
    }
    const match = /^--(base|port|host)(?:=(.*))?$/.exec(arg);
    if (match) {
      const value = match[2] ?? argv[(i += 1)];
      if (value === undefined) throw new Error(`serve: ${arg} needs a value`);
      options[/** @type {string} */ (match[1])] = value;
    } else if (arg.startsWith('--')) {
      throw new Error(`serve: unknown option ${arg}`);
    } else {
      positional.push(arg);
    }
  }
  const port = Number(options.port ?? process.env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`serve: bad port ${options.port}`);
  return {
    root: positional[0] ?? 'dist',
    base: options.base ?? process.env.BASE_PATH ?? '/',
    port,
    host: options.host ?? '127.0.0.1',
  };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;

if (invokedDirectly) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const running = await startServer(options);
    const shown = path.relative(process.cwd(), running.root) || '.';
    console.log(`Serving ${shown} at ${running.url}  (Ctrl+C to stop)`);
    const stop = () => {
      running.close().finally(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
