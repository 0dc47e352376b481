/**
 * Saved learner state that is corrupt, truncated, from an older or newer format, or from another
 * course or version, through every door it comes back by: parseLearnerState (a record from the
 * device store or the SCORM journal), carryOverState (a record of another course version) and
 * decodeSuspendData (the LMS's suspend_data).
 *
 * Whatever goes in: nothing throws, and the answer is either a state this course can use (its
 * own id and version, only its own items, questions drawn by its own seeds, attempts within the
 * quiz's limit, something the suspend codec can write back, that reads back the same) or a
 * refusal with one of the reasons the player tells the learner about. Never a mix of two courses.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CourseData, Quiz } from '../../../src/core/course.js';
import { carryOverState, createLearnerState, parseLearnerState, type StateCheck } from '../../../src/core/learner-state.js';
import { courseItemIds, courseResult, itemStatus, percentComplete, completeLesson, setLocation, withQuiz, withScenario } from '../../../src/core/progress.js';
import { answerQuestion, drawQuestions, moveTo, startAttempt, submitAttempt } from '../../../src/core/quiz.js';
import { createRng, deriveSeed } from '../../../src/core/random.js';
import { chooseOption, scenarioPath } from '../../../src/core/scenario.js';
import { STATE_VERSION, type LearnerState } from '../../../src/core/state.js';
import { decodeSuspendData, encodeSuspendData, UNLIMITED_ATTEMPTS_CAP } from '../../../src/core/suspend-codec.js';
import { makeBank, makeCourse, makeQuestion, quizOf, RIGHT_ANSWERS, scenarioOf } from './fixture.js';

const course = makeCourse();
const REASONS = ['corrupt', 'other-course', 'other-version', 'newer-format'] as const;
const CARRY_REASONS = ['corrupt', 'other-course', 'same-version', 'newer-format'] as const;

/** A learner half-way: l1 read, the scenario finished, one quiz attempt submitted and one in progress. */
function fullState(c: CourseData = course, seed = 0x5eed): LearnerState {
  const q = quizOf(c);
  let state = createLearnerState(c, seed);
  state = setLocation(completeLesson(state, 'l1'), 'q1');
  state = withScenario(state, 's1', chooseOption(scenarioOf(c), chooseOption(scenarioOf(c), undefined, 'b'), 'a'));
  let progress = startAttempt(undefined, q, state.seed);
  for (const question of drawQuestions(c, q, progress.attempts[0]!.seed)) progress = answerQuestion(progress, q, question.id, RIGHT_ANSWERS[question.id]!);
  progress = startAttempt(submitAttempt(progress, c, q), q, state.seed);
  progress = moveTo(answerQuestion(answerQuestion(progress, q, 'q-matching', { a: 'b', b: 'a' }), q, 'q-ordering', ['d', 'c', 'b', 'a']), 3, 6);
  return withQuiz(state, 'q1', progress);
}

const valid = fullState();
const validJson = JSON.stringify(valid);

/** The most attempts a quiz may hold (what the suspend codec can write). */
function attemptCap(q: Quiz): number {
  return q.attempts > 0 ? q.attempts : UNLIMITED_ATTEMPTS_CAP;
}

/**
 * A state the player can run for `c` without ever meeting another course's data: checked
 * independently of learner-state.ts, field by field.
 */
