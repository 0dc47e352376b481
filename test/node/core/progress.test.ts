import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CourseData, Response } from '../../../src/core/course.js';
import type { LearnerState, QuizProgress } from '../../../src/core/state.js';
import { createLearnerState } from '../../../src/core/learner-state.js';
import { answerQuestion, startAttempt, submitAttempt } from '../../../src/core/quiz.js';
import {
  completeLesson,
  courseResult,
  firstUnfinishedItemId,
  isCourseComplete,
  itemStatus,
  moduleStatus,
  nextItemId,
  percentComplete,
  setLocation,
  withQuiz,
  withScenario,
  type ItemStatus,
} from '../../../src/core/progress.js';
import { RIGHT_ANSWERS, makeCourse, quizOf } from './fixture.js';

// Modules: m1 = [l1 (lesson), s1 (scenario)], m2 = [l2 (lesson), q1 (quiz)].
const linear = makeCourse();
const free = makeCourse({ navigation: 'free' });

/** A quiz progress with one submitted attempt per response set. */
function quizDone(course: CourseData, ...attempts: Array<Record<string, Response>>): QuizProgress {
  const quiz = { ...quizOf(course), attempts: 0, feedback: 'end' as const };
  let progress: QuizProgress | undefined;
  for (const responses of attempts) {
    progress = startAttempt(progress, quiz, 1);
    for (const [id, response] of Object.entries(responses)) progress = answerQuestion(progress, quiz, id, response);
    progress = submitAttempt(progress, course, quiz);
  }
  return progress ?? { attempts: [] };
}

const PARTIAL: Record<string, Response> = { 'q-single': 'a', 'q-multiple': ['a'], 'q-matching': { a: 'a' } }; // 33.33%

type Step = (state: LearnerState, course: CourseData) => LearnerState;
const steps: Record<string, Step> = {
  l1: (state) => completeLesson(state, 'l1'),
  l2: (state) => completeLesson(state, 'l2'),
  s1: (state) => withScenario(state, 's1', { choices: ['b', 'a'], done: true }),
  's1-started': (state) => withScenario(state, 's1', { choices: ['b'], done: false }),
  'q1-started': (state) => withQuiz(state, 'q1', startAttempt(undefined, quizOf(linear), 1)),
  'q1-passed': (state, course) => withQuiz(state, 'q1', quizDone(course, RIGHT_ANSWERS)),
  'q1-failed': (state, course) => withQuiz(state, 'q1', quizDone(course, PARTIAL)),
  'q1-failed-then-passed': (state, course) => withQuiz(state, 'q1', quizDone(course, PARTIAL, RIGHT_ANSWERS)),
  'at-l1': (state) => setLocation(state, 'l1'),
  'at-l2': (state) => setLocation(state, 'l2'),
};

function stateAfter(course: CourseData, ...names: string[]): LearnerState {
  return names.reduce((state, name) => {
    const step = steps[name];
    if (!step) throw new Error(`unknown step ${name}`);
    return step(state, course);
  }, createLearnerState(course, 1));
}

describe('itemStatus', () => {
  const cases: Array<[string, CourseData, string[], Record<string, ItemStatus>]> = [
    ['linear, fresh', linear, [], { l1: 'available', s1: 'available', l2: 'locked', q1: 'locked' }],
    ['linear, on l1', linear, ['at-l1'], { l1: 'in-progress', s1: 'available', l2: 'locked' }],
    ['linear, l1 read', linear, ['l1'], { l1: 'done', s1: 'available', l2: 'locked', q1: 'locked' }],
    ['linear, scenario started', linear, ['l1', 's1-started'], { s1: 'in-progress', l2: 'locked' }],
    ['linear, module 1 done', linear, ['l1', 's1'], { s1: 'done', l2: 'available', q1: 'available' }],
    ['linear, quiz attempt in progress', linear, ['l1', 's1', 'q1-started'], { q1: 'in-progress' }],
    ['linear, quiz submitted (even failed)', linear, ['l1', 's1', 'q1-failed'], { q1: 'done', l2: 'available' }],
    ['linear, location on a locked item', linear, ['at-l2'], { l2: 'locked' }],
    ['free, fresh', free, [], { l1: 'available', s1: 'available', l2: 'available', q1: 'available' }],
    ['free, out of order', free, ['l2', 'at-l1'], { l1: 'in-progress', l2: 'done', q1: 'available' }],
  ];
  for (const [name, course, names, expected] of cases) {
    test(name, () => {
      const state = stateAfter(course, ...names);
      const actual = Object.fromEntries(Object.keys(expected).map((id) => [id, itemStatus(course, state, id)]));
      assert.deepEqual(actual, expected);
    });
  }

  test('an unknown item id throws a RangeError', () => {
    assert.throws(() => itemStatus(linear, stateAfter(linear), 'nope'), RangeError);
  });
});

