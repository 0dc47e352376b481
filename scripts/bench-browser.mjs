// @ts-check
// The browser half of `npm run bench` (scripts/bench.mjs calls runBrowserBench after the build):
// what a learner on a low-end Android phone over slow mobile data gets from Netral, beside a peer,
// quizdown (the npm package, bonartm/quizdown-js), showing the same 10 single-choice questions.
//
//   1. bytes shipped, raw and gzip (level 9): dist/embed/netral.js, every course-data chunk the
//      embed build emits (dist/embed/netral-asn-course*.json), the SCORM zips in dist/scorm/, and
//      quizdown's JS; and the bytes each bench page actually moved over the (gzip) wire;
//   2. in headless Chromium under mobile emulation (360x740 at 2x, touch, CPU 4x slower, "slow
//      4G": 150 ms latency, 1.6 Mbps down, 750 kbps up), pages served gzip by a local server:
//      time to usable, LCP, TBT, CLS, and the JS heap after finishing the quiz, over RUNS runs,
//      each in a fresh browser context;
//   3. Lighthouse (npx lighthouse@12.8.2, mobile) performance and accessibility scores;
//   4. answer to feedback: click to the next paint that shows the change, for every question, and
//      for Netral the click to the answer's IndexedDB transaction completing;
//   5. the real course page dist/embed/contoh-intranet.html (load figures and Lighthouse only).
//
// Pages: bench/pages/ (the two quiz pages and their shared shell) are copied to dist/bench/ with
// the bench course bench/kuis-10 built to dist/bench/kuis-10.json, quizdown's script, and the
// quizdown page's questions written from that same JSON, so both pages show the same text.
// Screenshots of every page go to dist/bench/shots/ (look at them), Lighthouse reports to
// dist/bench/lighthouse/.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sizeOf } from './sizes.mjs';
import { CHROME_ARGS, chromiumPath } from './chromium.mjs';
import { summariseWalk, walkCourse } from './bench-walk.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const EMBED = join(DIST, 'embed');
const SCORM = join(DIST, 'scorm');
const STAGE = join(DIST, 'bench');
const QUIZDOWN_JS = join(ROOT, 'node_modules/quizdown/public/build/quizdown.js');
const LIGHTHOUSE = 'lighthouse@12.8.2';

/** Runs per page in the browser (medians, min, max) and Lighthouse runs per page. */
const RUNS = Number(process.env.NETRAL_BENCH_RUNS ?? 5);
const LH_RUNS = Number(process.env.NETRAL_BENCH_LH_RUNS ?? 3);

/** Phone emulation: viewport, touch, a mid-range Android UA; CPU and network as below. */
const PHONE = {
  viewport: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true, isLandscape: false },
  userAgent:
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36',
};
const CPU_SLOWDOWN = 4;
/** "Slow 4G" as the brief and Lighthouse's mobile preset state it (bytes per second). */
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const NETWORK_LABEL = '150 ms, 1.6 Mbps down, 750 kbps up';
/** After the usable point, the load window lasts until this long without a long task. */
const QUIET_MS = 3000;
const QUIET_CAP_MS = 15000;
/** Pause between a learner's actions (lets quizdown's transitions settle; a person is slower). */
const THINK_MS = 250;


const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Staging the pages

/** Plain text of a built course's HTML: tags dropped, entities decoded, whitespace collapsed. */
function plain(/** @type {string} */ html) {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();
}

/** Text for quizdown's Markdown inside the page's HTML (quizdown decodes &lt; &gt; &amp;). */
const forPage = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The bench course as quizdown Markdown: each question a heading (its prompt), the explanation as
 * quizdown's hint, and the options as an ordered task list with their feedback as comments.
 * @param {any} course the built course (JSON of `netral build-json`)
 * @returns {{ markdown: string; questions: { id: string; correct: number; options: string[] }[] }}
 */