function assertUsable(c: CourseData, state: LearnerState, name: string): void {
  const own = (id: string) => Object.hasOwn(c.items, id);
  assert.equal(state.v, STATE_VERSION, name);
  assert.equal(state.courseId, c.id, `${name}: course id`);
  assert.equal(state.courseVersion, c.version, `${name}: course version`);
  assert.ok(Number.isInteger(state.seed) && state.seed >= 0 && state.seed <= 0xffffffff, `${name}: seed`);
  assert.ok(state.location === '' || own(state.location), `${name}: location ${JSON.stringify(state.location)} is no item of the course`);
  assert.ok(Array.isArray(state.lessonsDone), name);
  assert.equal(new Set(state.lessonsDone).size, state.lessonsDone.length, `${name}: a lesson twice`);
  for (const id of state.lessonsDone) assert.ok(own(id) && c.items[id]!.kind === 'lesson', `${name}: lessonsDone has ${JSON.stringify(id)}`);
  for (const [id, progress] of Object.entries(state.scenarios)) {
    const scenario = own(id) ? c.items[id] : undefined;
    assert.ok(scenario?.kind === 'scenario', `${name}: scenarios has ${JSON.stringify(id)}`);
    assert.equal(typeof progress.done, 'boolean', name);
    const steps = scenarioPath(scenario, progress).filter((step) => step.choice).length;
    assert.equal(steps, progress.choices.length, `${name}: every scenario choice walks`);
  }
  for (const [id, progress] of Object.entries(state.quizzes)) {
    const q = own(id) ? c.items[id] : undefined;
    assert.ok(q?.kind === 'quiz', `${name}: quizzes has ${JSON.stringify(id)}`);
    assert.ok(progress.attempts.length <= attemptCap(q), `${name}: ${progress.attempts.length} attempts, the quiz allows ${attemptCap(q)}`);
    progress.attempts.forEach((attempt, i) => {
      assert.equal(attempt.seed, deriveSeed(state.seed, q.id, i + 1), `${name}: attempt ${i + 1} was not drawn for this learner`);
      assert.ok(i === progress.attempts.length - 1 || attempt.submitted, `${name}: an attempt in progress before the last`);
      const drawn = drawQuestions(c, q, attempt.seed);
      for (const questionId of Object.keys(attempt.responses)) assert.ok(drawn.some((d) => d.id === questionId), `${name}: a response to ${questionId}, not drawn`);
      assert.ok(Number.isInteger(attempt.index) && attempt.index >= 0 && attempt.index < Math.max(1, drawn.length), `${name}: index`);
    });
  }
  // The player can show it, and the codec can write it to the LMS and read it back.
  courseResult(c, state);
  percentComplete(c, state);
  for (const id of courseItemIds(c)) itemStatus(c, state, id);
  const data = encodeSuspendData(c, state);
  const back = decodeSuspendData(c, data);
  assert.ok(back.ok, `${name}: its suspend data reads back (${JSON.stringify(back)})`);
  // It is plain data, and reading it again changes nothing.
  assert.deepEqual(JSON.parse(JSON.stringify(state)), state, `${name}: plain JSON data`);
  const again = parseLearnerState(JSON.parse(JSON.stringify(state)), c);
  assert.deepEqual(again, { ok: true, state, migrated: false }, `${name}: reads the same a second time`);
}

/** parseLearnerState never throws; it gives a usable state or a known reason. */
function checkParse(name: string, input: unknown, c: CourseData = course): StateCheck {
  let result: StateCheck;
  try {
    result = parseLearnerState(input, c);
  } catch (err) {
    assert.fail(`${name}: parseLearnerState threw ${(err as Error).stack}`);
  }
  if (result.ok) assertUsable(c, result.state, name);
  else assert.ok((REASONS as readonly string[]).includes(result.reason), `${name}: reason ${result.reason}`);
  return result;
}

const updated: CourseData = { ...makeCourse(), version: '1.1.0' };

/** carryOverState never throws; a carried state is usable by the new version, with no quiz attempts. */
function checkCarry(name: string, input: unknown): void {
  let result: ReturnType<typeof carryOverState>;
  try {
    result = carryOverState(input, updated);
  } catch (err) {
    assert.fail(`${name}: carryOverState threw ${(err as Error).stack}`);
  }
  if (!result.ok) {
    assert.ok((CARRY_REASONS as readonly string[]).includes(result.reason), `${name}: reason ${result.reason}`);
    return;
  }
  assertUsable(updated, result.state, `${name} (carried over)`);
  assert.deepEqual(result.state.quizzes, {}, `${name}: quiz attempts are never carried over`);
  assert.ok(result.state.location === '' || updated.items[result.state.location]?.kind !== 'quiz', name);
  assert.equal(typeof result.fromVersion, 'string');
}

// ---------------------------------------------------------------------------------------------
// Variants of a saved record

type Path = (string | number)[];

/** Every path in a JSON tree, parents before children. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...prefix, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...prefix, key])]);
}

const REMOVE = Symbol('remove');

/** A deep copy of `root` with the value at `path` replaced (or removed). */
function withAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value !== REMOVE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

const label = (path: Path) => path.map(String).join('.') || '(root)';

