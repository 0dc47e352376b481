import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseData, Question, QuestionOption, Quiz, Response, Scenario, ScenarioNode } from '../../../src/core/course.js';
import type { AttemptState, LearnerState, QuizProgress, ScenarioProgress } from '../../../src/core/state.js';
import { createLearnerState, parseLearnerState, type StateCheck } from '../../../src/core/learner-state.js';
import { answerQuestion, drawQuestions, moveTo, scoreAttempt, startAttempt, submitAttempt } from '../../../src/core/quiz.js';
import { chooseOption, restartScenario } from '../../../src/core/scenario.js';
import { courseItemIds } from '../../../src/core/progress.js';
import { createRng, deriveSeed } from '../../../src/core/random.js';
import {
  SUSPEND_FORMAT_VERSION,
  UNLIMITED_ATTEMPTS_CAP,
  decodeSuspendData,
  encodeSuspendData,
  typicalSuspendLength,
  typicalSuspendState,
  worstCaseSuspendLength,
} from '../../../src/core/suspend-codec.js';
import { RIGHT_ANSWERS, makeBank, makeCourse, makeQuestion, makeQuiz, quizOf, scenarioOf } from './fixture.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SAFE_TEXT = /^[A-Za-z0-9_-]+$/;

// ---------------------------------------------------------------------------------------------
// Helpers

function decoded(course: CourseData, data: string): LearnerState {
  const check = decodeSuspendData(course, data);
  assert.ok(check.ok, `expected ok, got ${JSON.stringify(check)}`);
  assert.equal(check.migrated, false);
  return check.state;
}

function roundTrip(course: CourseData, state: LearnerState): LearnerState {
  return decoded(course, encodeSuspendData(course, state));
}

function failure(check: StateCheck): string {
  return check.ok ? 'ok' : check.reason;
}

/** A state of makeCourse() with `changes` on top. */
function stateOf(changes: Partial<LearnerState> = {}, seed = 42): LearnerState {
  return { ...createLearnerState(makeCourse(), seed), ...changes };
}

/** Quiz progress built with the core: `attempts` lists each attempt's responses and whether it is submitted. */
function progressOf(
  course: CourseData,
  quiz: Quiz,
  learnerSeed: number,
  attempts: Array<{ responses?: Record<string, Response>; submitted: boolean; index?: number }>,
): QuizProgress {
  let progress: QuizProgress | undefined;
  for (const attempt of attempts) {
    progress = startAttempt(progress, quiz, learnerSeed);
    for (const [questionId, response] of Object.entries(attempt.responses ?? {})) {
      progress = answerQuestion(progress, quiz, questionId, response);
    }
    if (attempt.index !== undefined) progress = moveTo(progress, attempt.index);
    if (attempt.submitted) progress = submitAttempt(progress, course, quiz);
  }
  return progress ?? { attempts: [] };
}

/** Characters before the payload: marker, format, fingerprint and checksum (format 2: 11, format 1: 9). */
const HEADER = 11;

/** Replaces the checksum of suspend data so that a changed payload reaches the payload decoder. */
function withValidChecksum(data: string, header = HEADER): string {
  const unchecked = data.slice(0, header - 2);
  const payload = data.slice(header);
  const check = deriveSeed(0, 'netral-suspend-check', unchecked + payload) >>> 20;
  return unchecked + (ALPHABET[check >> 6] as string) + (ALPHABET[check & 63] as string) + payload;
}

/** The suspend data as format 1 wrote it: 12 bits of (id, version) instead of 24. */
function asFormat1(course: CourseData, data: string): string {
  const course18 = deriveSeed(0, 'netral-suspend-course', course.id) >>> 14;
  const version12 = deriveSeed(0, 'netral-suspend-version', course.id, course.version) >>> 20;
  const bits = (course18 * 4096 + version12).toString(2).padStart(30, '0');
  const fingerprint = Array.from({ length: 5 }, (_, i) => ALPHABET[parseInt(bits.slice(i * 6, i * 6 + 6), 2)]).join('');
  return withValidChecksum(`NB${fingerprint}xx${data.slice(HEADER)}`, 9);
}

function option(id: string, correct: boolean, matchHtml?: string): QuestionOption {
  return { id, html: `Option ${id}`, correct, feedbackHtml: '', ...(matchHtml === undefined ? {} : { matchHtml }) };
}

/** A question with `count` options of a type (keyword types ignore the count). */
function questionWithOptions(id: string, type: Question['type'], count: number, bankId = 'b1'): Question {
  const ids = Array.from({ length: count }, (_, i) => String.fromCharCode(97 + i));
  const options: Record<Question['type'], () => QuestionOption[]> = {
    single: () => ids.map((o, i) => option(o, i === 0)),
    multiple: () => ids.map((o, i) => option(o, i < 2)),
    truefalse: () => [option('benar', true), option('salah', false)],
    judgement: () => [option('melanggar', true), option('tidak-melanggar', false), option('tergantung', false)],
    ordering: () => ids.map((o) => option(o, false)),
    matching: () => ids.map((o) => option(o, false, `Match ${o}`)),
  };
  return makeQuestion(id, type, { options: options[type](), bankId });
}

// ---------------------------------------------------------------------------------------------
// Round trips