function quizdownOf(course) {
  const data = course.byLang[course.languages[0]];
  const quiz = Object.values(data.items).find((item) => /** @type {any} */ (item).kind === 'quiz');
  const questions = [];
  const blocks = [];
  for (const rule of quiz.draw) {
    const bank = data.banks[rule.bank];
    for (const id of bank.questionIds) {
      const q = bank.questions[id];
      if (q.type !== 'single') throw new Error(`bench: ${id} is not a single-choice question`);
      const lines = [`### ${forPage(plain(q.promptHtml))}`, '', `> ${forPage(plain(q.explanationHtml))}`, ''];
      for (const o of q.options) {
        lines.push(`1. [${o.correct ? 'x' : ' '}] ${forPage(plain(o.html))}`);
        if (o.feedbackHtml) lines.push(`    > ${forPage(plain(o.feedbackHtml))}`);
      }
      blocks.push(lines.join('\n'));
      questions.push({ id, correct: q.options.findIndex((/** @type {any} */ o) => o.correct), options: q.options.map((/** @type {any} */ o) => o.id) });
    }
  }
  if (questions.length !== 10) throw new Error(`bench: the bench quiz has ${questions.length} questions, not 10`);
  return { markdown: `---\nshuffleAnswers: false\nshuffleQuestions: false\n---\n\n${blocks.join('\n\n')}\n`, questions };
}

/** Copies bench/pages to dist/bench, builds the bench course, writes the quizdown page. */
function stage() {
  rmSync(STAGE, { recursive: true, force: true });
  mkdirSync(join(STAGE, 'shots'), { recursive: true });
  mkdirSync(join(STAGE, 'lighthouse'), { recursive: true });
  for (const file of readdirSync(join(ROOT, 'bench/pages'))) copyFileSync(join(ROOT, 'bench/pages', file), join(STAGE, file));
  copyFileSync(QUIZDOWN_JS, join(STAGE, 'quizdown.js'));
  const json = join(STAGE, 'kuis-10.json');
  const built = spawnSync(process.execPath, [join(ROOT, 'bin/netral.mjs'), 'build-json', join(ROOT, 'bench/kuis-10'), '--out', json], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`bench: building bench/kuis-10 failed:\n${built.stdout}${built.stderr}`);
  const { markdown, questions } = quizdownOf(JSON.parse(readFileSync(json, 'utf8')));
  const page = join(STAGE, 'quizdown-kuis.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<!--QUIZDOWN-->', markdown));
  return { questions, quizdownMarkdown: markdown };
}

// ---------------------------------------------------------------------------------------------
// Bytes

const gz = (/** @type {Buffer} */ bytes) => sizeOf(bytes).gzip;
/** @param {string} path */
function fileSizes(path) {
  const bytes = readFileSync(path);
  return { file: relative(ROOT, path), raw: bytes.length, gzip: gz(bytes) };
}