describe('moduleStatus', () => {
  const cases: Array<[string, CourseData, string[], ItemStatus, ItemStatus]> = [
    ['linear, fresh', linear, [], 'available', 'locked'],
    ['linear, located on l1', linear, ['at-l1'], 'in-progress', 'locked'],
    ['linear, one item done', linear, ['l1'], 'in-progress', 'locked'],
    ['linear, module 1 done', linear, ['l1', 's1'], 'done', 'available'],
    ['linear, everything done', linear, ['l1', 's1', 'l2', 'q1-failed'], 'done', 'done'],
    ['free, fresh', free, [], 'available', 'available'],
    ['free, module 2 started first', free, ['l2'], 'available', 'in-progress'],
  ];
  for (const [name, course, names, m1, m2] of cases) {
    test(name, () => {
      const state = stateAfter(course, ...names);
      assert.deepEqual([moduleStatus(course, state, 'm1'), moduleStatus(course, state, 'm2')], [m1, m2]);
    });
  }

  test('an unknown module id throws a RangeError', () => {
    assert.throws(() => moduleStatus(linear, stateAfter(linear), 'nope'), RangeError);
  });
});

describe('percentComplete', () => {
  const threeItems: CourseData = {
    ...linear,
    modules: [linear.modules[0]!, { id: 'm2', title: 'Modul 2', itemIds: ['q1'] }],
  };
  const cases: Array<[string, CourseData, string[], number]> = [
    ['nothing done', linear, [], 0],
    ['started items do not count', linear, ['at-l1', 's1-started', 'q1-started'], 0],
    ['1 of 4', linear, ['l1'], 25],
    ['3 of 4', linear, ['l1', 's1', 'q1-failed'], 75],
    ['4 of 4', linear, ['l1', 's1', 'l2', 'q1-passed'], 100],
    ['1 of 3 rounds down', threeItems, ['l1'], 33],
    ['2 of 3 rounds down', threeItems, ['l1', 's1'], 66],
  ];
  for (const [name, course, names, expected] of cases) {
    test(name, () => assert.equal(percentComplete(course, stateAfter(course, ...names)), expected));
  }
});

describe('state setters', () => {
  const base = Object.freeze(stateAfter(linear));

  test('completeLesson adds the lesson once and leaves the input alone', () => {
    const once = completeLesson(base, 'l1');
    const twice = completeLesson(once, 'l1');
    assert.deepEqual(base.lessonsDone, []);
    assert.deepEqual(once.lessonsDone, ['l1']);
    assert.deepEqual(twice.lessonsDone, ['l1']);
  });

  test('setLocation sets the resume point', () => {
    assert.equal(setLocation(base, 's1').location, 's1');
    assert.equal(base.location, '');
  });

  test('withScenario and withQuiz replace one entry and keep the others', () => {
    const quizProgress: QuizProgress = { attempts: [] };
    const withBoth = withQuiz(withScenario(base, 's1', { choices: ['a'], done: true }), 'q1', quizProgress);
    const replaced = withScenario(withBoth, 's1', { choices: [], done: false });
    assert.deepEqual(replaced.scenarios, { s1: { choices: [], done: false } });
    assert.equal(replaced.quizzes.q1, quizProgress);
    assert.deepEqual(withBoth.scenarios, { s1: { choices: ['a'], done: true } });
    assert.deepEqual(base.scenarios, {});
  });
});

