#!/usr/bin/env node
/**
 * A zero-dependency static file server for the built site (node:http only).
 *
 * Serves a folder under an optional base path, the way a static host would:
 * directory requests get their `index.html` (a directory without a trailing slash is redirected to one),
 * unknown paths get `404.html` with status 404, every response carries `Access-Control-Allow-Origin: *`
 * (so `widgets.js` can be imported from another origin), and no request can escape the folder.
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

  const server = createServer((request, response) => {
    handle(request, response, rootDir, basePath).catch((error) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal Server Error');
      else response.destroy();
      console.error('serve: error while handling', request.url, error);
    });
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
 * @param {string} rootDir real path of the served folder
 * @param {string} basePath normalized base
 */
async function handle(request, response, rootDir, basePath) {
  response.setHeader('Access-Control-Allow-Origin', '*');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-cache');

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
    await sendNotFound(request, response, rootDir);
    return;
  }

  let relative;
  try {
    relative = decodeURIComponent(rawPath.slice(basePath.length));
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'Bad Request');
    return;
  }
  if (relative.includes('\0')) {
    send(response, 400, 'text/plain; charset=utf-8', 'Bad Request');
    return;
  }
  // Resolve inside the root; '..' segments that climb out (also encoded as %2e%2e or with backslashes)
  // end up outside rootDir and are refused below.
  const candidate = path.resolve(rootDir, `.${path.sep}${relative.replaceAll('\\', '/')}`);
  const file = await locate(candidate, rootDir);
  if (file === null) {
    await sendNotFound(request, response, rootDir);
    return;
  }
  if (file.kind === 'directory') {
    if (!rawPath.endsWith('/')) {
      // Collapse leading slashes so `//host/dir` cannot become a protocol-relative redirect to another host.
      redirect(response, `/${rawPath.replace(/^\/+/, '')}/${query}`);
      return;
    }
    const index = await locate(path.join(file.path, 'index.html'), rootDir);
    if (index === null || index.kind !== 'file') {
      await sendNotFound(request, response, rootDir);
      return;
    }
    await sendFile(request, response, 200, index.path, index.size);
    return;
  }
  await sendFile(request, response, 200, file.path, file.size);
}

/**
 * Stats a path if it lies inside rootDir (after resolving symlinks).
 *
 * @param {string} candidate
 * @param {string} rootDir
 * @returns {Promise<{ kind: 'file' | 'directory', path: string, size: number } | null>}
 */
async function locate(candidate, rootDir) {
  if (!isInside(candidate, rootDir)) return null;
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return null;
  }
  if (!isInside(real, rootDir)) return null;
  const info = await stat(real);
  if (info.isDirectory()) return { kind: 'directory', path: real, size: 0 };
  if (info.isFile()) return { kind: 'file', path: real, size: info.size };
  return null;
}

/** @param {string} target @param {string} rootDir */
function isInside(target, rootDir) {
  return target === rootDir || target.startsWith(rootDir + path.sep);
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} rootDir
 */
async function sendNotFound(request, response, rootDir) {
  const page = await locate(path.join(rootDir, '404.html'), rootDir);
  if (page !== null && page.kind === 'file') {
    await sendFile(request, response, 404, page.path, page.size);
  } else {
    send(response, 404, 'text/plain; charset=utf-8', 'Not Found');
  }
}

/**
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} filePath
 * @param {number} size
 */
function sendFile(request, response, status, filePath, size) {
  response.writeHead(status, { 'Content-Type': contentType(filePath), 'Content-Length': size });
  if (request.method === 'HEAD') {
    response.end();
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const stream = createReadStream(filePath);
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