describe('encodeSuspendData → decodeSuspendData gives the state back', () => {
  const course = makeCourse();
  const quiz = quizOf(course);
  const scenario = scenarioOf(course);
  const seed = 42;
  const cases: Array<[string, LearnerState]> = [
    ['a fresh state', stateOf()],
    ['seed 0', stateOf({}, 0)],
    ['the largest seed', stateOf({}, 0xffffffff)],
    ['a location', stateOf({ location: 'q1' })],
    ['the first item as location', stateOf({ location: 'l1' })],
    ['lessons done, in course order', stateOf({ lessonsDone: ['l1', 'l2'] })],
    ['one lesson done', stateOf({ lessonsDone: ['l2'] })],
    ['a scenario started over', stateOf({ scenarios: { s1: restartScenario() } })],
    ['a scenario on its way', stateOf({ scenarios: { s1: chooseOption(scenario, undefined, 'b') } })],
    ['a scenario at a bad ending', stateOf({ scenarios: { s1: chooseOption(scenario, undefined, 'a') } })],
    [
      'a scenario at the good ending',
      stateOf({ scenarios: { s1: chooseOption(scenario, chooseOption(scenario, undefined, 'b'), 'a') } }),
    ],
    ['a done scenario started over', stateOf({ scenarios: { s1: { choices: [], done: true } } })],
    ['a done scenario explored again', stateOf({ scenarios: { s1: { choices: ['b'], done: true } } })],
    ['an attempt just started', stateOf({ quizzes: { q1: progressOf(course, quiz, seed, [{ submitted: false }]) } })],
    [
      'an attempt in progress at question 4',
      stateOf({ quizzes: { q1: progressOf(course, quiz, seed, [{ responses: { 'q-single': 'b' }, submitted: false, index: 4 }]) } }),
    ],
    [
      'a submitted attempt with every right answer',
      stateOf({ quizzes: { q1: progressOf(course, quiz, seed, [{ responses: RIGHT_ANSWERS, submitted: true, index: 5 }]) } }),
    ],
    ['a submitted attempt without answers', stateOf({ quizzes: { q1: progressOf(course, quiz, seed, [{ submitted: true }]) } })],
    [
      'the best attempt and the one in progress',
      stateOf({
        quizzes: {
          q1: progressOf(course, quiz, seed, [
            { responses: RIGHT_ANSWERS, submitted: true, index: 2 },
            { responses: { 'q-truefalse': 'salah', 'q-ordering': ['d', 'c', 'b', 'a'] }, submitted: false, index: 1 },
          ]),
        },
      }),
    ],
    [
      'a worse first attempt without answers and a better second',
      stateOf({
        quizzes: { q1: progressOf(course, quiz, seed, [{ submitted: true }, { responses: RIGHT_ANSWERS, submitted: true }]) },
      }),
    ],
    [
      'everything at once',
      stateOf({
        location: 's1',
        lessonsDone: ['l1'],
        scenarios: { s1: { choices: ['b', 'b'], done: true } },
        quizzes: {
          q1: progressOf(course, quiz, seed, [
            { responses: { 'q-single': 'a', 'q-multiple': ['a'] }, submitted: true },
            { responses: { 'q-matching': { a: 'b' } }, submitted: false },
          ]),
        },
      }),
    ],
  ];
  for (const [name, state] of cases) {
    test(name, () => {
      // The expectation is the state as parseLearnerState keeps it (it is already in that form).
      const parsed = parseLearnerState(state, course);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.state, state, 'the test state must be in normal form');
      assert.deepEqual(roundTrip(course, state), state);
    });
  }
});

describe('every question type and response shape survives', () => {
  const course = makeCourse({ quiz: { attempts: 0 } });
  const quiz = quizOf(course);
  const cases: Array<[string, string, Response]> = [
    ['single, first option', 'q-single', 'a'],
    ['single, last option', 'q-single', 'c'],
    ['multiple, right picks', 'q-multiple', ['a', 'b']],
    ['multiple, one pick', 'q-multiple', ['c']],
    ['multiple, every option', 'q-multiple', ['a', 'b', 'c', 'd']],
    ['multiple, no pick', 'q-multiple', []],
    ['truefalse, benar', 'q-truefalse', 'benar'],
    ['truefalse, salah', 'q-truefalse', 'salah'],
    ['judgement, melanggar', 'q-judgement', 'melanggar'],
    ['judgement, tidak-melanggar', 'q-judgement', 'tidak-melanggar'],
    ['judgement, tergantung', 'q-judgement', 'tergantung'],
    ['ordering, the right order', 'q-ordering', ['a', 'b', 'c', 'd']],
    ['ordering, reversed', 'q-ordering', ['d', 'c', 'b', 'a']],
    ['ordering, one swap', 'q-ordering', ['a', 'b', 'd', 'c']],
    ['ordering, rotated', 'q-ordering', ['b', 'c', 'd', 'a']],
    ['matching, all right', 'q-matching', { a: 'a', b: 'b', c: 'c' }],
    ['matching, all wrong', 'q-matching', { a: 'c', b: 'a', c: 'b' }],
    ['matching, one side only', 'q-matching', { b: 'c' }],
    ['matching, one right side twice', 'q-matching', { a: 'c', c: 'c' }],
    ['matching, nothing matched', 'q-matching', {}],
  ];
  for (const [name, questionId, response] of cases) {
    test(name, () => {
      for (const submitted of [false, true]) {
        const state = stateOf({
          quizzes: { q1: progressOf(course, quiz, 42, [{ responses: { [questionId]: response }, submitted }]) },
        });
        assert.deepEqual(roundTrip(course, state).quizzes.q1?.attempts[0]?.responses, { [questionId]: response });
      }
    });
  }

  test('every permutation of a 5-option ordering question', () => {
    const question = questionWithOptions('q-five', 'ordering', 5);
    const permCourse = makeCourse({ quiz: { draw: [{ bank: 'five', count: 1 }], attempts: 0 } });
    permCourse.banks.five = makeBank('five', [question]);
    const permQuiz = quizOf(permCourse);
    const permutations = (ids: string[]): string[][] =>
      ids.length <= 1 ? [ids] : ids.flatMap((id) => permutations(ids.filter((other) => other !== id)).map((rest) => [id, ...rest]));
    const all = permutations(['a', 'b', 'c', 'd', 'e']);
    assert.equal(all.length, 120);
    for (const order of all) {
      const state = stateOf({ quizzes: { q1: progressOf(permCourse, permQuiz, 42, [{ responses: { 'q-five': order }, submitted: false }]) } });
      assert.deepEqual(roundTrip(permCourse, state).quizzes.q1?.attempts[0]?.responses, { 'q-five': order });
    }
  });
});