function bytesShipped(/** @type {string} */ quizdownMarkdown) {
  const courseChunks = readdirSync(EMBED)
    .filter((f) => /^netral-asn-course.*\.json$/.test(f))
    .sort()
    .map((f) => fileSizes(join(EMBED, f)));
  if (!courseChunks.length) throw new Error('bench: the embed build emitted no dist/embed/netral-asn-course*.json');
  const zips = readdirSync(SCORM)
    .filter((f) => f.endsWith('.zip'))
    .sort()
    .map((f) => fileSizes(join(SCORM, f)));
  const md = Buffer.from(quizdownMarkdown);
  return {
    netral: {
      bundle: fileSizes(join(EMBED, 'netral.js')),
      courseChunks,
      courseTotal: { raw: courseChunks.reduce((n, c) => n + c.raw, 0), gzip: courseChunks.reduce((n, c) => n + c.gzip, 0) },
      scormZips: zips,
      benchQuizData: fileSizes(join(STAGE, 'kuis-10.json')),
    },
    peer: {
      bundle: { ...fileSizes(QUIZDOWN_JS), file: 'node_modules/quizdown/public/build/quizdown.js' },
      benchQuizData: { file: 'quizdown Markdown in quizdown-kuis.html', raw: md.length, gzip: gz(md) },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The static server: gzip Content-Encoding, like a real web server in front of the files

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.md']);

/** Serves dist/ on 127.0.0.1 (a free port) until close(). */
export async function serve() {
  /** @type {Map<string, Buffer>} */
  const gzipped = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = normalize(join(DIST, decodeURIComponent(url.pathname)));
    if (!path.startsWith(DIST + sep) || !existsSync(path) || !/\.[a-z]+$/.test(path)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const ext = extname(path);
    /** @type {Buffer} */
    let body = readFileSync(path);
    /** @type {Record<string, string | number>} */
    const headers = { 'Content-Type': TYPES[/** @type {keyof TYPES} */ (ext)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=86400' };
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const key = `${path}:${body.length}`;
      if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
      body = /** @type {Buffer} */ (gzipped.get(key));
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

// ---------------------------------------------------------------------------------------------
// In the page: instruments installed before any page script (evaluateOnNewDocument)

/**
 * Records long tasks, LCP, layout shifts, the first frame where the page is usable, every
 * IndexedDB put with the time its transaction completed, and offers `__bench.act`, which clicks an
 * element at a recorded time and resolves at the next paint showing the expected change.
 * @param {'netral' | 'quizdown'} kind
 */
function instrument(kind) {
  /** @type {any} */
  const bench = {
    kind,
    longTasks: [],
    lcp: undefined,
    shifts: [],
    puts: [],
    usableAt: undefined,
  };
  /** @type {any} */ (window).__bench = bench;
  const observe = (/** @type {string} */ type, /** @type {(e: any) => void} */ on) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(on)).observe({ type, buffered: true });
    } catch {
      // Not supported: the figure stays empty.
    }
  };
  observe('longtask', (e) => bench.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('largest-contentful-paint', (e) => (bench.lcp = e.startTime));
  observe('layout-shift', (e) => {
    if (!e.hadRecentInput) bench.shifts.push({ start: e.startTime, value: e.value });
  });

  // IndexedDB: when each put's transaction is durable (its 'complete' event).
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (/** @type {any} */ value, /** @type {any} */ key) {
    const record = { at: performance.now(), key: String(key), done: undefined, value };
    this.transaction.addEventListener('complete', () => (record.done = performance.now()));
    bench.puts.push(record);
    // eslint-disable-next-line prefer-rest-params
    return put.apply(this, /** @type {any} */ (arguments));
  };

  const course = () => document.querySelector('netral-course')?.shadowRoot;
  const quiz = () => course()?.querySelector('netral-quiz')?.shadowRoot;
  const question = () => quiz()?.querySelector('netral-question')?.shadowRoot;
  const qd = () => document.querySelector('.quizdown')?.shadowRoot;
  bench.roots = { course, quiz, question, qd };

  /** Resolves with the time of the paint after the frame in which `ready()` first holds. */
  const nextPaintWhen = (/** @type {() => boolean} */ ready, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const started = performance.now();
      const frame = () => {
        if (ready()) {
          // A message posted in rAF runs after that frame's style, layout and paint.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        } else if (performance.now() - started > timeoutMs) reject(new Error('timed out waiting for the page'));
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  bench.nextPaintWhen = nextPaintWhen;

  // Usable: Netral's start button present and enabled; quizdown's first answer inputs present.
  const usable =
    kind === 'netral'
      ? () => {
          const b = /** @type {HTMLButtonElement | null | undefined} */ (course()?.querySelector('.actions button.btn--primary'));
          return !!b && !b.disabled;
        }
      : () => (qd()?.querySelectorAll('input[type=radio]').length ?? 0) > 0;
  nextPaintWhen(usable, 120000).then(
    (t) => (bench.usableAt = t),
    () => (bench.usableAt = -1),
  );
}

/**
 * In the page: clicks `target()` at a recorded time and resolves with the milliseconds to the
 * next paint where `done()` holds. Conditions are named (the page has no eval for us).
 * @param {{ target: string; done: string; arg?: any }} step
 */
function act(step) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  const { course, quiz, question, qd } = bench.roots;
  const byTitle = (/** @type {string} */ title) => qd()?.querySelector(`button[title="${title}"]`);
  /** @type {Record<string, () => any>} */
  const targets = {
    'netral-start': () => course()?.querySelector('.actions button.btn--primary'),
    'netral-primary': () => quiz()?.querySelector('.actions button.btn--primary'),
    'netral-option': () => question()?.querySelector(`input[value="${step.arg}"]`),
    'qd-option': () => qd()?.querySelectorAll('label')[step.arg],
    'qd-next': () => byTitle('Next'),
    'qd-evaluate': () => byTitle('Evaluate'),
  };
  const legend = () => question()?.querySelector('legend')?.textContent ?? '';
  const qdHeading = () => qd()?.querySelector('h3')?.textContent?.trim() ?? '';
  const before = { legend: legend(), qdHeading: qdHeading() };
  /** @type {Record<string, () => boolean>} */
  const conditions = {
    'netral-quiz-intro': () => !!quiz()?.querySelector('.actions button.btn--primary') && !question(),
    'netral-question': () => !!question()?.querySelector('input') && legend() !== before.legend && !question()?.querySelector('section.feedback'),
    'netral-checked': () => !!question()?.querySelector(`input[value="${step.arg}"]`)?.checked,
    'netral-feedback': () => !!question()?.querySelector('section.feedback'),
    'netral-results': () => !!quiz()?.querySelector('#quiz-score'),
    'qd-checked': () => !!qd()?.querySelectorAll('input[type=radio]')[step.arg]?.checked,
    'qd-question': () => qdHeading() !== before.qdHeading && qdHeading().startsWith(`Q${step.arg}:`) && (qd()?.querySelectorAll('input[type=radio]').length ?? 0) > 0,
    'qd-results': () => /\d+\/\d+/.test(qd()?.querySelector('h1')?.textContent ?? ''),
  };
  const el = targets[step.target]?.();
  if (!el) return Promise.reject(new Error(`no ${step.target} to click`));
  const done = conditions[step.done];
  const puts = bench.puts.length;
  const clickAt = performance.now();
  el.click();
  return bench.nextPaintWhen(done).then((/** @type {number} */ paintAt) => ({ clickAt, ms: paintAt - clickAt, putsBefore: puts }));
}

// ---------------------------------------------------------------------------------------------
// One run of one page

/** Numbers kept to 0.1 (ms, bytes) or 4 decimals below 1 (CLS), for a readable JSON. */
function tidy(/** @type {any} */ value) {
  if (typeof value === 'number') return Number.isInteger(value) || !Number.isFinite(value) ? value : Math.abs(value) < 1 ? Math.round(value * 10000) / 10000 : Math.round(value * 10) / 10;
  if (Array.isArray(value)) return value.map(tidy);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v)]));
  return value;
}

/** @param {number[]} values */
function stats(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { median, min: /** @type {number} */ (sorted[0]), max: /** @type {number} */ (sorted.at(-1)), n: sorted.length };
}

/** CLS as Chromium reports it: the largest session window (gap < 1 s, window <= 5 s). */
function cumulativeLayoutShift(/** @type {{ start: number; value: number }[]} */ shifts) {
  let worst = 0;
  let current = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.start - last < 1000 && s.start - first < 5000) current += s.value;
    else {
      current = s.value;
      first = s.start;
    }
    last = s.start;
    worst = Math.max(worst, current);
  }
  return worst;
}

/**
 * Loads `url` in a fresh context under phone emulation, measures the load, then (for the quiz
 * pages) answers the 10 questions, measuring each answer, and reads the heap.
 * @param {import('puppeteer-core').Browser} browser
 * @param {{ name: string; url: string; kind: 'netral' | 'quizdown'; quiz: boolean; walk?: boolean }} target
 * @param {{ id: string; correct: number; options: string[] }[]} questions
 * @param {string | undefined} shotPrefix write screenshots of this run under this name
 */
export async function runOnce(browser, target, questions, shotPrefix) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const cdp = await page.createCDPSession();
    await page.emulate(PHONE);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
    // The course page registers a service worker (netral-sw.js), whose own fetches this
    // emulation does not slow down; every request of the page goes over the emulated network.
    await cdp.send('Network.setBypassServiceWorker', { bypass: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let transfer = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      transfer += e.encodedDataLength;
      requests += 1;
    });
    /** @type {string[]} */
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.evaluateOnNewDocument(instrument, target.kind);
    await page.goto(target.url, { waitUntil: 'domcontentloaded', timeout: 120000 });
    await page.waitForFunction(() => /** @type {any} */ (window).__bench?.usableAt !== undefined, { timeout: 120000, polling: 100 });
    // Quiet: wait until QUIET_MS have passed with no long task (and since usable), capped.
    const load = await page.evaluate(
      async (quietMs, capMs) => {
        const b = /** @type {any} */ (window).__bench;
        if (b.usableAt < 0) return { usable: -1 };
        const lastBusy = () => Math.max(b.usableAt, ...b.longTasks.map((/** @type {any} */ t) => t.start + t.duration));
        while (performance.now() - lastBusy() < quietMs && performance.now() - b.usableAt < capMs) {
          await new Promise((r) => setTimeout(r, 100));
        }
        const end = performance.now();
        const tbt = b.longTasks
          .filter((/** @type {any} */ t) => t.start < end)
          .reduce((/** @type {number} */ sum, /** @type {any} */ t) => sum + Math.max(0, t.duration - 50), 0);
        return { usable: b.usableAt, lcp: b.lcp ?? NaN, tbt, longTasks: b.longTasks.length, shifts: b.shifts, windowMs: end };
      },
      QUIET_MS,
      QUIET_CAP_MS,
    );
    if (load.usable < 0) throw new Error(`${target.name}: never became usable (${errors.join('; ') || 'no page error'})`);
    const run = {
      usableMs: load.usable,
      lcpMs: load.lcp,
      tbtMs: load.tbt,
      cls: cumulativeLayoutShift(load.shifts ?? []),
      longTasks: load.longTasks,
      transferBytes: transfer,
      requests,
      /** @type {number[]} */ selectMs: [],
      /** @type {number[]} */ feedbackMs: [],
      /** @type {number[]} */ saveMs: [],
      resultsMs: NaN,
      heapUsedBytes: NaN,
      errors,
    };
    if (shotPrefix) await page.screenshot({ path: join(STAGE, 'shots', `${shotPrefix}-1-loaded.png`) });
    if (target.walk) {
      const walk = await walkCourse(page);
      if (shotPrefix) await page.screenshot({ path: join(STAGE, 'shots', `${shotPrefix}-2-walked.png`) });
      return { ...run, walk: summariseWalk(walk.steps), walkSteps: walk.steps };
    }
    if (!target.quiz) return run;

    const step = (/** @type {string} */ t, /** @type {string} */ done, /** @type {any} */ arg) => page.evaluate(act, { target: t, done, arg });
    if (target.kind === 'netral') {
      await step('netral-start', 'netral-quiz-intro');
      await sleep(THINK_MS);
      await step('netral-primary', 'netral-question');
      for (const [i, q] of questions.entries()) {
        await sleep(THINK_MS);
        const option = q.options[q.correct];
        run.selectMs.push((await step('netral-option', 'netral-checked', option)).ms);
        await sleep(THINK_MS);
        const checked = await step('netral-primary', 'netral-feedback');
        run.feedbackMs.push(checked.ms);
        // The answer's save: the first IndexedDB put after the click, until its transaction completes.
        const saved = await page.evaluate(
          async (clickAt, putsBefore, questionId) => {
            const b = /** @type {any} */ (window).__bench;
            for (let waited = 0; waited < 30000; waited += 5) {
              const p = b.puts.slice(putsBefore).find((/** @type {any} */ x) => x.at >= clickAt);
              if (p?.done !== undefined) return { ms: p.done - clickAt, hasAnswer: JSON.stringify(p.value).includes(`"${questionId}"`) };
              await new Promise((r) => setTimeout(r, 5));
            }
            return { ms: NaN, hasAnswer: false };
          },
          checked.clickAt,
          checked.putsBefore,
          q.id,
        );
        if (!saved.hasAnswer) throw new Error(`netral: the save after question ${i + 1} did not hold its answer`);
        run.saveMs.push(saved.ms);
        if (i === 0 && shotPrefix) await page.screenshot({ path: join(STAGE, 'shots', `${shotPrefix}-2-feedback.png`) });
        await sleep(THINK_MS);
        if (i < questions.length - 1) await step('netral-primary', 'netral-question');
        else run.resultsMs = (await step('netral-primary', 'netral-results')).ms;
      }
    } else {
      for (const [i, q] of questions.entries()) {
        await sleep(THINK_MS);
        run.selectMs.push((await step('qd-option', 'qd-checked', q.correct)).ms);
        if (i === 0 && shotPrefix) await page.screenshot({ path: join(STAGE, 'shots', `${shotPrefix}-2-selected.png`) });
        // Its transitions (question fade 400 ms, evaluate button fly-in 500 ms) settle first.
        await sleep(THINK_MS + 350);
        if (i < questions.length - 1) await step('qd-next', 'qd-question', i + 2);
        else run.resultsMs = (await step('qd-evaluate', 'qd-results')).ms;
      }
    }
    await sleep(1200); // quizdown fades its results in over 1 s; the same wait for both
    if (shotPrefix) await page.screenshot({ path: join(STAGE, 'shots', `${shotPrefix}-3-results.png`) });
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    run.heapUsedBytes = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return run;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

/**
 * Lighthouse mobile (its default: simulated slow 4G, 4x CPU, Moto G Power screen), performance
 * and accessibility, through npx (lighthouse 13 needs Node 22; as a dependency it breaks npm ci).
 * @param {string} url @param {string} name @param {number} index
 */
export async function lighthouse(url, name, index) {
  mkdirSync(join(STAGE, 'lighthouse'), { recursive: true });
  const out = join(STAGE, 'lighthouse', `${name}-${index}.json`);
  const flags = ['--headless=new', ...CHROME_ARGS].join(' ');
  const args = ['-y', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${out}`, '--form-factor=mobile', '--only-categories=performance,accessibility', `--chrome-flags=${flags}`];
  const code = await new Promise((resolve) => {
    const child = spawn('npx', args, { env: { ...process.env, CHROME_PATH: chromiumPath() }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (c) => {
      if (c !== 0) console.error(`bench: lighthouse ${name} run ${index} exited ${c}: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
      resolve(c);
    });
  });
  if (code !== 0 || !existsSync(out)) return undefined;
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const audit = (/** @type {string} */ id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((report.categories.performance?.score ?? NaN) * 100),
    accessibility: Math.round((report.categories.accessibility?.score ?? NaN) * 100),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    fcpMs: audit('first-contentful-paint'),
    runtimeError: report.runtimeError?.code,
  };
}