const WRONG: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['2^32', 2 ** 32],
  ['""', ''],
  ['"x"', 'x'],
  ['true', true],
  ['[]', []],
  ['{}', {}],
  ['[null]', [null]],
  ['{a: 1}', { a: 1 }],
  ['"constructor"', 'constructor'],
  ['"__proto__"', '__proto__'],
];

const INHERITED_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Every variant of the valid record, by name. */
function recordVariants(): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const path of pathsOf(valid)) {
    out.push([`${label(path)} removed`, withAt(valid, path, REMOVE)]);
    for (const [name, value] of WRONG) out.push([`${label(path)} = ${name}`, withAt(valid, path, value)]);
  }
  for (const name of INHERITED_NAMES) {
    out.push([`location "${name}"`, { ...valid, location: name }]);
    out.push([`lessonsDone ["${name}"]`, { ...valid, lessonsDone: [name] }]);
    // JSON.parse makes "__proto__" an own key, as a stored record would have it.
    out.push([`a scenario named "${name}"`, JSON.parse(`{${validJson.slice(1, -1)},"scenarios":{"${name}":{"choices":[],"done":true}}}`)]);
    out.push([`a quiz named "${name}"`, JSON.parse(`{${validJson.slice(1, -1)},"quizzes":{"${name}":{"attempts":[]}}}`)]);
    out.push([`a response to question "${name}"`, withAt(valid, ['quizzes', 'q1', 'attempts', 1, 'responses', name], 'a')]);
    out.push([`a scenario choice "${name}"`, withAt(valid, ['scenarios', 's1', 'choices'], [name])]);
  }
  return out;
}

/** Seeded random JSON-like values built from the record's own vocabulary. */
function randomValues(count: number, seed: number): [string, unknown][] {
  const random = createRng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const words = ['v', 'courseId', 'courseVersion', 'seed', 'location', 'lessonsDone', 'scenarios', 'quizzes', 'attempts', 'responses', 'submitted', 'index', 'choices', 'done', 'l1', 's1', 'q1', 'q-single', 'a', 'b', 'netral-test', '1.0.0', '__proto__'];
  const scalar = (): unknown => pick<unknown>([null, true, false, 0, 1, -1, 42, 2 ** 31, 1.5, pick(words), '', 'x'.repeat(Math.floor(random() * 50))]);
  const value = (depth: number): unknown => {
    const r = random();
    if (depth > 4 || r < 0.4) return scalar();
    if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return Object.fromEntries(Array.from({ length: Math.floor(random() * 6) }, () => [pick(words), value(depth + 1)]));
  };
  const out: [string, unknown][] = [];
  for (let i = 0; i < count; i++) {
    const base = i % 2 === 0 ? (value(0) as object) : { ...(structuredClone(valid) as object), [pick(words)]: value(1) };
    out.push([`random value ${i}`, base]);
  }
  return out;
}

function randomText(count: number, seed: number): string[] {
  const random = createRng(seed);
  return Array.from({ length: count }, () =>
    String.fromCharCode(...Array.from({ length: Math.floor(random() * 300) }, () => Math.floor(random() * 256))),
  );
}

// ---------------------------------------------------------------------------------------------

