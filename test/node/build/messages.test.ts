/**
 * Problem formatting, the two message tables, and the error list in content/README.md.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { messagesFor } from '../../../src/build/messages.js';
import { describeProblem, formatProblem, ProblemList, shownText, sortProblems, type ContentProblem } from '../../../src/build/problems.js';
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

describe('values from the content in messages', () => {
  const cases: [string, string, string][] = [
    ['plain text as it is', 'mengapa-netral', 'mengapa-netral'],
    ['zero-width and direction marks spelt out', 'mengapa\u200b-\u202enetral', 'mengapa<U+200B>-<U+202E>netral'],
    ['control characters and a byte-order mark spelt out', 'a\u0000b\u001bc\ufeff', 'a<U+0000>b<U+001B>c<U+FEFF>'],
    ['newlines and tabs as \\n and \\t', '<div>\n\t<p>', '<div>\\n\\t<p>'],
    ['a lone surrogate spelt out, a pair kept', 'x\ud800y\ud83d\uddf3', 'x<U+D800>y\ud83d\uddf3'],
    ['combining marks and right-to-left letters kept', 'ne\u0301tral \u0627\u0644', 'ne\u0301tral \u0627\u0644'],
    ['120 characters kept whole', 'x'.repeat(120), 'x'.repeat(120)],
    ['a longer value shortened around "…"', `${'a'.repeat(100)}${'b'.repeat(100)}`, `${'a'.repeat(80)}…${'b'.repeat(30)}`],
  ];
  for (const [name, value, shown] of cases) {
    it(name, () => assert.equal(shownText(value), shown));
  }

  it('shortens long lists to their first items and their last', () => {
    const path = Array.from({ length: 100 }, (_, i) => `n${i}`);
    const { message } = describeProblem({ code: 'scenario-cycle', params: { node: 'n99', target: 'n0', path } }, 'en');
    assert.match(message, /\(n0 → n1 → n2 → n3 → n4 → n5 → n6 → n7 → n8 → n9 → … → n99 → n0\)/);
  });

  it('are shown the same way in the field of a printed problem', () => {
    const list = new ProblemList('en');
    list.add('unknown-field', { file: 'a.id.md', line: 5, field: 'min\u200butes' }, { field: 'min\u200butes', known: ['minutes'] });
    assert.equal(formatProblem(list.sorted()[0]!, 'en'), 'a.id.md:5  min<U+200B>utes  Unknown field "min<U+200B>utes". → A typo? The fields known here are: minutes.');
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