describe('navigation', () => {
  const nextCases: Array<[string, string | undefined]> = [
    ['l1', 's1'],
    ['s1', 'l2'],
    ['l2', 'q1'],
    ['q1', undefined],
    ['nope', undefined],
  ];
  for (const [from, expected] of nextCases) {
    test(`nextItemId after ${from} is ${expected}`, () => {
      assert.equal(nextItemId(linear, stateAfter(linear), from), expected);
    });
  }

  const unfinishedCases: Array<[string[], string | undefined]> = [
    [[], 'l1'],
    [['l1'], 's1'],
    [['l1', 's1', 'q1-started'], 'l2'],
    [['l2', 'q1-passed'], 'l1'],
    [['l1', 's1', 'l2', 'q1-failed'], undefined],
  ];
  for (const [names, expected] of unfinishedCases) {
    test(`firstUnfinishedItemId after [${names.join(', ')}] is ${expected}`, () => {
      assert.equal(firstUnfinishedItemId(free, stateAfter(free, ...names)), expected);
    });
  }
});

describe('courseResult', () => {
  const ALL = ['l1', 's1', 'l2'];

  test('fresh: nothing done, no score, everything to revisit', () => {
    const result = courseResult(linear, stateAfter(linear));
    assert.deepEqual(
      { completed: result.completed, score: result.score, passed: result.passed, percent: result.percentComplete },
      { completed: false, score: undefined, passed: false, percent: 0 },
    );
    assert.deepEqual(result.quizzes, [{ quiz: quizOf(linear), attemptsUsed: 0 }]);
    assert.deepEqual(result.revisit, ['l1', 's1', 'l2', 'q1'].map((itemId) => ({ itemId, reason: 'not-done' })));
  });

  test('everything done and the quiz passed: passed, nothing to revisit', () => {
    const result = courseResult(linear, stateAfter(linear, ...ALL, 'q1-passed'));
    assert.deepEqual([result.completed, result.score, result.passed, result.percentComplete], [true, 100, true, 100]);
    assert.deepEqual(result.revisit, []);
    assert.equal(result.quizzes[0]?.best?.percent, 100);
  });

  test('a failed quiz fails the course and suggests its module', () => {
    const result = courseResult(linear, stateAfter(linear, ...ALL, 'q1-failed'));
    assert.deepEqual([result.completed, result.score, result.passed], [true, 33.33, false]);
    const weakTags = result.quizzes[0]?.best?.weakTags;
    assert.deepEqual(weakTags?.slice(0, 2), ['media', 'like']);
    assert.deepEqual(result.revisit, [
      { itemId: 'q1', reason: 'quiz-failed', tags: weakTags },
      { itemId: 'l2', reason: 'weak-tag', tags: weakTags },
    ]);
  });

  test('the best attempt counts', () => {
    const result = courseResult(linear, stateAfter(linear, ...ALL, 'q1-failed-then-passed'));
    assert.deepEqual([result.score, result.passed, result.quizzes[0]?.attemptsUsed], [100, true, 2]);
  });

  test('an unfinished item is listed once, as not done, even in a failed quiz module', () => {
    const result = courseResult(linear, stateAfter(linear, 'l1', 's1', 'q1-failed'));
    assert.deepEqual(
      result.revisit.map(({ itemId, reason }) => [itemId, reason]),
      [['l2', 'not-done'], ['q1', 'quiz-failed']],
    );
    assert.equal(result.passed, false);
  });

  test('a quiz with only an attempt in progress has no score and is not done', () => {
    const result = courseResult(linear, stateAfter(linear, ...ALL, 'q1-started'));
    assert.deepEqual([result.completed, result.score, result.passed], [false, undefined, false]);
    assert.equal(result.quizzes[0]?.attemptsUsed, 1);
    assert.deepEqual(result.revisit, [{ itemId: 'q1', reason: 'not-done' }]);
  });

  const passMarkCases: Array<[number, boolean]> = [
    [33.33, true],
    [33.34, false],
  ];
  for (const [passMark, passed] of passMarkCases) {
    test(`score 33.33 against course pass mark ${passMark}: passed ${passed}`, () => {
      const course = makeCourse({ passMark, quiz: { passMark: 0 } });
      assert.equal(courseResult(course, stateAfter(course, ...ALL, 'q1-failed')).passed, passed);
    });
  }

  test('a course whose quizzes are all ungraded passes when completed', () => {
    const course = makeCourse({ quiz: { graded: false } });
    const result = courseResult(course, stateAfter(course, ...ALL, 'q1-failed'));
    assert.deepEqual([result.completed, result.score, result.passed], [true, undefined, true]);
    assert.equal(courseResult(course, stateAfter(course, 'l1', 'q1-passed')).passed, false);
  });
});

