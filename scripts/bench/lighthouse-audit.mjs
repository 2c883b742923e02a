/**
 * Lighthouse 13 (mobile) on pages of the served site, with the local Chromium launched by chrome-launcher with
 * the project's flags. Settings: `formFactor: 'mobile'`, the mobile screen emulation (412×823, DPR 1.75),
 * `throttlingMethod: 'simulate'` with Lighthouse's default mobile throttling (slow 4G, 4× CPU slowdown),
 * categories Performance, Accessibility, Best Practices and SEO. One Chromium serves all runs, sequentially.
 *
 * For a category under 100, the audits that cost points are listed: audits of the category with weight > 0
 * and a score < 1, and for Performance also the insight/opportunity audits (`metricSavings`) scoring < 1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.mjs';

/** Lighthouse category ids in report order, with their short names. */
export const CATEGORIES = Object.freeze(
  /** @type {const} */ ([
    ['performance', 'perf'],
    ['accessibility', 'a11y'],
    ['best-practices', 'bestPractices'],
    ['seo', 'seo'],
  ]),
);

/**
 * @typedef {{ id: string, title: string, category: string, score: number | null, displayValue?: string, items?: string[] }} FailingAudit
 * @typedef {{
 *   perf: number | null, a11y: number | null, bestPractices: number | null, seo: number | null,
 *   lcpMs: number | null, tbtMs: number | null, cls: number | null, fcpMs: number | null, speedIndexMs: number | null,
 *   failingAudits: FailingAudit[], layoutShifts: string[], benchmarkIndex: number | null, perfRuns?: number[],
 *   runtimeError?: string, warnings: string[]
 * }} LighthouseResult
 */

/**
 * Runs Lighthouse on each URL in turn.
 *
 * @param {string[]} urls
 * @param {(url: string, index: number) => void} [onStart] progress callback
 * @param {string | null} [reportFolder] when set, each full report is saved there as `<page>.report.json`
 * @param {number} [runs] runs per page; with more than one, the run Lighthouse's `computeMedianRun` picks
 *   (closest to the median FCP and TTI) is reported, as Lighthouse recommends for variable machines
 * @returns {Promise<{ results: Map<string, LighthouseResult>, lighthouseVersion: string }>}
 * @example const { results } = await runLighthouse(['http://127.0.0.1:4321/']); results.get('http://127.0.0.1:4321/')?.perf // 100
 */
export async function runLighthouse(urls, onStart, reportFolder = null, runs = 1) {
  const { default: lighthouse } = await import('lighthouse');
  const constants = await import('lighthouse/core/config/constants.js');
  const chromeLauncher = await import('chrome-launcher');
  const { computeMedianRun } = await import('lighthouse/core/lib/median-run.js');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_FLAGS], logLevel: 'silent' });
  // Do not leave the browser behind if the run is interrupted.
  const kill = () => {
    try {
      chrome.kill();
    } catch {
      // already gone
    }
  };
  process.once('exit', kill);
  /** @type {Map<string, LighthouseResult>} */
  const results = new Map();
  let lighthouseVersion = '';
  try {
    for (const [index, url] of urls.entries()) {
      onStart?.(url, index);
      try {
        /** @type {import('lighthouse').Result[]} */
        const lhrs = [];
        for (let attempt = 0; attempt < runs; attempt += 1) {
          const run = await lighthouse(url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: CATEGORIES.map(([id]) => id),
            formFactor: 'mobile',
            screenEmulation: constants.screenEmulationMetrics.mobile,
            throttlingMethod: 'simulate',
            throttling: constants.throttling.mobileSlow4G,
          });
          if (!run) throw new Error('Lighthouse returned no result');
          lhrs.push(run.lhr);
        }
        let lhr = /** @type {import('lighthouse').Result} */ (lhrs[0]);
        if (lhrs.length > 1) {
          try {
            lhr = computeMedianRun(lhrs);
          } catch {
            lhr = /** @type {import('lighthouse').Result} */ ([...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0))[Math.floor(lhrs.length / 2)]);
          }
        }
        lighthouseVersion = lhr.lighthouseVersion;
        if (reportFolder) {
          await mkdir(reportFolder, { recursive: true });
          const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/[^\w.-]+/g, '_') || 'index';
          await writeFile(path.join(reportFolder, `${name}.report.json`), JSON.stringify(lhr));
        }
        const summary = summarize(lhr);
        if (lhrs.length > 1) summary.perfRuns = lhrs.map((item) => Math.round((item.categories.performance?.score ?? NaN) * 100));
        results.set(url, summary);
      } catch (error) {
        results.set(url, emptyResult(error instanceof Error ? error.message : String(error)));
      }
    }
  } finally {
    process.off('exit', kill);
    await chrome.kill();
  }
  return { results, lighthouseVersion };
}