// ---------------------------------------------------------------------------------------------
// The whole browser bench

/**
 * @param {{ log?: (line: string) => void }} [options]
 */
export async function runBrowserBench({ log = (line) => console.error(line) } = {}) {
  const CHROME = chromiumPath();
  const started = performance.now();
  const { questions, quizdownMarkdown } = stage();
  const bytes = bytesShipped(quizdownMarkdown);
  const server = await serve();
  const { default: puppeteer } = await import('puppeteer-core');
  const userDataDir = mkdtempSync(join(tmpdir(), 'netral-bench-'));
  const browser = await puppeteer.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS, userDataDir });
  const version = await browser.version();
  const targets = /** @type {const} */ ([
    { name: 'netral', url: `${server.origin}/bench/netral-kuis.html`, kind: 'netral', quiz: true },
    { name: 'quizdown', url: `${server.origin}/bench/quizdown-kuis.html`, kind: 'quizdown', quiz: true },
    { name: 'course', url: `${server.origin}/embed/contoh-intranet.html`, kind: 'netral', quiz: false },
  ]);
  /** @type {Record<string, any[]>} */
  const runs = { netral: [], quizdown: [], course: [] };
  /** @type {string[]} */
  const failures = [];
  try {
    // Interleaved, so that drift on the machine falls on every page alike.
    for (let i = 0; i < RUNS; i++) {
      for (const target of targets) {
        const t0 = performance.now();
        try {
          // The course walk (the 50 ms rule, every view and answer of the course) in the first run only:
          // it takes minutes, and its figure is a worst case, not a median.
          runs[target.name]?.push(await runOnce(browser, { ...target, walk: target.name === 'course' && i === 0 }, questions, i === 0 ? target.name : undefined));
        } catch (error) {
          failures.push(`${target.name} run ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
        }
        log(`  browser ${target.name} run ${i + 1}/${RUNS}: ${Math.round(performance.now() - t0)} ms`);
      }
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  /** @type {Record<string, any[]>} */
  const lh = { netral: [], quizdown: [], course: [] };
  try {
    for (let i = 0; i < LH_RUNS; i++) {
      for (const target of targets) {
        const t0 = performance.now();
        const result = await lighthouse(target.url, target.name, i + 1);
        if (result && !result.runtimeError) lh[target.name]?.push(result);
        else failures.push(`lighthouse ${target.name} run ${i + 1}: ${result?.runtimeError ?? 'failed'}`);
        log(`  lighthouse ${target.name} run ${i + 1}/${LH_RUNS}: ${Math.round(performance.now() - t0)} ms`);
      }
    }
  } finally {
    await server.close();
  }

  /** @param {any[]} list @param {string} key */
  const of = (list, key) => stats(list.map((r) => r[key]));
  /** @param {any[]} list @param {string} key */
  const perQuestion = (list, key) => {
    const all = list.flatMap((r) => r[key]);
    return { ...stats(all), perRunMedian: stats(list.map((r) => stats(r[key]).median)), worstPerRun: stats(list.map((r) => stats(r[key]).max)) };
  };
  /** @param {string} name */
  const summary = (name) => {
    const list = runs[name] ?? [];
    const quiz = targets.find((t) => t.name === name)?.quiz;
    const walked = list.find((r) => r.walk);
    return {
      runs: list.length,
      usableMs: of(list, 'usableMs'),
      lcpMs: of(list, 'lcpMs'),
      tbtMs: of(list, 'tbtMs'),
      cls: of(list, 'cls'),
      longTasks: of(list, 'longTasks'),
      transferBytes: of(list, 'transferBytes'),
      requests: of(list, 'requests'),
      ...(quiz
        ? {
            heapUsedBytes: of(list, 'heapUsedBytes'),
            selectMs: perQuestion(list, 'selectMs'),
            feedbackMs: name === 'netral' ? perQuestion(list, 'feedbackMs') : undefined,
            saveMs: name === 'netral' ? perQuestion(list, 'saveMs') : undefined,
            resultsMs: of(list, 'resultsMs'),
          }
        : {}),
      // The 50 ms rule: the first run's walk of the whole course (course page only).
      ...(walked ? { walk: { ...walked.walk, steps: walked.walkSteps } } : {}),
      lighthouse: {
        runs: (lh[name] ?? []).length,
        performance: of(lh[name] ?? [], 'performance'),
        accessibility: of(lh[name] ?? [], 'accessibility'),
        lcpMs: of(lh[name] ?? [], 'lcpMs'),
        tbtMs: of(lh[name] ?? [], 'tbtMs'),
        cls: of(lh[name] ?? [], 'cls'),
      },
      raw: list.map(({ walk, walkSteps, ...rest }) => rest),
    };
  };
  return tidy({
    browser: version,
    emulation: {
      viewport: PHONE.viewport,
      userAgent: PHONE.userAgent,
      cpuSlowdown: CPU_SLOWDOWN,
      network: { latencyMs: NETWORK.latency, downKbps: (NETWORK.downloadThroughput * 8) / 1024, upKbps: (NETWORK.uploadThroughput * 8) / 1024, label: NETWORK_LABEL },
      quietMs: QUIET_MS,
      thinkMs: THINK_MS,
    },
    peer: { package: 'quizdown', version: JSON.parse(readFileSync(join(ROOT, 'node_modules/quizdown/package.json'), 'utf8')).version },
    pages: {
      netral: 'dist/bench/netral-kuis.html (bench/pages, course bench/kuis-10)',
      quizdown: 'dist/bench/quizdown-kuis.html (bench/pages, questions from bench/kuis-10)',
      course: 'dist/embed/contoh-intranet.html (the complete course)',
    },
    bytes,
    netral: summary('netral'),
    quizdown: summary('quizdown'),
    course: summary('course'),
    lighthouseRunsPerPage: LH_RUNS,
    failures,
    ms: Math.round(performance.now() - started),
  });
}

/** Builds what the browser bench needs: the demo, the embed bundle and the SCORM zips. */
export function buildForBench() {
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench: npm run build failed:\n${result.stdout}\n${result.stderr}`);
}