describe('courseResult with a pre-test and a post-test', () => {
  /** m1 gets an ungraded pre-test "q0" drawing the same bank; q1 becomes the post-test. */
  function prePostCourse(): CourseData {
    const course = makeCourse({ quiz: { role: 'posttest' } });
    const q0 = { ...quizOf(course), id: 'q0', moduleId: 'm1', role: 'pretest' as const, graded: false };
    course.items = { l1: course.items.l1!, s1: course.items.s1!, q0, l2: course.items.l2!, q1: course.items.q1! };
    course.modules[0]!.itemIds.push('q0');
    return course;
  }
  const course = prePostCourse();
  const pre = (...attempts: Array<Record<string, Response>>): Step => (state) =>
    withQuiz(state, 'q0', quizDone({ ...course, items: { ...course.items, q1: course.items.q0! } }, ...attempts));
  const post = (...attempts: Array<Record<string, Response>>): Step => (state) => withQuiz(state, 'q1', quizDone(course, ...attempts));
  const run = (...stepsToRun: Step[]) => stepsToRun.reduce((state, step) => step(state, course), createLearnerState(course, 1));
  const read: Step = (state) => ['l1', 's1', 'l2'].reduce((s, id) => steps[id]!(s, course), state);

  const cases: Array<[string, Step[], { before: number; after: number; points: number } | undefined]> = [
    ['nothing taken: no gain', [read], undefined],
    ['only the pre-test: no gain yet', [read, pre(PARTIAL)], undefined],
    ['only the post-test: no gain', [read, post(RIGHT_ANSWERS)], undefined],
    ['33.33 before, 100 after', [read, pre(PARTIAL), post(RIGHT_ANSWERS)], { before: 33.33, after: 100, points: 66.67 }],
    ['the pre-test counts its first attempt, the post-test its best', [read, pre(PARTIAL, RIGHT_ANSWERS), post(PARTIAL, RIGHT_ANSWERS)], { before: 33.33, after: 100, points: 66.67 }],
    ['worse after: a negative gain', [read, pre(RIGHT_ANSWERS), post(PARTIAL)], { before: 100, after: 33.33, points: -66.67 }],
  ];
  for (const [name, stepsToRun, expected] of cases) {
    test(name, () => {
      const gain = courseResult(course, run(...stepsToRun)).gain;
      assert.deepEqual(gain && { before: gain.before, after: gain.after, points: gain.points }, expected);
      if (gain) assert.deepEqual([gain.pretest.id, gain.posttest.id], ['q0', 'q1']);
    });
  }

  test('an ungraded pre-test never fails the course', () => {
    const result = courseResult(course, run(read, pre(PARTIAL), post(RIGHT_ANSWERS)));
    assert.deepEqual([result.completed, result.score, result.passed], [true, 100, true]);
  });

  test('a missed question tagged with a module id sends the learner back to that module', () => {
    const tagged = prePostCourse();
    const single = tagged.banks.b1!.questions['q-single']!;
    tagged.banks.b1!.questions['q-single'] = { ...single, tags: ['m1'] };
    const wrong = { ...RIGHT_ANSWERS, 'q-single': 'b', 'q-multiple': ['c'] } as Record<string, Response>;
    const state = [read, pre(RIGHT_ANSWERS)].reduce((s, step) => step(s, tagged), createLearnerState(tagged, 1));
    const result = courseResult(tagged, withQuiz(state, 'q1', quizDone(tagged, wrong)));
    assert.equal(result.passed, false);
    const byItem = Object.fromEntries(result.revisit.map((r) => [r.itemId, r.reason]));
    assert.deepEqual(byItem, { q1: 'quiz-failed', l1: 'weak-tag', s1: 'weak-tag', l2: 'weak-tag' });
  });
});

describe('isCourseComplete', () => {
  const cases: Array<[string[], boolean]> = [
    [[], false],
    [['l1', 's1', 'l2'], false],
    [['l1', 's1', 'l2', 'q1-started'], false],
    [['l1', 's1', 'l2', 'q1-failed'], true],
    [['l1', 's1', 'l2', 'q1-passed'], true],
    [['s1', 'l2', 'q1-passed'], false],
  ];
  for (const [names, complete] of cases) {
    test(`${names.join(', ') || 'nothing'}: ${complete}, as courseResult says`, () => {
      const state = stateAfter(linear, ...names);
      assert.equal(isCourseComplete(linear, state), complete);
      assert.equal(courseResult(linear, state).completed, complete);
    });
  }
});