/**
 * @param {string} message
 * @returns {LighthouseResult}
 */
function emptyResult(message) {
  return { perf: null, a11y: null, bestPractices: null, seo: null, lcpMs: null, tbtMs: null, cls: null, fcpMs: null, speedIndexMs: null, failingAudits: [], layoutShifts: [], benchmarkIndex: null, runtimeError: message, warnings: [] };
}

/**
 * The figures of one Lighthouse result (scores 0–100).
 *
 * @param {import('lighthouse').Result} lhr
 * @returns {LighthouseResult}
 */
export function summarize(lhr) {
  /** @param {string} id */
  const score = (id) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  /** @param {string} id */
  const numeric = (id) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? value : null;
  };
  /** @type {FailingAudit[]} */
  const failingAudits = [];
  for (const [categoryId] of CATEGORIES) {
    const category = lhr.categories[categoryId];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const counts = ref.weight > 0 || (categoryId === 'performance' && audit.scoreDisplayMode === 'metricSavings');
      if (!counts) continue;
      const items = describeItems(audit.details);
      failingAudits.push({
        id: audit.id,
        title: audit.title,
        category: categoryId,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        ...(items.length > 0 ? { items } : {}),
      });
    }
  }
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    speedIndexMs: numeric('speed-index'),
    failingAudits,
    layoutShifts: describeItems(lhr.audits['layout-shifts']?.details),
    benchmarkIndex: typeof lhr.environment?.benchmarkIndex === 'number' ? Math.round(lhr.environment.benchmarkIndex) : null,
    ...(lhr.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
  };
}

/**
 * Short descriptions of the first rows of an audit's details (a resource URL, an element's selector or label,
 * a row label), with the row's score, size or time when it has one; nested lists are flattened.
 *
 * @param {unknown} details
 * @param {number} [limit]
 * @returns {string[]}
 * @example describeItems({ type: 'table', items: [{ url: 'http://x/_astro/a.css', wastedMs: 300 }] }) // ['http://x/_astro/a.css (300 ms)']
 */
export function describeItems(details, limit = 4) {
  /** @type {string[]} */
  const out = [];
  /** @param {any} node */
  const visit = (node) => {
    if (!node || typeof node !== 'object' || out.length >= limit) return;
    if (Array.isArray(node.items)) {
      for (const item of node.items) {
        if (out.length >= limit) break;
        if (item && typeof item === 'object' && Array.isArray(item.items)) {
          visit(item);
          continue;
        }
        const text = describeRow(item);
        if (text) out.push(text);
      }
    }
  };
  visit(details);
  return out;
}

/** @param {any} row */
function describeRow(row) {
  if (!row || typeof row !== 'object') return null;
  const node = row.node && typeof row.node === 'object' ? row.node : null;
  const what =
    (typeof row.url === 'string' && row.url) ||
    (node && (node.selector || node.nodeLabel || node.snippet)) ||
    (typeof row.label === 'string' && row.label) ||
    (typeof row.groupLabel === 'string' && row.groupLabel) ||
    (typeof row.source === 'object' && row.source?.url) ||
    (typeof row.description === 'string' && row.description) ||
    null;
  if (!what) return null;
  /** @type {string[]} */
  const extras = [];
  if (typeof row.score === 'number') extras.push(`score ${row.score.toFixed(4)}`);
  if (typeof row.wastedMs === 'number') extras.push(`${Math.round(row.wastedMs)} ms`);
  if (typeof row.duration === 'number') extras.push(`${Math.round(row.duration)} ms`);
  if (typeof row.wastedBytes === 'number') extras.push(`${(row.wastedBytes / 1000).toFixed(1)} KB wasted`);
  if (typeof row.transferSize === 'number') extras.push(`${(row.transferSize / 1000).toFixed(1)} KB`);
  if (Array.isArray(row.subItems?.items) && row.subItems.items.length > 0) {
    const causes = row.subItems.items.map((/** @type {any} */ sub) => sub.cause || sub.extra?.value || sub.url).filter(Boolean);
    if (causes.length > 0) extras.push(`causes: ${causes.slice(0, 3).join(', ')}`);
  }
  return extras.length > 0 ? `${what} (${extras.join(', ')})` : String(what);
}
