#!/usr/bin/env node
// The whole test suite, in the order a failure is cheapest to find:
//   1. type check (tsc --noEmit)
//   2. the project's own content passes `netral check`, and what learners download fits the size
//      budgets (scripts/budgets.mjs)
//   3. Node unit tests (pure core, content pipeline, CLI) with node:test
//   4. browser tests (components, axe, keyboard) in real Chromium through @web/test-runner
//   5. browser budgets: Lighthouse accessibility and performance, CLS and the 50 ms rule on the
//      complete course page (scripts/budgets-browser.mjs)
// Every step runs even when an earlier one fails, so one run shows everything that is wrong.
// It ends with one plain line "N passed, N failed" (the totals of all steps) and exits non-zero
// on any failure. Set NETRAL_TEST_ONLY=node|browser to run one kind.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.env.NETRAL_TEST_ONLY;

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out.sort();
}

/** Runs a command, streaming its output, and resolves with its exit code and captured text. */
function run(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => { text += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { text += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, text }));
  });
}

/** Runs a budgets script, which ends with "budgets: N passed, N failed". */
async function budgets(script) {
  const r = await run(process.execPath, [script]);
  const m = /^budgets: (\d+) passed, (\d+) failed$/m.exec(r.text);
  // A crash that prints no summary still counts as a failure.
  return m ? { passed: Number(m[1]), failed: Number(m[2]) } : { passed: 0, failed: 1 };
}

const totals = { passed: 0, failed: 0 };
const failures = [];
const strip = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

async function step(name, fn) {
  console.log(`\n=== ${name} ===`);
  const { passed, failed } = await fn();
  totals.passed += passed;
  totals.failed += failed;
  if (failed > 0) failures.push(name);
}

if (!only) {
  await step('typecheck', async () => {
    const r = await run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit']);
    return r.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  });
  await step('netral check content', async () => {
    const r = await run(process.execPath, ['bin/netral.mjs', 'check', 'content']);
    return r.code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  });
  await step('size budgets', () => budgets('scripts/budgets.mjs'));
}

if (!only || only === 'node') {
  await step('node tests', async () => {
    const files = findTests(join(root, 'test/node'));
    if (files.length === 0) return { passed: 0, failed: 0 };
    const r = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
    const t = strip(r.text);
    const pass = Number(/^ℹ pass (\d+)/m.exec(t)?.[1] ?? 0);
    const fail = Number(/^ℹ fail (\d+)/m.exec(t)?.[1] ?? 0);
    // A crash that prints no summary still counts as a failure.
    return { passed: pass, failed: r.code !== 0 && fail === 0 ? 1 : fail };
  });
}

if (!only || only === 'browser') {
  await step('browser tests', async () => {
    const r = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js']);
    const t = strip(r.text);
    const all = [...t.matchAll(/(\d+) passed, (\d+) failed/g)];
    const last = all.at(-1);
    const pass = Number(last?.[1] ?? 0);
    const fail = Number(last?.[2] ?? 0);
    return { passed: pass, failed: r.code !== 0 && fail === 0 ? 1 : fail };
  });
  await step('browser budgets', () => budgets('scripts/budgets-browser.mjs'));
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
