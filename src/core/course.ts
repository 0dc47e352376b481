/**
 * The built course: typed, validated data produced at build time from the Markdown in a
 * course folder (see content/README.md). Components render it and never re-parse or re-check it.
 *
 * Text fields hold HTML that the build produced with `marked` (`*Html`) or plain text
 * (everything else). One `CourseData` is one language; a `BuiltCourse` carries every language
 * of the course, and the build guarantees that their structure (ids, order, correct answers,
 * weights, branches, draws) is identical, so learner state never depends on the language.
 */

/** BCP 47 primary language subtag used by the course, e.g. "id" or "en". */
export type Lang = string;

export interface BuiltCourse {
  /** Format of this data; bump when the shape changes. */
  format: 1;
  id: string;
  /** Course version from the course file (semver-like string). Part of the learner-state key. */
  version: string;
  /** Languages in the course file's order; the first is the default. */
  languages: Lang[];
  /**
   * One full copy of the course per language. The build writes every language of `languages`;
   * a course delivered one language at a time (the embed's built-in course, so that a learner
   * downloads only the language they read) holds the languages loaded so far, at least one.
   */
  byLang: Record<Lang, CourseData>;
}

/** The course with only `lang` in `byLang` (the course's own `languages` list is kept). */
export function courseInLanguage(course: BuiltCourse, lang: Lang): BuiltCourse {
  const data = course.byLang[lang];
  if (!data) throw new Error(`The course "${course.id}" has no language "${lang}"; it has ${course.languages.join(', ')}.`);
  return { ...course, byLang: { [lang]: data } };
}

/** The course data in `lang`, else in the first of the course's languages that is loaded. */
export function courseData(course: BuiltCourse, lang: Lang): CourseData | undefined {
  return course.byLang[lang] ?? course.languages.map((l) => course.byLang[l]).find((d) => d !== undefined);
}

export interface CourseData {
  id: string;
  version: string;
  lang: Lang;
  title: string;
  /** Short description for the start screen (HTML). */
  descriptionHtml: string;
  /** Course pass mark in percent (0-100): graded quizzes' combined score must reach it. */
  passMark: number;
  /** "linear": a module unlocks when the one before it is done. "free": everything is open. */
  navigation: 'linear' | 'free';
  /** Estimated minutes for the whole course (sum of items' minutes). */
  minutes: number;
  modules: Module[];
  /** Every item by id, in course order (same objects as in modules). */
  items: Record<string, Item>;
  /** Named sources that lessons, questions and scenarios cite. */
  sources: Record<string, Source>;
  /** Question banks by id (questions are drawn from these by quizzes). */
  banks: Record<string, Bank>;
}

export interface Module {
  id: string;
  title: string;
  /** Item ids in order. */
  itemIds: string[];
}

export type Item = Lesson | Scenario | Quiz;

interface ItemBase {
  id: string;
  moduleId: string;
  title: string;
  /** Estimated minutes to finish the item. */
  minutes: number;
  /** Where the item came from, for messages: path relative to the course folder. */
  file: string;
}

export interface Lesson extends ItemBase {
  kind: 'lesson';
  /** Lesson body as HTML: prose, callouts (<aside class="callout callout--aturan">) and citations. */
  html: string;
  /** Ids of the sources this lesson cites, in first-citation order. */
  cites: string[];
  /**
   * A pledge: the label of the checkbox the learner ticks to affirm it. The lesson is done
   * only once affirmed, and the affirmation is recorded (event, LMS interaction).
   */
  affirm?: string;
}

export interface Scenario extends ItemBase {
  kind: 'scenario';
  /** Intro shown above the first node (HTML), may be empty. */
  introHtml: string;
  /** Id of the first node. */
  start: string;
  nodes: Record<string, ScenarioNode>;
  /** The best score any ending gives (for normalising). 0 when the scenario is not scored. */
  maxScore: number;
}

