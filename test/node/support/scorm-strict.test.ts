import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createStrictValidator, wrapApiStrict, type ApiCall, type ScormVersion, type Violation } from '../../support/scorm-strict.js';

type ValueCase = [element: string, value: string, valid: boolean, interactionType?: string];

function checkTable(version: ScormVersion, cases: ValueCase[]): void {
  const validator = createStrictValidator(version);
  for (const [element, value, valid, type] of cases) {
    const label = `${element} = ${JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value)}${type ? ` (${type})` : ''}`;
    test(`${valid ? 'accepts' : 'rejects'} ${label}`, () => {
      const reason = validator.check(element, value, type);
      if (valid) assert.equal(reason, undefined);
      else assert.equal(typeof reason, 'string', 'expected a reason');
    });
  }
}

describe('SCORM 1.2 values', () => {
  checkTable('1.2', [
    // lesson_status: the SCO may not set "not attempted"; case matters.
    ['cmi.core.lesson_status', 'passed', true],
    ['cmi.core.lesson_status', 'failed', true],
    ['cmi.core.lesson_status', 'incomplete', true],
    ['cmi.core.lesson_status', 'completed', true],
    ['cmi.core.lesson_status', 'browsed', true],
    ['cmi.core.lesson_status', 'not attempted', false],
    ['cmi.core.lesson_status', 'Passed', false],
    ['cmi.core.lesson_status', 'done', false],
    // Scores: decimals 0-100 or blank.
    ['cmi.core.score.raw', '85', true],
    ['cmi.core.score.raw', '66.67', true],
    ['cmi.core.score.raw', '0', true],
    ['cmi.core.score.raw', '100', true],
    ['cmi.core.score.raw', '', true],
    ['cmi.core.score.raw', '101', false],
    ['cmi.core.score.raw', '-1', false],
    ['cmi.core.score.raw', 'abc', false],
    ['cmi.core.score.raw', '.', false],
    ['cmi.core.score.max', '1000', false],
    ['cmi.core.score.min', '0', true],
    // Timespans: 2-4 hour digits, at most 2 decimals.
    ['cmi.core.session_time', '0000:01:30.50', true],
    ['cmi.core.session_time', '00:01:30', true],
    ['cmi.core.session_time', '9999:59:59.99', true],
    ['cmi.core.session_time', '0000:01:30.5', true],
    ['cmi.core.session_time', '1:30:00', false],
    ['cmi.core.session_time', '00000:00:00', false],
    ['cmi.core.session_time', '00:01:30.123', false],
    ['cmi.core.session_time', '00:61:00', false],
    ['cmi.core.session_time', 'PT1M30S', false],
    ['cmi.core.exit', 'suspend', true],
    ['cmi.core.exit', '', true],
    ['cmi.core.exit', 'logout', true],
    ['cmi.core.exit', 'time-out', true],
    ['cmi.core.exit', 'normal', false],
    ['cmi.core.lesson_location', 'x'.repeat(255), true],
    ['cmi.core.lesson_location', 'x'.repeat(256), false],
    ['cmi.suspend_data', 'NB'.repeat(2048), true],
    ['cmi.suspend_data', 'x'.repeat(4097), false],
    ['cmi.suspend_data', 'caf\u00e9', false],
    ['cmi.comments', 'x'.repeat(4097), false],
    // Read-only and keywords.
    ['cmi.core.student_id', 'u1', false],
    ['cmi.core.credit', 'credit', false],
    ['cmi.core._children', 'x', false],
    ['cmi.interactions._count', '1', false],
    ['cmi.student_data.mastery_score', '80', false],
    ['cmi.core.foo', 'x', false],
    ['cmi.completion_status', 'completed', false],
    // Interactions.
    ['cmi.interactions.0.id', 'q1.a1.q_single', true],
    ['cmi.interactions.0.id', 'kuis-akhir/1', true],
    ['cmi.interactions.0.id', 'has space', false],
    ['cmi.interactions.0.id', '', false],
    ['cmi.interactions.0.id', 'x'.repeat(256), false],
    ['cmi.interactions.0.type', 'choice', true],
    ['cmi.interactions.0.type', 'true-false', true],
    ['cmi.interactions.0.type', 'multiple', false],
    ['cmi.interactions.0.type', 'long-fill-in', false],
    ['cmi.interactions.0.time', '14:05:22', true],
    ['cmi.interactions.0.time', '14:05:22.5', true],
    ['cmi.interactions.0.time', '24:00:00', false],
    ['cmi.interactions.0.time', '2024-11-27T14:05:22', false],
    ['cmi.interactions.0.weighting', '2', true],
    ['cmi.interactions.0.weighting', '101', false],
    ['cmi.interactions.0.result', 'correct', true],
    ['cmi.interactions.0.result', 'wrong', true],
    ['cmi.interactions.0.result', 'neutral', true],
    ['cmi.interactions.0.result', '0.5', true],
    ['cmi.interactions.0.result', 'incorrect', false],
    ['cmi.interactions.0.latency', '0000:00:12.34', true],
    ['cmi.interactions.0.latency', 'PT12S', false],
    ['cmi.interactions.0.student_response', 't', true, 'true-false'],
    ['cmi.interactions.0.student_response', '0', true, 'true-false'],
    ['cmi.interactions.0.student_response', 'true', false, 'true-false'],
    ['cmi.interactions.0.student_response', 'x', false, 'true-false'],
    ['cmi.interactions.0.student_response', 'a', true, 'choice'],
    ['cmi.interactions.0.student_response', 'a,c', true, 'choice'],
    ['cmi.interactions.0.student_response', '{a,c}', true, 'choice'],
    ['cmi.interactions.0.student_response', 'a[,]c', false, 'choice'],
    ['cmi.interactions.0.student_response', 'ab', false, 'choice'],
    ['cmi.interactions.0.student_response', 'A', false, 'choice'],
    ['cmi.interactions.0.student_response', '', false, 'choice'],
    ['cmi.interactions.0.student_response', '{a,c', false, 'choice'],
    ['cmi.interactions.0.student_response', '1.a,2.b', true, 'matching'],
    ['cmi.interactions.0.student_response', '1[.]a', false, 'matching'],
    ['cmi.interactions.0.student_response', '1.a,2', false, 'matching'],
    ['cmi.interactions.0.student_response', 'b,a,c', true, 'sequencing'],
    ['cmi.interactions.0.student_response', 'b,a,cc', false, 'sequencing'],
    ['cmi.interactions.0.student_response', '3', true, 'likert'],
    ['cmi.interactions.0.student_response', '3.5', true, 'numeric'],
    ['cmi.interactions.0.student_response', 'any text', true, 'fill-in'],
    ['cmi.interactions.0.student_response', 'x'.repeat(256), false, 'fill-in'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a,b', true, 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'f', true, 'true-false'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'false', false, 'true-false'],
    ['cmi.objectives.0.id', 'modul.dasar', true],
    ['cmi.objectives.0.status', 'not attempted', true],
    ['cmi.objectives.0.status', 'unknown', false],
    ['cmi.objectives.0.score.raw', '50', true],
    ['cmi.student_preference.text', '1', true],
    ['cmi.student_preference.text', '2', false],
  ]);
});

describe('SCORM 2004 values', () => {
  checkTable('2004', [
    ['cmi.completion_status', 'completed', true],
    ['cmi.completion_status', 'incomplete', true],
    ['cmi.completion_status', 'not attempted', true],
    ['cmi.completion_status', 'unknown', true],
    ['cmi.completion_status', 'passed', false],
    ['cmi.success_status', 'passed', true],
    ['cmi.success_status', 'failed', true],
    ['cmi.success_status', 'unknown', true],
    ['cmi.success_status', 'completed', false],
    ['cmi.exit', 'suspend', true],
    ['cmi.exit', 'normal', true],
    ['cmi.exit', '', true],
    ['cmi.exit', 'logout', true],
    ['cmi.exit', 'quit', false],
    // Scores.
    ['cmi.score.scaled', '0.85', true],
    ['cmi.score.scaled', '-1', true],
    ['cmi.score.scaled', '1', true],
    ['cmi.score.scaled', '1.5', false],
    ['cmi.score.scaled', '85', false],
    ['cmi.score.scaled', 'abc', false],
    ['cmi.score.scaled', '', false],
    ['cmi.score.raw', '85', true],
    ['cmi.score.raw', '123456', false],
    ['cmi.score.raw', '1e3', false],
    ['cmi.progress_measure', '0.5', true],
    ['cmi.progress_measure', '1.2', false],
    // Durations: at least one part, at most 2 decimals.
    ['cmi.session_time', 'PT0S', true],
    ['cmi.session_time', 'PT1H2M3.45S', true],
    ['cmi.session_time', 'PT1H', true],
    ['cmi.session_time', 'P1DT2H', true],
    ['cmi.session_time', 'PT1.234S', false],
    ['cmi.session_time', 'PT', false],
    ['cmi.session_time', 'P', false],
    ['cmi.session_time', '00:01:30', false],
    ['cmi.session_time', 'PT1S2M', false],
    ['cmi.location', 'x'.repeat(1000), true],
    ['cmi.location', 'x'.repeat(1001), false],
    ['cmi.suspend_data', 'x'.repeat(64000), true],
    ['cmi.suspend_data', 'x'.repeat(64001), false],
    // Read-only, keywords and unknown elements.
    ['cmi.learner_id', 'u1', false],
    ['cmi.mode', 'normal', false],
    ['cmi._version', '1.0', false],
    ['cmi.interactions._count', '1', false],
    ['cmi.scaled_passing_score', '0.8', false],
    ['cmi.core.lesson_status', 'passed', false],
    // Interactions.
    ['cmi.interactions.0.id', 'q1.a1.q_single', true],
    ['cmi.interactions.0.id', 'urn:netral:q1', true],
    ['cmi.interactions.0.id', 'has space', false],
    ['cmi.interactions.0.id', '', false],
    ['cmi.interactions.0.type', 'long-fill-in', true],
    ['cmi.interactions.0.type', 'other', true],
    ['cmi.interactions.0.type', 'multiple', false],
    ['cmi.interactions.0.timestamp', '2024-11-27T03:04:05.67Z', true],
    ['cmi.interactions.0.timestamp', '2024-11-27T03:04:05.6+07:00', true],
    ['cmi.interactions.0.timestamp', '2024-11-27', true],
    ['cmi.interactions.0.timestamp', '2024', true],
    ['cmi.interactions.0.timestamp', '2024-11-27T03:04:05.678Z', false],
    ['cmi.interactions.0.timestamp', '2024-11-27T03:04:05Z', false],
    ['cmi.interactions.0.timestamp', '2024-11-27T03:04:05+02:00', false],
    ['cmi.interactions.0.timestamp', '2039-01-01T00:00:00.00Z', false],
    ['cmi.interactions.0.timestamp', '1969-12-31T23:59:59.99Z', false],
    ['cmi.interactions.0.timestamp', '2023-02-30T00:00:00.00Z', false],
    ['cmi.interactions.0.timestamp', '10:00:00', false],
    ['cmi.interactions.0.weighting', '3', true],
    ['cmi.interactions.0.weighting', 'x', false],
    ['cmi.interactions.0.result', 'incorrect', true],
    ['cmi.interactions.0.result', '-0.5', true],
    ['cmi.interactions.0.result', 'wrong', false],
    ['cmi.interactions.0.latency', 'PT12.34S', true],
    ['cmi.interactions.0.latency', '00:00:12', false],
    ['cmi.interactions.0.description', '{lang=id}Apakah ini melanggar?', true],
    ['cmi.interactions.0.description', `{lang=id}${'x'.repeat(250)}`, true],
    ['cmi.interactions.0.description', `{lang=id}${'x'.repeat(251)}`, false],
    ['cmi.interactions.0.description', '{lang=not valid}x', false],
    ['cmi.interactions.0.description', '{lang=id}line\nbreak', false],
    ['cmi.interactions.0.description', 'no tag', true],
    // learner_response by type.
    ['cmi.interactions.0.learner_response', 'true', true, 'true-false'],
    ['cmi.interactions.0.learner_response', 'false', true, 'true-false'],
    ['cmi.interactions.0.learner_response', 't', false, 'true-false'],
    ['cmi.interactions.0.learner_response', '1', false, 'true-false'],
    ['cmi.interactions.0.learner_response', 'a', true, 'choice'],
    ['cmi.interactions.0.learner_response', 'a[,]tidak_melanggar', true, 'choice'],
    ['cmi.interactions.0.learner_response', 'tidak-melanggar', false, 'choice'],
    ['cmi.interactions.0.learner_response', 'has space', false, 'choice'],
    ['cmi.interactions.0.learner_response', 'a[,]a', false, 'choice'],
    ['cmi.interactions.0.learner_response', 'a,b', false, 'choice'],
    ['cmi.interactions.0.learner_response', '', false, 'choice'],
    ['cmi.interactions.0.learner_response', Array.from({ length: 37 }, (_, i) => `o${i}`).join('[,]'), false, 'choice'],
    ['cmi.interactions.0.learner_response', '1[.]a[,]2[.]b', true, 'matching'],
    ['cmi.interactions.0.learner_response', '1[.]a[,]2', false, 'matching'],
    ['cmi.interactions.0.learner_response', '1.a,2.b', false, 'matching'],
    ['cmi.interactions.0.learner_response', 'c[,]a[,]b', true, 'sequencing'],
    ['cmi.interactions.0.learner_response', 'c[,]a[,]a', true, 'sequencing'],
    ['cmi.interactions.0.learner_response', 'c[,]a-b', false, 'sequencing'],
    ['cmi.interactions.0.learner_response', 'agree', true, 'likert'],
    ['cmi.interactions.0.learner_response', '3.5', true, 'numeric'],
    ['cmi.interactions.0.learner_response', 'x', false, 'numeric'],
    ['cmi.interactions.0.learner_response', '{lang=en}Paris[,]Rome', true, 'fill-in'],
    ['cmi.interactions.0.learner_response', 'x'.repeat(251), false, 'fill-in'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]b', true, 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'true', true, 'true-false'],
    ['cmi.interactions.0.correct_responses.0.pattern', '3[:]4', true, 'numeric'],
    ['cmi.interactions.0.correct_responses.0.pattern', '[:]4', true, 'numeric'],
    ['cmi.interactions.0.correct_responses.0.pattern', '{case_matters=false}{order_matters=true}{lang=en}Paris', true, 'fill-in'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a-b', false, 'sequencing'],
    ['cmi.objectives.0.id', 'modul.dasar', true],
    ['cmi.objectives.0.score.scaled', '2', false],
    ['cmi.objectives.0.success_status', 'passed', true],
    ['cmi.objectives.0.completion_status', 'done', false],
    ['cmi.learner_preference.language', 'id', true],
    ['cmi.learner_preference.language', 'indonesian language', false],
    ['adl.nav.request', 'suspendAll', true],
    ['adl.nav.request', 'jump', false],
  ]);
});

// ---------------------------------------------------------------------------------------------
// Sequences

const init: ApiCall = { call: 'initialize', arg: '' };
const commit: ApiCall = { call: 'commit', arg: '' };
const finish: ApiCall = { call: 'terminate', arg: '' };
const set = (element: string, value: string): ApiCall => ({ call: 'set', element, value });
const get = (element: string): ApiCall => ({ call: 'get', element });

/** Indexes of the calls that break a rule. */
function violationsAt(version: ScormVersion, calls: ApiCall[]): number[] {
  return createStrictValidator(version).checkSequence(calls).map((violation) => violation.index);
}

describe('SCORM 1.2 sequences', () => {
  const cases: Array<[string, ApiCall[], number[]]> = [
    [
      'a good session',
      [
        init,
        get('cmi.core.entry'),
        get('cmi.suspend_data'),
        set('cmi.core.lesson_status', 'incomplete'),
        set('cmi.interactions.0.id', 'q1.a1.x'),
        set('cmi.interactions.0.type', 'choice'),
        set('cmi.interactions.0.student_response', 'a,b'),
        set('cmi.interactions.0.correct_responses.0.pattern', 'a'),
        set('cmi.interactions.1.id', 'q1.a1.y'),
        commit,
        set('cmi.core.session_time', '0000:01:00.00'),
        set('cmi.core.exit', 'suspend'),
        finish,
      ],
      [],
    ],
    ['a call before LMSInitialize', [get('cmi.core.entry'), init], [0]],
    ['LMSInitialize twice', [init, init], [1]],
    ['LMSInitialize with an argument', [{ call: 'initialize', arg: 'x' }], [0]],
    ['LMSCommit with an argument', [init, { call: 'commit', arg: 'x' }], [1]],
    ['calls after LMSFinish', [init, finish, set('cmi.core.lesson_status', 'passed'), commit, get('cmi.core.entry'), finish, init], [2, 3, 4, 5, 6]],
    ['an interaction index that skips one', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.2.id', 'c')], [2]],
    ['an index with a leading zero', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.01.id', 'b')], [2]],
    ['reading a write-only interaction', [init, set('cmi.interactions.0.id', 'a'), get('cmi.interactions.0.id'), get('cmi.interactions._count')], [2]],
    ['reading session_time or exit', [init, get('cmi.core.session_time'), get('cmi.core.exit')], [1, 2]],
    ['reading an unknown element', [init, get('cmi.core.nope')], [1]],
    ['a response checked by the type set before it', [init, set('cmi.interactions.0.type', 'true-false'), set('cmi.interactions.0.student_response', 'true')], [2]],
    ['correct_responses skipping an index', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.correct_responses.1.pattern', 'a')], [2]],
    ['objectives in order', [init, set('cmi.objectives.0.id', 'm1'), set('cmi.objectives.1.id', 'm2'), set('cmi.objectives.3.id', 'm4')], [3]],
  ];
  for (const [name, calls, expected] of cases) {
    test(name, () => {
      assert.deepEqual(violationsAt('1.2', calls), expected);
    });
  }
});

describe('SCORM 2004 sequences', () => {
  const cases: Array<[string, ApiCall[], number[]]> = [
    [
      'a good session',
      [
        init,
        get('cmi.entry'),
        get('cmi.location'),
        set('cmi.completion_status', 'incomplete'),
        set('cmi.interactions.0.id', 'q1.a1.x'),
        set('cmi.interactions.0.type', 'choice'),
        set('cmi.interactions.0.timestamp', '2024-11-27T03:04:05.67Z'),
        set('cmi.interactions.0.learner_response', 'a[,]b'),
        set('cmi.interactions.0.correct_responses.0.pattern', 'a'),
        set('cmi.interactions.0.correct_responses.1.pattern', 'b'),
        set('cmi.interactions.0.result', 'incorrect'),
        get('cmi.interactions.0.result'),
        set('cmi.objectives.0.id', 'modul.a'),
        set('cmi.objectives.0.completion_status', 'completed'),
        commit,
        set('cmi.session_time', 'PT1M'),
        set('cmi.exit', 'suspend'),
        finish,
      ],
      [],
    ],
    ['a call before Initialize', [commit, init], [0]],
    ['Initialize twice', [init, init], [1]],
    ['calls after Terminate', [init, finish, get('cmi.location'), set('cmi.location', 'x'), commit, finish, init], [2, 3, 4, 5, 6]],
    ['type before id', [init, set('cmi.interactions.0.type', 'choice')], [1]],
    ['a response before the type', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.learner_response', 'a')], [2]],
    ['a pattern before the type', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.correct_responses.0.pattern', 'a')], [2]],
    ['an interaction index that skips one', [init, set('cmi.interactions.1.id', 'b')], [1]],
    ['a changed interaction id', [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.id', 'b')], [3]],
    [
      'a second true-false pattern',
      [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.type', 'true-false'), set('cmi.interactions.0.correct_responses.0.pattern', 'true'), set('cmi.interactions.0.correct_responses.1.pattern', 'false')],
      [4],
    ],
    [
      'the same pattern twice',
      [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.type', 'choice'), set('cmi.interactions.0.correct_responses.0.pattern', 'a'), set('cmi.interactions.0.correct_responses.1.pattern', 'a')],
      [4],
    ],
    [
      'a learner_response in the format of another type',
      [init, set('cmi.interactions.0.id', 'a'), set('cmi.interactions.0.type', 'true-false'), set('cmi.interactions.0.learner_response', 'a')],
      [3],
    ],
    ['an objective without its id first', [init, set('cmi.objectives.0.success_status', 'passed')], [1]],
    ['a changed objective id', [init, set('cmi.objectives.0.id', 'a'), set('cmi.objectives.0.id', 'b')], [2]],
    ['a duplicate objective id', [init, set('cmi.objectives.0.id', 'a'), set('cmi.objectives.1.id', 'a')], [2]],
    ['reading write-only elements', [init, get('cmi.session_time'), get('cmi.exit')], [1, 2]],
    ['a bad value in sequence', [init, set('cmi.score.scaled', '85')], [1]],
  ];
  for (const [name, calls, expected] of cases) {
    test(name, () => {
      assert.deepEqual(violationsAt('2004', calls), expected);
    });
  }

  test('a violation names its call and a reason', () => {
    const [violation] = createStrictValidator('2004').checkSequence([init, set('cmi.interactions.0.type', 'choice')]);
    assert.deepEqual(violation?.call, set('cmi.interactions.0.type', 'choice'));
    assert.match(violation?.reason ?? '', /id must be set first/);
  });

  test('sessions are independent', () => {
    const validator = createStrictValidator('2004');
    const first = validator.session();
    assert.equal(first.record(init), undefined);
    assert.equal(validator.session().record(init), undefined);
    assert.match(first.record(init) ?? '', /twice/);
  });
});

// ---------------------------------------------------------------------------------------------
// The proxy

/** A fake LMS API that records the calls it receives and answers like an LMS. */
function fakeApi12() {
  const received: string[] = [];
  const api = {
    lastError: '0',
    LMSInitialize(arg: string) {
      received.push(`init(${arg})`);
      return 'true';
    },
    LMSFinish(arg: string) {
      received.push(`finish(${arg})`);
      return 'true';
    },
    LMSGetValue(element: string) {
      received.push(`get(${element})`);
      return element === 'cmi.core.entry' ? 'ab-initio' : '';
    },
    LMSSetValue(element: string, value: string) {
      received.push(`set(${element}=${value})`);
      return 'true';
    },
    LMSCommit(arg: string) {
      received.push(`commit(${arg})`);
      return 'true';
    },
    LMSGetLastError() {
      return this.lastError;
    },
  };
  return { api, received };
}

describe('wrapApiStrict', () => {
  test('forwards every call and its result, and reports violations with their index', () => {
    const { api, received } = fakeApi12();
    const violations: Violation[] = [];
    const wrapped = wrapApiStrict(api, '1.2', (violation) => violations.push(violation));
    assert.equal(wrapped.LMSInitialize(''), 'true');
    assert.equal(wrapped.LMSGetValue('cmi.core.entry'), 'ab-initio');
    assert.equal(wrapped.LMSSetValue('cmi.core.lesson_status', 'not attempted'), 'true');
    assert.equal(wrapped.LMSSetValue('cmi.core.score.raw', '85'), 'true');
    assert.equal(wrapped.LMSCommit(''), 'true');
    assert.equal(wrapped.LMSFinish(''), 'true');
    assert.equal(wrapped.LMSSetValue('cmi.core.exit', ''), 'true');
    assert.deepEqual(received, [
      'init()',
      'get(cmi.core.entry)',
      'set(cmi.core.lesson_status=not attempted)',
      'set(cmi.core.score.raw=85)',
      'commit()',
      'finish()',
      'set(cmi.core.exit=)',
    ]);
    assert.deepEqual(
      violations.map((v) => v.index),
      [2, 6],
    );
    assert.match(violations[1]?.reason ?? '', /after LMSFinish/);
  });

  test('other members pass through, bound to the API object', () => {
    const { api } = fakeApi12();
    const wrapped = wrapApiStrict(api, '1.2', () => assert.fail('no violation expected'));
    api.lastError = '405';
    const getLastError = wrapped.LMSGetLastError;
    assert.equal(getLastError(), '405');
    assert.equal(wrapped.lastError, '405');
  });

  test('a value that is not a string is a violation', () => {
    const { api } = fakeApi12();
    const violations: Violation[] = [];
    const wrapped = wrapApiStrict(api, '1.2', (violation) => violations.push(violation));
    wrapped.LMSInitialize('');
    (wrapped.LMSSetValue as (element: string, value: unknown) => string)('cmi.core.score.raw', 85);
    assert.equal(violations.length, 1);
    assert.match(violations[0]?.reason ?? '', /not a string/);
  });

  test('2004 method names', () => {
    const received: string[] = [];
    const api = {
      Initialize: (arg: string) => (received.push(`Initialize(${arg})`), 'true'),
      SetValue: (element: string, value: string) => (received.push(`${element}=${value}`), 'true'),
      Terminate: (arg: string) => (received.push(`Terminate(${arg})`), 'true'),
    };
    const violations: Violation[] = [];
    const wrapped = wrapApiStrict(api, '2004', (violation) => violations.push(violation));
    wrapped.Initialize('');
    wrapped.SetValue('cmi.interactions.0.id', 'a');
    wrapped.SetValue('cmi.interactions.0.timestamp', '2024-11-27T03:04:05.678Z');
    wrapped.Terminate('');
    wrapped.Terminate('');
    assert.deepEqual(received, ['Initialize()', 'cmi.interactions.0.id=a', 'cmi.interactions.0.timestamp=2024-11-27T03:04:05.678Z', 'Terminate()', 'Terminate()']);
    assert.deepEqual(violations.map((v) => v.index), [2, 4]);
  });
});
