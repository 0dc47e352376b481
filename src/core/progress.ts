/**
 * Course progress: the status of items and modules, navigation order, the learner-state
 * setters and the course result. Pure functions over (course, state); setters return a new
 * state and never mutate their input.
 */
import type { CourseData, Item, Module, Quiz } from './course.js';
import type { LearnerState, QuizProgress, ScenarioProgress } from './state.js';
import { type AttemptScore, bestAttempt, currentAttempt, scoreAttempt } from './quiz.js';

export type ItemStatus = 'locked' | 'available' | 'in-progress' | 'done';

export interface QuizResult {
  quiz: Quiz;
  /** Best submitted attempt, if any. */
  best?: AttemptScore;
  /** Attempts started, including one in progress. */
  attemptsUsed: number;
}

export type RevisitReason = 'not-done' | 'quiz-failed' | 'weak-tag';

export interface RevisitSuggestion {
  itemId: string;
  reason: RevisitReason;
  /** 'quiz-failed' and 'weak-tag': the weak tags of the failed quiz (or quizzes) behind it. */
  tags?: string[];
}

export interface CourseResult {
  /** Every item is done. */
  completed: boolean;
  /**
   * Average of the best percent of each graded quiz that has a submitted attempt (rounded to
   * 2 decimals); undefined when there is none.
   */
  score: number | undefined;
  /**
   * completed && every graded quiz has a submitted attempt && score >= course.passMark.
   * A course without graded quizzes passes when it is completed.
   */
  passed: boolean;
  percentComplete: number;
  /** Every quiz of the course, in course order. */
  quizzes: QuizResult[];
  /**
   * What to revisit, at most one entry per item, in this order: unfinished items
   * ('not-done', course order); quizzes whose best attempt failed ('quiz-failed', with their
   * weak tags); then the lessons and scenarios of the modules that hold a failed quiz
   * ('weak-tag', with the weak tags of the failed quizzes of that module).
   */
  revisit: RevisitSuggestion[];
  /**
   * Present when the course has a pre-test and a post-test (quiz `role`) and the learner
   * submitted both: what they knew before the course against what they know after it.
   */
  gain?: LearningGain;
}

export interface LearningGain {
  pretest: Quiz;
  posttest: Quiz;
  /** Percent of the pre-test's first submitted attempt (what the learner knew before). */
  before: number;
  /** Percent of the post-test's best submitted attempt. */
  after: number;
  /** after - before, in percentage points (rounded to 2 decimals; negative when worse). */
  points: number;
}

function getItem(course: CourseData, itemId: string): Item {
  const item = course.items[itemId];
  if (!item) throw new RangeError(`Course "${course.id}" has no item "${itemId}".`);
  return item;
}

function getModule(course: CourseData, moduleId: string): Module {
  const found = course.modules.find((module) => module.id === moduleId);
  if (!found) throw new RangeError(`Course "${course.id}" has no module "${moduleId}".`);
  return found;
}

/** Every item id in course order (modules in order, then their items in order). */
export function courseItemIds(course: CourseData): string[] {
  return course.modules.flatMap((module) => module.itemIds);
}

/**
 * Whether an item is done: a lesson listed in `lessonsDone`, a scenario whose progress is
 * done, a quiz with at least one submitted attempt. Unknown ids are not done.
 */
export function isItemDone(course: CourseData, state: LearnerState, itemId: string): boolean {
  const item = course.items[itemId];
  switch (item?.kind) {
    case 'lesson':
      return state.lessonsDone.includes(itemId);
    case 'scenario':
      return state.scenarios[itemId]?.done === true;
    case 'quiz':
      return (state.quizzes[itemId]?.attempts ?? []).some((attempt) => attempt.submitted);
    case undefined:
      return false;
  }
}

function isStarted(state: LearnerState, item: Item): boolean {
  if (state.location === item.id) return true;
  switch (item.kind) {
    case 'lesson':
      return false;
    case 'scenario':
      return (state.scenarios[item.id]?.choices.length ?? 0) > 0;
    case 'quiz':
      return currentAttempt(state.quizzes[item.id]) !== undefined;
  }
}