describe('what does not survive comes back in normal form', () => {
  const course = makeCourse({ quiz: { attempts: 0 } });
  const quiz = quizOf(course);
  const attemptSeed = (n: number) => deriveSeed(42, 'q1', n);
  const attempt = (n: number, responses: Record<string, Response>, submitted = true, index = 0): AttemptState => ({
    seed: attemptSeed(n),
    responses,
    submitted,
    index,
  });
  const cases: Array<[string, Partial<LearnerState>, Partial<LearnerState>]> = [
    ['lessonsDone in course order', { lessonsDone: ['l2', 'l1'] }, { lessonsDone: ['l1', 'l2'] }],
    ['unknown lessons and a lesson listed twice', { lessonsDone: ['nope', 'l1', 'l1', 's1'] }, { lessonsDone: ['l1'] }],
    ['an unknown location', { location: 'nowhere' }, { location: '' }],
    ['progress of unknown scenarios and quizzes', { scenarios: { zz: { choices: [], done: true } }, quizzes: { zz: { attempts: [] } } }, {}],
    ['a quiz without attempts', { quizzes: { q1: { attempts: [] } } }, {}],
    ['scenario choices that do not walk', { scenarios: { s1: { choices: ['b', 'x', 'a'], done: false } } }, { scenarios: { s1: { choices: ['b'], done: false } } }],
    [
      'multiple picks in source order, once each',
      { quizzes: { q1: { attempts: [attempt(1, { 'q-multiple': ['c', 'a', 'c'] })] } } },
      { quizzes: { q1: { attempts: [attempt(1, { 'q-multiple': ['a', 'c'] })] } } },
    ],
    [
      'malformed responses',
      {
        quizzes: {
          q1: {
            attempts: [
              attempt(1, {
                'q-single': 'zz',
                'q-multiple': 'a',
                'q-truefalse': ['benar'],
                'q-ordering': ['a', 'b', 'c'],
                'q-matching': { a: 'z' },
                'q-judgement': 'melanggar',
              }),
            ],
          },
        },
      },
      { quizzes: { q1: { attempts: [attempt(1, { 'q-judgement': 'melanggar' })] } } },
    ],
    [
      'responses to questions the attempt did not draw',
      { quizzes: { q1: { attempts: [attempt(1, { 'big-1': 'a', 'q-single': 'a' })] } } },
      { quizzes: { q1: { attempts: [attempt(1, { 'q-single': 'a' })] } } },
    ],
    [
      'an index past the last question',
      { quizzes: { q1: { attempts: [attempt(1, {}, false, 99)] } } },
      { quizzes: { q1: { attempts: [attempt(1, {}, false, 5)] } } },
    ],
    [
      'attempts other than the best and the current one lose their responses',
      {
        quizzes: {
          q1: {
            attempts: [
              attempt(1, { 'q-single': 'a' }, true, 3),
              attempt(2, RIGHT_ANSWERS, true, 5),
              attempt(3, { 'q-single': 'a', 'q-truefalse': 'benar' }, true, 2),
              attempt(4, { 'q-single': 'b' }, false, 1),
            ],
          },
        },
      },
      {
        quizzes: {
          q1: { attempts: [attempt(1, {}), attempt(2, RIGHT_ANSWERS, true, 5), attempt(3, {}), attempt(4, { 'q-single': 'b' }, false, 1)] },
        },
      },
    ],
    [
      'on a tie the earliest best attempt keeps its responses',
      { quizzes: { q1: { attempts: [attempt(1, { 'q-single': 'a' }), attempt(2, { 'q-truefalse': 'benar' })] } } },
      { quizzes: { q1: { attempts: [attempt(1, { 'q-single': 'a' }), attempt(2, {})] } } },
    ],
  ];
  for (const [name, input, expected] of cases) {
    test(name, () => {
      const result = roundTrip(course, stateOf(input));
      assert.deepEqual(result, stateOf(expected));
      // The normal form is stable: encoding it again gives the same data.
      assert.equal(encodeSuspendData(course, result), encodeSuspendData(course, stateOf(input)));
    });
  }

  test('the best score and the attempt count stay right after dropping attempts', () => {
    const progress = progressOf(course, quiz, 42, [
      { responses: { 'q-single': 'a' }, submitted: true },
      { responses: RIGHT_ANSWERS, submitted: true },
      { responses: { 'q-truefalse': 'benar' }, submitted: true },
    ]);
    const result = roundTrip(course, stateOf({ quizzes: { q1: progress } }));
    const percents = (p: QuizProgress | undefined) => (p?.attempts ?? []).map((a) => scoreAttempt(course, quiz, a).percent);
    assert.equal(result.quizzes.q1?.attempts.length, 3);
    assert.equal(Math.max(...percents(result.quizzes.q1)), Math.max(...percents(progress)));
  });
});

