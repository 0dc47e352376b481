#!/usr/bin/env node
// @ts-check
// `npm run bench`: the project's figures, not a pass/fail test. It prints
//   1. the suspend-data length (worst case and typical, src/core/suspend-codec.ts) of the course
//      in content/ and of a synthetic stress course (more lessons than content/ has), against the
//      limit of SCORM 1.2 (4096) and SCORM 2004 (64000);
//   2. the size of each SCORM package built in memory from content/: the zip, and the raw and
//      gzip (level 9) size of its netral.js and index.html;
//   3. what a learner's phone gets, beside a peer (quizdown) showing the same 10 questions: bytes
//      shipped, load figures and answer-to-feedback times in headless Chromium under phone, CPU
//      and slow-4G emulation, and Lighthouse scores (scripts/bench-browser.mjs; it first runs
//      `npm run build`; NETRAL_BENCH_BROWSER=0 leaves this part out);
// as aligned tables on stdout, and writes the same figures as JSON to bench/results/latest.json
// and bench/results/<YYYY-MM-DD>.json (kept as history: commit them).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, arch, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sizeOf } from './sizes.mjs';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';
import { buildForBench, runBrowserBench } from './bench-browser.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench/results');
const CONTENT_DIR = join(ROOT, 'content');
/** The zip entries whose sizes are measured. */
const MEASURED_ENTRIES = ['netral.js', 'index.html'];
/** The browser part (slow: a build, browser runs and Lighthouse); NETRAL_BENCH_BROWSER=0 skips it. */
const BROWSER = process.env.NETRAL_BENCH_BROWSER !== '0';

/** @type {typeof import('../src/build/index.js')} */
const build = await tsImport('../src/build/index.ts', import.meta.url);
/** @type {typeof import('../src/core/suspend-codec.js')} */
const codec = await tsImport('../src/core/suspend-codec.ts', import.meta.url);
/** @type {typeof import('../src/build/scorm/config.js')} */
const config = await tsImport('../src/build/scorm/config.ts', import.meta.url);
/** @type {typeof import('../test/node/core/fixture.js')} */
const fixture = await tsImport('../test/node/core/fixture.ts', import.meta.url);

/** @typedef {import('../src/core/course.js').CourseData} CourseData */
/** @typedef {import('../src/core/course.js').Question} Question */
/** @typedef {import('../src/core/course.js').Scenario} Scenario */
/** @typedef {import('../src/core/course.js').ScenarioNode} ScenarioNode */

// ---------------------------------------------------------------------------------------------
// The synthetic course

const QUESTION_TYPES = /** @type {const} */ (['single', 'multiple', 'truefalse', 'judgement', 'ordering', 'matching']);

/**
 * A question of `type` with `count` options (a, b, c, …); true/false and judgement keep their
 * keyword options.
 * @param {string} id @param {Question['type']} type @param {number} count @returns {Question}
 */
function syntheticQuestion(id, type, count) {
  const ids = Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i));
  /** @param {string} optionId @param {boolean} correct @param {boolean} [matching] */
  const option = (optionId, correct, matching = false) => ({
    id: optionId,
    html: `Pilihan ${optionId}`,
    correct,
    feedbackHtml: '',
    ...(matching ? { matchHtml: `Pasangan ${optionId}` } : {}),
  });
  const question = fixture.makeQuestion(id, type, { bankId: 'besar' });
  if (type === 'single') question.options = ids.map((o, i) => option(o, i === 0));
  if (type === 'multiple') question.options = ids.map((o, i) => option(o, i < 2));
  if (type === 'ordering') question.options = ids.map((o) => option(o, false));
  if (type === 'matching') question.options = ids.map((o) => option(o, false, true));
  return question;
}

/**
 * A scenario of `decisions` decision nodes with 3 choices each: "a" goes on, "b" ends badly,
 * "c" goes on too (and ends mixed at the last node).
 * @param {string} id @param {string} moduleId @param {number} decisions @returns {Scenario}
 */
