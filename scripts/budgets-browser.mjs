#!/usr/bin/env node
// @ts-check
// The browser budgets, checked by `npm test` (and so by CI) after the size budgets: the demo course
// page (dist/embed/contoh-intranet.html, the complete course) as a phone gets it, measured with the
// bench's own harness (scripts/bench-browser.mjs) so that CI and `npm run bench` mean the same.
//   - Lighthouse mobile accessibility 100, and CLS 0: deterministic, so every run must meet them.
//   - Lighthouse mobile performance 100.
//   - The 50 ms rule: taking the whole course by taps (scripts/bench-walk.mjs), no render of a
//     view and no answer's handling blocks the main thread over 50 ms under 4x CPU slowdown:
//     neither a task, nor a frame's task with the style, layout and paint that show its result.
// The last two are timings on a shared, noisy machine. A regression shows in every run; noise
// (another job taking the CPU for a moment) in one. So Lighthouse performance fails only when it
// is missed in each of up to RUNS runs, and the 50 ms rule only when the same tap is over it in
// each of up to WALKS walks (overInEveryWalk: a walk is 150 or so taps, and noise puts a
// different one over in each); the line says how many it took. Each line prints the figure
// beside its budget, as scripts/budgets.mjs does. BLOCKING_RULE_GATED false prints the rule as
// "not met" without failing (as it was until view changes ran in tasks of their own: see
// RendersInNewTask in src/components/rendered.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lighthouse, runOnce, serve } from './bench-browser.mjs';
import { overInEveryWalk } from './bench-walk.mjs';
import { CHROME_ARGS, chromiumPath } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Tries of a timing budget before it counts as missed. */
const RUNS = 3;
/**
 * Tries of the 50 ms rule. A walk is 150 or so taps, each a chance for the machine to stall for
 * a moment, while a regression puts the same tap over in every walk.
 */
const WALKS = 5;
const BLOCKING_BUDGET_MS = 50;
/** Whether the 50 ms rule fails the run (see above). */
const BLOCKING_RULE_GATED = true;
const COURSE_PAGE = '/embed/contoh-intranet.html';
const KINDS = /** @type {const} */ (['view', 'answer']);

/** @type {{ ok: boolean; gated: boolean; line: string }[]} */
const results = [];
/** @param {boolean} ok @param {string} figure @param {string} budget @param {string} what @param {boolean} [gated] */
const record = (ok, figure, budget, what, gated = true) =>
  results.push({ ok, gated, line: `  ${ok ? 'ok  ' : gated ? 'OVER' : 'not met'}  ${figure.padStart(9)} (budget ${budget})  ${what}` });
/** @param {number} n */
const tries = (n) => `${n} ${n === 1 ? 'run' : 'runs'}`;

// The page as learners get it: the embed bundle as built now.
const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
if (built.status !== 0) {
  console.log(`browser budgets: the embed build failed:\n${built.stdout}\n${built.stderr}`);
  console.log('budgets: 0 passed, 1 failed');
  process.exit(1);
}

const server = await serve();
const url = `${server.origin}${COURSE_PAGE}`;
try {
  // Lighthouse: accessibility and CLS in every run; performance in at least one of RUNS.
  /** @type {{ performance: number; accessibility: number; cls: number }[]} */
  const reports = [];
  /** @type {string[]} */
  const lighthouseErrors = [];
  for (let i = 1; i <= RUNS; i++) {
    const report = await lighthouse(url, 'budget-course', i);
    if (report && !report.runtimeError) reports.push(report);
    else lighthouseErrors.push(`run ${i}: ${report?.runtimeError ?? 'Lighthouse did not finish'}`);
    if (reports.some((r) => r.performance >= 100)) break;
  }
  if (reports.length === 0) {
    record(false, '-', 'a report', `Lighthouse on ${COURSE_PAGE}: ${lighthouseErrors.join('; ')}`);
  } else {
    const worstA11y = Math.min(...reports.map((r) => r.accessibility));
    record(worstA11y >= 100, String(worstA11y), '100', `Lighthouse mobile accessibility, ${COURSE_PAGE} (lowest of ${tries(reports.length)})`);
    const worstCls = Math.max(...reports.map((r) => r.cls));
    record(worstCls === 0, worstCls.toFixed(3), '0', `CLS (Lighthouse), ${COURSE_PAGE} (highest of ${tries(reports.length)})`);
    const bestPerf = Math.max(...reports.map((r) => r.performance));
    record(bestPerf >= 100, String(bestPerf), '100', `Lighthouse mobile performance, ${COURSE_PAGE} (best of ${tries(reports.length)}: ${reports.map((r) => r.performance).join(', ')})`);
  }

  // The 50 ms rule: the whole course by taps, until one walk keeps both kinds of tap within it.
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'netral-budgets-'));
  const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: CHROME_ARGS, userDataDir });
  /** @type {{ view: any; answer: any }[]} */
  const walks = [];
  /** @type {any[][]} */
  const walkSteps = [];
  /** @type {string[]} */
  const walkErrors = [];
  const met = () => KINDS.every((kind) => overInEveryWalk(walkSteps, kind, BLOCKING_BUDGET_MS).longestMs <= BLOCKING_BUDGET_MS);
  try {
    for (let i = 1; i <= WALKS; i++) {
      try {
        const run = /** @type {any} */ (await runOnce(browser, { name: 'course', url, kind: 'netral', quiz: false, walk: true }, [], undefined));
        walks.push(run.walk);
        walkSteps.push(run.walkSteps);
      } catch (error) {
        walkErrors.push(`walk ${i}: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (walkSteps.length && met()) break;
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  if (walks.length === 0) {
    // The course not finishing by taps is a failure whether or not the rule is gated.
    record(false, '-', 'a walk', `the 50 ms rule: the course could not be walked: ${walkErrors.join('; ')}`);
  } else {
    for (const kind of KINDS) {
      const rule = overInEveryWalk(walkSteps, kind, BLOCKING_BUDGET_MS);
      const what = kind === 'view' ? 'render of a view' : 'handling of an answer';
      const each = walks.map((w) => `${Math.round(w[kind].longestMs)}${w[kind].worst[0] ? ` (${w[kind].worst[0].replace(/^\d+ ms: /, '')})` : ''}`).join(', ');
      const over = rule.over.length ? `; over in every walk: ${rule.over.join('; ')}` : '';
      record(
        rule.longestMs <= BLOCKING_BUDGET_MS,
        `${Math.round(rule.longestMs)} ms`,
        `${BLOCKING_BUDGET_MS} ms`,
        `longest a ${what} blocked the main thread (a task, or a task with its frame's rendering), ${rule.taps} taps, 4x CPU slowdown, tap by tap the least of ${walks.length} ${walks.length === 1 ? 'walk' : 'walks'} (each walk's longest: ${each})${over}`,
        BLOCKING_RULE_GATED,
      );
    }
  }
} finally {
  await server.close();
}

const counted = results.filter((r) => r.gated);
const failed = counted.filter((r) => !r.ok).length;
const notMet = results.filter((r) => !r.gated && !r.ok).length;
console.log('Browser budgets (the complete course page under phone emulation)');
for (const r of results) console.log(r.line);
if (notMet) console.log(`${notMet} not met and not yet gated (the 50 ms rule; see scripts/budgets-browser.mjs)`);
console.log(`budgets: ${counted.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
