/**
 * The one serialisable learner state. Plain JSON-safe data with an explicit version, so a later
 * release can read what an earlier one saved (see `migrateState` in ./state-migrate.ts).
 *
 * Randomness is never stored as results: a quiz attempt keeps only its seed, and the drawn
 * questions and option orders are recomputed from (course, seed), so they are stable across
 * a resume and the state stays small (it must later fit SCORM suspend data).
 */
import type { Response } from './course.js';

export const STATE_VERSION = 1 as const;

export interface LearnerState {
  v: typeof STATE_VERSION;
  courseId: string;
  courseVersion: string;
  /** Root seed for every random draw of this learner (32-bit unsigned). */
  seed: number;
  /** Item id the learner is on (the resume point); "" before they start. */
  location: string;
  /** Lesson ids the learner has finished reading. */
  lessonsDone: string[];
  scenarios: Record<string, ScenarioProgress>;
  quizzes: Record<string, QuizProgress>;
}

export interface ScenarioProgress {
  /** Choice ids taken, in order, from the start node ("a", "c", ...). The node path follows from them. */
  choices: string[];
  /**
   * True once an ending has been reached. It stays true when the learner restarts the scenario
   * to explore another path: the item remains done.
   */
  done: boolean;
}

export interface QuizProgress {
  /** Attempts, oldest first; the last one may be in progress. */
  attempts: AttemptState[];
}

export interface AttemptState {
  /** Seed of this attempt (derived from the learner seed and the attempt number). */
  seed: number;
  /** Responses by question id. A question with a response under "immediate" feedback is locked. */
  responses: Record<string, Response>;
  /** True when the attempt is submitted (scored, final). */
  submitted: boolean;
  /** Position of the current question within the attempt (0-based), for the resume point. */
  index: number;
}
