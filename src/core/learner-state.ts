/**
 * Creating and reading the learner state. `parseLearnerState` is the one door for saved data
 * (from the LMS suspend data or the browser store): it never throws, migrates older formats,
 * checks that the data belongs to this course and version, validates the whole shape, and
 * silently drops ids the course does not know. What it returns is a state the core could have
 * made for this learner: quiz attempts drawn with this learner's seeds and within the quiz's
 * limit, so it can always be written back to the LMS.
 */
import type { CourseData, Item, Quiz, Scenario } from './course.js';
import {
  type AttemptState,
  type LearnerState,
  type QuizProgress,
  type ScenarioProgress,
  STATE_VERSION,
} from './state.js';
import { type RawState, migrateState } from './state-migrate.js';
import { attemptCap, drawQuestions, isResponse } from './quiz.js';
import { deriveSeed } from './random.js';
import { scenarioPath } from './scenario.js';

export type StateCheck =
  | { ok: true; state: LearnerState; migrated: boolean }
  | { ok: false; reason: 'corrupt' | 'other-course' | 'other-version' | 'newer-format' };

/** A fresh state for a learner who has not started (location ""). */
export function createLearnerState(course: CourseData, seed: number): LearnerState {
  return {
    v: STATE_VERSION,
    courseId: course.id,
    courseVersion: course.version,
    seed: seed >>> 0,
    location: '',
    lessonsDone: [],
    scenarios: {},
    quizzes: {},
  };
}

/** Signals a shape error inside the validators; caught in parseLearnerState. */
class CorruptState extends Error {}

function corrupt(): never {
  throw new CorruptState();
}

function isRecord(value: unknown): value is RawState {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): RawState {
  return isRecord(value) ? value : corrupt();
}

function isUint32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : corrupt();
}

function readScenarioProgress(value: unknown, scenario: Scenario): ScenarioProgress {
  const raw = record(value);
  const choices = stringArray(raw.choices);
  if (typeof raw.done !== 'boolean') corrupt();
  // Keep the choices that walk; `done` stays true once set (a restart keeps it), else it
  // follows from where the walk ends.
  const path = scenarioPath(scenario, { choices, done: raw.done });
  const last = path[path.length - 1];
  return {
    choices: path.flatMap((step) => (step.choice ? [step.choice.id] : [])),
    done: raw.done === true || (last !== undefined && last.node.choices.length === 0),
  };
}

/**
 * The course's item with this id. Only the course's own ids count: a saved "constructor" or
 * "__proto__" must not find Object.prototype's.
 */
function itemOf(course: CourseData, id: string): Item | undefined {
  return Object.hasOwn(course.items, id) ? course.items[id] : undefined;
}

/**
 * Attempt `number` (1-based) of `quiz`. Its seed must be the one startAttempt derives from the
 * learner's seed: any other was drawn for another learner or record (a mix of two saves).
 */
function readAttempt(value: unknown, course: CourseData, quiz: Quiz, learnerSeed: number, number: number): AttemptState {
  const raw = record(value);
  if (!isUint32(raw.seed) || typeof raw.submitted !== 'boolean') corrupt();
  if (raw.seed !== deriveSeed(learnerSeed, quiz.id, number)) corrupt();
  if (typeof raw.index !== 'number' || !Number.isInteger(raw.index) || raw.index < 0) corrupt();
  const drawn = drawQuestions(course, quiz, raw.seed);
  const drawnIds = new Set(drawn.map((question) => question.id));
  const responses: AttemptState['responses'] = {};
  for (const [questionId, response] of Object.entries(record(raw.responses))) {
    if (!isResponse(response)) corrupt();
    if (!drawnIds.has(questionId)) continue;
    responses[questionId] = Array.isArray(response)
      ? [...response]
      : typeof response === 'string'
        ? response
        : { ...response };
  }
  return {
    seed: raw.seed,
    responses,
    submitted: raw.submitted,
    index: Math.min(raw.index, Math.max(0, drawn.length - 1)),
  };
}

function readQuizProgress(value: unknown, course: CourseData, quiz: Quiz, learnerSeed: number): QuizProgress {
  const raw = record(value);
  if (!Array.isArray(raw.attempts)) corrupt();
  // More attempts than the quiz allows were never started by the core (nor fit suspend data).
  if (raw.attempts.length > attemptCap(quiz)) corrupt();
  const attempts = raw.attempts.map((attempt, i) => readAttempt(attempt, course, quiz, learnerSeed, i + 1));
  // Only the last attempt may still be in progress.
  if (attempts.slice(0, -1).some((attempt) => !attempt.submitted)) corrupt();
  return { attempts };
}

