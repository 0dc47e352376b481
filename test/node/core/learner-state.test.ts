import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { STATE_VERSION, type LearnerState } from '../../../src/core/state.js';
import { carryOverState, createLearnerState, parseLearnerState, type StateCheck } from '../../../src/core/learner-state.js';
import { STATE_MIGRATIONS, migrateState, type StateMigration } from '../../../src/core/state-migrate.js';
import { answerQuestion, drawQuestions, moveTo, startAttempt, submitAttempt } from '../../../src/core/quiz.js';
import { deriveSeed } from '../../../src/core/random.js';
import { chooseOption } from '../../../src/core/scenario.js';
import { completeLesson, setLocation, withQuiz, withScenario } from '../../../src/core/progress.js';
import { makeCourse, quizOf, scenarioOf } from './fixture.js';

const course = makeCourse();
const quiz = quizOf(course);
/** The seed of attempt n of quiz q1 for the learner seed 42, as startAttempt derives it. */
const attemptSeed = (n: number) => deriveSeed(42, 'q1', n);

/** A valid saved state as plain JSON data, with `changes` merged on top. */
function saved(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    v: 1,
    courseId: 'netral-test',
    courseVersion: '1.0.0',
    seed: 42,
    location: 'l1',
    lessonsDone: ['l1'],
    scenarios: { s1: { choices: ['b'], done: false } },
    quizzes: { q1: { attempts: [{ seed: attemptSeed(1), responses: { 'q-single': 'a' }, submitted: false, index: 1 }] } },
    ...changes,
  };
}

function parsed(value: unknown): LearnerState {
  const check = parseLearnerState(value, course);
  assert.ok(check.ok, `expected ok, got ${JSON.stringify(check)}`);
  return check.state;
}

function attempt(fields: Record<string, unknown>): Record<string, unknown> {
  return { quizzes: { q1: { attempts: [{ seed: attemptSeed(1), responses: {}, submitted: false, index: 0, ...fields }] } } };
}

describe('createLearnerState', () => {
  test('starts empty, at no location, for this course and version', () => {
    assert.deepEqual(createLearnerState(course, 42), {
      v: STATE_VERSION,
      courseId: 'netral-test',
      courseVersion: '1.0.0',
      seed: 42,
      location: '',
      lessonsDone: [],
      scenarios: {},
      quizzes: {},
    });
  });

  test('keeps the seed a 32-bit unsigned integer', () => {
    assert.equal(createLearnerState(course, -1).seed, 0xffffffff);
  });
});

describe('parseLearnerState rejects', () => {
  const cases: Array<[string, unknown, Extract<StateCheck, { ok: false }>['reason']]> = [
    ['null', null, 'corrupt'],
    ['undefined', undefined, 'corrupt'],
    ['a string', '{"v":1}', 'corrupt'],
    ['a number', 1, 'corrupt'],
    ['an array', [saved()], 'corrupt'],
    ['an empty object', {}, 'corrupt'],
    ['a string version', saved({ v: '1' }), 'corrupt'],
    ['version 0', saved({ v: 0 }), 'corrupt'],
    ['a fractional version', saved({ v: 1.5 }), 'corrupt'],
    ['a missing course id', saved({ courseId: undefined }), 'corrupt'],
    ['a numeric course version', saved({ courseVersion: 1 }), 'corrupt'],
    ['a truncated object', { v: 1, courseId: 'netral-test', courseVersion: '1.0.0', seed: 42 }, 'corrupt'],
    ['a string seed', saved({ seed: '42' }), 'corrupt'],
    ['a negative seed', saved({ seed: -1 }), 'corrupt'],
    ['a seed above 32 bits', saved({ seed: 2 ** 32 }), 'corrupt'],
    ['a numeric location', saved({ location: 3 }), 'corrupt'],
    ['lessonsDone not a list', saved({ lessonsDone: 'l1' }), 'corrupt'],
    ['lessonsDone with a number', saved({ lessonsDone: ['l1', 2] }), 'corrupt'],
    ['scenarios as a list', saved({ scenarios: [] }), 'corrupt'],
    ['scenario choices not a list', saved({ scenarios: { s1: { choices: 'b', done: false } } }), 'corrupt'],
    ['scenario without done', saved({ scenarios: { s1: { choices: [] } } }), 'corrupt'],
    ['quizzes missing', saved({ quizzes: undefined }), 'corrupt'],
    ['attempts not a list', saved({ quizzes: { q1: { attempts: {} } } }), 'corrupt'],
    ['an attempt that is null', saved({ quizzes: { q1: { attempts: [null] } } }), 'corrupt'],
    ['an attempt with a string seed', saved(attempt({ seed: '7' })), 'corrupt'],
    ['an attempt with a negative index', saved(attempt({ index: -1 })), 'corrupt'],
    ['an attempt with a string submitted', saved(attempt({ submitted: 'yes' })), 'corrupt'],
    ['responses as a list', saved(attempt({ responses: ['a'] })), 'corrupt'],
    ['a numeric response', saved(attempt({ responses: { 'q-single': 1 } })), 'corrupt'],
    ['a response list with a number', saved(attempt({ responses: { 'q-multiple': ['a', 1] } })), 'corrupt'],
    [
      'an unsubmitted attempt before the last',
      saved({
        quizzes: {
          q1: {
            attempts: [
              { seed: attemptSeed(1), responses: {}, submitted: false, index: 0 },
              { seed: attemptSeed(2), responses: {}, submitted: false, index: 0 },
            ],
          },
        },
      }),
      'corrupt',
    ],
    ['an attempt drawn for another learner seed', saved(attempt({ seed: deriveSeed(43, 'q1', 1) })), 'corrupt'],
    ['an attempt numbered wrongly (the seed of attempt 2 first)', saved(attempt({ seed: attemptSeed(2) })), 'corrupt'],
    ['the learner seed changed under its attempts', saved({ seed: 43 }), 'corrupt'],
    [
      'more attempts than the quiz allows',
      saved({ quizzes: { q1: { attempts: [1, 2, 3].map((n) => ({ seed: attemptSeed(n), responses: {}, submitted: true, index: 0 })) } } }),
      'corrupt',
    ],
    ['another course', saved({ courseId: 'other' }), 'other-course'],
    ['another version of the course', saved({ courseVersion: '1.1.0' }), 'other-version'],
    ['a newer format', saved({ v: STATE_VERSION + 1 }), 'newer-format'],
    ['a newer format of any shape', { v: STATE_VERSION + 1, whatever: true }, 'newer-format'],
  ];
  for (const [name, value, reason] of cases) {
    test(`${name}: ${reason}`, () => {
      assert.deepEqual(parseLearnerState(value, course), { ok: false, reason });
    });
  }
});