// ---------------------------------------------------------------------------------------------
// Format and failures

describe('suspend data text', () => {
  const course = makeCourse();
  const data = encodeSuspendData(course, stateOf({ location: 'l2', lessonsDone: ['l1'] }));

  test('starts with the marker and the format version', () => {
    assert.equal(data[0], 'N');
    assert.equal(data[1], ALPHABET[SUSPEND_FORMAT_VERSION]);
  });

  test('uses only A-Za-z0-9-_', () => {
    assert.match(data, SAFE_TEXT);
  });

  test('is the same for the same state and differs for another one', () => {
    assert.equal(encodeSuspendData(course, stateOf({ location: 'l2', lessonsDone: ['l1'] })), data);
    assert.notEqual(encodeSuspendData(course, stateOf({ location: 'l1', lessonsDone: ['l1'] })), data);
  });

  test('does not change its inputs', () => {
    const state = stateOf({ quizzes: { q1: progressOf(course, quizOf(course), 42, [{ responses: RIGHT_ANSWERS, submitted: true }]) } });
    const before = structuredClone(state);
    encodeSuspendData(course, state);
    assert.deepEqual(state, before);
  });
});

describe('format 1 suspend data (written before format 2)', () => {
  const course = makeCourse();
  const state = stateOf({
    location: 'q1',
    lessonsDone: ['l1'],
    scenarios: { s1: { choices: ['b', 'a'], done: true } },
    quizzes: { q1: progressOf(course, quizOf(course), 42, [{ responses: RIGHT_ANSWERS, submitted: true }]) },
  });
  const v1 = asFormat1(course, encodeSuspendData(course, state));

  test('is still read, so progress saved in an LMS before the change is not lost', () => {
    assert.equal(v1.slice(0, 2), 'NB');
    assert.deepEqual(decoded(course, v1), roundTrip(course, state));
  });

  test('of another course or version is refused', () => {
    assert.equal(failure(decodeSuspendData({ ...course, id: 'kursus-lain' }, v1)), 'other-course');
    assert.equal(failure(decodeSuspendData({ ...course, version: '1.0.1' }, v1)), 'other-version');
  });

  test('format 2 keeps 24 bits of the version: one that shares format 1\'s 12 bits is refused', () => {
    const bits12 = (version: string) => deriveSeed(0, 'netral-suspend-version', course.id, version) >>> 20;
    let n = 1;
    while (bits12(`1.0.${n}`) !== bits12(course.version)) n++;
    const colliding = { ...course, version: `1.0.${n}` };
    assert.equal(failure(decodeSuspendData(colliding, asFormat1(course, encodeSuspendData(course, state)))), 'ok', 'format 1 cannot tell them apart');
    assert.equal(failure(decodeSuspendData(colliding, encodeSuspendData(course, state))), 'other-version');
  });
});

describe('decodeSuspendData detects', () => {
  const course = makeCourse();
  const valid = encodeSuspendData(course, stateOf({ location: 'l2', lessonsDone: ['l1'], scenarios: { s1: { choices: ['b'], done: false } } }));
  const otherCourse = { ...makeCourse(), id: 'kursus-lain' };
  const otherVersion = { ...makeCourse(), version: '1.0.1' };
  const replaceAt = (text: string, index: number, char: string) => text.slice(0, index) + char + text.slice(index + 1);
  const flip = (text: string, index: number) =>
    replaceAt(text, index, ALPHABET[(ALPHABET.indexOf(text[index] as string) + 1) % 64] as string);
  const cases: Array<[string, string, CourseData, string]> = [
    ['valid data', valid, course, 'ok'],
    ['another course', encodeSuspendData(otherCourse, { ...stateOf(), courseId: 'kursus-lain' }), course, 'other-course'],
    ['another version', encodeSuspendData(otherVersion, { ...stateOf(), courseVersion: '1.0.1' }), course, 'other-version'],
    ['this data read by another course', valid, otherCourse, 'other-course'],
    ['this data read by another version', valid, otherVersion, 'other-version'],
    ['a newer format', replaceAt(valid, 1, 'D'), course, 'newer-format'],
    ['the newest possible format', replaceAt(valid, 1, '_'), course, 'newer-format'],
    ['format version 0', replaceAt(valid, 1, 'A'), course, 'corrupt'],
    ['an empty string', '', course, 'corrupt'],
    ['the marker alone', 'N', course, 'corrupt'],
    ['marker and version only', 'NB', course, 'corrupt'],
    ['a cut header', valid.slice(0, HEADER - 1), course, 'corrupt'],
    ['a header without payload', valid.slice(0, HEADER), course, 'corrupt'],
    ['another marker', replaceAt(valid, 0, 'X'), course, 'corrupt'],
    ['JSON', JSON.stringify(stateOf()), course, 'corrupt'],
    ['base64 padding', `${valid}=`, course, 'corrupt'],
    ['standard base64 characters', replaceAt(valid, 12, '+'), course, 'corrupt'],
    ['a space', `${valid} `, course, 'corrupt'],
    ['a non-ASCII character', replaceAt(valid, 12, 'é'), course, 'corrupt'],
    ['a changed payload character', flip(valid, valid.length - 3), course, 'corrupt'],
    ['a changed checksum', flip(valid, 7), course, 'corrupt'],
    ['a changed fingerprint', flip(valid, 3), course, 'corrupt'],
    ['an extra character', `${valid}A`, course, 'corrupt'],
    ['an extra character with a valid checksum', withValidChecksum(`${valid}A`), course, 'corrupt'],
    ['a missing character with a valid checksum', withValidChecksum(valid.slice(0, -1)), course, 'corrupt'],
    ['non-zero padding with a valid checksum', withValidChecksum(flip(valid, valid.length - 1)), course, 'corrupt'],
  ];
  for (const [name, data, readBy, expected] of cases) {
    test(name, () => {
      assert.equal(failure(decodeSuspendData(readBy, data)), expected);
    });
  }
});

