/**
 * The learner's own record of a course, as a plain JSON-safe object: what they finished, every
 * quiz attempt with each answer and its result, the scenario paths, the result and the learning
 * gain. For a host with no backend and no LMS, the learner downloads it (and can hand it to
 * training staff); it also carries the raw learner state so nothing is lost.
 */
import type { CourseData } from './course.js';
import type { LearnerState } from './state.js';
import { courseItemIds, courseResult, itemStatus, type ItemStatus } from './progress.js';
import { scoreAttempt } from './quiz.js';
import { scenarioPath } from './scenario.js';

export interface LearnerRecord {
  format: 'netral-catatan-belajar/1';
  exportedAt: string;
  learner: { id: string; name?: string; nip?: string };
  course: { id: string; version: string; title: string; lang: string; passMark: number };
  result: { completed: boolean; score: number | null; passed: boolean; percentComplete: number; gain?: { before: number; after: number; points: number } };
  items: Array<{ id: string; kind: string; title: string; status: ItemStatus }>;
  scenarios: Array<{ id: string; path: string[]; outcome: string | null }>;
  quizzes: Array<{
    id: string;
    attempts: Array<{ number: number; submitted: boolean; percent: number; passed: boolean; answers: Array<{ questionId: string; response: unknown; result: string; earned: number; possible: number }> }>;
  }>;
  state: LearnerState;
}

export interface RecordOptions {
  learnerId: string;
  learnerName?: string;
  learnerNip?: string;
  now: Date;
}

export function learnerRecord(course: CourseData, state: LearnerState, options: RecordOptions): LearnerRecord {
  const result = courseResult(course, state);
  const ids = courseItemIds(course);
  const learner: LearnerRecord['learner'] = { id: options.learnerId };
  if (options.learnerName) learner.name = options.learnerName;
  if (options.learnerNip) learner.nip = options.learnerNip;
  const record: LearnerRecord = {
    format: 'netral-catatan-belajar/1',
    exportedAt: options.now.toISOString(),
    learner,
    course: { id: course.id, version: course.version, title: course.title, lang: course.lang, passMark: course.passMark },
    result: { completed: result.completed, score: result.score ?? null, passed: result.passed, percentComplete: result.percentComplete },
    items: ids.map((id) => ({ id, kind: course.items[id]!.kind, title: course.items[id]!.title, status: itemStatus(course, state, id) })),
    scenarios: [],
    quizzes: [],
    state: structuredClone(state),
  };
  if (result.gain) record.result.gain = { before: result.gain.before, after: result.gain.after, points: result.gain.points };
  for (const id of ids) {
    const item = course.items[id]!;
    if (item.kind === 'scenario' && state.scenarios[id]) {
      const steps = scenarioPath(item, state.scenarios[id]);
      const last = steps[steps.length - 1]?.node;
      record.scenarios.push({ id, path: steps.map((step) => step.node.id), outcome: last?.ending?.outcome ?? null });
    }
    if (item.kind === 'quiz' && state.quizzes[id]) {
      record.quizzes.push({
        id,
        attempts: state.quizzes[id]!.attempts.map((attempt, index) => {
          const score = scoreAttempt(course, item, attempt);
          return {
            number: index + 1,
            submitted: attempt.submitted,
            percent: score.percent,
            passed: attempt.submitted && score.passed,
            answers: score.perQuestion
              .filter((q) => q.response !== undefined)
              .map((q) => ({ questionId: q.question.id, response: q.response, result: q.scored.result, earned: q.scored.earned, possible: q.scored.possible })),
          };
        }),
      });
    }
  }
  return record;
}