function syntheticScenario(id, moduleId, decisions) {
  /** @param {string} next @param {string} choiceId */
  const choice = (choiceId, next) => ({ id: choiceId, html: `Pilihan ${choiceId}`, feedbackHtml: '', next });
  /** @param {'good' | 'mixed' | 'bad'} outcome @param {number} score @returns {ScenarioNode} */
  const ending = (outcome, score) => ({ id: outcome, html: '', choices: [], ending: { outcome, score, cites: [] } });
  /** @type {Record<string, ScenarioNode>} */
  const nodes = { good: ending('good', 2), mixed: ending('mixed', 1), bad: ending('bad', 0) };
  for (let k = 1; k <= decisions; k++) {
    const next = k < decisions ? `langkah-${k + 1}` : 'good';
    nodes[`langkah-${k}`] = {
      id: `langkah-${k}`,
      html: '',
      choices: [choice('a', next), choice('b', 'bad'), choice('c', k < decisions ? next : 'mixed')],
    };
  }
  return { ...fixture.scenarioOf(fixture.makeCourse()), id, moduleId, start: 'langkah-1', maxScore: 2, nodes };
}

/**
 * A stress case beside the real course: 9 modules of 3 lessons; an 80-question bank mixing all
 * six types (4-6 options where the type has a choice); a 10-question pre-test in module 1 and a
 * 20-question post-test in module 9, 3 attempts each; 8 scenarios of 4-5 decision nodes with
 * 3 choices each (modules 1-8).
 * @returns {CourseData}
 */
function syntheticCourse() {
  const course = fixture.makeCourse();
  course.id = 'netral-bench-besar';
  // Type cycles with i, option count with i / 6, so every type gets 4, 5 and 6 options.
  const questions = Array.from({ length: 80 }, (_, i) =>
    syntheticQuestion(`soal-${i}`, QUESTION_TYPES[i % 6] ?? 'single', 4 + (Math.floor(i / 6) % 3)),
  );
  course.banks = { besar: fixture.makeBank('besar', questions) };
  course.modules = [];
  course.items = {};
  for (let m = 1; m <= 9; m++) {
    const moduleId = `modul-${m}`;
    /** @type {string[]} */
    const itemIds = [];
    /** @param {CourseData['items'][string]} item */
    const add = (item) => {
      course.items[item.id] = { ...item, moduleId };
      itemIds.push(item.id);
    };
    if (m === 1) add(fixture.makeQuiz({ id: 'pre-test', draw: [{ bank: 'besar', count: 10 }], attempts: 3, graded: false }));
    for (let l = 1; l <= 3; l++) {
      add({ kind: 'lesson', id: `materi-${m}-${l}`, moduleId, title: '', minutes: 5, file: '', html: '', cites: [] });
    }
    if (m <= 8) add(syntheticScenario(`kasus-${m}`, moduleId, m % 2 === 0 ? 5 : 4));
    if (m === 9) add(fixture.makeQuiz({ id: 'post-test', draw: [{ bank: 'besar', count: 20 }], attempts: 3 }));
    course.modules.push({ id: moduleId, title: `Modul ${m}`, itemIds });
  }
  return course;
}

// ---------------------------------------------------------------------------------------------
// Measuring

/** @param {CourseData} course */
function shapeOf(course) {
  const items = Object.values(course.items);
  const quizzes = items.filter((item) => item.kind === 'quiz');
  return {
    modules: course.modules.length,
    lessons: items.filter((item) => item.kind === 'lesson').length,
    scenarios: items.filter((item) => item.kind === 'scenario').length,
    quizzes: quizzes.length,
    bankQuestions: Object.values(course.banks).reduce((sum, bank) => sum + bank.questionIds.length, 0),
    drawnQuestions: quizzes.reduce((sum, quiz) => sum + quiz.draw.reduce((n, d) => n + d.count, 0), 0),
  };
}