/** Under 'linear' navigation, whether a module is locked: some item of an earlier module is not done. */
function isModuleLocked(course: CourseData, state: LearnerState, moduleId: string): boolean {
  if (course.navigation !== 'linear') return false;
  for (const module of course.modules) {
    if (module.id === moduleId) return false;
    if (!module.itemIds.every((id) => isItemDone(course, state, id))) return true;
  }
  return false;
}

/**
 * The status of one item: 'done' (see isItemDone) wins; then 'locked' when navigation is
 * 'linear' and an item of an earlier module is not done (all items of an unlocked module are
 * open); then 'in-progress' when started (a quiz attempt in progress, a scenario with choices,
 * or the item is the current location); else 'available'. Throws RangeError for an unknown id.
 */
export function itemStatus(course: CourseData, state: LearnerState, itemId: string): ItemStatus {
  const item = getItem(course, itemId);
  if (isItemDone(course, state, itemId)) return 'done';
  if (isModuleLocked(course, state, item.moduleId)) return 'locked';
  return isStarted(state, item) ? 'in-progress' : 'available';
}

/**
 * The status of a module: 'done' when every item is done; 'locked' as for its items; 'in-progress'
 * when some item is done or in progress; else 'available'. Throws RangeError for an unknown id.
 */
export function moduleStatus(course: CourseData, state: LearnerState, moduleId: string): ItemStatus {
  const module = getModule(course, moduleId);
  const statuses = module.itemIds.map((id) => itemStatus(course, state, id));
  if (statuses.every((status) => status === 'done')) return 'done';
  if (isModuleLocked(course, state, moduleId)) return 'locked';
  return statuses.some((status) => status === 'done' || status === 'in-progress') ? 'in-progress' : 'available';
}

/** Done items / all items × 100, rounded down. A course without items is 100% complete. */
export function percentComplete(course: CourseData, state: LearnerState): number {
  const ids = courseItemIds(course);
  if (ids.length === 0) return 100;
  const done = ids.filter((id) => isItemDone(course, state, id)).length;
  return Math.floor((done / ids.length) * 100);
}

/** The state with the lesson marked as read (unchanged content if it already was). */
export function completeLesson(state: LearnerState, lessonId: string): LearnerState {
  if (state.lessonsDone.includes(lessonId)) return { ...state };
  return { ...state, lessonsDone: [...state.lessonsDone, lessonId] };
}

/** The state with a new resume point. */
export function setLocation(state: LearnerState, itemId: string): LearnerState {
  return { ...state, location: itemId };
}

/** The state with one scenario's progress replaced. */
export function withScenario(state: LearnerState, scenarioId: string, progress: ScenarioProgress): LearnerState {
  return { ...state, scenarios: { ...state.scenarios, [scenarioId]: progress } };
}

/** The state with one quiz's progress replaced. */
export function withQuiz(state: LearnerState, quizId: string, progress: QuizProgress): LearnerState {
  return { ...state, quizzes: { ...state.quizzes, [quizId]: progress } };
}

/**
 * The item after `fromItemId` in course order, whatever its status; undefined after the last
 * item or for an unknown id. (`state` is unused today; it stays in the signature so that
 * skipping rules can be added without changing callers.)
 */
export function nextItemId(course: CourseData, _state: LearnerState, fromItemId: string): string | undefined {
  const ids = courseItemIds(course);
  const index = ids.indexOf(fromItemId);
  return index === -1 ? undefined : ids[index + 1];
}

/** The first item in course order that is not done; undefined when all are. */
export function firstUnfinishedItemId(course: CourseData, state: LearnerState): string | undefined {
  return courseItemIds(course).find((id) => !isItemDone(course, state, id));
}

