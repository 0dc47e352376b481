/**
 * The valid fixture course loads without problems and produces the expected BuiltCourse.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { BuiltCourse, Lesson, Quiz, Scenario } from '../../../src/core/course.js';
import { loadCourse, type LoadResult } from '../../../src/build/load-course.js';
import { FIXTURE, mutatedCopy, removeCopies } from './fixture-course.js';

let result: LoadResult;
let course: BuiltCourse;

before(async () => {
  result = await loadCourse(FIXTURE);
  course = result.course!;
});
after(removeCopies);

describe('loadCourse on the valid fixture course', () => {
  it('has no problems and builds the course', () => {
    assert.deepEqual(result.problems, []);
    assert.ok(course);
    assert.equal(course.format, 1);
    assert.equal(course.id, 'mini-netral');
    assert.equal(course.version, '1.0.0');
    assert.deepEqual(course.languages, ['id', 'en']);
    assert.deepEqual(Object.keys(course.byLang), ['id', 'en']);
  });

  it('lists the files it reads, without README.md', () => {
    const rel = result.files.map((f) => f.slice(FIXTURE.length + 1)).sort();
    assert.deepEqual(rel, [
      'banks/media-sosial.en.md',
      'banks/media-sosial.id.md',
      'course.yaml',
      'lessons/mengapa-netral.en.md',
      'lessons/mengapa-netral.id.md',
      'quizzes/kuis-akhir.en.md',
      'quizzes/kuis-akhir.id.md',
      'scenarios/unggahan-calon.en.md',
      'scenarios/unggahan-calon.id.md',
      'sources.yaml',
    ]);
  });

  it('builds the course data of each language', () => {
    const id = course.byLang.id!;
    assert.equal(id.lang, 'id');
    assert.equal(id.title, 'Netralitas ASN (kursus mini)');
    assert.equal(course.byLang.en!.title, 'ASN Neutrality (mini course)');
    assert.equal(id.passMark, 80);
    assert.equal(id.navigation, 'linear');
    assert.equal(id.minutes, 5 + 3 + 10);
    assert.deepEqual(id.modules, [{ id: 'media-sosial', title: 'Media sosial', itemIds: ['mengapa-netral', 'unggahan-calon', 'kuis-akhir'] }]);
    assert.equal(course.byLang.en!.modules[0]!.title, 'Social media');
    assert.deepEqual(Object.keys(id.items), ['mengapa-netral', 'unggahan-calon', 'kuis-akhir']);
    for (const item of Object.values(id.items)) assert.equal(item.moduleId, 'media-sosial');
    assert.match(id.descriptionHtml, /^<p>Kursus singkat .*<cite class="cite">/);
    assert.deepEqual(Object.keys(id.sources), ['skb-2022', 'pp-94-2021', 'pp-53-2010']);
    assert.equal(id.sources['pp-53-2010']!.status, 'dicabut');
    assert.equal(id.sources['pp-94-2021']!.note, 'Menggantikan PP 53/2010.');
  });

  it('renders callouts as labelled asides', () => {
    const lesson = course.byLang.id!.items['mengapa-netral'] as Lesson;
    assert.equal(lesson.kind, 'lesson');
    assert.equal(lesson.file, 'lessons/mengapa-netral.id.md');
    assert.match(
      lesson.html,
      /<aside class="callout callout--aturan" role="note"><p class="callout__title">Yang dilarang<\/p>\n<p>ASN dilarang memberi &quot;suka&quot; \(<em>like<\/em>\) pada unggahan bakal calon\. <cite/,
    );
    // A callout without a title gets its kind's name in the lesson's language.
    assert.match(lesson.html, /<aside class="callout callout--dasar-hukum" role="note"><p class="callout__title">Dasar hukum<\/p>/);
    const en = course.byLang.en!.items['mengapa-netral'] as Lesson;
    assert.match(en.html, /<p class="callout__title">Legal basis<\/p>/);
    assert.doesNotMatch(lesson.html, /\[!aturan\]|<blockquote>/);
  });

  it('renders citations as readable links to the source list', () => {
    const lesson = course.byLang.id!.items['mengapa-netral'] as Lesson;
    assert.ok(
      lesson.html.includes(
        '<cite class="cite">(<a href="#src-pp-94-2021" data-source="pp-94-2021">PP 94/2021, Pasal 5 huruf n</a>)</cite>',
      ),
    );
    assert.ok(lesson.html.includes('<cite class="cite cite--historis">(<a href="#src-pp-53-2010"'));
    assert.ok(lesson.html.includes('>PP 53/2010, sudah dicabut</a>'));
    assert.ok((course.byLang.en!.items['mengapa-netral'] as Lesson).html.includes('>PP 53/2010, repealed</a>'));
    assert.deepEqual(lesson.cites, ['skb-2022', 'pp-94-2021', 'pp-53-2010']);
  });

  it('opens links to other sites in a new tab without referrer', () => {
    const lesson = course.byLang.id!.items['mengapa-netral'] as Lesson;
    assert.ok(lesson.html.includes('<a href="https://www.bawaslu.go.id" rel="noopener noreferrer" target="_blank">Bawaslu</a>'));
  });

  it('builds the scenario graph', () => {
    const s = course.byLang.id!.items['unggahan-calon'] as Scenario;
    assert.equal(s.kind, 'scenario');
    assert.equal(s.introHtml, '<p>Anda guru PNS. Masa kampanye Pilkada sedang berjalan.</p>\n');
    assert.equal(s.start, 'mulai');
    assert.deepEqual(Object.keys(s.nodes), ['mulai', 'suka', 'aman']);
    const start = s.nodes.mulai!;
    assert.equal(start.html, '<p>Anda melihat unggahan calon bupati di beranda Instagram.</p>\n');
    assert.deepEqual(
      start.choices.map((c) => [c.id, c.next, c.html]),
      [
        ['a', 'suka', 'Menekan &quot;suka&quot; karena setuju dengan programnya'],
        ['b', 'aman', 'Menggulir terus tanpa bereaksi'],
      ],
    );
    assert.match(start.choices[0]!.feedbackHtml, /^<p>Memberi &quot;suka&quot; adalah bentuk dukungan di media sosial\. <cite class="cite">/);
    assert.equal(start.ending, undefined);
    assert.deepEqual(s.nodes.suka!.ending, { outcome: 'bad', score: 0, cites: ['skb-2022'] });
    assert.deepEqual(s.nodes.aman!.ending, { outcome: 'good', score: 2, cites: ['skb-2022'] });
    assert.deepEqual(s.nodes.aman!.choices, []);
    assert.doesNotMatch(s.nodes.aman!.html, /ending:/);
    assert.equal(s.maxScore, 2);
  });

  it('builds the quiz settings', () => {
    const q = course.byLang.id!.items['kuis-akhir'] as Quiz;
    assert.equal(q.kind, 'quiz');
    assert.deepEqual(q.draw, [
      { bank: 'media-sosial', count: 3, tags: ['media-sosial'] },
      { bank: 'media-sosial', count: 3, tags: ['aturan'] },
    ]);
    assert.equal(q.passMark, 70);
    assert.equal(q.attempts, 3);
    assert.equal(q.feedback, 'immediate');
    assert.equal(q.shuffle, true);
    assert.equal(q.graded, true);
    assert.equal(q.introHtml, '<p>Jawab enam pertanyaan tentang media sosial dan aturan disiplin.</p>\n');
  });

  it('builds one question of each type', () => {
    const bank = course.byLang.id!.banks['media-sosial']!;
    assert.equal(bank.title, 'Media sosial dan aturan disiplin');
    assert.equal(bank.file, 'banks/media-sosial.id.md');
    assert.deepEqual(bank.questionIds, ['sikap-unggahan', 'bentuk-dukungan', 'pp-lama', 'like-tim-pemenangan', 'tingkat-hukuman', 'pasangan-aturan']);
    const q = bank.questions;
    const shape = (id: string) => q[id]!.options.map((o) => [o.id, o.correct]);
    assert.deepEqual(
      Object.values(q).map((x) => [x.id, x.type, x.weight, x.shuffleOptions, x.bankId]),
      [
        ['sikap-unggahan', 'single', 1, true, 'media-sosial'],
        ['bentuk-dukungan', 'multiple', 2, true, 'media-sosial'],
        ['pp-lama', 'truefalse', 1, true, 'media-sosial'],
        ['like-tim-pemenangan', 'judgement', 1, true, 'media-sosial'],
        ['tingkat-hukuman', 'ordering', 1, true, 'media-sosial'],
        ['pasangan-aturan', 'matching', 1, false, 'media-sosial'],
      ],
    );
    assert.deepEqual(shape('sikap-unggahan'), [['a', false], ['b', true], ['c', false]]);
    assert.deepEqual(shape('bentuk-dukungan'), [['a', true], ['b', true], ['c', false]]);
    assert.deepEqual(shape('pp-lama'), [['benar', false], ['salah', true]]);
    assert.deepEqual(shape('like-tim-pemenangan'), [['melanggar', true], ['tidak-melanggar', false], ['tergantung', false]]);
    assert.deepEqual(shape('tingkat-hukuman'), [['a', false], ['b', false], ['c', false]]);
    assert.deepEqual(
      q['tingkat-hukuman']!.options.map((o) => o.html),
      ['Hukuman disiplin ringan', 'Hukuman disiplin sedang', 'Hukuman disiplin berat'],
    );
    assert.deepEqual(
      q['pasangan-aturan']!.options.map((o) => [o.id, o.html, o.matchHtml]),
      [
        ['a', 'PP 94/2021', 'Disiplin PNS yang berlaku'],
        ['b', 'PP 53/2010', 'Aturan disiplin lama yang sudah dicabut'],
        ['c', 'SKB 2022', 'Pedoman netralitas ASN dalam pemilu dan pemilihan'],
      ],
    );
    assert.deepEqual(q['like-tim-pemenangan']!.tags, ['media-sosial', 'like']);
  });

  it('keeps prompt, option feedback and explanation apart', () => {
    const q = course.byLang.id!.banks['media-sosial']!.questions['sikap-unggahan']!;
    assert.equal(q.promptHtml, '<p>Apa yang sebaiknya dilakukan ASN saat melihat unggahan kampanye calon di media sosial?</p>\n');
    assert.equal(q.options[0]!.html, 'Memberi &quot;suka&quot; agar terlihat ramah');
    assert.equal(q.options[0]!.feedbackHtml, '<p>Tidak tepat: &quot;suka&quot; termasuk bentuk dukungan.</p>\n');
    assert.equal(q.options[2]!.feedbackHtml, '');
    assert.match(q.explanationHtml, /^<p>Memberi &quot;suka&quot;, berkomentar dan membagikan unggahan bakal calon dilarang\. <cite class="cite">/);
    assert.doesNotMatch(q.explanationHtml, /blockquote/);
    assert.deepEqual(q.cites, ['skb-2022']);
    const pp = course.byLang.id!.banks['media-sosial']!.questions['pp-lama']!;
    assert.deepEqual(pp.cites, ['pp-53-2010', 'pp-94-2021']);
  });

  it('gives every language the same structure', () => {
    const strip = (c: BuiltCourse['byLang'][string]) =>
      Object.values(c.banks).flatMap((b) => Object.values(b.questions).map((q) => [q.id, q.type, q.weight, q.options.map((o) => [o.id, o.correct])]));
    assert.deepEqual(strip(course.byLang.en!), strip(course.byLang.id!));
    const s = (lang: string) => Object.values((course.byLang[lang]!.items['unggahan-calon'] as Scenario).nodes).map((n) => n.choices.map((c) => c.next));
    assert.deepEqual(s('en'), s('id'));
  });

  it('gives a quiz without passMark the course pass mark', async () => {
    const dir = await mutatedCopy([
      { file: 'quizzes/kuis-akhir.id.md', replace: 'passMark: 70\n', with: '' },
      { file: 'quizzes/kuis-akhir.en.md', replace: 'passMark: 70\n', with: '' },
    ]);
    const { course: built, problems } = await loadCourse(dir);
    assert.deepEqual(problems, []);
    assert.equal((built!.byLang.en!.items['kuis-akhir'] as Quiz).passMark, 80);
  });

  it('reads loose option lists (blank lines between options) like tight ones', async () => {
    const file = 'banks/media-sosial.id.md';
    const dir = await mutatedCopy([
      { file, replace: '- [x] melanggar\n', with: '- [x] melanggar\n\n' },
      { file, replace: '- [ ] tidak-melanggar\n', with: '- [ ] tidak-melanggar\n\n' },
      { file, replace: '- [ ] Memberi "suka" agar terlihat ramah\n  > Tidak tepat: "suka" termasuk bentuk dukungan.\n', with: '- [ ] Memberi "suka" agar terlihat ramah\n\n  > Tidak tepat: "suka" termasuk bentuk dukungan.\n\n' },
    ]);
    const { course: built, problems } = await loadCourse(dir);
    assert.deepEqual(problems, []);
    const loose = built!.byLang.id!.banks['media-sosial']!.questions;
    const tight = course.byLang.id!.banks['media-sosial']!.questions;
    assert.deepEqual(loose['like-tim-pemenangan']!.options, tight['like-tim-pemenangan']!.options);
    assert.deepEqual(
      loose['sikap-unggahan']!.options.map((o) => [o.id, o.correct, o.feedbackHtml]),
      tight['sikap-unggahan']!.options.map((o) => [o.id, o.correct, o.feedbackHtml]),
    );
    assert.equal(loose['sikap-unggahan']!.options[0]!.html, 'Memberi &quot;suka&quot; agar terlihat ramah');
  });

  it('reads CRLF files and a byte-order mark like plain files', async () => {
    const { readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const file = 'banks/media-sosial.id.md';
    const text = await readFile(join(FIXTURE, file), 'utf8');
    const dir = await mutatedCopy([{ file, write: `\uFEFF${text.replace(/\n/g, '\r\n')}` }]);
    const { course: built, problems } = await loadCourse(dir);
    assert.deepEqual(problems, []);
    assert.deepEqual(built!.byLang.id!.banks['media-sosial'], course.byLang.id!.banks['media-sosial']);
  });
});
