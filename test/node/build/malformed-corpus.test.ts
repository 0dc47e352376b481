/**
 * Robustness of `netral check` under bad input: hundreds of malformed copies of the fixture
 * course (malformed-corpus.ts) go through loadCourse, the function the CLI uses, each in a
 * worker thread with a time limit, so that a crash or a hang fails with the case's name.
 *
 * For every variant: the check answers in time and does not throw; an invalid folder gives at
 * least one problem that names a file, with a line inside that file, and a clear message and
 * hint in Indonesian and in English; a valid folder gives no problem and a built course. A
 * handful also run through the real CLI process: exit 1, located lines, nothing on stderr.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { describeProblem, formatProblem, type ContentProblem } from '../../../src/build/problems.js';
import type { MessageLang } from '../../../src/build/messages.js';
import type { CheckAnswer } from './check-worker.js';
import { netral } from './fixture-course.js';
import { fixtureFiles, lineCount, malformedCorpus, type Category, type Variant } from './malformed-corpus.js';

/** Time a normal case may take; huge cases set their own. Generous: a hang is the target. */
const DEFAULT_TIMEOUT_MS = 10_000;
const LANGS: readonly MessageLang[] = ['id', 'en'];
/** Characters a reader cannot see or that break the one-line format of a problem. */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
const MAX_LINE = 1_000;

/** Runs loadCourse in a worker thread; a check that does not answer in time is stopped. */
class Checker {
  #worker: Worker | undefined;
  #next = 0;
  readonly #waiting = new Map<number, (answer: CheckAnswer | 'timeout') => void>();

  #spawn(): Worker {
    // The worker is plain JavaScript that registers tsx (as bin/netral.mjs does), then loads the
    // TypeScript worker module.
    const worker = new Worker(
      `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(new URL('./check-worker.ts', import.meta.url).href)}); });`,
      // The main thread's stack (V8's default, just under 1 MB), not a worker's 4 MB: a check
      // that exhausts the stack of `netral check` must fail here too.
      { eval: true, resourceLimits: { stackSizeMb: 1 } },
    );
    const failAll = (error: string) => {
      for (const [id, resolve] of this.#waiting) resolve({ id, ok: false, error });
      this.#waiting.clear();
      if (this.#worker === worker) this.#worker = undefined;
    };
    worker.on('message', (answer: CheckAnswer) => this.#waiting.get(answer.id)?.(answer));
    worker.on('error', (err) => failAll(`the worker died: ${err.stack ?? err.message}`));
    worker.on('exit', (code) => failAll(`the worker exited with code ${code}`));
    return worker;
  }

  check(dir: string, timeoutMs: number): Promise<CheckAnswer | 'timeout'> {
    this.#worker ??= this.#spawn();
    const worker = this.#worker;
    const id = this.#next++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#waiting.delete(id);
        this.#worker = undefined;
        void worker.terminate();
        resolve('timeout');
      }, timeoutMs);
      this.#waiting.set(id, (answer) => {
        clearTimeout(timer);
        this.#waiting.delete(id);
        resolve(answer);
      });
      worker.postMessage({ id, dir });
    });
  }

  async close(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }
}

/** Writes the fixture with the variant's changes into `dir`; returns the regular files written. */
async function materialize(dir: string, base: Map<string, Buffer>, variant: Variant): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>(base);
  const special: Variant['changes'] = [];
  for (const change of variant.changes) {
    files.delete(change.path);
    if ('content' in change) files.set(change.path, typeof change.content === 'string' ? Buffer.from(change.content, 'utf8') : change.content);
    else if (!('delete' in change)) special.push(change);
  }
  for (const [path, bytes] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), bytes);
  }
  for (const change of special) {
    const path = join(dir, change.path);
    await mkdir(dirname(path), { recursive: true });
    if ('folder' in change) {
      await mkdir(path);
      await writeFile(join(path, 'keep.txt'), 'x');
    } else if ('symlink' in change) {
      await symlink(change.symlink, path);
    } else if ('fifo' in change) {
      execFileSync('mkfifo', [path]);
    }
  }
  return files;
}

/**
 * Opens and closes the variant's named pipes for writing, so that a check stuck reading one
 * (in a thread of libuv's pool, which stopping the worker does not free) reads its end and lets
 * the test process exit.
 */