describe('decodeSuspendData never throws', () => {
  const course = makeCourse();
  const quiz = quizOf(course);
  const valid = encodeSuspendData(
    course,
    stateOf({
      location: 'q1',
      lessonsDone: ['l1', 'l2'],
      scenarios: { s1: { choices: ['b', 'a'], done: true } },
      quizzes: { q1: progressOf(course, quiz, 42, [{ responses: RIGHT_ANSWERS, submitted: true }, { responses: { 'q-single': 'a' }, submitted: false }]) },
    }),
  );
  const rng = createRng(2024);
  const pick = (chars: string) => chars[Math.floor(rng() * chars.length)] as string;
  const anyChars = `${ALPHABET}+/= {}[]":,.\n\u00e9\u4e2d\ud83d\ude00\u0000`;

  test('on 500 seeded random strings', () => {
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(rng() * 200);
      const chars = i % 2 === 0 ? ALPHABET : anyChars;
      const data = (i % 5 === 0 ? 'NB' : '') + Array.from({ length }, () => pick(chars)).join('');
      const check = decodeSuspendData(course, data);
      assert.equal(check.ok, false, `random data decoded: ${JSON.stringify(data)}`);
    }
  });

  test('on random payloads behind a valid header', () => {
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(rng() * 40);
      const data = withValidChecksum(valid.slice(0, HEADER) + Array.from({ length }, () => pick(ALPHABET)).join(''));
      const check = decodeSuspendData(course, data);
      if (check.ok) assert.match(encodeSuspendData(course, check.state), SAFE_TEXT);
    }
  });

  test('on every truncation of valid data', () => {
    for (let end = 0; end < valid.length; end++) {
      assert.equal(failure(decodeSuspendData(course, valid.slice(0, end))), 'corrupt', `cut at ${end}`);
      assert.equal(failure(decodeSuspendData(course, withValidChecksum(valid.slice(0, Math.max(HEADER, end))))), 'corrupt', `cut at ${end}, checksum fixed`);
    }
  });

  test('on values of the wrong type', () => {
    for (const value of [undefined, null, 42, {}, ['NB']]) {
      assert.equal(failure(decodeSuspendData(course, value as unknown as string)), 'corrupt');
    }
  });
});

