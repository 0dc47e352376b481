import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createLearnerState } from '../../../src/core/learner-state.js';
import { learnerRecord } from '../../../src/core/learner-record.js';
import { completeLesson, withQuiz, withScenario } from '../../../src/core/progress.js';
import { answerQuestion, startAttempt, submitAttempt } from '../../../src/core/quiz.js';
import { RIGHT_ANSWERS, makeCourse, quizOf } from './fixture.js';

describe('learnerRecord', () => {
  const course = makeCourse();
  const quiz = { ...quizOf(course), attempts: 0 };
  const now = new Date(Date.UTC(2026, 11, 5, 8, 30));

  test('a fresh learner: nothing done, no score, the raw state kept', () => {
    const state = createLearnerState(course, 3);
    const record = learnerRecord(course, state, { learnerId: 'nip1', now });
    assert.equal(record.format, 'netral-catatan-belajar/1');
    assert.equal(record.exportedAt, '2026-12-05T08:30:00.000Z');
    assert.deepEqual(record.result, { completed: false, score: null, passed: false, percentComplete: 0 });
    assert.deepEqual(record.items.map((i) => i.status), ['available', 'available', 'locked', 'locked']);
    assert.deepEqual([record.scenarios, record.quizzes], [[], []]);
    assert.deepEqual(record.state, state);
    assert.notEqual(record.state, state, 'a copy, not the live state');
  });

  test('a finished course: every answer with its result, the scenario path and outcome, JSON-safe', () => {
    let state = completeLesson(completeLesson(createLearnerState(course, 3), 'l1'), 'l2');
    state = withScenario(state, 's1', { choices: ['b', 'a'], done: true });
    let progress = startAttempt(undefined, quiz, state.seed);
    for (const [id, response] of Object.entries(RIGHT_ANSWERS)) progress = answerQuestion(progress, quiz, id, response);
    state = withQuiz(state, 'q1', submitAttempt(progress, course, quiz));
    const record = learnerRecord(course, state, { learnerId: 'nip1', learnerName: 'Samuel Latuheru', learnerNip: '1988', now });
    assert.deepEqual(record.learner, { id: 'nip1', name: 'Samuel Latuheru', nip: '1988' });
    assert.deepEqual(record.result, { completed: true, score: 100, passed: true, percentComplete: 100 });
    assert.deepEqual(record.scenarios, [{ id: 's1', path: ['mulai', 'tanya', 'aman'], outcome: 'good' }]);
    const attempt = record.quizzes[0]!.attempts[0]!;
    assert.deepEqual([attempt.number, attempt.submitted, attempt.percent, attempt.passed, attempt.answers.length], [1, true, 100, true, 6]);
    assert.ok(attempt.answers.every((a) => a.result === 'correct'));
    assert.deepEqual(JSON.parse(JSON.stringify(record)), record);
  });
});