describe('a saved record read back (parseLearnerState)', () => {
  test('the valid record reads back whole', () => {
    assert.deepEqual(checkParse('valid', JSON.parse(validJson)), { ok: true, state: valid, migrated: false });
  });

  test('its JSON text cut at every position is refused as corrupt', () => {
    for (let end = 0; end < validJson.length; end++) {
      const text = validJson.slice(0, end);
      assert.deepEqual(checkParse(`cut at ${end}`, text), { ok: false, reason: 'corrupt' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        continue;
      }
      checkParse(`cut at ${end}, parsed`, parsed);
    }
  });

  const variants = recordVariants();
  test(`${variants.length} records with a field removed, of the wrong type, or named like an inherited property`, () => {
    let refused = 0;
    for (const [name, input] of variants) if (!checkParse(name, input).ok) refused++;
    // Most of them are refused; some are cleaned up (an unknown lesson id dropped, say).
    assert.ok(refused > variants.length / 2, `${refused} refused`);
  });

  test('400 seeded random values: usable or refused, never thrown', () => {
    for (const [name, input] of randomValues(400, 2026)) checkParse(name, input);
  });

  test('random bytes and text are refused as corrupt', () => {
    for (const [i, text] of randomText(200, 7).entries()) {
      assert.deepEqual(checkParse(`random text ${i}`, text), { ok: false, reason: 'corrupt' });
    }
    for (const value of [new Uint8Array([1, 2, 3]), new Date(0), new Map([['v', 1]]), [valid], Number.NaN, Symbol.for('x'), () => valid]) {
      assert.deepEqual(checkParse(String(value), value), { ok: false, reason: 'corrupt' });
    }
  });

  const refusals: [string, unknown, (typeof REASONS)[number]][] = [
    ['another course', fullState({ ...makeCourse(), id: 'kursus-lain' }), 'other-course'],
    ['another course with the same items', { ...valid, courseId: 'netral-lain' }, 'other-course'],
    ['another version', fullState(updated), 'other-version'],
    ['a version that differs in case', { ...valid, courseVersion: '1.0.0-RC' }, 'other-version'],
    ['the next format', { ...valid, v: STATE_VERSION + 1 }, 'newer-format'],
    ['a far future format', { ...valid, v: 999 }, 'newer-format'],
    ['the largest safe integer as format', { ...valid, v: Number.MAX_SAFE_INTEGER }, 'newer-format'],
    ['an infinite format', { ...valid, v: Number.POSITIVE_INFINITY }, 'corrupt'],
    ['format 0', { ...valid, v: 0 }, 'corrupt'],
    ['a negative format', { ...valid, v: -1 }, 'corrupt'],
    ['a fractional format', { ...valid, v: 1.0000001 }, 'corrupt'],
    ['a format as text', { ...valid, v: '1' }, 'corrupt'],
    ['no format', { ...valid, v: undefined }, 'corrupt'],
  ];
  for (const [name, input, reason] of refusals) {
    test(`${name}: ${reason}`, () => assert.deepEqual(checkParse(name, input), { ok: false, reason }));
  }

  test('a record that mixes two learners (attempts drawn for another seed) is refused', () => {
    const other = fullState(course, 77);
    assert.deepEqual(checkParse('mixed', { ...valid, quizzes: other.quizzes }), { ok: false, reason: 'corrupt' });
  });

  test('more attempts than the quiz allows is refused', () => {
    const q = quizOf(course);
    let progress = startAttempt(undefined, q, valid.seed);
    progress = startAttempt(submitAttempt(progress, course, q), q, valid.seed);
    const third = { seed: deriveSeed(valid.seed, q.id, 3), responses: {}, submitted: false, index: 0 };
    const attempts = [...progress.attempts.map((a) => ({ ...a, submitted: true })), third];
    assert.deepEqual(checkParse('three attempts of two', { ...valid, quizzes: { q1: { attempts } } }), { ok: false, reason: 'corrupt' });
  });

  test('huge records are answered quickly', () => {
    const started = performance.now();
    const huge: [string, unknown][] = [
      ['100,000 attempts', withAt(valid, ['quizzes', 'q1', 'attempts'], Array.from({ length: 100_000 }, (_, i) => ({ seed: i, responses: {}, submitted: true, index: 0 })))],
      ['100,000 lessons done', { ...valid, lessonsDone: Array.from({ length: 100_000 }, (_, i) => `l${i}`) }],
      ['100,000 scenario choices', withAt(valid, ['scenarios', 's1', 'choices'], Array.from({ length: 100_000 }, () => 'b'))],
      ['100,000 responses', withAt(valid, ['quizzes', 'q1', 'attempts', 1, 'responses'], Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`r${i}`, 'a'])))],
      ['100,000 scenarios', { ...valid, scenarios: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`s${i}`, { choices: [], done: true }])) }],
      ['a location of 1 MB', { ...valid, location: 'l'.repeat(1 << 20) }],
    ];
    for (const [name, input] of huge) checkParse(name, input);
    assert.ok(performance.now() - started < 10_000, `${Math.round(performance.now() - started)} ms`);
  });

  test('an older format is migrated, through the same checks', () => {
    // Format 1 is the only one today: a record written by format 1 reads back unmigrated.
    assert.deepEqual(checkParse('format 1', { ...valid, v: 1 }), { ok: true, state: valid, migrated: false });
  });
});