describe('parseLearnerState accepts', () => {
  test('a valid state, unchanged and not migrated', () => {
    assert.deepEqual(parseLearnerState(saved(), course), { ok: true, state: saved(), migrated: false });
  });

  const cleanups: Array<[string, Record<string, unknown>, (state: LearnerState) => unknown, unknown]> = [
    ['drops unknown, non-lesson and repeated ids from lessonsDone', { lessonsDone: ['l1', 'ghost', 's1', 'l1'] }, (s) => s.lessonsDone, ['l1']],
    ['drops progress of unknown or wrong-kind scenarios', { scenarios: { ghost: { choices: [], done: false }, l1: { choices: [], done: true } } }, (s) => s.scenarios, {}],
    ['drops progress of unknown quizzes', { quizzes: { ghost: { attempts: [] }, s1: { attempts: [] } } }, (s) => s.quizzes, {}],
    ['resets an unknown location', { location: 'ghost' }, (s) => s.location, ''],
    ['resets a location named like an inherited property', { location: 'constructor' }, (s) => s.location, ''],
    ['drops lessons named like inherited properties', { lessonsDone: ['l1', 'toString', '__proto__'] }, (s) => s.lessonsDone, ['l1']],
    ['keeps an empty location', { location: '' }, (s) => s.location, ''],
    ['cuts scenario choices where they stop walking', { scenarios: { s1: { choices: ['b', 'zz', 'a'], done: false } } }, (s) => s.scenarios.s1, { choices: ['b'], done: false }],
    ['keeps done once set (a restarted, finished scenario)', { scenarios: { s1: { choices: ['b'], done: true } } }, (s) => s.scenarios.s1, { choices: ['b'], done: true }],
    ['marks a path that reaches an ending done', { scenarios: { s1: { choices: ['a'], done: false } } }, (s) => s.scenarios.s1, { choices: ['a'], done: true }],
    ['drops responses to questions outside the draw', attempt({ responses: { 'q-single': 'a', 'big-1': 'a', ghost: 'b' } }), (s) => s.quizzes.q1?.attempts[0]?.responses, { 'q-single': 'a' }],
    ['clamps the question index to the draw', attempt({ index: 99 }), (s) => s.quizzes.q1?.attempts[0]?.index, 5],
    ['ignores unknown top-level fields', { extra: { deep: true } }, (s) => Object.keys(s).sort(), ['courseId', 'courseVersion', 'lessonsDone', 'location', 'quizzes', 'scenarios', 'seed', 'v']],
  ];
  for (const [name, changes, pick, expected] of cleanups) {
    test(name, () => assert.deepEqual(pick(parsed(saved(changes))), expected));
  }

  test('keeps every kind of response', () => {
    const responses = { 'q-single': 'a', 'q-multiple': ['a', 'b'], 'q-matching': { a: 'b' } };
    assert.deepEqual(parsed(saved(attempt({ responses }))).quizzes.q1?.attempts[0]?.responses, responses);
  });

  test('the result shares nothing with the input', () => {
    const input = saved(attempt({ responses: { 'q-multiple': ['a'] } }));
    const state = parsed(input);
    const response = state.quizzes.q1?.attempts[0]?.responses['q-multiple'];
    assert.ok(Array.isArray(response));
    response.push('b');
    state.lessonsDone.push('l2');
    assert.deepEqual(parsed(input).quizzes.q1?.attempts[0]?.responses['q-multiple'], ['a']);
    assert.deepEqual(parsed(input).lessonsDone, ['l1']);
  });

  test('survives a JSON round trip of a state built through the API', () => {
    let state = createLearnerState(course, 123456789);
    state = setLocation(completeLesson(state, 'l1'), 'q1');
    state = withScenario(state, 's1', chooseOption(scenarioOf(course), chooseOption(scenarioOf(course), undefined, 'b'), 'a'));
    let progress = startAttempt(undefined, quiz, state.seed);
    const firstAttempt = drawQuestions(course, quiz, progress.attempts[0]?.seed ?? 0);
    for (const question of firstAttempt) progress = answerQuestion(progress, quiz, question.id, question.type === 'single' ? 'a' : ['a']);
    progress = startAttempt(submitAttempt(progress, course, quiz), quiz, state.seed);
    progress = moveTo(answerQuestion(progress, quiz, 'q-matching', { a: 'a', b: 'c' }), 3, 6);
    state = withQuiz(state, 'q1', progress);

    const check = parseLearnerState(JSON.parse(JSON.stringify(state)), course);
    assert.deepEqual(check, { ok: true, state, migrated: false });
  });
});

