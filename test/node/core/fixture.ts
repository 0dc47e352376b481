/**
 * Small course fixtures built in code for the core's unit tests. `makeCourse()` returns a
 * linear two-module course:
 *   module m1: lesson "l1", scenario "s1" (branching, two endings)
 *   module m2: lesson "l2", quiz "q1" (draws all six questions of bank "b1")
 * Bank "b1" holds one question of each type; bank "big" holds ten single-choice questions
 * with tags for draw tests. Every call builds fresh objects, so a test may change its copy.
 */
import type {
  Bank,
  CourseData,
  Lesson,
  Question,
  QuestionOption,
  QuestionType,
  Response,
  Quiz,
  Scenario,
} from '../../../src/core/course.js';

function option(id: string, correct: boolean, matchHtml?: string): QuestionOption {
  const result: QuestionOption = { id, html: `Option ${id}`, correct, feedbackHtml: '' };
  if (matchHtml !== undefined) result.matchHtml = matchHtml;
  return result;
}

/** The options of each type (and the right answer, in the comments). */
const OPTIONS: Record<QuestionType, () => QuestionOption[]> = {
  single: () => [option('a', true), option('b', false), option('c', false)], // a
  multiple: () => [option('a', true), option('b', true), option('c', false), option('d', false)], // a+b
  // Keyword options deliberately out of keyword order in the source.
  truefalse: () => [option('salah', false), option('benar', true)], // benar
  judgement: () => [option('tergantung', false), option('melanggar', true), option('tidak-melanggar', false)],
  ordering: () => ['a', 'b', 'c', 'd'].map((id) => option(id, false)), // a b c d
  matching: () => ['a', 'b', 'c'].map((id) => option(id, false, `Match ${id}`)), // a=a, b=b, c=c
};

export function makeQuestion(
  id: string,
  type: QuestionType,
  overrides: Partial<Question> = {},
): Question {
  return {
    id,
    bankId: 'b1',
    type,
    promptHtml: `<p>Prompt ${id}</p>`,
    options: OPTIONS[type](),
    explanationHtml: '<p>Explanation</p>',
    cites: ['pp-94-2021'],
    weight: 1,
    tags: [],
    shuffleOptions: true,
    ...overrides,
  };
}

export function makeBank(id: string, questions: Question[]): Bank {
  return {
    id,
    title: `Bank ${id}`,
    file: `banks/${id}.id.md`,
    questionIds: questions.map((question) => question.id),
    questions: Object.fromEntries(questions.map((question) => [question.id, { ...question, bankId: id }])),
  };
}

/** One question of each type. Weights: multiple 2, matching 3, others 1. */
export function makeMixedBank(): Bank {
  return makeBank('b1', [
    makeQuestion('q-single', 'single', { tags: ['like', 'media'] }),
    makeQuestion('q-multiple', 'multiple', { weight: 2, tags: ['media'] }),
    makeQuestion('q-truefalse', 'truefalse', { tags: ['kampanye'] }),
    makeQuestion('q-judgement', 'judgement', { tags: ['like', 'media'] }),
    makeQuestion('q-ordering', 'ordering', { tags: ['prosedur'] }),
    makeQuestion('q-matching', 'matching', { weight: 3, tags: ['sanksi'] }),
  ]);
}

/** Ten single-choice questions big-0 … big-9; even ones tagged "genap", multiples of 3 tagged "tiga". */
export function makeBigBank(): Bank {
  return makeBank(
    'big',
    Array.from({ length: 10 }, (_, i) => {
      const tags = [...(i % 2 === 0 ? ['genap'] : []), ...(i % 3 === 0 ? ['tiga'] : [])];
      return makeQuestion(`big-${i}`, 'single', { tags });
    }),
  );
}

