/**
 * scripts/serve.mjs, the static server the browser tests and `npm start` use: base path, index files,
 * redirects, MIME types, CORS, the 404 page, and no way out of its folder.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { contentType, normalizeBase, startServer } from '../../scripts/serve.mjs';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET/HEAD with the path sent exactly as written (fetch would normalize `..`). */
function raw(port: number, rawPath: string, method = 'GET'): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let top: string;
let root: string;
let server: Awaited<ReturnType<typeof startServer>>;

beforeAll(async () => {
  top = mkdtempSync(path.join(tmpdir(), 'po-serve-'));
  root = path.join(top, 'site');
  mkdirSync(path.join(root, 'chapter-1', 'intro'), { recursive: true });
  mkdirSync(path.join(root, 'pagefind'), { recursive: true });
  writeFileSync(path.join(top, 'secret.txt'), 'SECRET');
  writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
  writeFileSync(path.join(root, '404.html'), '<p>not found page</p>');
  writeFileSync(path.join(root, 'chapter-1', 'intro', 'index.html'), '<p>intro</p>');
  writeFileSync(path.join(root, 'widgets.js'), 'export {};');
  writeFileSync(path.join(root, 'chunk.mjs'), 'export {};');
  writeFileSync(path.join(root, 'font.woff2'), 'wOF2');
  writeFileSync(path.join(root, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, 'data.json'), '{}');
  writeFileSync(path.join(root, 'm.wasm'), '\0asm');
  writeFileSync(path.join(root, 'pagefind', 'pagefind.en_1234.pf_meta'), 'x');
  writeFileSync(path.join(root, 'pagefind', 'index_1.pf_index'), 'x');
  writeFileSync(path.join(root, 'pagefind', 'fragment.pf_fragment'), 'x');
  symlinkSync(path.join(top, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startServer({ root, base: '/po-course/', port: 0 });
});

afterAll(async () => {
  await server?.close();
  rmSync(top, { recursive: true, force: true });
});

describe('normalizeBase(base)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['po-course', '/po-course/'],
    ['/po-course', '/po-course/'],
    ['/a/b/', '/a/b/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('contentType(fileName)', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['pagefind.en_1.pf_meta', 'application/octet-stream'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s → %s', (name, expected) => {
    expect(contentType(name)).toBe(expected);
  });
});

describe('startServer({ root, base, port: 0 })', () => {
  it('listens on a random port and reports its URL', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/po-course/`);
  });

  it('serves index.html for the base and for directories', async () => {
    const home = await raw(server.port, '/po-course/');
    expect([home.status, home.body, home.headers['content-type']]).toEqual([200, '<p>home</p>', 'text/html; charset=utf-8']);
    const intro = await raw(server.port, '/po-course/chapter-1/intro/?beta=0.2');
    expect([intro.status, intro.body]).toEqual([200, '<p>intro</p>']);
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await raw(server.port, '/po-course/chapter-1/intro?beta=0.2');
    expect([response.status, response.headers.location]).toEqual([301, '/po-course/chapter-1/intro/?beta=0.2']);
    const base = await raw(server.port, '/po-course');
    expect([base.status, base.headers.location]).toEqual([301, '/po-course/']);
  });

  it('never redirects to another host (//host/dir at base /)', async () => {
    const atRoot = await startServer({ root, base: '/', port: 0 });
    try {
      const response = await raw(atRoot.port, '//chapter-1');
      expect([response.status, response.headers.location]).toEqual([301, '/chapter-1/']);
    } finally {
      await atRoot.close();
    }
  });

  it.each([
    ['widgets.js', 'text/javascript; charset=utf-8'],
    ['chunk.mjs', 'text/javascript; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['data.json', 'application/json; charset=utf-8'],
    ['m.wasm', 'application/wasm'],
    ['pagefind/pagefind.en_1234.pf_meta', 'application/octet-stream'],
    ['pagefind/index_1.pf_index', 'application/octet-stream'],
    ['pagefind/fragment.pf_fragment', 'application/octet-stream'],
  ])('serves %s as %s with CORS', async (file, type) => {
    const response = await raw(server.port, `/po-course/${file}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(type);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers HEAD without a body', async () => {
    const response = await raw(server.port, '/po-course/widgets.js', 'HEAD');
    expect([response.status, response.body, response.headers['content-length']]).toEqual([200, '', '10']);
  });

  it.each(['/po-course/nope', '/po-course/chapter-1/nope/', '/', '/index.html', '/other/po-course/'])(
    '%s gets 404.html with status 404',
    async (missing) => {
      const response = await raw(server.port, missing);
      expect([response.status, response.body]).toEqual([404, '<p>not found page</p>']);
      expect(response.headers['access-control-allow-origin']).toBe('*');
    },
  );

  it.each([
    '/po-course/../secret.txt',
    '/po-course/%2e%2e/secret.txt',
    '/po-course/..%2fsecret.txt',
    '/po-course/..%5csecret.txt',
    '/po-course/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/po-course/chapter-1/../../../secret.txt',
    '/po-course/link.txt',
  ])('refuses path traversal: %s', async (attack) => {
    const response = await raw(server.port, attack);
    expect(response.body).not.toContain('SECRET');
    expect(response.status).toBe(404);
  });

  it.each(['/po-course/%E0%A4%A', '/po-course/%', '/po-course/chapter-1/%zz/', '/po-course/index.html%00.js'])(
    'answers malformed percent-encoding and NUL bytes (%s) with 404.html and status 404',
    async (bad) => {
      const response = await raw(server.port, bad);
      expect([response.status, response.body]).toEqual([404, '<p>not found page</p>']);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    },
  );

  it('answers a range request with the part asked for', async () => {
    const response = await new Promise<RawResponse>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/po-course/widgets.js', headers: { Range: 'bytes=0-5' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect([response.status, response.body]).toEqual([206, 'export']);
  });

  it('rejects other methods with 405', async () => {
    expect((await raw(server.port, '/po-course/', 'POST')).status).toBe(405);
  });
});

describe('node scripts/serve.mjs <dir> --base <base> --port 0', () => {
  it('prints the local URL and serves', async () => {
    const child = spawn(process.execPath, ['scripts/serve.mjs', root, '--base', '/rlhf/', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:\d+\/rlhf\//.exec(out);
          if (match) resolve(match[0]);
        });
        child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code}: ${out}`)));
      });
      const response = await raw(Number(new URL(url).port), '/rlhf/');
      expect([response.status, response.body]).toEqual([200, '<p>home</p>']);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
