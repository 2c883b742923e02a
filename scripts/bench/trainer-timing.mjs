/**
 * Time of the toy-world trainers of `src/math/trainers` in Node: for each trainer, one step and one default full
 * run (the trainer created from the default world's data, then all its default steps), so that widgets that
 * train know how many steps fit in a frame and how long their default run takes.
 *
 * The data are the defaults a widget starts from: `createWorld()` (8 prompts × 4 responses, seed 42), 200
 * comparisons from `drawPreferences(world)`, 10 demonstrations per prompt from `drawDemonstrations(world)`.
 * `src/math/index.ts` is bundled with esbuild (as compute-timing.mjs does for the registry); without esbuild,
 * Node's type stripping imports it directly.
 *
 * Per trainer: one step timed as batches of 10 calls `step(trainer, state)` from a state halfway through a run (the
 * step functions are pure, so the same state can be stepped again), until 100 batches or 300 ms; the full run
 * timed once cold, then 3 warm-up runs, then runs until 15 samples or 1.5 s. Medians and p95.
 *
 * Times are the process's CPU time (`process.cpuUsage()`, user + system), not wall time: on a machine shared with
 * other jobs the wall time mostly measures the wait for a core (a 10 ms run can take 200 ms of wall time at a load
 * of 25 on 2 cores), while the CPU time is what the run costs, i.e. its wall time on an idle core. The wall-time
 * median of the runs is reported too.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { median, quantile } from './statistics.mjs';

/**
 * @typedef {{
 *   id: string, description: string, steps: number | null,
 *   stepMedianUs: number | null, stepP95Us: number | null, stepsPer8Ms: number | null,
 *   runColdMs: number, runMedianMs: number, runP95Ms: number, runWallMedianMs: number, runs: number, error?: string
 * }} TrainerTiming
 */

/**
 * Imports the math package (bundled by esbuild when available).
 *
 * @param {string} projectRoot
 * @returns {Promise<{ math: any, cleanup: () => Promise<void> }>}
 */
async function loadMath(projectRoot) {
  const entry = path.join(projectRoot, 'src/math/index.ts');
  /** @type {typeof import('esbuild') | null} */
  let esbuild = null;
  try {
    esbuild = await import('esbuild');
  } catch {
    esbuild = null;
  }
  if (esbuild === null) return { math: await import(pathToFileURL(entry).href), cleanup: async () => undefined };
  const folder = await mkdtemp(path.join(os.tmpdir(), 'po-bench-math-'));
  const outfile = path.join(folder, 'math.mjs');
  await esbuild.build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node22', outfile, logLevel: 'error', absWorkingDir: projectRoot });
  return { math: await import(pathToFileURL(outfile).href), cleanup: () => rm(folder, { recursive: true, force: true }) };
}

/**
 * The trainers and closed forms a widget runs, on the default data. `create` builds the fixed problem;
 * `initial`/`step`/`steps` describe a step-function run; closed forms have only `run`.
 *
 * @param {any} m the math package
 * @returns {Array<{ id: string, description: string, run: () => unknown, step?: { fn: (t: any, s: any) => any, trainer: any, state: any }, steps: number | null }>}
 */
