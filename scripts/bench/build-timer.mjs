/**
 * Times the full production build: `npm run build` (astro build, then the widgets.js library build in the
 * `astro:build:done` hook, plus whatever else the build script runs) with the default base — BASE_PATH is
 * removed from the environment — and the npm of the Node running the benchmark first on PATH.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

/**
 * @typedef {{ ms: number, ok: boolean, exitCode: number | null, outputTail: string }} BuildTiming
 */

/**
 * Runs the build and measures its wall-clock time.
 *
 * @param {string} projectRoot
 * @param {{ outDir?: string }} [options] `outDir` sets OUT_DIR (the config's output folder; default `dist`)
 * @returns {Promise<BuildTiming>}
 * @example const { ms, ok } = await timeBuild(process.cwd()); // ms ≈ 12000
 */
export function timeBuild(projectRoot, { outDir } = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` };
  delete env.BASE_PATH;
  if (outDir) env.OUT_DIR = outDir;
  else delete env.OUT_DIR;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('npm', ['run', 'build'], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    /** @param {Buffer} chunk */
    const keep = (chunk) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => {
      resolve({ ms: performance.now() - started, ok: false, exitCode: null, outputTail: String(error) });
    });
    child.on('close', (code) => {
      resolve({ ms: performance.now() - started, ok: code === 0, exitCode: code, outputTail: output.split('\n').slice(-40).join('\n') });
    });
  });
}
