/**
 * Every check, one malformed copy of the fixture course at a time: each case (problem-cases.ts)
 * applies its mutations and expects exactly the listed problems (code, file, line, field).
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { loadCourse } from '../../../src/build/load-course.js';
import { messagesFor } from '../../../src/build/messages.js';
import { mutatedCopy, removeCopies } from './fixture-course.js';
import { B, C, cases, L, replace, type Expected } from './problem-cases.js';

const key = (e: Expected) => `${e[1]}:${String(e[2]).padStart(4, '0')}:${e[0]}:${e[3] ?? ''}`;

describe('content problems (one mutation of the fixture course each)', () => {
  after(removeCopies);

  for (const c of cases) {
    it(c.name, async () => {
      const dir = await mutatedCopy(c.mutations);
      const { course, problems } = await loadCourse(dir);
      const actual: Expected[] = problems.map((p) => (p.field === undefined ? [p.code, p.file, p.line] : [p.code, p.file, p.line, p.field]));
      const expected = c.expected.map(([code, file, line, field]) => (field === undefined ? [code, file, line] : [code, file, line, field]) as Expected);
      assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
      assert.equal(course, undefined, 'no course is built when there are problems');
      for (const p of problems) {
        assert.ok(p.message.length > 10 && p.hint.length > 10, `message and hint for ${p.code}`);
      }
    });
  }

  it('has a case for every problem code', () => {
    const covered = new Set(cases.flatMap((c) => c.expected.map((e) => e[0])));
    // missing-course-dir needs no copy of the fixture; it has its own test below.
    covered.add('missing-course-dir');
    const all = Object.keys(messagesFor('id').problems);
    assert.deepEqual(all.filter((code) => !covered.has(code as never)), []);
  });

  it('reports a missing course folder as a located problem', async () => {
    const { problems, course } = await loadCourse('/nonexistent/netral-course');
    assert.equal(course, undefined);
    assert.deepEqual(
      problems.map((p) => [p.code, p.file]),
      [['missing-course-dir', '']],
    );
    assert.match(problems[0]!.message, /\/nonexistent\/netral-course/);
  });

  it('collects every problem, sorted by file then line', async () => {
    const dir = await mutatedCopy([
      replace(L, '[!aturan]', '[!larangan]'),
      replace(B, 'type: single', 'type: pilihan'),
      replace(B, '- [ ] benar', '- [x] benar'),
      replace(C, 'passMark: 80', 'passMark: 120'),
    ]);
    const { problems } = await loadCourse(dir);
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line} ${p.code}`),
      [
        'banks/media-sosial.id.md:8 unknown-question-type',
        'banks/media-sosial.id.md:42 too-many-correct',
        'course.yaml:10 invalid-value',
        'lessons/mengapa-netral.id.md:9 unknown-callout-kind',
      ],
    );
  });
});
