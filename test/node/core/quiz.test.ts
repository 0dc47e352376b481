import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question, Quiz, Response } from '../../../src/core/course.js';
import type { QuizProgress } from '../../../src/core/state.js';
import { deriveSeed } from '../../../src/core/random.js';
import {
  QuizError,
  answerQuestion,
  attemptsLeft,
  bestAttempt,
  canStartAttempt,
  currentAttempt,
  drawQuestions,
  isComplete,
  matchChoices,
  moveTo,
  optionOrder,
  scoreAttempt,
  scoreResponse,
  startAttempt,
  submitAttempt,
  UNLIMITED_ATTEMPTS_CAP,
  type QuizErrorCode,
  type ScoredResponse,
} from '../../../src/core/quiz.js';
import { RIGHT_ANSWERS, makeCourse, makeQuestion, questionOf, quizOf } from './fixture.js';

const ids = (questions: Question[]) => questions.map((question) => question.id);
const SEEDS = Array.from({ length: 50 }, (_, i) => i * 7919 + 1);

/** Freezes an object graph so that any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function assertQuizError(action: () => unknown, code: QuizErrorCode): void {
  assert.throws(action, (error: unknown) => error instanceof QuizError && error.code === code);
}

describe('drawQuestions', () => {
  const course = makeCourse();

  test('the same seed draws the same questions in the same order', () => {
    const quiz = quizOf(course);
    assert.deepEqual(ids(drawQuestions(course, quiz, 5)), ids(drawQuestions(course, quiz, 5)));
  });

  test('different seeds give different orders when the quiz shuffles', () => {
    const quiz = quizOf(course);
    const orders = new Set(SEEDS.map((seed) => ids(drawQuestions(course, quiz, seed)).join()));
    assert.ok(orders.size > 10, `${orders.size} distinct orders`);
  });

  test('different seeds pick different subsets', () => {
    const quiz = quizOf(makeCourse({ quiz: { draw: [{ bank: 'big', count: 3 }], shuffle: false } }));
    const subsets = new Set(SEEDS.map((seed) => ids(drawQuestions(course, quiz, seed)).join()));
    assert.ok(subsets.size > 10, `${subsets.size} distinct subsets`);
  });

  const cases: Array<{ name: string; draw: Quiz['draw']; shuffle: boolean; expect: (drawn: string[]) => void }> = [
    {
      name: 'a rule draws exactly count distinct questions of its bank',
      draw: [{ bank: 'big', count: 4 }],
      shuffle: true,
      expect: (drawn) => {
        assert.equal(drawn.length, 4);
        assert.equal(new Set(drawn).size, 4);
        assert.ok(drawn.every((id) => id.startsWith('big-')));
      },
    },
    {
      name: 'tags filter the eligible questions',
      draw: [{ bank: 'big', count: 10, tags: ['genap'] }],
      shuffle: false,
      expect: (drawn) => assert.deepEqual(drawn, ['big-0', 'big-2', 'big-4', 'big-6', 'big-8']),
    },
    {
      name: 'a question must carry every tag of the rule',
      draw: [{ bank: 'big', count: 10, tags: ['genap', 'tiga'] }],
      shuffle: false,
      expect: (drawn) => assert.deepEqual(drawn, ['big-0', 'big-6']),
    },
    {
      name: 'excludeTags leaves out every question carrying any of them',
      draw: [{ bank: 'big', count: 10, excludeTags: ['genap', 'tiga'] }],
      shuffle: false,
      expect: (drawn) => assert.deepEqual(drawn, ['big-1', 'big-5', 'big-7']),
    },
    {
      name: 'tags and excludeTags together: a pre-test pool and the post-test rest never overlap',
      draw: [
        { bank: 'big', count: 10, tags: ['genap'], excludeTags: ['tiga'] },
      ],
      shuffle: false,
      expect: (drawn) => assert.deepEqual(drawn, ['big-2', 'big-4', 'big-8']),
    },
    {
      name: 'no question is drawn twice when rules hit the same bank',
      draw: [
        { bank: 'big', count: 5 },
        { bank: 'big', count: 5 },
      ],
      shuffle: true,
      expect: (drawn) => assert.deepEqual(drawn.slice().sort(), ids(Object.values(course.banks.big?.questions ?? {})).sort()),
    },
    {
      name: 'a later rule skips what an earlier rule drew and still draws its count',
      draw: [
        { bank: 'big', count: 3, tags: ['genap'] },
        { bank: 'big', count: 2, tags: ['genap'] },
      ],
      shuffle: true,
      expect: (drawn) => {
        assert.equal(new Set(drawn).size, 5);
        assert.deepEqual(drawn.slice().sort(), ['big-0', 'big-2', 'big-4', 'big-6', 'big-8']);
      },
    },
    {
      name: 'without shuffle: rule order, then bank source order',
      draw: [
        { bank: 'big', count: 3 },
        { bank: 'b1', count: 6 },
      ],
      shuffle: false,
      expect: (drawn) => {
        const big = drawn.slice(0, 3).map((id) => Number(id.slice(4)));
        assert.deepEqual(big, big.slice().sort((a, b) => a - b));
        assert.deepEqual(drawn.slice(3), ['q-single', 'q-multiple', 'q-truefalse', 'q-judgement', 'q-ordering', 'q-matching']);
      },
    },
    {
      name: 'a count above the eligible questions draws them all',
      draw: [{ bank: 'big', count: 50, tags: ['tiga'] }],
      shuffle: false,
      expect: (drawn) => assert.deepEqual(drawn, ['big-0', 'big-3', 'big-6', 'big-9']),
    },
    {
      name: 'a missing bank draws nothing',
      draw: [{ bank: 'nope', count: 2 }],
      shuffle: true,
      expect: (drawn) => assert.deepEqual(drawn, []),
    },
  ];

  for (const { name, draw, shuffle, expect } of cases) {
    test(name, () => {
      const quiz = quizOf(makeCourse({ quiz: { draw, shuffle } }));
      for (const seed of SEEDS.slice(0, 10)) expect(ids(drawQuestions(course, quiz, seed)));
    });
  }

  test('does not change the course', () => {
    const frozen = deepFreeze(makeCourse());
    assert.equal(drawQuestions(frozen, quizOf(frozen), 3).length, 6);
  });
});

describe('optionOrder', () => {
  const course = makeCourse();
  const shuffling = quizOf(course);
  const fixed = quizOf(makeCourse({ quiz: { shuffle: false } }));

  const keywordCases: Array<[string, string[]]> = [
    ['q-truefalse', ['benar', 'salah']],
    ['q-judgement', ['melanggar', 'tidak-melanggar', 'tergantung']],
  ];
  for (const [id, expected] of keywordCases) {
    test(`${id} always keeps the keyword order`, () => {
      for (const quiz of [shuffling, fixed]) {
        for (const seed of SEEDS) assert.deepEqual(optionOrder(questionOf(course, id), quiz, seed), expected);
      }
    });
  }

  test('ordering is always shuffled and never shown solved, whatever the flags', () => {
    const question = makeQuestion('q-ordering', 'ordering', { shuffleOptions: false });
    const seen = new Set<string>();
    for (const quiz of [shuffling, fixed]) {
      for (let seed = 0; seed < 500; seed++) {
        const order = optionOrder(question, quiz, seed);
        assert.deepEqual(order.slice().sort(), ['a', 'b', 'c', 'd']);
        assert.notDeepEqual(order, ['a', 'b', 'c', 'd'], `seed ${seed}`);
        seen.add(order.join(''));
      }
    }
    assert.equal(seen.size, 23, 'every order but the solved one');
  });

  test('a two-option ordering is always presented reversed', () => {
    const question: Question = { ...makeQuestion('two', 'ordering'), options: makeQuestion('x', 'ordering').options.slice(0, 2) };
    for (const seed of SEEDS) assert.deepEqual(optionOrder(question, fixed, seed), ['b', 'a']);
  });

  const flagCases: Array<{ id: string; quizShuffles: boolean; questionShuffles: boolean; shuffled: boolean }> = [
    { id: 'q-single', quizShuffles: true, questionShuffles: true, shuffled: true },
    { id: 'q-single', quizShuffles: false, questionShuffles: true, shuffled: false },
    { id: 'q-single', quizShuffles: true, questionShuffles: false, shuffled: false },
    { id: 'q-multiple', quizShuffles: true, questionShuffles: true, shuffled: true },
    { id: 'q-multiple', quizShuffles: true, questionShuffles: false, shuffled: false },
    { id: 'q-matching', quizShuffles: true, questionShuffles: true, shuffled: true },
    { id: 'q-matching', quizShuffles: false, questionShuffles: true, shuffled: false },
  ];
  for (const { id, quizShuffles, questionShuffles, shuffled } of flagCases) {
    test(`${id}, quiz.shuffle ${quizShuffles}, shuffleOptions ${questionShuffles}: ${shuffled ? 'shuffled' : 'source order'}`, () => {
      const question = { ...questionOf(course, id), shuffleOptions: questionShuffles };
      const quiz = quizShuffles ? shuffling : fixed;
      const source = question.options.map((option) => option.id);
      const orders = SEEDS.map((seed) => optionOrder(question, quiz, seed));
      for (const order of orders) assert.deepEqual(order.slice().sort(), source.slice().sort());
      const distinct = new Set(orders.map((order) => order.join('')));
      if (shuffled) assert.ok(distinct.size > 1, 'varies with the seed');
      else assert.deepEqual([...distinct], [source.join('')]);
    });
  }

  test('is stable for a seed and seeded per question', () => {
    const question = questionOf(course, 'q-multiple');
    assert.deepEqual(optionOrder(question, shuffling, 11), optionOrder(question, shuffling, 11));
    const renamed = { ...question, id: 'other-id' };
    const differs = SEEDS.some(
      (seed) => optionOrder(question, shuffling, seed).join() !== optionOrder(renamed, shuffling, seed).join(),
    );
    assert.ok(differs, 'the question id takes part in the seed');
  });
});

describe('matchChoices', () => {
  const question = questionOf(makeCourse(), 'q-matching');

  test('is a seeded permutation of the option ids that varies with the seed', () => {
    assert.deepEqual(matchChoices(question, 4), matchChoices(question, 4));
    const orders = new Set(SEEDS.map((seed) => matchChoices(question, seed).join('')));
    for (const order of orders) assert.deepEqual(order.split('').sort(), ['a', 'b', 'c']);
    assert.equal(orders.size, 6);
  });
});

describe('isComplete', () => {
  const course = makeCourse();
  const cases: Array<[string, Response | undefined, boolean]> = [
    ['q-single', 'b', true],
    ['q-single', 'zz', false],
    ['q-single', ['a'], false],
    ['q-single', undefined, false],
    ['q-truefalse', 'salah', true],
    ['q-judgement', 'tergantung', true],
    ['q-judgement', 'benar', false],
    ['q-multiple', ['c'], true],
    ['q-multiple', ['a', 'a'], true],
    ['q-multiple', [], false],
    ['q-multiple', ['a', 'zz'], false],
    ['q-multiple', 'a', false],
    ['q-ordering', ['d', 'c', 'b', 'a'], true],
    ['q-ordering', ['a', 'b', 'c'], false],
    ['q-ordering', ['a', 'a', 'b', 'c'], false],
    ['q-ordering', ['a', 'b', 'c', 'zz'], false],
    ['q-matching', { a: 'b', b: 'a', c: 'c' }, true],
    ['q-matching', { a: 'a', b: 'b' }, false],
    ['q-matching', { a: 'a', b: 'b', c: 'zz' }, false],
    ['q-matching', ['a', 'b', 'c'], false],
  ];
  for (const [id, response, expected] of cases) {
    test(`${id} ${JSON.stringify(response)} → ${expected}`, () => {
      assert.equal(isComplete(questionOf(course, id), response), expected);
    });
  }
});

describe('scoreResponse', () => {
  const course = makeCourse();
  // q-multiple has weight 2 (right: a, b), q-matching weight 3, the others weight 1.
  const cases: Array<[string, Response | undefined, number, ScoredResponse['result']]> = [
    ['q-single', 'a', 1, 'correct'],
    ['q-single', 'b', 0, 'incorrect'],
    ['q-single', 'zz', 0, 'incorrect'],
    ['q-single', ['a'], 0, 'incorrect'],
    ['q-single', undefined, 0, 'unanswered'],
    ['q-truefalse', 'benar', 1, 'correct'],
    ['q-truefalse', 'salah', 0, 'incorrect'],
    ['q-truefalse', 'true', 0, 'incorrect'],
    ['q-judgement', 'melanggar', 1, 'correct'],
    ['q-judgement', 'tergantung', 0, 'incorrect'],
    ['q-multiple', ['a', 'b'], 2, 'correct'],
    ['q-multiple', ['b', 'a'], 2, 'correct'],
    ['q-multiple', ['a'], 1, 'partial'],
    ['q-multiple', ['a', 'b', 'c'], 1, 'partial'],
    ['q-multiple', ['a', 'c'], 0, 'incorrect'],
    ['q-multiple', ['c', 'd'], 0, 'incorrect'],
    ['q-multiple', ['a', 'c', 'd'], 0, 'incorrect'],
    ['q-multiple', ['a', 'b', 'c', 'd'], 0, 'incorrect'],
    ['q-multiple', ['a', 'a'], 1, 'partial'],
    ['q-multiple', ['a', 'a', 'b', 'b'], 2, 'correct'],
    ['q-multiple', [], 0, 'incorrect'],
    ['q-multiple', ['a', 'b', 'zz'], 0, 'incorrect'],
    ['q-multiple', 'a', 0, 'incorrect'],
    ['q-multiple', { a: 'a' }, 0, 'incorrect'],
    ['q-multiple', undefined, 0, 'unanswered'],
    ['q-ordering', ['a', 'b', 'c', 'd'], 1, 'correct'],
    ['q-ordering', ['a', 'b', 'd', 'c'], 0, 'incorrect'],
    ['q-ordering', ['a', 'b', 'c'], 0, 'incorrect'],
    ['q-ordering', ['a', 'b', 'c', 'd', 'a'], 0, 'incorrect'],
    ['q-ordering', 'abcd', 0, 'incorrect'],
    ['q-matching', { a: 'a', b: 'b', c: 'c' }, 3, 'correct'],
    ['q-matching', { a: 'a', b: 'c', c: 'b' }, 1, 'partial'],
    ['q-matching', { a: 'a', b: 'b' }, 2, 'partial'],
    ['q-matching', { a: 'a', b: 'a', c: 'a' }, 1, 'partial'],
    ['q-matching', { a: 'b', b: 'c', c: 'a' }, 0, 'incorrect'],
    ['q-matching', {}, 0, 'incorrect'],
    ['q-matching', { a: 'a', zz: 'b' }, 0, 'incorrect'],
    ['q-matching', { a: 'a', b: 'zz' }, 0, 'incorrect'],
    ['q-matching', ['a', 'b', 'c'], 0, 'incorrect'],
  ];
  for (const [id, response, earned, result] of cases) {
    test(`${id} ${JSON.stringify(response)} → ${earned} ${result}`, () => {
      const question = questionOf(course, id);
      assert.deepEqual(scoreResponse(question, response), { earned, possible: question.weight, result });
    });
  }

  test('partial credit scales with the weight', () => {
    const question = makeQuestion('heavy', 'multiple', { weight: 3 });
    assert.deepEqual(scoreResponse(question, ['a']), { earned: 1.5, possible: 3, result: 'partial' });
  });

  test('malformed responses of any shape never throw', () => {
    const garbage = [null, 5, true, [1, 2], { a: 1 }, [null], () => 'a'] as unknown as Response[];
    for (const question of Object.values(course.banks.b1?.questions ?? {})) {
      for (const response of garbage) {
        assert.equal(scoreResponse(question, response).result, 'incorrect');
        assert.equal(isComplete(question, response), false);
      }
    }
  });
});

describe('attempts', () => {
  const course = makeCourse();
  const quiz = quizOf(course); // 2 attempts, feedback 'end'
  const learnerSeed = 777;

  function submitted(progress: QuizProgress | undefined, q: Quiz = quiz): QuizProgress {
    return submitAttempt(startAttempt(progress, q, learnerSeed), course, q);
  }

  test('startAttempt appends a fresh attempt seeded from the learner seed, quiz and number', () => {
    const first = startAttempt(undefined, quiz, learnerSeed);
    assert.deepEqual(first, {
      attempts: [{ seed: deriveSeed(learnerSeed, 'q1', 1), responses: {}, submitted: false, index: 0 }],
    });
    const second = startAttempt(submitAttemptFrozen(first), quiz, learnerSeed);
    assert.equal(second.attempts.length, 2);
    assert.equal(second.attempts[1]?.seed, deriveSeed(learnerSeed, 'q1', 2));
    assert.notEqual(second.attempts[0]?.seed, second.attempts[1]?.seed);
  });

  function submitAttemptFrozen(progress: QuizProgress): QuizProgress {
    return submitAttempt(deepFreeze(progress), course, quiz);
  }

  test('only one attempt may be in progress', () => {
    const progress = startAttempt(undefined, quiz, learnerSeed);
    assertQuizError(() => startAttempt(progress, quiz, learnerSeed), 'attempt-in-progress');
    assert.equal(canStartAttempt(progress, quiz), false);
  });

  test('the attempt limit is enforced', () => {
    const steps: Array<{ progress: QuizProgress | undefined; left: number; canStart: boolean }> = [];
    let progress: QuizProgress | undefined;
    steps.push({ progress, left: 2, canStart: true });
    progress = submitted(progress);
    steps.push({ progress, left: 1, canStart: true });
    progress = startAttempt(progress, quiz, learnerSeed);
    steps.push({ progress, left: 0, canStart: false });
    progress = submitAttempt(progress, course, quiz);
    steps.push({ progress, left: 0, canStart: false });
    for (const step of steps) {
      assert.equal(attemptsLeft(step.progress, quiz), step.left);
      assert.equal(canStartAttempt(step.progress, quiz), step.canStart);
    }
    const exhausted = progress;
    assertQuizError(() => startAttempt(exhausted, quiz, learnerSeed), 'attempts-exhausted');
  });

  test('attempts: 0 is unlimited', () => {
    const unlimited = { ...quiz, attempts: 0 };
    let progress: QuizProgress | undefined;
    for (let i = 0; i < 5; i++) progress = submitted(progress, unlimited);
    assert.equal(progress?.attempts.length, 5);
    assert.equal(attemptsLeft(progress, unlimited), 'unlimited');
    assert.equal(canStartAttempt(progress, unlimited), true);
  });

  test('attempts: 0 stops at the cap that suspend data can hold', () => {
    const unlimited = { ...quiz, attempts: 0 };
    const done = (n: number): QuizProgress => ({ attempts: Array.from({ length: n }, (_, i) => ({ seed: deriveSeed(learnerSeed, quiz.id, i + 1), responses: {}, submitted: true, index: 0 })) });
    assert.equal(canStartAttempt(done(UNLIMITED_ATTEMPTS_CAP - 1), unlimited), true);
    assert.equal(canStartAttempt(done(UNLIMITED_ATTEMPTS_CAP), unlimited), false);
    assert.throws(() => startAttempt(done(UNLIMITED_ATTEMPTS_CAP), unlimited, learnerSeed), { code: 'attempts-exhausted' });
  });

  test('currentAttempt is the last attempt only while it is not submitted', () => {
    assert.equal(currentAttempt(undefined), undefined);
    assert.equal(currentAttempt({ attempts: [] }), undefined);
    const progress = startAttempt(undefined, quiz, learnerSeed);
    assert.equal(currentAttempt(progress), progress.attempts[0]);
    assert.equal(currentAttempt(submitAttempt(progress, course, quiz)), undefined);
  });

  test("answerQuestion records and, under 'end' feedback, replaces responses without mutating", () => {
    const started = deepFreeze(startAttempt(undefined, quiz, learnerSeed));
    const once = deepFreeze(answerQuestion(started, quiz, 'q-single', 'b'));
    const twice = answerQuestion(once, quiz, 'q-single', 'a');
    assert.deepEqual(started.attempts[0]?.responses, {});
    assert.deepEqual(once.attempts[0]?.responses, { 'q-single': 'b' });
    assert.deepEqual(twice.attempts[0]?.responses, { 'q-single': 'a' });
  });

  test("under 'immediate' feedback an answered question is locked", () => {
    const immediate = { ...quiz, feedback: 'immediate' as const };
    const answered = answerQuestion(startAttempt(undefined, immediate, 1), immediate, 'q-single', 'b');
    assertQuizError(() => answerQuestion(answered, immediate, 'q-single', 'a'), 'locked');
    const other = answerQuestion(answered, immediate, 'q-multiple', ['a']);
    assert.deepEqual(other.attempts[0]?.responses, { 'q-single': 'b', 'q-multiple': ['a'] });
  });

  const noAttemptCases: Array<[string, QuizProgress]> = [
    ['no attempts', { attempts: [] }],
    ['only a submitted attempt', { attempts: [{ seed: 1, responses: {}, submitted: true, index: 0 }] }],
  ];
  for (const [name, progress] of noAttemptCases) {
    test(`answer, move and submit need an attempt in progress (${name})`, () => {
      assertQuizError(() => answerQuestion(progress, quiz, 'q-single', 'a'), 'no-attempt');
      assertQuizError(() => moveTo(progress, 1), 'no-attempt');
      assertQuizError(() => submitAttempt(progress, course, quiz), 'no-attempt');
    });
  }

  const moveCases: Array<[number, number | undefined, number]> = [
    [2, undefined, 2],
    [-3, undefined, 0],
    [2.7, undefined, 2],
    [Number.NaN, undefined, 0],
    [99, 6, 5],
    [5, 6, 5],
    [3, 0, 0],
  ];
  for (const [index, count, expected] of moveCases) {
    test(`moveTo(${index}, count ${count}) sets index ${expected}`, () => {
      const progress = deepFreeze(startAttempt(undefined, quiz, learnerSeed));
      assert.equal(moveTo(progress, index, count).attempts[0]?.index, expected);
    });
  }

  test('submitAttempt marks the attempt submitted and drops responses to questions not drawn', () => {
    let progress = startAttempt(undefined, quiz, learnerSeed);
    progress = answerQuestion(progress, quiz, 'q-single', 'a');
    progress = answerQuestion(progress, quiz, 'big-1', 'a');
    const done = submitAttempt(deepFreeze(progress), course, quiz);
    assert.deepEqual(done.attempts[0], { ...progress.attempts[0], responses: { 'q-single': 'a' }, submitted: true });
  });
});

describe('scoreAttempt', () => {
  const course = makeCourse();
  const quiz = quizOf(course);
  const attemptWith = (responses: Record<string, Response>, submitted = true) => ({
    seed: 9,
    responses,
    submitted,
    index: 0,
  });
  // Possible points: 1 + 2 + 1 + 1 + 1 + 3 = 9.
  const PARTIAL = { 'q-single': 'a', 'q-multiple': ['a'], 'q-matching': { a: 'a' } }; // 1 + 1 + 1 = 3

  test('all right: 100%, passed, no weak tags', () => {
    const score = scoreAttempt(course, quiz, attemptWith(RIGHT_ANSWERS));
    assert.deepEqual(
      { earned: score.earned, possible: score.possible, percent: score.percent, passed: score.passed, weakTags: score.weakTags },
      { earned: 9, possible: 9, percent: 100, passed: true, weakTags: [] },
    );
  });

  test('perQuestion follows the draw and carries each response and score', () => {
    const score = scoreAttempt(course, quiz, attemptWith(PARTIAL));
    assert.deepEqual(ids(score.perQuestion.map((entry) => entry.question)), ids(drawQuestions(course, quiz, 9)));
    const byId = Object.fromEntries(score.perQuestion.map((entry) => [entry.question.id, entry]));
    assert.deepEqual(byId['q-multiple']?.response, ['a']);
    assert.deepEqual(byId['q-multiple']?.scored, { earned: 1, possible: 2, result: 'partial' });
    assert.deepEqual(byId['q-ordering']?.scored, { earned: 0, possible: 1, result: 'unanswered' });
  });

  test('percent is rounded to 2 decimals', () => {
    const score = scoreAttempt(course, quiz, attemptWith(PARTIAL));
    assert.deepEqual([score.earned, score.possible, score.percent], [3, 9, 33.33]);
  });

  const passMarkCases: Array<[number, boolean]> = [
    [33.33, true],
    [33.34, false],
    [0, true],
    [80, false],
  ];
  for (const [passMark, passed] of passMarkCases) {
    test(`33.33% with pass mark ${passMark}: passed ${passed}`, () => {
      assert.equal(scoreAttempt(course, { ...quiz, passMark }, attemptWith(PARTIAL)).passed, passed);
    });
  }

  test('weak tags: tags of questions not fully correct, most frequent first', () => {
    const inOrder = { ...quiz, shuffle: false };
    // Everything wrong or unanswered except the ordering question ("prosedur").
    const score = scoreAttempt(course, inOrder, attemptWith({ 'q-ordering': ['a', 'b', 'c', 'd'], 'q-multiple': ['a'] }));
    // media: single, multiple, judgement (3); like: single, judgement (2); then first seen.
    assert.deepEqual(score.weakTags, ['media', 'like', 'kampanye', 'sanksi']);
  });

  test('an empty draw scores 0% without dividing by zero', () => {
    const empty = { ...quiz, draw: [] };
    const score = scoreAttempt(course, empty, attemptWith({}));
    assert.deepEqual([score.earned, score.possible, score.percent, score.passed], [0, 0, 0, false]);
  });

  test('bestAttempt is the submitted attempt with the highest percent', () => {
    const progress: QuizProgress = {
      attempts: [attemptWith(PARTIAL), attemptWith({ 'q-single': 'a' }), attemptWith(RIGHT_ANSWERS, false)],
    };
    assert.equal(bestAttempt(course, quiz, progress)?.percent, 33.33);
    const better = { attempts: [...progress.attempts.slice(0, 2), attemptWith(RIGHT_ANSWERS)] };
    assert.equal(bestAttempt(course, quiz, better)?.percent, 100);
  });

  const noBestCases: Array<[string, QuizProgress | undefined]> = [
    ['no progress', undefined],
    ['no attempts', { attempts: [] }],
    ['only an attempt in progress', { attempts: [attemptWith(RIGHT_ANSWERS, false)] }],
  ];
  for (const [name, progress] of noBestCases) {
    test(`bestAttempt is undefined with ${name}`, () => {
      assert.equal(bestAttempt(course, quiz, progress), undefined);
    });
  }
});