/** @param {number} part @param {number} whole */
const percent = (part, whole) => Math.round((part / whole) * 10000) / 100;

/**
 * The suspend-data figures of a course (the largest over its languages, as the build checks).
 * @param {string} name @param {CourseData[]} languages
 */
function suspendFigures(name, languages) {
  const worstCase = Math.max(...languages.map((data) => codec.worstCaseSuspendLength(data)));
  const typical = Math.max(...languages.map((data) => codec.typicalSuspendLength(data)));
  const versions = config.SCORM_VERSIONS.map((version) => {
    const limit = config.SUSPEND_DATA_LIMIT[version];
    return { version, limit, worstCasePercent: percent(worstCase, limit), typicalPercent: percent(typical, limit) };
  });
  return { course: name, shape: shapeOf(/** @type {CourseData} */ (languages[0])), worstCase, typical, versions };
}

const sizes = sizeOf;

// ---------------------------------------------------------------------------------------------
// Printing

/** @param {number} n @param {string} one @param {string} [many] */
const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** @param {number} n */
const bytes = (n) => n.toLocaleString('en-US');

/**
 * An aligned plain-text table: text columns left-aligned, numeric ones (`right`) right-aligned.
 * @param {string[]} header @param {string[][]} rows @param {boolean[]} right
 */