/** Whether every item of the course is done: courseResult's `completed`, without scoring every quiz. */
export function isCourseComplete(course: CourseData, state: LearnerState): boolean {
  return firstUnfinishedItemId(course, state) === undefined;
}

function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

function mergeTags(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The course result: completion, score, pass/fail, per-quiz results and what to revisit. */
export function courseResult(course: CourseData, state: LearnerState): CourseResult {
  const ids = courseItemIds(course);
  const items = ids.map((id) => course.items[id]).filter((item): item is Item => item !== undefined);
  const completed = isCourseComplete(course, state);

  const quizzes = items
    .filter((item): item is Quiz => item.kind === 'quiz')
    .map((quiz): QuizResult => {
      const progress = state.quizzes[quiz.id];
      const best = bestAttempt(course, quiz, progress);
      const attemptsUsed = progress?.attempts.length ?? 0;
      return best ? { quiz, best, attemptsUsed } : { quiz, attemptsUsed };
    });

  const graded = quizzes.filter((result) => result.quiz.graded);
  const gradedPercents = graded.flatMap((result) => (result.best ? [result.best.percent] : []));
  const score =
    gradedPercents.length > 0
      ? roundTo2(gradedPercents.reduce((sum, percent) => sum + percent, 0) / gradedPercents.length)
      : undefined;
  const passed =
    graded.length === 0
      ? completed
      : completed &&
        gradedPercents.length === graded.length &&
        score !== undefined &&
        score >= course.passMark;

  const revisit: RevisitSuggestion[] = [];
  const listed = new Set<string>();
  const suggest = (suggestion: RevisitSuggestion) => {
    if (listed.has(suggestion.itemId)) return;
    listed.add(suggestion.itemId);
    revisit.push(suggestion);
  };
  for (const id of ids) {
    if (!isItemDone(course, state, id)) suggest({ itemId: id, reason: 'not-done' });
  }
  const failed = quizzes.filter((result) => result.best && !result.best.passed);
  const weakTagsByModule = new Map<string, string[]>();
  for (const { quiz, best } of failed) {
    const tags = best?.weakTags ?? [];
    suggest({ itemId: quiz.id, reason: 'quiz-failed', tags });
    weakTagsByModule.set(quiz.moduleId, mergeTags(weakTagsByModule.get(quiz.moduleId) ?? [], tags));
  }
  // A weak tag that is a module id points back to that module too (a final test that covers
  // every module sends the learner to the modules of the questions they missed).
  const moduleIds = new Set(course.modules.map((module) => module.id));
  for (const tags of [...weakTagsByModule.values()]) {
    for (const tag of tags) {
      if (moduleIds.has(tag)) weakTagsByModule.set(tag, mergeTags(weakTagsByModule.get(tag) ?? [], [tag]));
    }
  }
  for (const item of items) {
    const tags = weakTagsByModule.get(item.moduleId);
    if (tags && item.kind !== 'quiz') suggest({ itemId: item.id, reason: 'weak-tag', tags });
  }

  const result: CourseResult = { completed, score, passed, percentComplete: percentComplete(course, state), quizzes, revisit };
  const gain = learningGain(course, state, items);
  if (gain) result.gain = gain;
  return result;
}

/** The pre-test/post-test gain, when the course has both and the learner submitted both. */
function learningGain(course: CourseData, state: LearnerState, items: Item[]): LearningGain | undefined {
  const pretest = items.find((item): item is Quiz => item.kind === 'quiz' && item.role === 'pretest');
  const posttest = items.find((item): item is Quiz => item.kind === 'quiz' && item.role === 'posttest');
  if (!pretest || !posttest) return undefined;
  const firstPre = state.quizzes[pretest.id]?.attempts.find((attempt) => attempt.submitted);
  const bestPost = bestAttempt(course, posttest, state.quizzes[posttest.id]);
  if (!firstPre || !bestPost) return undefined;
  const before = scoreAttempt(course, pretest, firstPre).percent;
  return { pretest, posttest, before, after: bestPost.percent, points: roundTo2(bestPost.percent - before) };
}
