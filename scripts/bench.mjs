#!/usr/bin/env node
// @ts-check
// `npm run bench`: the project's figures, not a pass/fail test. It prints
//   1. the suspend-data length (worst case and typical, src/core/suspend-codec.ts) of the course
//      in content/ and of a synthetic stress course (more lessons than content/ has), against the
//      limit of SCORM 1.2 (4096) and SCORM 2004 (64000);
//   2. the size of each SCORM package built in memory from content/: the zip, and the raw and
//      gzip (level 9) size of its netral.js and index.html;
// as an aligned table on stdout, and writes the same figures as JSON to bench/results/latest.json
// and bench/results/<YYYY-MM-DD>.json (kept as history: commit them).
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, arch, platform } from 'node:os';
import { fileURLToPath } from 'node:url';
import { basename, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench/results');
const CONTENT_DIR = join(ROOT, 'content');
/** The zip entries whose sizes are measured. */
const MEASURED_ENTRIES = ['netral.js', 'index.html'];

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

/** @param {Uint8Array} bytes */
const sizes = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });

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

const cpu = cpus()[0];
const results = {
  date: date.toISOString(),
  node: process.version,
  platform: `${platform()} ${arch()}`,
  cpu: { model: cpu?.model.trim() ?? 'unknown', cores: cpus().length },
  suspendData,
  packages,
  buildMs,
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

await mkdir(RESULTS_DIR, { recursive: true });
const json = `${JSON.stringify(results, null, 2)}\n`;
const latest = join(RESULTS_DIR, 'latest.json');
const dated = join(RESULTS_DIR, `${results.date.slice(0, 10)}.json`);
await writeFile(latest, json);
await writeFile(dated, json);
console.log('');
console.log(`Wrote ${relative(ROOT, latest)} and ${relative(ROOT, dated)} (${bytes(results.totalMs)} ms in all).`);