function table(header, rows, right) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  /** @param {string[]} row */
  const line = (row) =>
    row.map((cell, i) => (right[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** @param {number} n @param {number} [digits] */
const num = (n, digits = 0) =>
  Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '-';

/**
 * "median [min–max]" of a browser figure, in `unit`s (`scale` divides), or "-" without runs.
 * @param {{ median: number; min: number; max: number } | undefined} s @param {number} [digits] @param {number} [scale]
 */
const spread = (s, digits = 0, scale = 1) =>
  s && Number.isFinite(s.median) ? `${num(s.median / scale, digits)} [${num(s.min / scale, digits)}–${num(s.max / scale, digits)}]` : '-';

/**
 * ours/peer of two numbers, or "-" when either is missing or the peer's is 0.
 * @param {number | undefined} ours @param {number | undefined} peer
 */
const ratio = (ours, peer) => (ours !== undefined && peer !== undefined && Number.isFinite(ours) && Number.isFinite(peer) && peer !== 0 ? (ours / peer).toFixed(2) : '-');

/** The browser figures (scripts/bench-browser.mjs) as one table: Netral, the peer, ours/peer. */
function printBrowser(/** @type {any} */ b) {
  const { netral: n, quizdown: q, course: c, bytes: by, emulation: em } = b;
  const lh = b.lighthouseRunsPerPage;
  console.log(`Browser: Netral beside the peer, quizdown ${b.peer.version} (npm), both showing the same 10 single-choice questions`);
  console.log(
    `${b.browser}, ${em.viewport.width}x${em.viewport.height} @${em.viewport.deviceScaleFactor}x touch, CPU ${em.cpuSlowdown}x slower, ` +
      `network ${em.network.label}, files served gzip from 127.0.0.1.`,
  );
  console.log(
    `Browser figures: median [min–max] of ${n.runs} (Netral), ${q.runs} (quizdown), ${c.runs} (course page) runs, each in a fresh context. ` +
      `Lighthouse 12.8.2 mobile: median of ${lh} run${lh === 1 ? '' : 's'}.`,
  );
  console.log('"page" = the 10-question bench page; "course page" = dist/embed/contoh-intranet.html, the complete course (no peer).');
  console.log('');
  /** @type {string[][]} */
  const rows = [];
  /** @param {string} label @param {string} ours @param {string} peer @param {string} r */
  const row = (label, ours, peer, r) => rows.push([label, ours, peer, r]);
  /** @param {string} label @param {{ raw: number; gzip: number }} ours @param {{ raw: number; gzip: number } | undefined} peer */
  const sizeRows = (label, ours, peer) => {
    row(`${label}, raw (B)`, bytes(ours.raw), peer ? bytes(peer.raw) : '-', ratio(ours.raw, peer?.raw));
    row(`${label}, gzip -9 (B)`, bytes(ours.gzip), peer ? bytes(peer.gzip) : '-', ratio(ours.gzip, peer?.gzip));
  };
  sizeRows(`JS: ${basename(by.netral.bundle.file)} / quizdown.js`, by.netral.bundle, by.peer.bundle);
  for (const chunk of by.netral.courseChunks) sizeRows(`course data: ${basename(chunk.file)}`, chunk, undefined);
  if (by.netral.courseChunks.length > 1) sizeRows('course data: all chunks', by.netral.courseTotal, undefined);
  sizeRows('10-question quiz data: JSON / Markdown', by.netral.benchQuizData, by.peer.benchQuizData);
  for (const zip of by.netral.scormZips) sizeRows(`SCORM: ${basename(zip.file)}`, zip, undefined);
  row('page: bytes over the wire (B)', spread(n.transferBytes), spread(q.transferBytes), ratio(n.transferBytes.median, q.transferBytes.median));
  row('page: time to usable (ms)', spread(n.usableMs), spread(q.usableMs), ratio(n.usableMs.median, q.usableMs.median));
  row('page: LCP (ms)', spread(n.lcpMs), spread(q.lcpMs), ratio(n.lcpMs.median, q.lcpMs.median));
  row('page: TBT (ms)', spread(n.tbtMs), spread(q.tbtMs), ratio(n.tbtMs.median, q.tbtMs.median));
  row('page: CLS', spread(n.cls, 3), spread(q.cls, 3), ratio(n.cls.median, q.cls.median));
  row('page: JS heap after the quiz (KB)', spread(n.heapUsedBytes, 0, 1024), spread(q.heapUsedBytes, 0, 1024), ratio(n.heapUsedBytes.median, q.heapUsedBytes.median));
  /** @param {any} s */
  const medWorst = (s) => (s && Number.isFinite(s.median) ? `${num(s.median)} / ${num(s.max)}` : '-');
  row('answer click → selection painted (ms, median / worst)', medWorst(n.selectMs), medWorst(q.selectMs), ratio(n.selectMs.median, q.selectMs.median));
  row('check click → feedback painted (ms, median / worst)', medWorst(n.feedbackMs), '- (none)', '-');
  row('check click → answer saved in IndexedDB (ms, median / worst)', medWorst(n.saveMs), '- (none)', '-');
  row('last answer → results painted (ms)', spread(n.resultsMs), spread(q.resultsMs), ratio(n.resultsMs.median, q.resultsMs.median));
  row('page: Lighthouse performance', spread(n.lighthouse.performance), spread(q.lighthouse.performance), ratio(n.lighthouse.performance.median, q.lighthouse.performance.median));
  row('page: Lighthouse accessibility', spread(n.lighthouse.accessibility), spread(q.lighthouse.accessibility), ratio(n.lighthouse.accessibility.median, q.lighthouse.accessibility.median));
  row('course page: bytes over the wire (B)', spread(c.transferBytes), '-', '-');
  row('course page: time to usable (ms)', spread(c.usableMs), '-', '-');
  row('course page: LCP (ms)', spread(c.lcpMs), '-', '-');
  row('course page: TBT (ms)', spread(c.tbtMs), '-', '-');
  row('course page: CLS', spread(c.cls, 3), '-', '-');
  row('course page: Lighthouse performance', spread(c.lighthouse.performance), '-', '-');
  row('course page: Lighthouse accessibility', spread(c.lighthouse.accessibility), '-', '-');
  console.log(table(['figure', 'Netral', `quizdown ${b.peer.version}`, 'ours/peer'], rows, [false, true, true, true]));
  console.log('');
  printWalk(c.walk);
  console.log('');
  console.log('Usable: Netral, its start button present and enabled; quizdown, the first question\'s answer inputs present (after its built-in 800 ms spinner).');
  console.log('Selection painted: the next paint after the click with the option checked. Feedback: Netral\'s right/wrong panel after "Periksa jawaban";');
  console.log('quizdown gives none per question (it scores on "Evaluate", after an 800 ms spinner). Saved: the answer\'s IndexedDB transaction completed.');
  console.log('TBT: long tasks (>50 ms) from navigation until 3 s without one after usable; CLS: largest session window; heap: after a forced GC.');
  if (b.failures.length) {
    console.log('');
    console.log(`Runs that failed (left out of the figures): ${b.failures.length}`);
    for (const f of b.failures) console.log(`  ${f}`);
  }
  console.log(`Browser part: ${bytes(b.ms)} ms; screenshots in dist/bench/shots/, Lighthouse reports in dist/bench/lighthouse/.`);
}

/** Budget of the 50 ms rule: no view's render and no answer's handling blocks the main thread longer. */
const BLOCKING_BUDGET_MS = 50;

/**
 * The 50 ms rule (scripts/bench-walk.mjs): the walk of the complete course, each kind of tap with
 * the longest it kept the main thread busy (its longest task, or a frame's task with the style,
 * layout and paint after it) beside the budget, and the worst taps. Both APIs report only what is
 * over 50 ms, so "0" means every tap of the kind was within the budget.
 * @param {any} walk
 */
function printWalk(walk) {
  if (!walk) {
    console.log('50 ms rule: no walk of the course (its run failed; see below).');
    return;
  }
  console.log(`50 ms rule: the complete course taken by taps on the course page (first run; CPU 4x slower), the longest each tap blocked the main thread`);
  const rows = [['view (render of a view)', walk.view], ['answer (handling, with its save)', walk.answer]].map(([label, k]) => [
    String(label),
    String(k.taps),
    String(k.over),
    num(k.longestMs),
    `${BLOCKING_BUDGET_MS}`,
    k.longestMs <= BLOCKING_BUDGET_MS ? 'within' : 'OVER',
    num(k.longestTaskMs),
    k.longestFrameMs ? `${num(k.longestFrameMs)} (${num(k.longestFrameRenderMs)} rendering)` : 'none over 50',
  ]);
  console.log(
    table(
      ['tap', 'taps', 'over 50 ms', 'longest blocking (ms)', 'budget', 'result', 'of which task alone (ms)', 'longest frame (ms)'],
      rows,
      [false, true, true, true, true, false, true, true],
    ),
  );
  const worst = [...walk.view.worst, ...walk.answer.worst];
  if (worst.length) console.log(`Taps over 50 ms: ${worst.join('; ')}`);
  const frames = [walk.view, walk.answer].filter((k) => k.worstFrame).map((k) => `${num(k.longestFrameMs)} ms: ${k.worstFrame}`);
  if (frames.length) console.log(`Longest frames: ${frames.join('; ')}`);
  console.log('Blocking: the longer of the tap\'s longest task (Long Tasks API: script and the layout it forces) and its frames\' blocking');
  console.log('(Long Animation Frames API: a frame\'s longest task with the style, layout and paint after it, 50 + blockingDuration).');
  console.log('Frame: from a frame\'s first task to its paint, idle moments between tasks included; reported, not budgeted.');
}

// ---------------------------------------------------------------------------------------------
// The run

const started = performance.now();
const date = new Date();

const loaded = await build.loadCourse(CONTENT_DIR);
if (!loaded.course) {
  for (const problem of loaded.problems) console.error(build.formatProblem(problem, 'en', { dir: 'content' }));
  console.error('bench: content/ has problems; fix them (npm run check) and run the bench again.');
  process.exit(1);
}
const content = loaded.course;
const contentLanguages = content.languages.map((lang) => /** @type {CourseData} */ (content.byLang[lang]));

const suspendData = [
  suspendFigures('content/', contentLanguages),
  suspendFigures('synthetic stress course', [syntheticCourse()]),
];

const buildStarted = performance.now();
const built = await build.buildScormPackages({ dir: CONTENT_DIR, write: false });
const buildMs = Math.round(performance.now() - buildStarted);
const packages = built.packages.map((pkg) => {
  const files = unzipSync(pkg.zip);
  /** @type {Record<string, { raw: number; gzip: number }>} */
  const entries = {};
  for (const name of MEASURED_ENTRIES) {
    const file = files[name];
    if (!file) throw new Error(`bench: ${name} is missing from the SCORM ${pkg.version} package`);
    entries[name] = sizes(file);
  }
  return { version: pkg.version, file: basename(pkg.path), zip: pkg.zip.length, entryCount: pkg.entries.length, entries };
});

let browser;
if (BROWSER) {
  console.error('bench: npm run build, then the browser runs and Lighthouse (a few minutes)…');
  buildForBench();
  browser = await runBrowserBench();
}

const cpu = cpus()[0];
const results = {
  date: date.toISOString(),
  node: process.version,
  platform: `${platform()} ${arch()}`,
  cpu: { model: cpu?.model.trim() ?? 'unknown', cores: cpus().length },
  suspendData,
  packages,
  buildMs,
  ...(browser ? { browser } : {}),
  totalMs: Math.round(performance.now() - started),
};

const courseLine = (/** @type {typeof suspendData[number]} */ s) => {
  const { modules, lessons, scenarios, quizzes, bankQuestions, drawnQuestions } = s.shape;
  return (
    `${s.course}: ${count(modules, 'module')}, ${count(lessons, 'lesson')}, ${count(scenarios, 'scenario')}, ` +
    `${count(quizzes, 'quiz', 'quizzes')} drawing ${drawnQuestions} of ${count(bankQuestions, 'bank question')}`
  );
};

console.log(`Netral bench  ${results.date}`);
console.log(`Node ${results.node}, ${results.platform}, ${results.cpu.model} × ${results.cpu.cores}`);
console.log('');
console.log('Suspend data (characters; the same data for both versions, against each limit)');
for (const s of suspendData) console.log(`  ${courseLine(s)}`);
console.log('');
console.log(
  table(
    ['course', 'SCORM', 'limit', 'worst case', 'used', 'typical', 'used'],
    suspendData.flatMap((s) =>
      s.versions.map((v) => [
        s.course,
        v.version,
        bytes(v.limit),
        bytes(s.worstCase),
        `${v.worstCasePercent.toFixed(2)} %`,
        bytes(s.typical),
        `${v.typicalPercent.toFixed(2)} %`,
      ]),
    ),
    [false, false, true, true, true, true, true],
  ),
);
console.log('');
console.log(`SCORM packages of content/ (bytes; built in memory in ${bytes(buildMs)} ms; gzip = level 9)`);
console.log('');
console.log(
  table(
    ['SCORM', 'zip', 'files', 'netral.js', 'gzip', 'index.html', 'gzip'],
    packages.map((p) => [
      p.version,
      bytes(p.zip),
      String(p.entryCount),
      bytes(p.entries['netral.js']?.raw ?? 0),
      bytes(p.entries['netral.js']?.gzip ?? 0),
      bytes(p.entries['index.html']?.raw ?? 0),
      bytes(p.entries['index.html']?.gzip ?? 0),
    ]),
    [false, true, true, true, true, true, true],
  ),
);

if (browser) {
  console.log('');
  printBrowser(browser);
}

await mkdir(RESULTS_DIR, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const latest = join(RESULTS_DIR, 'latest.json');
const dated = join(RESULTS_DIR, `${results.date.slice(0, 10)}.json`);
await writeFile(latest, json);
await writeFile(dated, json);
console.log('');
console.log(`Wrote ${relative(ROOT, latest)} and ${relative(ROOT, dated)} (${bytes(results.totalMs)} ms in all).`);
