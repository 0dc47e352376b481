/**
 * The 50 ms rule over several walks of the course (scripts/bench-walk.mjs, overInEveryWalk): a tap
 * counts as over only when it is over in every walk that made it, so that a shared machine's noise
 * (a different tap each walk) does not fail CI, and a regression (the same tap every walk) does.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';

interface Step { kind: string; what: string; title: string; longestMs: number }
interface Frame { start: number; duration: number; renderStart: number; blocking: number }
const { overInEveryWalk, tapFigures } = (await import(pathToFileURL(join(import.meta.dirname, '../../../scripts/bench-walk.mjs')).href)) as {
  overInEveryWalk(walks: Step[][], kind: string): { longestMs: number; taps: number; over: string[] };
  tapFigures(seen: { tasks: { duration: number }[]; frames: Frame[] }): { longestMs: number; longestTaskMs: number; frameMs: number; renderMs: number };
};

const walk = (ms: Record<number, number> = {}): Step[] =>
  ['Mulai belajar', 'lesson done', 'Mulai kuis', 'lesson done'].map((what, i) => ({ kind: 'view', what, title: `Pelajaran ${i}`, longestMs: ms[i] ?? 0 }));

describe('overInEveryWalk', () => {
  it('is within the rule when noise puts a different tap over in each walk', () => {
    const rule = overInEveryWalk([walk({ 0: 56 }), walk({ 2: 61 }), walk({ 3: 52 })], 'view');
    assert.equal(rule.longestMs, 0);
    assert.deepEqual(rule.over, []);
    assert.equal(rule.taps, 4);
  });

  it('is over when the same tap is over in every walk, and names it with its least figure', () => {
    const rule = overInEveryWalk([walk({ 2: 71 }), walk({ 2: 58, 0: 60 }), walk({ 2: 64 })], 'view');
    assert.equal(rule.longestMs, 58);
    assert.deepEqual(rule.over, ['58 ms: Mulai kuis (Pelajaran 2)']);
  });

  it('one walk is judged on its own, and taps of the other kind do not count', () => {
    const steps = [...walk({ 1: 51 }), { kind: 'answer', what: 'choose a', title: 'Tes awal', longestMs: 90 }];
    assert.equal(overInEveryWalk([steps], 'view').longestMs, 51);
    assert.equal(overInEveryWalk([steps], 'answer').longestMs, 90);
    assert.equal(overInEveryWalk([], 'view').longestMs, 0);
  });
});

describe('tapFigures: how long a tap blocked the main thread', () => {
  const frame = (blocking: number, duration = 80): Frame => ({ start: 100, duration, renderStart: 160, blocking });

  it('counts a frame whose task and rendering together are over 50 ms, with no long task', () => {
    // LoAF's blockingDuration: the frame's longest task plus its style, layout and paint, less 50.
    const figures = tapFigures({ tasks: [], frames: [frame(12)] });
    assert.equal(figures.longestMs, 62);
    assert.equal(figures.longestTaskMs, 0);
    assert.equal(figures.frameMs, 80);
    assert.equal(figures.renderMs, 20);
  });

  it('takes a long task when it is the longer, and 0 when nothing was over 50 ms', () => {
    assert.equal(tapFigures({ tasks: [{ duration: 71 }, { duration: 55 }], frames: [frame(8)] }).longestMs, 71);
    assert.equal(tapFigures({ tasks: [], frames: [frame(0, 64)] }).longestMs, 0);
    assert.equal(tapFigures({ tasks: [], frames: [] }).longestMs, 0);
  });
});