export interface ScenarioNode {
  id: string;
  /** The situation as HTML. */
  html: string;
  /** Empty for an ending. */
  choices: ScenarioChoice[];
  /** Set on endings only. */
  ending?: ScenarioEnding;
}

export interface ScenarioChoice {
  /** Stable id within the node: "a", "b", ... in source order. */
  id: string;
  /** Choice label (HTML, inline). */
  html: string;
  /** Consequence and feedback shown after the choice (HTML). */
  feedbackHtml: string;
  /** Target node id. */
  next: string;
}

export interface ScenarioEnding {
  /** How the path turned out. */
  outcome: 'good' | 'mixed' | 'bad';
  /** Points this ending earns (0..maxScore). */
  score: number;
  cites: string[];
}

export interface Quiz extends ItemBase {
  kind: 'quiz';
  introHtml: string;
  /** Which banks to draw from and how many questions from each. */
  draw: DrawRule[];
  /** Pass mark for this quiz in percent; defaults to the course's. */
  passMark: number;
  /** Maximum attempts; 0 = unlimited. */
  attempts: number;
  /** "immediate": feedback after each answer. "end": after submitting the whole attempt. */
  feedback: 'immediate' | 'end';
  /** Shuffle the drawn questions and their options (seeded, stable across a resume). */
  shuffle: boolean;
  /** Counts towards the course score and pass/fail. */
  graded: boolean;
  /**
   * "pretest": measures what the learner knows before the course (usually not graded);
   * "posttest": the final test. With both, the results screen shows the learning gain.
   */
  role?: 'pretest' | 'posttest';
}

export interface DrawRule {
  bank: string;
  count: number;
  /** Only questions carrying every one of these tags are eligible. */
  tags?: string[];
  /** Questions carrying any of these tags are not eligible (e.g. the pre-test's pool). */
  excludeTags?: string[];
}

export interface Source {
  id: string;
  /** Full citation text, e.g. "Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin PNS". */
  title: string;
  /** Short label for inline citations, e.g. "PP 94/2021". */
  short: string;
  url?: string;
  /** "berlaku" (in force), "dicabut" (repealed: only for historical context), "informasi" (news, data). */
  status: 'berlaku' | 'dicabut' | 'informasi';
  note?: string;
}

export interface Bank {
  id: string;
  title: string;
  file: string;
  /** Question ids in source order. */
  questionIds: string[];
  questions: Record<string, Question>;
}

export type QuestionType = 'single' | 'multiple' | 'truefalse' | 'judgement' | 'ordering' | 'matching';

export interface Question {
  id: string;
  bankId: string;
  type: QuestionType;
  /** The question text (HTML). */
  promptHtml: string;
  /**
   * Options in source order, ids "a", "b", ... For truefalse the ids are "benar"/"salah", for
   * judgement "melanggar"/"tidak-melanggar"/"tergantung" (labels come from the UI strings).
   * For ordering, source order is the correct order. For matching, each option is one pair:
   * `html` is the left side, `matchHtml` the right side it belongs to.
   */
  options: QuestionOption[];
  /** Explanation shown with feedback (HTML), including its citations. */
  explanationHtml: string;
  /** Cited source ids (at least one). */
  cites: string[];
  /** Points the question is worth (> 0). */
  weight: number;
  tags: string[];
  /** Shuffle this question's options when the quiz shuffles (false for ordered scales). */
  shuffleOptions: boolean;
}

export interface QuestionOption {
  id: string;
  html: string;
  /** single/multiple/truefalse/judgement: whether the option is (one of) the right answer(s). */
  correct: boolean;
  /** Feedback when the learner picks this option (HTML), may be empty. */
  feedbackHtml: string;
  /** matching only: the right-hand side that belongs to this option's left side. */
  matchHtml?: string;
}

/**
 * A learner's response to one question.
 * - single, truefalse, judgement: the chosen option id.
 * - multiple: the chosen option ids (any order).
 * - ordering: every option id, in the learner's order.
 * - matching: for each option id (left side), the option id whose right side the learner picked.
 */
export type Response = string | string[] | Record<string, string>;