function cases(m) {
  const world = m.createWorld();
  const prefs = m.drawPreferences(world);
  const counts = m.demonstrationCounts(world, m.drawDemonstrations(world));
  /** @param {string} id @param {string} description @param {() => any} create @param {(t: any) => any} initial @param {(t: any, s: any) => any} fn */
  const trainer = (id, description, create, initial, fn) => {
    const t = create();
    const half = m.runSteps(fn, t, initial(t), Math.floor(t.steps / 2));
    return {
      id,
      description: `${description}, ${t.steps} steps`,
      run: () => {
        const fresh = create();
        return m.runSteps(fn, fresh, initial(fresh), fresh.steps);
      },
      step: { fn, trainer: t, state: half },
      steps: t.steps,
    };
  };
  const dpo = (/** @type {object} */ options) => () => m.createTabularDpoTrainer(world, prefs, options);
  return [
    {
      id: 'world-and-data',
      description: 'createWorld() + 200 comparisons + 80 demonstrations',
      run: () => {
        const w = m.createWorld();
        return [m.drawPreferences(w), m.drawDemonstrations(w)];
      },
      steps: null,
    },
    trainer('reward-model', 'linear Bradley–Terry, batch 16, 20 % validation, 10 epochs', () => m.createRewardModelTrainer(world, prefs), m.rewardModelInitialState, m.rewardModelStep),
    trainer('sft-steps', 'tabular SFT by gradient descent', () => m.createSftTrainer(counts), m.sftInitialState, m.sftStep),
    { id: 'sft-closed-form', description: 'sftMaximumLikelihood (empirical frequencies)', run: () => m.sftMaximumLikelihood(counts), steps: null },
    trainer('dpo-sigmoid', 'tabular DPO, β 0.1, full batch', dpo({}), m.tabularDpoInitialState, m.tabularDpoStep),
    trainer('dpo-sigmoid-minibatch', 'tabular DPO, β 0.1, batch 16', dpo({ batchSize: 16 }), m.tabularDpoInitialState, m.tabularDpoStep),
    trainer('dpo-ipo', 'tabular IPO, β 0.1, full batch', dpo({ variant: 'ipo' }), m.tabularDpoInitialState, m.tabularDpoStep),
    trainer('dpo-unweighted', 'tabular unweighted DPO, β 0.1, full batch', dpo({ variant: 'unweighted' }), m.tabularDpoInitialState, m.tabularDpoStep),
    {
      id: 'linear-bt-map',
      description: 'linear Bradley–Terry MAP by Newton (fitLinearBradleyTerryMap, the fit of the proxy-reward and noisy-preferences widgets)',
      run: () => m.fitLinearBradleyTerryMap(m.comparisonDifferences(world, prefs)),
      steps: null,
    },
    {
      id: 'kl-optimal-policy',
      description: 'tabular Bradley–Terry MLE (MM) + optimalPolicy per prompt, β 0.1',
      run: () => m.tabularOptimalPolicy(m.uniformPolicy(world), m.fitTabularBradleyTerry(world, prefs).rewards, 0.1),
      steps: null,
    },
    trainer('feedback-loop', 'feedback rounds: 50 pairs from the policy, refit, KL-optimal policy at β 0.5', () => m.createFeedbackLoop(world), m.feedbackLoopInitialState, m.feedbackLoopStep),
  ];
}

/**
 * CPU and wall time of one call.
 *
 * @param {() => unknown} fn
 * @returns {{ cpuMs: number, wallMs: number }}
 */
function time(fn) {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  fn();
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs: Number(process.hrtime.bigint() - wall) / 1e6 };
}

/**
 * Times every trainer.
 *
 * @param {string} projectRoot
 * @returns {Promise<TrainerTiming[]>}
 * @example (await measureTrainers(process.cwd())).find((t) => t.id === 'dpo-sigmoid') // { runMedianMs: 9.1, … }
 */
export async function measureTrainers(projectRoot) {
  const { math, cleanup } = await loadMath(projectRoot);
  try {
    return cases(math).map((item) => {
      try {
        const runColdMs = time(item.run).cpuMs;
        for (let i = 0; i < 3; i += 1) item.run();
        /** @type {{ cpuMs: number, wallMs: number }[]} */
        const runs = [];
        const runDeadline = performance.now() + 1500;
        while (runs.length < 15 && (runs.length < 3 || performance.now() < runDeadline)) runs.push(time(item.run));
        /** @type {number[]} */
        const steps = [];
        if (item.step) {
          const { fn, trainer, state } = item.step;
          const batch = () => {
            for (let i = 0; i < 10; i += 1) fn(trainer, state);
          };
          const stepDeadline = performance.now() + 300;
          while (steps.length < 100 && (steps.length < 10 || performance.now() < stepDeadline)) steps.push(time(batch).cpuMs * 100);
        }
        const stepMedianUs = steps.length > 0 ? median(steps) : null;
        return {
          id: item.id,
          description: item.description,
          steps: item.steps,
          stepMedianUs,
          stepP95Us: steps.length > 0 ? quantile(steps, 0.95) : null,
          stepsPer8Ms: stepMedianUs === null ? null : Math.max(1, Math.floor(8000 / stepMedianUs)),
          runColdMs,
          runMedianMs: median(runs.map((r) => r.cpuMs)),
          runP95Ms: quantile(runs.map((r) => r.cpuMs), 0.95),
          runWallMedianMs: median(runs.map((r) => r.wallMs)),
          runs: runs.length,
        };
      } catch (error) {
        return {
          id: item.id, description: item.description, steps: item.steps, stepMedianUs: null, stepP95Us: null, stepsPer8Ms: null,
          runColdMs: NaN, runMedianMs: NaN, runP95Ms: NaN, runWallMedianMs: NaN, runs: 0, error: error instanceof Error ? error.message : String(error),
        };
      }
    });
  } finally {
    await cleanup();
  }
}
