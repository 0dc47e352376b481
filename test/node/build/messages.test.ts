/**
 * Problem formatting, the two message tables, and the error list in content/README.md.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { messagesFor } from '../../../src/build/messages.js';
import { formatProblem, ProblemList, sortProblems, type ContentProblem } from '../../../src/build/problems.js';
import { REPO } from './fixture-course.js';

function problem(): ContentProblem {
  const list = new ProblemList('id');
  list.add('unknown-question-type', { file: 'banks/media-sosial.id.md', line: 14, field: 'type' }, { value: 'pilihan', question: 'q1' });
  return list.sorted()[0]!;
}

describe('formatProblem', () => {
  it('prints file:line, field, message and hint in Indonesian by default', () => {
    assert.equal(
      formatProblem(problem()),
      'banks/media-sosial.id.md:14  type  Jenis pertanyaan "pilihan" tidak dikenal. → Gunakan salah satu: single, multiple, truefalse, judgement, ordering, matching.',
    );
  });

  it('rewords the same problem in English', () => {
    assert.equal(
      formatProblem(problem(), 'en'),
      'banks/media-sosial.id.md:14  type  Unknown question type "pilihan". → Use one of: single, multiple, truefalse, judgement, ordering, matching.',
    );
  });

  it('prefixes the course folder, and shows the column when known', () => {
    const list = new ProblemList('en');
    list.add('yaml-syntax', { file: 'course.yaml', line: 3, column: 7 }, { yamlCode: 'BAD_INDENT', detail: 'x' });
    const p = list.sorted()[0]!;
    assert.equal(p.message, 'YAML syntax error: the indentation (spaces at the start of the line) is wrong.');
    assert.match(formatProblem(p, 'id', { dir: 'content/' }), /^content\/course\.yaml:3:7 {2}Penulisan YAML salah: indentasi/);
  });

  it('keeps the yaml package text for errors it has no wording for', () => {
    const list = new ProblemList('id');
    list.add('yaml-syntax', { file: 'course.yaml', line: 1 }, { yamlCode: 'SOMETHING_NEW', detail: 'Something new happened' });
    assert.equal(list.sorted()[0]!.message, 'Penulisan YAML salah: Something new happened.');
  });

  it('names the folder itself for folder problems', () => {
    const list = new ProblemList('id');
    list.add('missing-course-dir', { file: '', line: 1 }, { path: '/x/content' });
    assert.match(formatProblem(list.sorted()[0]!, 'id', { dir: 'content' }), /^content {2}Folder kursus tidak ditemukan: \/x\/content\. → /);
  });

  it('sorts by file, then line, then column, keeping the order found otherwise', () => {
    const list = new ProblemList('id');
    const add = (file: string, line: number, column?: number) =>
      list.add('raw-html', column === undefined ? { file, line } : { file, line, column }, { html: `${file}:${line}:${column ?? ''}` });
    add('b.id.md', 2);
    add('a.id.md', 10);
    add('a.id.md', 9, 5);
    add('a.id.md', 9, 2);
    add('a.id.md', 10);
    assert.deepEqual(
      sortProblems(list.sorted()).map((p) => (p.params as { html: string }).html),
      ['a.id.md:9:2', 'a.id.md:9:5', 'a.id.md:10:', 'a.id.md:10:', 'b.id.md:2:'],
    );
  });
});

describe('message tables', () => {
  it('have the same problem codes in Indonesian and English', () => {
    assert.deepEqual(Object.keys(messagesFor('en').problems).sort(), Object.keys(messagesFor('id').problems).sort());
  });

  it('fall back to Indonesian for other languages', () => {
    assert.equal(messagesFor('fr'), messagesFor('id'));
  });

  it('are all listed in the error table of content/README.md', async () => {
    const readme = await readFile(join(REPO, 'content/README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Errors / Pesan kesalahan'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    assert.deepEqual(listed.sort(), Object.keys(messagesFor('id').problems).sort());
  });
});
