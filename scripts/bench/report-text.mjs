/**
 * The readable report of a benchmark run: the page table, the widget table, the build time, the budget count
 * and the failures with what the measurements say about their cause (biggest scripts, Lighthouse audits that
 * cost points, elements that shifted).
 */
import { formatTable } from './text-table.mjs';
import { BUDGETS } from './budgets.mjs';

/** @param {number | null | undefined} bytes */
const kb = (bytes) => (bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '–' : (bytes / 1000).toFixed(1));
/** @param {number | null | undefined} value @param {number} [decimals] */
const num = (value, decimals = 0) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(decimals);

/**
 * @param {import('./budgets.mjs').Figure} item
 * @returns {string}
 */
export function formatFigureValue(item) {
  if (item.value === null) return 'n/a';
  if (item.unit === 'bytes') return `${kb(item.value)} KB`;
  if (item.unit === 'ms' && item.value >= 10_000) return `${(item.value / 1000).toFixed(1)} s`;
  if (item.unit === 'ms') return `${item.value.toFixed(2)} ms`;
  if (item.unit === 'µs') return `${item.value.toFixed(1)} µs`;
  if (item.unit === 'score') return item.value.toFixed(0);
  if (item.unit === 'cls') return item.value.toFixed(4);
  return `${item.value} ${item.unit}`;
}

/**
 * The trainer table: one step and one default run per toy-world trainer, in Node.
 *
 * @param {import('../bench.mjs').BenchResult} result
 * @param {Map<string, string[]>} failedBy
 * @returns {string[]}
 */
export function formatTrainers(result, failedBy) {
  const trainers = result.trainers ?? [];
  if (trainers.length === 0) return [];
  return [
    '',
    'Trainers (src/math/trainers in Node, default world and data; CPU time of the process, so a busy machine does not inflate it; budget: run ≤ 100 ms)',
    formatTable(
      ['trainer', 'what', 'steps', 'step µs', 'step p95 µs', 'steps per 8 ms', 'run ms', 'run p95 ms', 'cold run ms', 'run wall ms', 'pass?'],
      trainers.map((t) => {
        const failed = failedBy.get(`trainer ${t.id}`);
        return [
          t.id,
          t.error ? `error: ${t.error}` : t.description,
          t.steps === null ? '–' : String(t.steps),
          num(t.stepMedianUs, 1),
          num(t.stepP95Us, 1),
          t.stepsPer8Ms === null ? '–' : String(t.stepsPer8Ms),
          num(t.runMedianMs, 2),
          num(t.runP95Ms, 2),
          num(t.runColdMs, 2),
          num(t.runWallMedianMs, 2),
          failed ? `no: ${failed.join(', ')}` : 'yes',
        ];
      }),
    ),
  ];
}

/**
 * Formats the whole report.
 *
 * @param {import('../bench.mjs').BenchResult} result
 * @returns {string}
 */
