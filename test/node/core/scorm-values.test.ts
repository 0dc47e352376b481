import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question, Response } from '../../../src/core/course.js';
import { scoreResponse, type ScoredResponse } from '../../../src/core/quiz.js';
import {
  exitValue,
  formatDecimal,
  interactionFor,
  isRetryable,
  scenarioInteractionFor,
  affirmationInteractionFor,
  plainTextOf,
  scoreValues,
  scorm12Time,
  scorm12Timespan,
  scorm2004Duration,
  scorm2004Timestamp,
  scormErrorKind,
  scormIdentifier,
  statusValues,
  type InteractionInput,
  type ScormErrorKind,
  type ScormVersion,
  type StatusInput,
} from '../../../src/core/scorm-values.js';
import { createStrictValidator, type ApiCall } from '../../support/scorm-strict.js';
import { RIGHT_ANSWERS, makeCourse, makeQuestion, questionOf, quizOf, scenarioOf } from './fixture.js';

/** Moodle's regular expressions (mod/scorm/datamodels/scorm_12.js, scorm_13.js). */
const MOODLE = {
  timespan12: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
  time12: /^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$/,
  decimal12: /^-?([0-9]{0,3})(\.[0-9]*)?$/,
  timestamp2004:
    /^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$/,
  duration2004: /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(\.\d{1,2})?S)?)|((\d+M)(\d+(\.\d{1,2})?S)?)|((\d+(\.\d{1,2})?S))))?$/,
  decimal2004: /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/,
  shortId: /^[\w.]{1,250}$/,
  identifier12: /^[\u0021-\u007E]{0,255}$/,
};

// ---------------------------------------------------------------------------------------------
// Time

describe('scorm12Timespan', () => {
  const cases: Array<[number, string]> = [
    [0, '0000:00:00.00'],
    [4, '0000:00:00.00'],
    [5, '0000:00:00.01'],
    [90_500, '0000:01:30.50'],
    [3_723_450, '0001:02:03.45'],
    [59_999, '0000:01:00.00'],
    [100 * 3_600_000, '0100:00:00.00'],
    [9999 * 3_600_000 + 3_599_990, '9999:59:59.99'],
    [10_000 * 3_600_000, '9999:59:59.99'],
    [Number.MAX_VALUE, '9999:59:59.99'],
    [-1000, '0000:00:00.00'],
    [Number.NaN, '0000:00:00.00'],
    [Infinity, '0000:00:00.00'],
  ];
  for (const [ms, expected] of cases) {
    test(`${ms} ms → ${expected}`, () => {
      const value = scorm12Timespan(ms);
      assert.equal(value, expected);
      assert.match(value, MOODLE.timespan12);
    });
  }
});

