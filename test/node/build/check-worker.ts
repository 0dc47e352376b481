/**
 * A worker thread that checks course folders with loadCourse, the function behind
 * `netral check`, so that the corpus test (malformed-corpus.test.ts) can stop a check that
 * hangs, even in a synchronous loop, and name the case. Answers each `{ id, dir }` with the
 * problems and whether a course was built, or with the error the check threw.
 */
import { parentPort } from 'node:worker_threads';
import { loadCourse } from '../../../src/build/load-course.js';
import type { ContentProblem } from '../../../src/build/problems.js';

export interface CheckRequest {
  id: number;
  dir: string;
}

export type CheckAnswer =
  | { id: number; ok: true; problems: ContentProblem[]; built: boolean; ms: number }
  | { id: number; ok: false; error: string };

parentPort?.on('message', async ({ id, dir }: CheckRequest) => {
  const started = performance.now();
  let answer: CheckAnswer;
  try {
    const result = await loadCourse(dir, { lang: 'id' });
    answer = { id, ok: true, problems: result.problems, built: result.course !== undefined, ms: performance.now() - started };
  } catch (err) {
    answer = { id, ok: false, error: err instanceof Error ? `${err.name}: ${err.message}\n${err.stack ?? ''}` : String(err) };
  }
  parentPort?.postMessage(answer);
});