function readState(raw: RawState, course: CourseData): LearnerState {
  if (!isUint32(raw.seed)) corrupt();
  if (typeof raw.location !== 'string') corrupt();

  const lessonsDone = [
    ...new Set(stringArray(raw.lessonsDone).filter((id) => itemOf(course, id)?.kind === 'lesson')),
  ];

  const scenarios: Record<string, ScenarioProgress> = {};
  for (const [id, value] of Object.entries(record(raw.scenarios))) {
    const item = itemOf(course, id);
    if (item?.kind === 'scenario') scenarios[id] = readScenarioProgress(value, item);
  }

  const quizzes: Record<string, QuizProgress> = {};
  for (const [id, value] of Object.entries(record(raw.quizzes))) {
    const item = itemOf(course, id);
    if (item?.kind === 'quiz') quizzes[id] = readQuizProgress(value, course, item, raw.seed);
  }

  return {
    v: STATE_VERSION,
    courseId: course.id,
    courseVersion: course.version,
    seed: raw.seed,
    location: itemOf(course, raw.location) ? raw.location : '',
    lessonsDone,
    scenarios,
    quizzes,
  };
}

/**
 * Reads saved learner state for `course`. Never throws. Fails with
 * - 'newer-format' when `v` is above STATE_VERSION (saved by a later release),
 * - 'other-course' / 'other-version' when the course id / version differs,
 * - 'corrupt' for anything that is not a valid state (null, strings, missing or mistyped fields).
 * Older formats are migrated (`migrated: true`). Ids the course does not know (items,
 * questions outside the attempt's draw) are dropped, scenario choices are cut where they stop
 * walking, and an unknown location becomes "". The returned state shares nothing with `value`.
 */
export function parseLearnerState(value: unknown, course: CourseData): StateCheck {
  if (!isRecord(value)) return { ok: false, reason: 'corrupt' };
  const version = value.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'corrupt' };
  }
  if (version > STATE_VERSION) return { ok: false, reason: 'newer-format' };
  try {
    const migrated = migrateState(value, version);
    if (!migrated) return { ok: false, reason: 'corrupt' };
    if (typeof migrated.courseId !== 'string' || typeof migrated.courseVersion !== 'string') {
      return { ok: false, reason: 'corrupt' };
    }
    if (migrated.courseId !== course.id) return { ok: false, reason: 'other-course' };
    if (migrated.courseVersion !== course.version) return { ok: false, reason: 'other-version' };
    return { ok: true, state: readState(migrated, course), migrated: version < STATE_VERSION };
  } catch {
    // CorruptState from the validators, or a migration that choked on odd data: either way
    // the saved data cannot be read (and parseLearnerState never throws).
    return { ok: false, reason: 'corrupt' };
  }
}

export type CarryOver =
  | { ok: true; state: LearnerState; fromVersion: string; quizzesReset: boolean }
  | { ok: false; reason: 'corrupt' | 'other-course' | 'same-version' | 'newer-format' };

/**
 * Carries a learner's progress saved under another version of the same course into `course`
 * (an agency published an update while the learner was half-way). Finished lessons and
 * scenario paths are kept where their ids still exist, and so is the resume point and the seed.
 * Quiz attempts are not: their questions are drawn from banks that may have changed, so a
 * carried-over score could be one the learner never earned; `quizzesReset` says whether any
 * attempt was left behind (the player tells the learner). Never throws; the old state itself is
 * left untouched in the store.
 */
export function carryOverState(value: unknown, course: CourseData): CarryOver {
  if (!isRecord(value)) return { ok: false, reason: 'corrupt' };
  const version = value.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'corrupt' };
  if (version > STATE_VERSION) return { ok: false, reason: 'newer-format' };
  try {
    const migrated = migrateState(value, version);
    if (!migrated || typeof migrated.courseId !== 'string' || typeof migrated.courseVersion !== 'string') return { ok: false, reason: 'corrupt' };
    if (migrated.courseId !== course.id) return { ok: false, reason: 'other-course' };
    if (migrated.courseVersion === course.version) return { ok: false, reason: 'same-version' };
    const oldQuizzes = record(migrated.quizzes);
    const quizzesReset = Object.values(oldQuizzes).some((progress) => isRecord(progress) && Array.isArray(progress.attempts) && progress.attempts.length > 0);
    const state = readState({ ...migrated, quizzes: {} }, course);
    if (itemOf(course, state.location)?.kind === 'quiz') state.location = '';
    return { ok: true, state, fromVersion: migrated.courseVersion, quizzesReset };
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
}