function releasePipes(dir: string, variant: Variant): void {
  for (const change of variant.changes) {
    if (!('fifo' in change)) continue;
    try {
      closeSync(openSync(join(dir, change.path), constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody is reading it.
    }
  }
}

function problemText(p: ContentProblem): string {
  return `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`} ${p.code}${p.field ? ` ${p.field}` : ''}`;
}

/** Every assertion about one variant's answer. */
function assertReport(variant: Variant, files: Map<string, Uint8Array>, problems: ContentProblem[], built: boolean): void {
  const listed = () => problems.map(problemText).join('\n') || '(no problem)';
  const lineCounts = new Map<string, number>();
  if (variant.expect === 'valid') {
    assert.equal(problems.length, 0, `a valid folder got problems:\n${problems.map((p) => formatProblem(p, 'en')).join('\n')}`);
    assert.ok(built, 'a valid folder must give a built course');
    return;
  }
  if (variant.expect === 'invalid') {
    assert.ok(problems.length > 0, 'an invalid folder got no problem');
    assert.ok(!built, 'no course may be built from an invalid folder');
  } else {
    assert.equal(built, problems.length === 0, `a course is built exactly when there is no problem:\n${listed()}`);
  }

  for (const p of problems) {
    const where = problemText(p);
    if (p.code === 'missing-course-dir') {
      assert.equal(p.file, '', where);
    } else {
      assert.ok(p.file.length > 0, `a problem without a file: ${where}`);
      assert.ok(!p.file.startsWith('/') && !p.file.split('/').includes('..'), `the file must be relative to the course folder: ${where}`);
    }
    assert.ok(Number.isInteger(p.line) && p.line >= 1, `a line from 1 on: ${where}`);
    const bytes = files.get(p.file);
    if (bytes) {
      const last = lineCounts.get(p.file) ?? lineCount(bytes);
      lineCounts.set(p.file, last);
      assert.ok(p.line <= last, `${where} is past the last line (${last}) of the file`);
    }
    else assert.equal(p.line, 1, `a problem about a file that is not a readable file is on line 1: ${where}`);
    if (p.column !== undefined) assert.ok(Number.isInteger(p.column) && p.column >= 1, `a column from 1 on: ${where}`);

    const lines = LANGS.map((lang) => formatProblem(p, lang));
    for (const [i, line] of lines.entries()) {
      const lang = LANGS[i]!;
      const located = p.file === '' ? '.' : `${p.file}:${p.line}`;
      assert.ok(line.startsWith(located), `${lang}: the line starts with the place: ${line.slice(0, 200)}`);
      const { message, hint } = describeProblem(p, lang);
      assert.ok(message.trim().length > 10 && hint.trim().length > 10, `${lang}: a message and a hint: ${line.slice(0, 300)}`);
      assert.ok(line.endsWith(`${message} → ${hint}`), `${lang}: the line ends with the message and the hint: ${line.slice(0, 300)}`);
      assert.doesNotMatch(line, /\bundefined\b|\bNaN\b|\[object Object\]/, `${lang}: ${line.slice(0, 300)}`);
      assert.doesNotMatch(line, INVISIBLE, `${lang}: an invisible or control character in: ${JSON.stringify(line.slice(0, 300))}`);
      assert.ok(line.length <= MAX_LINE, `${lang}: ${line.length} characters is too long to read: ${line.slice(0, 200)}…`);
    }
    assert.notEqual(lines[0], lines[1], `the Indonesian and English lines must differ: ${lines[0]}`);
    if (p.code === 'yaml-syntax') {
      const { detail } = p.params as { detail: string };
      assert.ok(!lines[0]!.includes(detail), `the Indonesian message must not fall back to the YAML library's English: ${lines[0]}`);
    }
  }

  const named = new Set(problems.map((p) => p.file));
  for (const file of variant.mustName ?? []) assert.ok(named.has(file), `a problem must name ${file}:\n${listed()}`);
  if (variant.codes) assert.ok(problems.some((p) => variant.codes!.includes(p.code)), `expected one of ${variant.codes.join(', ')}:\n${listed()}`);
  for (const spot of variant.at ?? []) {
    assert.ok(problems.some((p) => p.file === spot.file && p.line === spot.line), `expected a problem at ${spot.file}:${spot.line}:\n${listed()}`);
  }
}

const base = fixtureFiles();
const corpus = malformedCorpus(base);
const categories = [...new Set(corpus.map((v) => v.category))];