export function formatReport(result) {
  const out = [];
  const failedBy = new Map();
  for (const item of result.figures) {
    if (item.pass !== false) continue;
    failedBy.set(item.subject, [...(failedBy.get(item.subject) ?? []), item.metric]);
  }

  if (result.options.trainersOnly) {
    out.push(...formatTrainers(result, failedBy));
    out.push('', `Machine: Node ${result.machine.node}, ${result.machine.cpus} CPUs (${result.machine.cpuModel}); load ${result.machine.loadAverage ?? '?'}`);
    if (String(result.machine.busy ?? '').startsWith('yes')) out.push('  WARNING: the machine was busy (1-min load above the CPU count) when the run started: timings are noisy.');
    out.push('', `Budgets: ${result.budgets.passed} of ${result.budgets.checked} pass (trainers only)`);
    for (const key of result.budgets.failures) out.push(`  FAIL ${key}`);
    return out.join('\n');
  }

  out.push(`Pages (JS = gzip level 9 of script bodies + inline scripts; 1 KB = 1000 bytes; viewport 412×823 mobile)`);
  const pageRows = result.pages.map((page) => {
    const w = page.weight;
    const lh = page.lighthouse;
    const cls = Math.max(w?.layoutShift.cls ?? 0, lh?.cls ?? 0);
    const failed = failedBy.get(page.subject);
    return [
      page.subject,
      String(w?.widgets.length ?? '–'),
      kb(w?.loaderOnly.gzip),
      kb(w?.initial.gzip),
      kb(w?.all.gzip),
      kb(w?.transfer.all),
      num(lh?.perf),
      num(lh?.a11y),
      num(lh?.bestPractices),
      num(lh?.seo),
      num(lh?.lcpMs),
      num(lh?.tbtMs),
      w || lh ? cls.toFixed(3) : '–',
      failed ? `no: ${failed.join(', ')}` : 'yes',
    ];
  });
  out.push(
    formatTable(
      ['page', 'widgets', 'loader JS KB', 'initial JS KB', 'all JS KB', 'transfer KB', 'Perf', 'A11y', 'BP', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'pass?'],
      pageRows,
    ),
  );
  const tbtByKind = new Map();
  for (const page of result.pages) {
    if (typeof page.lighthouse?.tbtMs === 'number') tbtByKind.set(page.kind, [...(tbtByKind.get(page.kind) ?? []), page.lighthouse.tbtMs]);
  }
  if (tbtByKind.size > 0) {
    out.push(`TBT by page type (Lighthouse, max over the pages of that type; budget: at most Starlight's in the same run of ../shared/peers): ${[...tbtByKind].map(([kind, values]) => `${kind} ${num(Math.max(...values))} ms`).join(', ')}`);
  }
  out.push(
    [
      'loader JS = scripts requested while widget upgrades are held back (before any widget is near the viewport; budget ≤ 3 KB);',
      'initial JS = after load without scrolling (includes a widget in the first screen + 600 px); all JS = every widget',
      'scrolled into view and upgraded (budget ≤ 90 KB); transfer = all responses, gzip-9 when compressible, with widgets loaded;',
      'CLS = max(observed from load through every widget upgrade, Lighthouse). Lighthouse: mobile, simulated throttling' +
        (result.options.quick ? ' — skipped (--quick).' : '; "–" = not run on this page.'),
    ].join('\n'),
  );

  out.push('', 'Widgets (control-to-repaint in embed/<id>/ and in the first section page holding the widget: main-thread time from the input event to the painted frame; default computation = fallback(defaults) in Node)');
  out.push(
    formatTable(
      ['widget', 'control', 'median ms', 'p95 ms', 'update ms', 'wall median ms', 'section page', 'section median ms', 'section p95 ms', 'default computation µs', 'pass?'],
      result.widgets.map((widget) => {
        const failed = failedBy.get(widget.subject);
        const r = widget.repaint;
        const section = widget.sectionRepaint ?? null;
        return [
          widget.id,
          r ? `${r.control}${r.effective ? '' : ' (no visible effect!)'}` : '–',
          num(r?.median, 2),
          num(r?.p95, 2),
          num(r?.updateMedian, 2),
          num(r?.wallMedian, 2),
          widget.sectionPath ? `/${widget.sectionPath}` : '–',
          num(section?.median, 2),
          num(section?.p95, 2),
          num(widget.compute?.medianUs, 1),
          failed ? `no: ${failed.join(', ')}` : 'yes',
        ];
      }),
    ),
  );

  const pressed = result.widgets.filter((widget) => widget.keypress || widget.sectionKeypress);
  if (pressed.length > 0) {
    out.push('', 'Key presses (real ArrowRight on the first slider, keydown → painted frame incl. the wait for vsync, as ../shared/peers measures; budget p90 < 25 ms)');
    /** @param {{ paintMedian: number, paintP90: number, drawMedian: number, valid: number, error?: string } | null | undefined} timing */
    const cells = (timing) => (timing?.error ? [timing.error.slice(0, 40), '–', '–'] : [num(timing?.paintMedian, 2), num(timing?.paintP90, 2), num(timing?.drawMedian, 2)]);
    out.push(
      formatTable(
        ['widget', 'embed median ms', 'embed p90 ms', 'embed draw ms', 'section page', 'section median ms', 'section p90 ms', 'section draw ms'],
        pressed.map((widget) => [widget.id, ...cells(widget.keypress), widget.sectionPath ? `/${widget.sectionPath}` : '–', ...cells(widget.sectionKeypress)]),
      ),
    );
  }

  const bundle = result.bundle;
  const bundlePass = [...failedBy.keys()].some((subject) => subject.startsWith('widgets.js')) ? 'FAIL' : 'pass';
  // A --trainers-only run has no bundle field at all.
  if (bundle !== undefined) out.push(
    '',
    bundle
      ? `Embedding bundle: widgets.js ${kb(bundle.entry.gzip)} KB gzip (budget ≤ 3 KB); with one widget ${bundle.perWidget.map((w) => `${w.id} ${kb(w.gzip)} KB`).join(', ')} (budget ≤ ${(BUDGETS.bundleWidgetJs.limit / 1000).toFixed(0)} KB); ` +
        `all ${bundle.files.length} files ${kb(bundle.raw)} KB raw, ${kb(bundle.gzip)} KB gzip ${bundlePass}`
      : `Embedding bundle: not measured${result.bundleError ? ` (${result.bundleError})` : ''} FAIL`,
  );

  out.push(...formatTrainers(result, failedBy));

  const build = result.build;
  out.push(
    'median/p95 = main-thread time from the input event to the painted frame (update + the frame\'s rAF/style/layout/paint);',
    'update = event → Lit update → chart.update(\'none\') (synchronous part); wall = to the painted frame including the wait for vsync.',
  );
  out.push(
    '',
    build.skipped
      ? 'Build: not run (--no-build); dist/ reused.'
      : `Build: ${(build.ms / 1000).toFixed(1)} s (npm run build, budget ≤ 60 s) ${build.ms <= 60_000 ? 'pass' : 'FAIL'}`,
  );

  if (build.changedDuringRun) {
    out.push('WARNING: the build output changed during the run (another process rebuilt it): figures may mix two builds; rerun, or use --dist <private folder>.');
  }
  out.push(`Machine: Node ${result.machine.node}, Chromium ${result.machine.chromium}, ${result.machine.cpus} CPUs (${result.machine.cpuModel}); load ${result.machine.loadAverage ?? '?'}; Lighthouse benchmarkIndex ${result.machine.lighthouseBenchmarkIndex ?? 'n/a'}`);
  if (String(result.machine.busy ?? '').startsWith('yes')) {
    out.push('  WARNING: the machine was busy (1-min load above the CPU count) when the run started: timings are noisy.');
  }
  const { checked, passed, failures } = result.budgets;
  out.push('', `Budgets: ${passed} of ${checked} pass${result.options.quick ? ' (Lighthouse budgets not checked: --quick)' : ''}`);
  for (const key of failures) {
    const item = result.figures.find((candidate) => candidate.key === key);
    if (!item) continue;
    out.push(`  FAIL ${item.subject} · ${item.metric} = ${formatFigureValue(item)} (budget: ${item.budget?.text})`);
    for (const line of diagnose(result, item)) out.push(`       ${line}`);
  }
  const mismatches = result.pages.flatMap((page) =>
    (page.weight?.heights ?? [])
      .filter((height) => height.fallback !== height.upgraded)
      .map((height) => `${page.subject}: po-${height.id} is ${height.fallback} px tall as fallback, ${height.upgraded} px upgraded`),
  );
  if (mismatches.length > 0) {
    out.push('', 'Widget block size changes on upgrade (a layout shift whenever the upgrade happens on screen):');
    for (const line of mismatches) out.push(`  ${line}`);
  }
  const problems = result.pages.flatMap((page) => (page.weight?.problems ?? []).map((problem) => `${page.subject}: ${problem}`));
  if (problems.length > 0) {
    out.push('', 'Problems seen while measuring:');
    for (const problem of [...new Set(problems)].slice(0, 30)) out.push(`  ${problem}`);
  }
  return out.join('\n');
}

