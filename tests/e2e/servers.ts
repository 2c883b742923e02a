/**
 * Local servers for the browser tests: the built site (DIST_DIR under BASE_PATH, on a random port) and, for
 * embedding tests, a second server on another port — another origin — serving hand-written host pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { startServer } from '../../scripts/serve.mjs';
import { assertBuilt, basePath, distDir } from '../build/site.ts';

export type RunningServer = Awaited<ReturnType<typeof startServer>>;

/** Serves the built site on a random port under its base path. */
export function startSiteServer(): Promise<RunningServer> {
  assertBuilt();
  return startServer({ root: distDir, base: basePath, port: 0 });
}

/**
 * Serves the given files (name → HTML) from a temporary folder at `/` on a random port.
 * `close()` also removes the folder.
 */
export async function startHostServer(files: Record<string, string>): Promise<RunningServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'po-host-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  const server = await startServer({ root: dir, base: '/', port: 0 });
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