describe('malformed course corpus', () => {
  const checker = new Checker();
  let root = '';
  let caseNumber = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'netral-corpus-'));
  });
  after(async () => {
    await checker.close();
    await rm(root, { recursive: true, force: true });
  });

  it('has a few hundred distinct variants in every category, the same on every run', () => {
    const counts: Partial<Record<Category, number>> = {};
    for (const v of corpus) counts[v.category] = (counts[v.category] ?? 0) + 1;
    assert.ok(corpus.length >= 600, `${corpus.length} variants`);
    for (const category of categories) assert.ok((counts[category] ?? 0) >= 5, `${category}: ${counts[category]}`);
    assert.equal(new Set(corpus.map((v) => v.name)).size, corpus.length, 'variant names are unique');
    assert.ok(corpus.some((v) => v.expect === 'valid') && corpus.some((v) => v.expect === 'invalid'));
    const digest = (vs: Variant[]) => {
      const hash = createHash('sha256');
      for (const v of vs) {
        hash.update(v.name);
        for (const c of v.changes) hash.update(c.path).update('content' in c ? c.content : JSON.stringify(c));
      }
      return hash.digest('hex');
    };
    assert.equal(digest(malformedCorpus(base)), digest(corpus));
  });

  for (const category of categories) {
    describe(category, () => {
      for (const variant of corpus.filter((v) => v.category === category)) {
        const skip = variant.posixOnly && process.platform === 'win32' ? 'needs named pipes' : false;
        it(variant.name, { skip }, async () => {
          const dir = join(root, String(caseNumber++));
          await mkdir(dir);
          try {
            const files = await materialize(dir, base, variant);
            const timeoutMs = variant.timeoutMs ?? DEFAULT_TIMEOUT_MS;
            const answer = await checker.check(join(dir, variant.courseDir ?? ''), timeoutMs);
            if (answer === 'timeout') assert.fail(`${variant.name}: the check gave no answer within ${timeoutMs} ms`);
            if (!answer.ok) assert.fail(`${variant.name}: the check threw ${answer.error}`);
            // A folder given as a path of its own has no files of its own to locate.
            assertReport(variant, variant.courseDir ? new Map() : files, answer.problems, answer.built);
          } finally {
            releasePipes(dir, variant);
            await rm(dir, { recursive: true, force: true });
          }
        });
      }
    });
  }
});

describe('netral check as a process on malformed folders', () => {
  let root = '';
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'netral-corpus-cli-'));
  });
  after(() => rm(root, { recursive: true, force: true }));

  const picks: [name: string, file: string, lang: MessageLang][] = [
    ['course.yaml cut at byte 100', 'course.yaml', 'id'],
    ['a NUL byte in a lesson body', 'lessons/mengapa-netral.id.md', 'en'],
    ['quotes nested 10,000 deep', 'lessons/mengapa-netral.id.md', 'id'],
    ['a scenario chain of 10,000 nodes whose last choice goes back to the start', 'scenarios/unggahan-calon.id.md', 'en'],
    ['course.yaml is a folder', 'course.yaml', 'id'],
    ['banks/media-sosial.id.md replaced by 4096 random bytes', 'banks/media-sosial.id.md', 'en'],
    ['an alias to nothing', 'lessons/mengapa-netral.id.md', 'id'],
  ];
  for (const [name, file, lang] of picks) {
    it(`${name} (--lang ${lang}): exit 1, located lines, no stack trace`, async () => {
      const variant = corpus.find((v) => v.name === name);
      assert.ok(variant, `no variant named ${name}`);
      const dir = join(root, name.replace(/[^a-z0-9]+/gi, '-'));
      await mkdir(dir);
      await materialize(dir, base, variant);
      const run = await netral('check', dir, '--lang', lang);
      assert.equal(run.code, 1, run.stdout + run.stderr);
      assert.equal(run.stderr, '', 'nothing on stderr');
      assert.doesNotMatch(run.stdout, /^\s+at /m, 'no stack trace');
      const lines = run.stdout.trimEnd().split('\n');
      const located = new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${file.replace(/\./g, '\\.')}:\\d+(?::\\d+)?  \\S`);
      assert.ok(lines.some((line) => located.test(line)), `a line for ${file}:\n${run.stdout.slice(0, 2000)}`);
      assert.match(lines.at(-1)!, lang === 'en' ? /^\d+ problems? found in \d+ files?\.$/ : /^\d+ masalah ditemukan di \d+ berkas\.$/);
    });
  }
});