/**
 * What the measurements say about a failing figure.
 *
 * @param {import('../bench.mjs').BenchResult} result
 * @param {import('./budgets.mjs').Figure} item
 * @returns {string[]}
 */
export function diagnose(result, item) {
  const page = result.pages.find((candidate) => candidate.subject === item.subject);
  const widget = result.widgets.find((candidate) => candidate.subject === item.subject);
  if (item.note) return [item.note];
  if (page && (item.metric === 'loaderJs' || item.metric === 'allJs')) {
    const scripts = item.metric === 'loaderJs' ? page.weight?.loaderOnly.scripts : page.weight?.all.scripts;
    const lines = [...(scripts ?? [])]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 5)
      .map((script) => `${kb(script.gzip)} KB gzip (${kb(script.raw)} KB raw) ${script.url}${script.lazy ? ' [lazy]' : ''}`);
    const inline = item.metric === 'loaderJs' ? page.weight?.loaderOnly.inlineGzip : page.weight?.all.inlineGzip;
    if (inline) lines.push(`${kb(inline)} KB gzip of inline <script>`);
    if (item.metric === 'loaderJs' && page.weight && !page.weight.loaderOnly.held) {
      lines.push('widgets upgraded although IntersectionObserver reports were held back: something imports them eagerly');
    }
    return lines;
  }
  if (page && ['perf', 'a11y', 'bestPractices', 'seo'].includes(item.metric)) {
    const lh = page.lighthouse;
    if (!lh) return ['Lighthouse did not run'];
    if (lh.runtimeError) return [`Lighthouse error: ${lh.runtimeError}`];
    const category = { perf: 'performance', a11y: 'accessibility', bestPractices: 'best-practices', seo: 'seo' }[item.metric];
    const audits = lh.failingAudits.filter((audit) => audit.category === category);
    const lines = audits.flatMap((audit) => [
      `${audit.id}: ${audit.title} (score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`,
      ...(audit.items ?? []).map((text) => `    ${text}`),
    ]);
    if (item.metric === 'perf') {
      lines.unshift(
        `LCP ${num(lh.lcpMs)} ms, TBT ${num(lh.tbtMs)} ms, FCP ${num(lh.fcpMs)} ms, SI ${num(lh.speedIndexMs)} ms, CLS ${num(lh.cls, 4)}; benchmarkIndex ${lh.benchmarkIndex ?? '?'}${lh.perfRuns ? `; scores of the runs: ${lh.perfRuns.join(', ')}` : ''}`,
      );
    }
    return lines;
  }
  if (page && item.metric === 'cls') {
    const shifts = page.weight?.layoutShift.shifts ?? [];
    const lines = shifts
      .slice(0, 6)
      .map((shift) => `observed shift ${shift.value.toFixed(4)} at ${shift.startTime.toFixed(0)} ms after navigation: moved ${[...new Set(shift.sources.filter(Boolean))].join(', ') || '(no source)'}`);
    for (const height of page.weight?.heights ?? []) {
      if (height.fallback !== height.upgraded) lines.push(`po-${height.id}: block size ${height.fallback} px as fallback → ${height.upgraded} px upgraded (412 px wide viewport)`);
    }
    if (page.lighthouse?.cls) {
      lines.push(`Lighthouse CLS ${page.lighthouse.cls.toFixed(4)} (page load without scrolling); shifted: ${page.lighthouse.layoutShifts.join('; ') || '(no details)'}`);
    }
    return lines;
  }
  if (widget && item.metric === 'repaintMedian') {
    const r = widget.repaint;
    if (r?.error) return [`measurement failed: ${r.error}`];
    if (!r) return [];
    const lines = [
      `update (event → chart.update) median ${num(r.updateMedian, 2)} ms, p95 ${num(r.p95, 2)} ms, max ${num(r.max, 2)} ms, wall median ${num(r.wallMedian, 2)} ms; default computation in Node ${num(widget.compute?.medianUs, 1)} µs`,
    ];
    const profile = widget.profile;
    if (profile) {
      const perChange = profile.changes > 0 ? profile.busyMs / profile.changes : NaN;
      lines.push(`CPU profile of ${profile.changes} changes: ${num(perChange, 2)} ms busy per change; by script: ${profile.scripts.slice(0, 5).map((spot) => `${spot.name} ${(spot.share * 100).toFixed(0)} %`).join(', ')}`);
      lines.push(`hottest functions: ${profile.functions.slice(0, 5).map((spot) => `${spot.name} ${(spot.share * 100).toFixed(0)} %`).join('; ')}`);
    } else if (widget.profileError) {
      lines.push(`profiling failed: ${widget.profileError}`);
    }
    return lines;
  }
  if (item.metric === 'buildMs' && !result.build.ok) return ['the build failed'];
  return [];
}