export function makeQuiz(overrides: Partial<Quiz> = {}): Quiz {
  return {
    kind: 'quiz',
    id: 'q1',
    moduleId: 'm2',
    title: 'Kuis',
    minutes: 5,
    file: 'quizzes/q1.id.md',
    introHtml: '',
    draw: [{ bank: 'b1', count: 6 }],
    passMark: 80,
    attempts: 2,
    feedback: 'end',
    shuffle: true,
    graded: true,
    ...overrides,
  };
}

function makeLesson(id: string, moduleId: string): Lesson {
  return { kind: 'lesson', id, moduleId, title: `Lesson ${id}`, minutes: 3, file: `lessons/${id}.id.md`, html: '', cites: [] };
}

/**
 * Scenario "s1":  mulai --a--> suka (ending bad, 0)
 *                 mulai --b--> tanya --a--> aman (ending good, 2)
 *                                   --b--> suka
 */
export function makeScenario(): Scenario {
  const choice = (id: string, next: string) => ({ id, html: `Choice ${id}`, feedbackHtml: `Feedback ${id}`, next });
  return {
    kind: 'scenario',
    id: 's1',
    moduleId: 'm1',
    title: 'Scenario',
    minutes: 4,
    file: 'scenarios/s1.id.md',
    introHtml: '',
    start: 'mulai',
    maxScore: 2,
    nodes: {
      mulai: { id: 'mulai', html: '', choices: [choice('a', 'suka'), choice('b', 'tanya')] },
      tanya: { id: 'tanya', html: '', choices: [choice('a', 'aman'), choice('b', 'suka')] },
      suka: { id: 'suka', html: '', choices: [], ending: { outcome: 'bad', score: 0, cites: [] } },
      aman: { id: 'aman', html: '', choices: [], ending: { outcome: 'good', score: 2, cites: [] } },
    },
  };
}

export interface CourseOptions {
  navigation?: CourseData['navigation'];
  quiz?: Partial<Quiz>;
  passMark?: number;
}

export function makeCourse(options: CourseOptions = {}): CourseData {
  const l1 = makeLesson('l1', 'm1');
  const s1 = makeScenario();
  const l2 = makeLesson('l2', 'm2');
  const q1 = makeQuiz(options.quiz);
  return {
    id: 'netral-test',
    version: '1.0.0',
    lang: 'id',
    title: 'Kursus uji',
    descriptionHtml: '',
    passMark: options.passMark ?? 80,
    navigation: options.navigation ?? 'linear',
    minutes: 15,
    modules: [
      { id: 'm1', title: 'Modul 1', itemIds: ['l1', 's1'] },
      { id: 'm2', title: 'Modul 2', itemIds: ['l2', 'q1'] },
    ],
    items: { l1, s1, l2, q1 },
    sources: {
      'pp-94-2021': { id: 'pp-94-2021', title: 'PP 94/2021', short: 'PP 94/2021', status: 'berlaku' },
    },
    banks: { b1: makeMixedBank(), big: makeBigBank() },
  };
}

/** The quiz "q1" of a course built by makeCourse. */
export function quizOf(course: CourseData): Quiz {
  const item = course.items.q1;
  if (item?.kind !== 'quiz') throw new Error('fixture: q1 is not a quiz');
  return item;
}

/** The scenario "s1" of a course built by makeCourse. */
export function scenarioOf(course: CourseData): Scenario {
  const item = course.items.s1;
  if (item?.kind !== 'scenario') throw new Error('fixture: s1 is not a scenario');
  return item;
}

/** A question of bank "b1" by id. */
export function questionOf(course: CourseData, id: string): Question {
  const question = course.banks.b1?.questions[id];
  if (!question) throw new Error(`fixture: no question ${id}`);
  return question;
}

/** The correct response of each question type in bank "b1". */
export const RIGHT_ANSWERS: Record<string, Response> = {
  'q-single': 'a',
  'q-multiple': ['a', 'b'],
  'q-truefalse': 'benar',
  'q-judgement': 'melanggar',
  'q-ordering': ['a', 'b', 'c', 'd'],
  'q-matching': { a: 'a', b: 'b', c: 'c' },
};