describe('scorm2004Duration', () => {
  const cases: Array<[number, string]> = [
    [0, 'PT0S'],
    [4, 'PT0S'],
    [10, 'PT0.01S'],
    [1500, 'PT1.5S'],
    [12_000, 'PT12S'],
    [90_500, 'PT1M30.5S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [3_723_450, 'PT1H2M3.45S'],
    [3_603_000, 'PT1H3S'],
    [30 * 3_600_000, 'PT30H'],
    [-5, 'PT0S'],
    [Number.NaN, 'PT0S'],
  ];
  for (const [ms, expected] of cases) {
    test(`${ms} ms → ${expected}`, () => {
      const value = scorm2004Duration(ms);
      assert.equal(value, expected);
      assert.match(value, MOODLE.duration2004);
    });
  }
});

describe('scorm12Time', () => {
  const cases: Array<[Date, string]> = [
    [new Date(2024, 0, 2, 3, 4, 5, 678), '03:04:05'],
    [new Date(2024, 11, 31, 23, 59, 59, 999), '23:59:59'],
    [new Date(2024, 5, 1, 0, 0, 0), '00:00:00'],
    [new Date(Number.NaN), '00:00:00'],
  ];
  for (const [date, expected] of cases) {
    test(`${date.getTime()} → ${expected}`, () => {
      const value = scorm12Time(date);
      assert.equal(value, expected);
      assert.match(value, MOODLE.time12);
    });
  }
});

describe('scorm2004Timestamp', () => {
  const cases: Array<[string, Date, string]> = [
    ['milliseconds cut to 2 digits', new Date(Date.UTC(2024, 10, 27, 3, 4, 5, 678)), '2024-11-27T03:04:05.67Z'],
    ['whole seconds keep .00', new Date(Date.UTC(2024, 0, 1)), '2024-01-01T00:00:00.00Z'],
    ['the epoch', new Date(0), '1970-01-01T00:00:00.00Z'],
    ['before 1970 is clamped', new Date(Date.UTC(1969, 6, 20)), '1970-01-01T00:00:00.00Z'],
    ['the last moment Moodle accepts', new Date(Date.UTC(2038, 11, 31, 23, 59, 59, 999)), '2038-12-31T23:59:59.99Z'],
    ['after 2038 is clamped', new Date(Date.UTC(2040, 1, 1)), '2038-12-31T23:59:59.99Z'],
    ['an invalid date', new Date(Number.NaN), '1970-01-01T00:00:00.00Z'],
  ];
  for (const [name, date, expected] of cases) {
    test(name, () => {
      const value = scorm2004Timestamp(date);
      assert.equal(value, expected);
      assert.match(value, MOODLE.timestamp2004);
      assert.match(value, /\.\d{2}Z$/);
    });
  }
});

describe('formatDecimal', () => {
  const cases: Array<[number, number, string]> = [
    [0.1 + 0.2, 7, '0.3'],
    [85, 2, '85'],
    [85.5, 2, '85.5'],
    [66.666666, 2, '66.67'],
    [1e-9, 7, '0'],
    [-0.000001, 2, '0'],
    [-1.25, 2, '-1.25'],
    [Number.NaN, 2, '0'],
  ];
  for (const [value, decimals, expected] of cases) {
    test(`${value} with ≤ ${decimals} decimals → ${expected}`, () => {
      assert.equal(formatDecimal(value, decimals), expected);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Identifiers and text

describe('scormIdentifier', () => {
  const cases: Array<[string[], string]> = [
    [['kuis-akhir', 'a1', 'like-petahana'], 'kuis_akhir.a1.like_petahana'],
    [['tidak-melanggar'], 'tidak_melanggar'],
    [['a'], 'a'],
    [['with space', 'x/y', 'é'], 'with_space.x_y._'],
    [['', 'a', ''], 'a'],
    [[], '_'],
    [[''], '_'],
    [['😀'], '_'],
  ];
  for (const [parts, expected] of cases) {
    test(`${JSON.stringify(parts)} → ${expected}`, () => {
      const id = scormIdentifier(...parts);
      assert.equal(id, expected);
      assert.match(id, MOODLE.shortId);
    });
  }

  test('a long id is cut to 250 characters and stays distinct', () => {
    const a = scormIdentifier('x'.repeat(300), 'a');
    const b = scormIdentifier('x'.repeat(300), 'b');
    assert.equal(a.length, 250);
    assert.equal(b.length, 250);
    assert.notEqual(a, b);
    assert.match(a, MOODLE.shortId);
    assert.equal(scormIdentifier('y'.repeat(250)).length, 250);
  });
});

describe('plainTextOf', () => {
  const cases: Array<[string, string]> = [
    ['<p>Prompt q1</p>', 'Prompt q1'],
    ['<p>Bu Rina menekan &quot;suka&quot;.</p>\n<p>Apakah itu <strong>melanggar</strong>?</p>', 'Bu Rina menekan "suka". Apakah itu melanggar?'],
    ['<p>Tom &amp; Jerry &lt;3 &#39;quotes&#39; &apos;x&apos; &gt;</p>', "Tom & Jerry <3 'quotes' 'x' >"],
    ['<p>&amp;lt; stays &amp;lt;</p>', '&lt; stays &lt;'],
    ['<p>caf&#233; &#x2014; ok</p>', 'café — ok'],
    ['<ul><li>satu</li><li>dua</li></ul>', 'satu dua'],
    ['a<br>b', 'a b'],
    ['<a href="https://x">tautan</a> (<a href="#src">PP 94/2021</a>)', 'tautan (PP 94/2021)'],
    ['', ''],
  ];
  for (const [html, expected] of cases) {
    test(JSON.stringify(html), () => {
      assert.equal(plainTextOf(html), expected);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Interactions

const course = makeCourse();
const quiz = quizOf(course);
const AT = new Date(Date.UTC(2024, 10, 27, 3, 4, 5, 678));

function input(version: ScormVersion, questionId: string, response: Response | undefined, overrides: Partial<InteractionInput> = {}): InteractionInput {
  const question = overrides.question ?? questionOf(course, questionId);
  return {
    version,
    quiz,
    attempt: 2,
    question,
    response,
    scored: scoreResponse(question, response),
    at: AT,
    latencyMs: 12_340,
    lang: 'id',
    ...overrides,
  };
}

const asRecord = (values: Array<[string, string]>) => Object.fromEntries(values);

describe('interactionFor, SCORM 2004', () => {
  const cases: Array<[string, string, Response | undefined, { type: string; response?: string; pattern?: string; result: string }]> = [
    ['single, right', 'q-single', 'a', { type: 'choice', response: 'a', pattern: 'a', result: 'correct' }],
    ['single, wrong', 'q-single', 'c', { type: 'choice', response: 'c', pattern: 'a', result: 'incorrect' }],
    ['multiple, right (picked in any order)', 'q-multiple', ['b', 'a'], { type: 'choice', response: 'a[,]b', pattern: 'a[,]b', result: 'correct' }],
    ['multiple, partial credit is incorrect', 'q-multiple', ['a'], { type: 'choice', response: 'a', pattern: 'a[,]b', result: 'incorrect' }],
    ['multiple, nothing picked: no response', 'q-multiple', [], { type: 'choice', pattern: 'a[,]b', result: 'incorrect' }],
    ['truefalse, benar', 'q-truefalse', 'benar', { type: 'true-false', response: 'true', pattern: 'true', result: 'correct' }],
    ['truefalse, salah', 'q-truefalse', 'salah', { type: 'true-false', response: 'false', pattern: 'true', result: 'incorrect' }],
    ['judgement, keyword ids', 'q-judgement', 'tidak-melanggar', { type: 'choice', response: 'tidak_melanggar', pattern: 'melanggar', result: 'incorrect' }],
    ['ordering, right', 'q-ordering', ['a', 'b', 'c', 'd'], { type: 'sequencing', response: 'a[,]b[,]c[,]d', pattern: 'a[,]b[,]c[,]d', result: 'correct' }],
    ['ordering, wrong', 'q-ordering', ['d', 'a', 'b', 'c'], { type: 'sequencing', response: 'd[,]a[,]b[,]c', pattern: 'a[,]b[,]c[,]d', result: 'incorrect' }],
    ['matching, right', 'q-matching', { a: 'a', b: 'b', c: 'c' }, { type: 'matching', response: '1[.]a[,]2[.]b[,]3[.]c', pattern: '1[.]a[,]2[.]b[,]3[.]c', result: 'correct' }],
    ['matching, partial', 'q-matching', { c: 'a', a: 'a' }, { type: 'matching', response: '1[.]a[,]3[.]a', pattern: '1[.]a[,]2[.]b[,]3[.]c', result: 'incorrect' }],
    ['matching, empty: no response', 'q-matching', {}, { type: 'matching', pattern: '1[.]a[,]2[.]b[,]3[.]c', result: 'incorrect' }],
    ['unanswered', 'q-single', undefined, { type: 'choice', pattern: 'a', result: 'incorrect' }],
    ['malformed: unknown option', 'q-single', 'zz', { type: 'choice', pattern: 'a', result: 'incorrect' }],
    ['malformed: wrong shape', 'q-matching', ['a'], { type: 'matching', pattern: '1[.]a[,]2[.]b[,]3[.]c', result: 'incorrect' }],
  ];
  for (const [name, questionId, response, expected] of cases) {
    test(name, () => {
      const values = interactionFor(input('2004', questionId, response));
      const byName = asRecord(values);
      assert.equal(byName.type, expected.type);
      assert.equal(byName.learner_response, expected.response);
      assert.equal(byName['correct_responses.0.pattern'], expected.pattern);
      assert.equal(byName.result, expected.result);
      // The required order, without the left-out elements.
      const order = ['id', 'type', 'timestamp', 'weighting', 'learner_response', 'correct_responses.0.pattern', 'result', 'latency', 'description'];
      assert.deepEqual(values.map(([suffix]) => suffix), order.filter((suffix) => suffix in byName));
    });
  }

  test('id, timestamp, weighting, latency and description', () => {
    const values = asRecord(interactionFor(input('2004', 'q-matching', RIGHT_ANSWERS['q-matching'])));
    assert.equal(values.id, 'q1.a2.q_matching');
    assert.equal(values.timestamp, '2024-11-27T03:04:05.67Z');
    assert.equal(values.weighting, '3');
    assert.equal(values.latency, 'PT12.34S');
    assert.equal(values.description, '{lang=id}Prompt q-matching');
  });

  test('a long prompt is cut to 250 characters with an ellipsis', () => {
    const question = makeQuestion('q-long', 'single', { promptHtml: `<p>${'kata '.repeat(100)}</p>` });
    const description = asRecord(interactionFor(input('2004', 'q-long', 'a', { question }))).description ?? '';
    assert.equal(Array.from(description).length, 250);
    assert.ok(description.startsWith('{lang=id}kata kata'));
    assert.ok(description.endsWith('…'));
  });

  test('an invalid language leaves the tag out; an empty prompt leaves the description out', () => {
    assert.equal(asRecord(interactionFor(input('2004', 'q-single', 'a', { lang: 'not a lang' }))).description, 'Prompt q-single');
    const question = makeQuestion('q-empty', 'single', { promptHtml: '<p> </p>' });
    assert.equal(asRecord(interactionFor(input('2004', 'q-empty', 'a', { question }))).description, undefined);
  });
});

describe('interactionFor, SCORM 1.2', () => {
  const cases: Array<[string, string, Response | undefined, { type: string; response?: string; pattern?: string; result: string }]> = [
    ['single, right', 'q-single', 'a', { type: 'choice', response: 'a', pattern: 'a', result: 'correct' }],
    ['single, wrong', 'q-single', 'c', { type: 'choice', response: 'c', pattern: 'a', result: 'wrong' }],
    ['multiple', 'q-multiple', ['d', 'a'], { type: 'choice', response: 'a,d', pattern: 'a,b', result: 'wrong' }],
    ['truefalse, benar', 'q-truefalse', 'benar', { type: 'true-false', response: 't', pattern: 't', result: 'correct' }],
    ['truefalse, salah', 'q-truefalse', 'salah', { type: 'true-false', response: 'f', pattern: 't', result: 'wrong' }],
    // Keyword order: melanggar a, tidak-melanggar b, tergantung c (the source order differs).
    ['judgement, tergantung', 'q-judgement', 'tergantung', { type: 'choice', response: 'c', pattern: 'a', result: 'wrong' }],
    ['judgement, melanggar', 'q-judgement', 'melanggar', { type: 'choice', response: 'a', pattern: 'a', result: 'correct' }],
    ['ordering', 'q-ordering', ['b', 'a', 'c', 'd'], { type: 'sequencing', response: 'b,a,c,d', pattern: 'a,b,c,d', result: 'wrong' }],
    ['matching', 'q-matching', { a: 'a', b: 'c' }, { type: 'matching', response: '1.a,2.c', pattern: '1.a,2.b,3.c', result: 'wrong' }],
    ['unanswered', 'q-ordering', undefined, { type: 'sequencing', pattern: 'a,b,c,d', result: 'wrong' }],
  ];
  for (const [name, questionId, response, expected] of cases) {
    test(name, () => {
      const values = interactionFor(input('1.2', questionId, response));
      const byName = asRecord(values);
      assert.equal(byName.type, expected.type);
      assert.equal(byName.student_response, expected.response);
      assert.equal(byName['correct_responses.0.pattern'], expected.pattern);
      assert.equal(byName.result, expected.result);
      const order = ['id', 'type', 'time', 'weighting', 'student_response', 'correct_responses.0.pattern', 'result', 'latency'];
      assert.deepEqual(values.map(([suffix]) => suffix), order.filter((suffix) => suffix in byName));
    });
  }

  test('id, time, weighting and latency; no description in 1.2', () => {
    const values = asRecord(interactionFor(input('1.2', 'q-multiple', ['a', 'b'])));
    assert.equal(values.id, 'q1.a2.q_multiple');
    assert.match(values.id ?? '', MOODLE.identifier12);
    assert.match(values.time ?? '', MOODLE.time12);
    assert.equal(values.weighting, '2');
    assert.equal(values.latency, '0000:00:12.34');
    assert.equal(values.description, undefined);
  });

  test('a weight above 100 is clamped to the 1.2 range', () => {
    const question = makeQuestion('q-heavy', 'single', { weight: 250 });
    assert.equal(asRecord(interactionFor(input('1.2', 'q-heavy', 'a', { question }))).weighting, '100');
    assert.equal(asRecord(interactionFor(input('2004', 'q-heavy', 'a', { question }))).weighting, '250');
  });

  test('more options than single characters leave the response and pattern out', () => {
    const options = Array.from({ length: 27 }, (_, i) => ({ id: `o${i}`, html: '', correct: i === 0, feedbackHtml: '' }));
    const question = makeQuestion('q-many', 'single', { options });
    const values = asRecord(interactionFor(input('1.2', 'q-many', 'o26', { question })));
    assert.equal(values.student_response, undefined);
    assert.equal(values['correct_responses.0.pattern'], undefined);
    assert.equal(values.result, 'wrong');
    // 2004 names them by id.
    assert.equal(asRecord(interactionFor(input('2004', 'q-many', 'o26', { question }))).learner_response, 'o26');
  });

  test('a matching question with more than 9 pairs leaves the 1.2 response out', () => {
    const options = Array.from({ length: 10 }, (_, i) => ({ id: String.fromCharCode(97 + i), html: '', correct: false, feedbackHtml: '', matchHtml: 'x' }));
    const question = makeQuestion('q-pairs', 'matching', { options });
    assert.equal(asRecord(interactionFor(input('1.2', 'q-pairs', { a: 'a' }, { question }))).student_response, undefined);
    assert.equal(asRecord(interactionFor(input('2004', 'q-pairs', { j: 'a' }, { question }))).learner_response, '10[.]a');
  });
});

describe('interactionFor values pass the strict validator', () => {
  const questions: Array<[Question, Response[]]> = Object.keys(RIGHT_ANSWERS).map((id) => {
    const question = questionOf(course, id);
    const responses: Response[] = [RIGHT_ANSWERS[id] as Response];
    if (question.type === 'multiple') responses.push(['c'], ['a', 'b', 'c', 'd']);
    if (question.type === 'matching') responses.push({ a: 'c' });
    if (question.type === 'ordering') responses.push(['d', 'c', 'b', 'a']);
    if (question.type === 'judgement') responses.push('tidak-melanggar', 'tergantung');
    if (question.type === 'truefalse') responses.push('salah');
    return [question, responses];
  });
  for (const version of ['1.2', '2004'] as const) {
    test(`SCORM ${version}: a session of every type, right and wrong`, () => {
      const calls: ApiCall[] = [{ call: 'initialize', arg: '' }];
      let n = 0;
      for (const [question, responses] of questions) {
        for (const response of responses) {
          const scored: ScoredResponse = scoreResponse(question, response);
          for (const [suffix, value] of interactionFor({ ...input(version, question.id, response), scored, attempt: n + 1 })) {
            calls.push({ call: 'set', element: `cmi.interactions.${n}.${suffix}`, value });
          }
          n++;
        }
      }
      calls.push({ call: 'commit', arg: '' }, { call: 'terminate', arg: '' });
      assert.deepEqual(createStrictValidator(version).checkSequence(calls), []);
    });
  }
});

describe('scenarioInteractionFor', () => {
  const scenario = scenarioOf(makeCourse());
  const at = new Date(Date.UTC(2026, 10, 23, 3, 4, 5, 678));
  // s1: mulai -a-> suka (bad) ; mulai -b-> tanya -a-> aman (good), -b-> suka (bad)
  const cases: Array<[ScormVersion, string[], string, string, string]> = [
    ['2004', ['b', 'a'], 'mulai>tanya>aman', 'correct', 'other'],
    ['2004', ['a'], 'mulai>suka', 'incorrect', 'other'],
    ['2004', ['b'], 'mulai>tanya', 'neutral', 'other'],
    ['1.2', ['b', 'a'], 'mulai>tanya>aman', 'correct', 'performance'],
    ['1.2', ['b', 'b'], 'mulai>tanya>suka', 'wrong', 'performance'],
    ['1.2', ['zz'], 'mulai', 'neutral', 'performance'],
  ];
  for (const [version, choices, path, result, type] of cases) {
    test(`SCORM ${version}, choices ${choices.join(',')} → ${path}, ${result}`, () => {
      const values = new Map(scenarioInteractionFor({ version, scenario, choices, at, latencyMs: 65_000, lang: 'id' }));
      assert.equal(values.get('id'), 's1.jalur');
      assert.equal(values.get('type'), type);
      assert.equal(values.get(version === '1.2' ? 'student_response' : 'learner_response'), path);
      assert.equal(values.get('result'), result);
      assert.equal(values.get('weighting'), '0');
    });
  }
  for (const version of ['1.2', '2004'] as const) {
    test(`SCORM ${version}: the values pass the strict validator`, () => {
      const calls: ApiCall[] = [{ call: 'initialize', arg: '' }];
      for (const [suffix, value] of scenarioInteractionFor({ version, scenario, choices: ['b', 'a'], at, latencyMs: 1234, lang: 'id' })) {
        calls.push({ call: 'set', element: `cmi.interactions.0.${suffix}`, value });
      }
      assert.deepEqual(createStrictValidator(version).checkSequence(calls), []);
    });
  }
});

describe('affirmationInteractionFor', () => {
  const lesson = {
    kind: 'lesson' as const, id: 'ikrar-netralitas', moduleId: 'm9', title: 'Ikrar', minutes: 3, file: 'lessons/ikrar.id.md',
    html: '', cites: [], affirm: 'Saya menyatakan ikrar netralitas ini.',
  };
  const at = new Date(Date.UTC(2026, 10, 23, 3, 4, 5, 678));
  const cases: Array<[ScormVersion, Array<[string, string]>]> = [
    ['1.2', [['id', 'ikrar_netralitas.ikrar'], ['type', 'true-false'], ['time', '03:04:05'], ['weighting', '0'], ['student_response', 't'], ['result', 'neutral'], ['latency', '0000:01:05.00']]],
    ['2004', [['id', 'ikrar_netralitas.ikrar'], ['type', 'true-false'], ['timestamp', '2026-11-23T03:04:05.67Z'], ['weighting', '0'], ['learner_response', 'true'], ['result', 'neutral'], ['latency', 'PT1M5S'], ['description', '{lang=id}Saya menyatakan ikrar netralitas ini.']]],
  ];
  for (const [version, expected] of cases) {
    test(`SCORM ${version}: the affirmation as one interaction`, () => {
      const values = affirmationInteractionFor({ version, lesson, at, latencyMs: 65_000, lang: 'id' });
      assert.deepEqual(values, expected);
      const calls: ApiCall[] = [{ call: 'initialize', arg: '' }, ...values.map(([suffix, value]) => ({ call: 'set' as const, element: `cmi.interactions.0.${suffix}`, value }))];
      assert.deepEqual(createStrictValidator(version).checkSequence(calls), []);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Score, status, exit

describe('scoreValues', () => {
  const cases: Array<[number, ScormVersion, Array<[string, string]>]> = [
    [85, '1.2', [['cmi.core.score.raw', '85'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]],
    [66.666, '1.2', [['cmi.core.score.raw', '66.67'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]],
    [120, '1.2', [['cmi.core.score.raw', '100'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]],
    [-5, '1.2', [['cmi.core.score.raw', '0'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]],
    [Number.NaN, '1.2', [['cmi.core.score.raw', '0'], ['cmi.core.score.min', '0'], ['cmi.core.score.max', '100']]],
    [85, '2004', [['cmi.score.scaled', '0.85'], ['cmi.score.raw', '85'], ['cmi.score.min', '0'], ['cmi.score.max', '100']]],
    [66.666, '2004', [['cmi.score.scaled', '0.6667'], ['cmi.score.raw', '66.67'], ['cmi.score.min', '0'], ['cmi.score.max', '100']]],
    [100, '2004', [['cmi.score.scaled', '1'], ['cmi.score.raw', '100'], ['cmi.score.min', '0'], ['cmi.score.max', '100']]],
    [0, '2004', [['cmi.score.scaled', '0'], ['cmi.score.raw', '0'], ['cmi.score.min', '0'], ['cmi.score.max', '100']]],
    [150, '2004', [['cmi.score.scaled', '1'], ['cmi.score.raw', '100'], ['cmi.score.min', '0'], ['cmi.score.max', '100']]],
  ];
  for (const [percent, version, expected] of cases) {
    test(`${percent}% in ${version}`, () => {
      const values = scoreValues(percent, version);
      assert.deepEqual(values, expected);
      const validator = createStrictValidator(version);
      for (const [element, value] of values) assert.equal(validator.check(element, value), undefined, `${element}=${value}`);
      for (const [, value] of values) assert.match(value, version === '1.2' ? MOODLE.decimal12 : MOODLE.decimal2004);
    });
  }
});

describe('statusValues', () => {
  const base: StatusInput = { version: '1.2', completed: false, passed: undefined, mode: 'normal', credit: 'credit' };
  const cases: Array<[string, Partial<StatusInput>, Array<[string, string]>]> = [
    ['1.2 started', {}, [['cmi.core.lesson_status', 'incomplete']]],
    ['1.2 not finished but failing so far', { passed: false }, [['cmi.core.lesson_status', 'incomplete']]],
    ['1.2 passed', { completed: true, passed: true }, [['cmi.core.lesson_status', 'passed']]],
    ['1.2 failed', { completed: true, passed: false }, [['cmi.core.lesson_status', 'failed']]],
    ['1.2 completed, not graded', { completed: true }, [['cmi.core.lesson_status', 'completed']]],
    ['2004 started', { version: '2004' }, [['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown']]],
    ['2004 not finished but failing so far', { version: '2004', passed: false }, [['cmi.completion_status', 'incomplete'], ['cmi.success_status', 'unknown']]],
    ['2004 passed', { version: '2004', completed: true, passed: true }, [['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed']]],
    ['2004 failed', { version: '2004', completed: true, passed: false }, [['cmi.completion_status', 'completed'], ['cmi.success_status', 'failed']]],
    ['2004 completed, not graded', { version: '2004', completed: true }, [['cmi.completion_status', 'completed'], ['cmi.success_status', 'unknown']]],
    ['browse mode', { mode: 'browse', completed: true, passed: true }, []],
    ['review mode', { version: '2004', mode: 'review', completed: true, passed: true }, []],
    ['no credit', { credit: 'no-credit', completed: true, passed: false }, []],
  ];
  for (const [name, changes, expected] of cases) {
    test(name, () => {
      const input = { ...base, ...changes };
      const values = statusValues(input);
      assert.deepEqual(values, expected);
      const validator = createStrictValidator(input.version);
      for (const [element, value] of values) assert.equal(validator.check(element, value), undefined);
    });
  }
});

describe('exitValue', () => {
  const cases: Array<[ScormVersion, boolean, string]> = [
    ['1.2', false, 'suspend'],
    ['1.2', true, ''],
    ['2004', false, 'suspend'],
    ['2004', true, 'normal'],
  ];
  for (const [version, finished, expected] of cases) {
    test(`${version}, ${finished ? 'finished' : 'not finished'} → "${expected}"`, () => {
      assert.equal(exitValue(version, finished), expected);
      const element = version === '1.2' ? 'cmi.core.exit' : 'cmi.exit';
      assert.equal(createStrictValidator(version).check(element, exitValue(version, finished)), undefined);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Error codes

describe('scormErrorKind', () => {
  const cases: Array<[ScormVersion, string | number, ScormErrorKind]> = [
    ['1.2', '0', 'none'],
    ['1.2', 101, 'general'],
    ['1.2', '201', 'invalid-argument'],
    ['1.2', '202', 'invalid-argument'],
    ['1.2', '203', 'invalid-argument'],
    ['1.2', '301', 'not-initialized'],
    ['1.2', '401', 'not-implemented'],
    ['1.2', '402', 'read-only'],
    ['1.2', '403', 'read-only'],
    ['1.2', '404', 'write-only'],
    ['1.2', '405', 'type-mismatch'],
    ['1.2', '407', 'out-of-range'],
    ['1.2', '408', 'dependency'],
    ['1.2', '103', 'unknown'],
    ['1.2', '351', 'unknown'],
    ['2004', '0', 'none'],
    ['2004', '101', 'general'],
    ['2004', '102', 'general'],
    ['2004', '103', 'already-initialized'],
    ['2004', '104', 'terminated'],
    ['2004', '111', 'general'],
    ['2004', '112', 'not-initialized'],
    ['2004', '113', 'terminated'],
    ['2004', '122', 'not-initialized'],
    ['2004', '123', 'terminated'],
    ['2004', '132', 'not-initialized'],
    ['2004', '133', 'terminated'],
    ['2004', '142', 'not-initialized'],
    ['2004', '143', 'terminated'],
    ['2004', '201', 'invalid-argument'],
    ['2004', '301', 'general'],
    ['2004', '351', 'set-failed'],
    ['2004', '391', 'commit-failed'],
    ['2004', '401', 'undefined-element'],
    ['2004', '402', 'not-implemented'],
    ['2004', '403', 'not-initialized-value'],
    ['2004', '404', 'read-only'],
    ['2004', '405', 'write-only'],
    ['2004', '406', 'type-mismatch'],
    ['2004', '407', 'out-of-range'],
    ['2004', '408', 'dependency'],
    ['2004', ' 406 ', 'type-mismatch'],
    ['2004', '', 'unknown'],
    ['2004', 'abc', 'unknown'],
    ['2004', '4.06', 'unknown'],
    ['2004', -1, 'unknown'],
    ['2004', '999', 'unknown'],
  ];
  for (const [version, code, expected] of cases) {
    test(`${version} ${JSON.stringify(code)} → ${expected}`, () => {
      assert.equal(scormErrorKind(version, code), expected);
    });
  }
});

describe('isRetryable', () => {
  const retryable: ScormErrorKind[] = ['general', 'commit-failed'];
  const kinds: ScormErrorKind[] = [
    'none', 'general', 'already-initialized', 'not-initialized', 'terminated', 'invalid-argument', 'undefined-element',
    'not-implemented', 'not-initialized-value', 'read-only', 'write-only', 'type-mismatch', 'out-of-range', 'dependency',
    'set-failed', 'commit-failed', 'unknown',
  ];
  for (const kind of kinds) {
    test(`${kind} → ${retryable.includes(kind)}`, () => {
      assert.equal(isRetryable(kind), retryable.includes(kind));
    });
  }
});