describe('migrateState', () => {
  const toV2: StateMigration = (old) => ({ ...old, renamed: old.seed });
  const toV3: StateMigration = (old) => ({ ...old, added: true });
  const migrations = new Map([
    [1, toV2],
    [2, toV3],
  ]);

  test('today only version 1 exists: no migrations, v1 reads as is', () => {
    assert.equal(STATE_MIGRATIONS.size, 0);
    assert.deepEqual(migrateState({ v: 1, seed: 5 }, 1), { v: 1, seed: 5 });
  });

  const cases: Array<[string, number, number, Record<string, unknown> | undefined]> = [
    ['chains every step up to the target', 1, 3, { v: 3, seed: 5, renamed: 5, added: true }],
    ['starts at the saved version', 2, 3, { v: 3, seed: 5, added: true }],
    ['does nothing at the target', 3, 3, { v: 3, seed: 5 }],
    ['fails when a step is missing', 1, 4, undefined],
    ['fails for a version above the target', 4, 3, undefined],
    ['fails for version 0', 0, 3, undefined],
  ];
  for (const [name, from, target, expected] of cases) {
    test(name, () => {
      const raw = Object.freeze({ v: from, seed: 5 });
      assert.deepEqual(migrateState(raw, from, migrations, target), expected);
    });
  }
});

describe('carryOverState: progress saved under another version of the course', () => {
  /** v1.0.0 progress: l1 read, s1 finished, on q1 with a submitted attempt. */
  function oldProgress(): LearnerState {
    const old = { ...makeCourse(), version: '1.0.0' };
    let state = createLearnerState(old, 42);
    state = completeLesson(state, 'l1');
    state = withScenario(state, 's1', { choices: ['b', 'a'], done: true });
    const q = { ...quizOf(old), attempts: 0 };
    let progress = startAttempt(undefined, q, state.seed);
    progress = submitAttempt(progress, old, q);
    state = withQuiz(setLocation(state, 'q1'), 'q1', progress);
    return state;
  }
  const updated = { ...makeCourse(), version: '1.1.0' };

  test('keeps lessons, scenarios and the seed; leaves quiz attempts behind and says so', () => {
    const result = carryOverState(oldProgress(), updated);
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.deepEqual(
      [result.fromVersion, result.quizzesReset, result.state.courseVersion, result.state.seed, result.state.lessonsDone, result.state.scenarios.s1?.done, result.state.quizzes, result.state.location],
      ['1.0.0', true, '1.1.0', 42, ['l1'], true, {}, ''],
    );
  });

  test('items the new version removed are dropped, not kept as ghosts', () => {
    const slimmer = { ...updated, items: { ...updated.items } };
    delete (slimmer.items as Record<string, unknown>).l1;
    const result = carryOverState(oldProgress(), slimmer);
    assert.ok(result.ok);
    if (result.ok) assert.deepEqual(result.state.lessonsDone, []);
  });

  const refusals: Array<[string, unknown, string]> = [
    ['the same version is not a carry-over', { ...oldProgress(), courseVersion: '1.1.0' }, 'same-version'],
    ['another course is never mixed in', { ...oldProgress(), courseId: 'kursus-lain' }, 'other-course'],
    ['a newer state format is refused', { ...oldProgress(), v: STATE_VERSION + 1 }, 'newer-format'],
    ['garbage is corrupt', 'bukan-status', 'corrupt'],
    ['a broken field is corrupt', { ...oldProgress(), lessonsDone: 'l1' }, 'corrupt'],
  ];
  for (const [name, value, reason] of refusals) {
    test(name, () => assert.deepEqual(carryOverState(value, updated), { ok: false, reason }));
  }
});