describe('encodeSuspendData refuses states it cannot represent', () => {
  const course = makeCourse();
  const quiz = quizOf(course);
  const cases: Array<[string, LearnerState]> = [
    ['another course', { ...stateOf(), courseId: 'lain' }],
    ['another version', { ...stateOf(), courseVersion: '2.0.0' }],
    ['a negative seed', { ...stateOf(), seed: -1 }],
    ['a fractional seed', { ...stateOf(), seed: 1.5 }],
    [
      'an attempt seed that startAttempt did not derive',
      stateOf({ quizzes: { q1: { attempts: [{ seed: 7, responses: {}, submitted: false, index: 0 }] } } }),
    ],
    [
      'more attempts than the quiz allows',
      stateOf({
        quizzes: {
          q1: { attempts: [1, 2, 3].map((n) => ({ seed: deriveSeed(42, quiz.id, n), responses: {}, submitted: true, index: 0 })) },
        },
      }),
    ],
    [
      'an attempt in progress before the last one',
      stateOf({
        quizzes: {
          q1: { attempts: [1, 2].map((n) => ({ seed: deriveSeed(42, quiz.id, n), responses: {}, submitted: n === 2, index: 0 })) },
        },
      }),
    ],
  ];
  for (const [name, state] of cases) {
    test(name, () => {
      assert.throws(() => encodeSuspendData(course, state), RangeError);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Worst case

/** Bits of a scenario node's choice field: choice index + 1 or 0 (stop). */
const fieldBits = (node: ScenarioNode) => Math.ceil(Math.log2(node.choices.length + 1));

/** The path with the most choice-field bits, by trying every path (independent of the codec). */
function costliestPath(scenario: Scenario): string[] {
  let best = { bits: -1, choices: [] as string[] };
  const walk = (nodeId: string, bits: number, choices: string[]) => {
    const node = scenario.nodes[nodeId];
    if (!node) return;
    if (node.choices.length === 0) {
      if (bits > best.bits) best = { bits, choices };
      return;
    }
    // Stopping here costs the stop field.
    if (bits + fieldBits(node) > best.bits) best = { bits: bits + fieldBits(node), choices };
    for (const choice of node.choices) walk(choice.next, bits + fieldBits(node), [...choices, choice.id]);
  };
  walk(scenario.start, 0, []);
  return best.choices;
}

/** A right answer to any question (every answer of a question takes the same bits). */
function rightResponse(question: Question): Response {
  const ids = question.options.map((o) => o.id);
  switch (question.type) {
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'ordering':
      return ids;
    case 'matching':
      return Object.fromEntries(ids.map((id) => [id, id]));
    default:
      return question.options.find((o) => o.correct)?.id ?? (ids[0] as string);
  }
}

/**
 * The state that reaches the worst case when every draw takes the costliest questions: every
 * lesson, every scenario along its costliest path, and per quiz the most attempts, the best one
 * next to last with every question answered and the last in progress with every question answered.
 */
function maximalState(course: CourseData, seed = 1): LearnerState {
  const items = courseItemIds(course).map((id) => course.items[id]!);
  const scenarios: Record<string, ScenarioProgress> = {};
  const quizzes: Record<string, QuizProgress> = {};
  for (const item of items) {
    if (item.kind === 'scenario') scenarios[item.id] = { choices: costliestPath(item), done: true };
    if (item.kind !== 'quiz') continue;
    const cap = item.attempts > 0 ? item.attempts : UNLIMITED_ATTEMPTS_CAP;
    const attempts = Array.from({ length: cap }, (_, i): AttemptState => {
      const n = i + 1;
      const attemptSeed = deriveSeed(seed, item.id, n);
      const full = n === cap || n === cap - 1;
      const drawn = full ? drawQuestions(course, item, attemptSeed) : [];
      return {
        seed: attemptSeed,
        responses: Object.fromEntries(drawn.map((q) => [q.id, rightResponse(q)])),
        submitted: n < cap,
        index: 0,
      };
    });
    quizzes[item.id] = { attempts };
  }
  return {
    ...createLearnerState(course, seed),
    location: items.at(-1)?.id ?? '',
    lessonsDone: items.filter((item) => item.kind === 'lesson').map((item) => item.id),
    scenarios,
    quizzes,
  };
}

/** A random valid response (or none) to a question. */
function randomResponse(question: Question, random: () => number): Response | undefined {
  const ids = question.options.map((o) => o.id);
  const any = () => ids[Math.floor(random() * ids.length)] as string;
  if (random() < 0.15) return undefined;
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement':
      return any();
    case 'multiple':
      return ids.filter(() => random() < 0.5);
    case 'ordering': {
      const order = ids.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j] as string, order[i] as string];
      }
      return order;
    }
    case 'matching':
      return Object.fromEntries(ids.filter(() => random() < 0.7).map((id) => [id, any()]));
  }
}

/** A random state made with the core's own functions. */
function randomState(course: CourseData, random: () => number): LearnerState {
  const items = courseItemIds(course).map((id) => course.items[id]!);
  let state = createLearnerState(course, Math.floor(random() * 2 ** 32));
  state.location = random() < 0.8 ? (items[Math.floor(random() * items.length)]?.id ?? '') : '';
  state.lessonsDone = items.filter((item) => item.kind === 'lesson' && random() < 0.5).map((item) => item.id);
  for (const item of items) {
    if (item.kind === 'scenario' && random() < 0.7) {
      let progress: ScenarioProgress = restartScenario();
      const steps = Math.floor(random() * 8);
      for (let i = 0; i < steps; i++) {
        const node = item.nodes[progress.choices.reduce((id, choice) => item.nodes[id]!.choices.find((c) => c.id === choice)!.next, item.start)]!;
        if (node.choices.length === 0) {
          if (random() < 0.3) progress = restartScenario(progress);
          continue;
        }
        const walkable = node.choices.filter((choice) => item.nodes[choice.next] !== undefined);
        progress = chooseOption(item, progress, walkable[Math.floor(random() * walkable.length)]!.id);
      }
      state = { ...state, scenarios: { ...state.scenarios, [item.id]: progress } };
    }
    if (item.kind === 'quiz' && random() < 0.8) {
      const cap = item.attempts > 0 ? item.attempts : 6;
      const count = 1 + Math.floor(random() * cap);
      let progress: QuizProgress | undefined;
      for (let n = 1; n <= count; n++) {
        progress = startAttempt(progress, item, state.seed);
        const drawn = drawQuestions(course, item, progress.attempts.at(-1)!.seed);
        for (const question of drawn) {
          const response = randomResponse(question, random);
          if (response !== undefined) progress = answerQuestion(progress, item, question.id, response);
        }
        progress = moveTo(progress, Math.floor(random() * (drawn.length + 2)), drawn.length);
        if (n < count || random() < 0.5) progress = submitAttempt(progress, course, item);
      }
      state = { ...state, quizzes: { ...state.quizzes, [item.id]: progress! } };
    }
  }
  return state;
}

/** What a round trip keeps: the best submitted and the current attempt; the others emptied. */
function expectedAfterRoundTrip(course: CourseData, state: LearnerState): LearnerState {
  const quizzes: Record<string, QuizProgress> = {};
  for (const [id, progress] of Object.entries(state.quizzes)) {
    const quiz = course.items[id] as Quiz;
    let best = -1;
    let bestPercent = -1;
    progress.attempts.forEach((attempt, i) => {
      const percent = scoreAttempt(course, quiz, attempt).percent;
      if (attempt.submitted && percent > bestPercent) [best, bestPercent] = [i, percent];
    });
    quizzes[id] = {
      attempts: progress.attempts.map((attempt, i) =>
        i === best || !attempt.submitted ? attempt : { ...attempt, responses: {}, index: 0 },
      ),
    };
  }
  return { ...state, quizzes };
}

function scenarioNode(id: string, choices: Array<[string, string]>, ending?: 'good' | 'bad'): ScenarioNode {
  return {
    id,
    html: '',
    choices: choices.map(([choiceId, next]) => ({ id: choiceId, html: '', feedbackHtml: '', next })),
    ...(ending ? { ending: { outcome: ending, score: 0, cites: [] } } : {}),
  };
}

/** A scenario with 2, 3 and 4 choices, a node reached two ways and a choice to a missing node. */
function branchyScenario(): Scenario {
  return {
    ...scenarioOf(makeCourse()),
    nodes: {
      mulai: scenarioNode('mulai', [['a', 'dua'], ['b', 'empat'], ['c', 'hilang']]),
      dua: scenarioNode('dua', [['a', 'empat'], ['b', 'akhir']]),
      empat: scenarioNode('empat', [['a', 'tiga'], ['b', 'akhir'], ['c', 'akhir'], ['d', 'tiga']]),
      tiga: scenarioNode('tiga', [['a', 'akhir'], ['b', 'akhir'], ['c', 'buruk']]),
      akhir: scenarioNode('akhir', [], 'good'),
      buruk: scenarioNode('buruk', [], 'bad'),
    },
  };
}

/** Fixture courses whose worst case a maximal state reaches exactly. */
const WORST_CASE_COURSES: Array<[string, () => CourseData]> = [
  ['the fixture course', () => makeCourse()],
  ['one attempt allowed', () => makeCourse({ quiz: { attempts: 1 } })],
  ['three attempts', () => makeCourse({ quiz: { attempts: 3 } })],
  ['five attempts, immediate feedback, no shuffle', () => makeCourse({ quiz: { attempts: 5, feedback: 'immediate', shuffle: false } })],
  ['a subset of a uniform bank', () => makeCourse({ quiz: { draw: [{ bank: 'big', count: 4 }] } })],
  [
    'two rules on one bank, tags overlapping',
    () =>
      makeCourse({
        quiz: { draw: [{ bank: 'big', count: 2, tags: ['genap'] }, { bank: 'big', count: 3, tags: ['tiga'] }, { bank: 'b1', count: 6 }] },
      }),
  ],
  [
    'a branchy scenario and two quizzes',
    () => {
      const course = makeCourse({ quiz: { attempts: 4 } });
      course.items.s1 = branchyScenario();
      course.items.q2 = makeQuiz({ id: 'q2', moduleId: 'm2', draw: [{ bank: 'big', count: 10 }], attempts: 2 });
      course.modules[1]!.itemIds.push('q2');
      return course;
    },
  ],
  ['unlimited attempts (the 12-bit cap)', () => makeCourse({ quiz: { attempts: 0 } })],
];

describe('worstCaseSuspendLength', () => {
  for (const [name, build] of WORST_CASE_COURSES) {
    test(`${name}: a maximal state reaches it exactly`, () => {
      const course = build();
      const state = maximalState(course);
      const data = encodeSuspendData(course, state);
      assert.equal(data.length, worstCaseSuspendLength(course));
      assert.deepEqual(decoded(course, data), expectedAfterRoundTrip(course, state));
    });

    test(`${name}: 150 random states stay within it and round-trip`, () => {
      const course = build();
      const worst = worstCaseSuspendLength(course);
      const random = createRng(name.length * 7919);
      for (let i = 0; i < 150; i++) {
        const state = randomState(course, random);
        const data = encodeSuspendData(course, state);
        assert.ok(data.length <= worst, `${data.length} > ${worst}`);
        assert.match(data, SAFE_TEXT);
        assert.deepEqual(decoded(course, data), expectedAfterRoundTrip(course, state));
      }
    });
  }

  test('is reached exactly for 1-10 attempts and 1-10 drawn questions (one bit off would show)', () => {
    for (let attempts = 1; attempts <= 10; attempts++) {
      for (let count = 1; count <= 10; count++) {
        const course = makeCourse({ quiz: { attempts, draw: [{ bank: 'big', count }] } });
        const length = encodeSuspendData(course, maximalState(course)).length;
        assert.equal(length, worstCaseSuspendLength(course), `${attempts} attempts, ${count} questions`);
      }
    }
  });

  test('is an upper bound when rules compete for the costliest questions', () => {
    // Both rules want the matching question; only one attempt can draw it.
    const course = makeCourse({ quiz: { draw: [{ bank: 'b1', count: 1 }, { bank: 'b1', count: 1 }] } });
    const worst = worstCaseSuspendLength(course);
    const random = createRng(99);
    let longest = 0;
    for (let i = 0; i < 300; i++) longest = Math.max(longest, encodeSuspendData(course, randomState(course, random)).length);
    assert.ok(longest <= worst, `${longest} > ${worst}`);
  });

  test('grows with the attempt limit', () => {
    const lengths = [1, 2, 3, 8, 0].map((attempts) => worstCaseSuspendLength(makeCourse({ quiz: { attempts } })));
    assert.deepEqual([...lengths].sort((a, b) => a - b), lengths);
  });

  test('names the scenario that has a cycle', () => {
    const course = makeCourse();
    const scenario = branchyScenario();
    scenario.nodes.tiga = scenarioNode('tiga', [['a', 'dua'], ['b', 'akhir']]);
    course.items.s1 = scenario;
    assert.throws(() => worstCaseSuspendLength(course), (error: unknown) => error instanceof RangeError && error.message.includes('"s1"'));
  });
});

describe('typicalSuspendLength', () => {
  for (const [name, build] of WORST_CASE_COURSES) {
    test(`${name}: the typical state is valid and no longer than the worst case`, () => {
      const course = build();
      const state = typicalSuspendState(course);
      const parsed = parseLearnerState(state, course);
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.state, state);
      assert.equal(typicalSuspendLength(course), encodeSuspendData(course, state).length);
      assert.ok(typicalSuspendLength(course) <= worstCaseSuspendLength(course));
      assert.deepEqual(roundTrip(course, state), state);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// A course as large as the real one

/**
 * 9 modules; an 80-question bank that mixes every type with 4-6 options; a 10-question pre-test
 * and a 20-question post-test with 3 attempts each; 10 scenarios of 5 decision nodes with 3
 * choices each.
 */
function makeLargeCourse(): CourseData {
  const course = makeCourse();
  const types: Question['type'][] = ['single', 'multiple', 'truefalse', 'judgement', 'ordering', 'matching'];
  const questions = Array.from({ length: 80 }, (_, i) => questionWithOptions(`soal-${i}`, types[i % 6]!, 4 + (i % 3), 'besar'));
  course.banks = { besar: makeBank('besar', questions) };
  const scenario = (id: string, moduleId: string): Scenario => {
    const nodes: Record<string, ScenarioNode> = {
      baik: scenarioNode('baik', [], 'good'),
      buruk: scenarioNode('buruk', [], 'bad'),
    };
    for (let k = 1; k <= 5; k++) {
      const next = k < 5 ? `langkah-${k + 1}` : 'baik';
      nodes[`langkah-${k}`] = scenarioNode(`langkah-${k}`, [['a', next], ['b', 'buruk'], ['c', k < 5 ? next : 'buruk']]);
    }
    return { ...scenarioOf(makeCourse()), id, moduleId, start: 'langkah-1', nodes };
  };
  course.modules = [];
  course.items = {};
  let scenarios = 0;
  for (let m = 1; m <= 9; m++) {
    const moduleId = `modul-${m}`;
    const itemIds: string[] = [];
    const add = (item: CourseData['items'][string]) => {
      course.items[item.id] = { ...item, moduleId };
      itemIds.push(item.id);
    };
    if (m === 1) add(makeQuiz({ id: 'pre-test', draw: [{ bank: 'besar', count: 10 }], attempts: 3, graded: false }));
    for (let l = 1; l <= 3; l++) {
      add({ kind: 'lesson', id: `materi-${m}-${l}`, moduleId, title: '', minutes: 5, file: '', html: '', cites: [] });
    }
    const scenarioCount = m === 1 ? 2 : 1;
    for (let s = 0; s < scenarioCount; s++) add(scenario(`kasus-${++scenarios}`, moduleId));
    if (m === 9) add(makeQuiz({ id: 'post-test', draw: [{ bank: 'besar', count: 20 }], attempts: 3 }));
    course.modules.push({ id: moduleId, title: `Modul ${m}`, itemIds });
  }
  return course;
}

describe('a course as large as the real one', () => {
  const course = makeLargeCourse();

  test('has the intended shape', () => {
    const items = Object.values(course.items);
    assert.equal(course.modules.length, 9);
    assert.equal(items.filter((item) => item.kind === 'scenario').length, 10);
    assert.equal(Object.keys(course.banks.besar!.questions).length, 80);
    assert.deepEqual(
      items.filter((item): item is Quiz => item.kind === 'quiz').map((quiz) => [quiz.draw[0]?.count, quiz.attempts]),
      [[10, 3], [20, 3]],
    );
  });

  test('its worst-case suspend data is at most 1,000 characters', () => {
    assert.ok(worstCaseSuspendLength(course) <= 1000, `worst case ${worstCaseSuspendLength(course)}`);
  });

  test('random states stay within the worst case and round-trip', () => {
    const worst = worstCaseSuspendLength(course);
    const random = createRng(7);
    for (let i = 0; i < 40; i++) {
      const state = randomState(course, random);
      const data = encodeSuspendData(course, state);
      assert.ok(data.length <= worst);
      assert.deepEqual(decoded(course, data), expectedAfterRoundTrip(course, state));
    }
  });

  test('the typical state is shorter than the worst case', () => {
    assert.ok(typicalSuspendLength(course) < worstCaseSuspendLength(course));
  });
});