describe('a record of another course version carried over (carryOverState)', () => {
  test('the valid record of the previous version is carried over, without its quiz attempts', () => {
    const result = carryOverState(valid, updated);
    assert.ok(result.ok);
    checkCarry('valid', valid);
  });

  test('every variant of the record: carried over usably, or refused', () => {
    for (const [name, input] of [...recordVariants(), ...randomValues(200, 99)]) checkCarry(name, input);
    for (let end = 0; end < validJson.length; end += 7) checkCarry(`cut at ${end}`, validJson.slice(0, end));
  });

  test('another course is never carried over', () => {
    assert.deepEqual(carryOverState(fullState({ ...makeCourse(), id: 'kursus-lain' }), updated), { ok: false, reason: 'other-course' });
  });
});

describe('suspend data read back from the LMS (decodeSuspendData)', () => {
  const data = encodeSuspendData(course, valid);
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function checkDecode(name: string, text: unknown, c: CourseData = course): StateCheck {
    let result: StateCheck;
    try {
      result = decodeSuspendData(c, text as string);
    } catch (err) {
      assert.fail(`${name}: decodeSuspendData threw ${(err as Error).stack}`);
    }
    if (result.ok) assertUsable(c, result.state, name);
    else assert.ok((REASONS as readonly string[]).includes(result.reason), `${name}: reason ${result.reason}`);
    return result;
  }

  test('reads back what it wrote', () => {
    assert.ok(checkDecode('valid', data).ok);
  });

  test('cut at every position: refused', () => {
    for (let end = 0; end < data.length; end++) assert.equal(checkDecode(`cut at ${end}`, data.slice(0, end)).ok, false, `cut at ${end}`);
  });

  test('every single character changed: refused or usable, never thrown', () => {
    for (let i = 0; i < data.length; i++) {
      for (const char of ALPHABET) {
        if (char === data[i]) continue;
        checkDecode(`character ${i} → ${char}`, data.slice(0, i) + char + data.slice(i + 1));
      }
    }
  });

  test('random text and values of other types: refused', () => {
    for (const [i, text] of randomText(300, 11).entries()) assert.equal(checkDecode(`random text ${i}`, text).ok, false);
    for (const value of [undefined, null, 42, {}, [data], valid, validJson]) assert.equal(checkDecode(String(value), value).ok, false);
  });

  test('suspend data of 50 other courses is never read as this one', () => {
    for (let i = 0; i < 50; i++) {
      const other = { ...makeCourse(), id: `kursus-${i}` };
      assert.deepEqual(checkDecode(`course ${other.id}`, encodeSuspendData(other, fullState(other))), { ok: false, reason: 'other-course' });
    }
  });

  test('suspend data of 300 other versions is never read as this one', () => {
    for (let i = 1; i <= 300; i++) {
      const other = { ...makeCourse(), version: `1.0.${i}` };
      const result = checkDecode(`version ${other.version}`, encodeSuspendData(other, fullState(other)));
      assert.equal(result.ok, false, `version ${other.version} was read as ${course.version}`);
    }
  });

  test('a version whose fingerprint collides with this one is still refused', () => {
    // The header keeps 12 bits of (id, version): about one version in 4,096 shares them.
    const fingerprint = (version: string) => deriveSeed(0, 'netral-suspend-version', course.id, version) >>> 20;
    let n = 1;
    while (fingerprint(`2.0.${n}`) !== fingerprint(course.version)) n++;
    // The same structure, but the bank's questions are other questions under the same ids.
    const colliding: CourseData = { ...makeCourse(), version: `2.0.${n}` };
    colliding.banks = { ...colliding.banks, b1: makeBank('b1', colliding.banks.b1!.questionIds.map((id) => makeQuestion(id, colliding.banks.b1!.questions[id]!.type, { promptHtml: '<p>Soal lain</p>' }))) };
    const theirs = encodeSuspendData(colliding, fullState(colliding));
    assert.equal(checkDecode(`version ${colliding.version}`, theirs).ok, false, `${colliding.version} read as ${course.version}`);
    assert.equal(checkDecode(`version ${course.version} read by ${colliding.version}`, data, colliding).ok, false);
  });
});
