/**
 * The `netral` CLI as a subprocess: exit codes, languages, located output, JSON output.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadCourse } from '../../../src/build/load-course.js';
import { FIXTURE, mutatedCopy, removeCopies, REPO, netral, type CliRun as Run } from './fixture-course.js';

const fixture = relative(REPO, FIXTURE);
const noStackTrace = (r: Run) => assert.doesNotMatch(r.stdout + r.stderr, /^\s+at /m);

async function brokenCopy(): Promise<string> {
  return mutatedCopy([
    { file: 'banks/media-sosial.id.md', replace: 'type: single', with: 'type: pilihan' },
    { file: 'lessons/mengapa-netral.id.md', replace: '[!aturan]', with: '[!larangan]' },
  ]);
}

describe('netral CLI', () => {
  after(removeCopies);

  it('check passes a valid course (exit 0, Indonesian summary)', async () => {
    const r = await netral('check', fixture);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'Tidak ada masalah. 3 item, 6 pertanyaan.');
  });

  it('check speaks English with --lang en', async () => {
    const r = await netral('check', fixture, '--lang', 'en');
    assert.equal(r.code, 0);
    assert.equal(r.stdout.trim(), 'No problems. 3 items, 6 questions.');
  });

  it('check lists every problem with file:line, field and hint (exit 1)', async () => {
    const dir = await brokenCopy();
    const r = await netral('check', dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.deepEqual(lines, [
      `${dir}/banks/media-sosial.id.md:8  type  Jenis pertanyaan "pilihan" tidak dikenal. → Gunakan salah satu: single, multiple, truefalse, judgement, ordering, matching.`,
      `${dir}/lessons/mengapa-netral.id.md:9  Jenis kotak [!larangan] tidak dikenal. → Gunakan salah satu: [!aturan], [!sanksi], [!dasar-hukum], [!tergantung], [!contoh], [!catatan].`,
      '',
      '2 masalah ditemukan di 2 berkas.',
    ]);
    noStackTrace(r);
  });

  it('check words problems in English with --lang en', async () => {
    const dir = await brokenCopy();
    const r = await netral('check', '--lang=en', dir);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.includes(`${dir}/banks/media-sosial.id.md:8  type  Unknown question type "pilihan". → Use one of:`));
    assert.ok(r.stdout.trim().endsWith('2 problems found in 2 files.'));
  });

  it('check reports a missing folder as a located problem, not a crash', async () => {
    const r = await netral('check', 'no-such-course');
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^no-such-course {2}Folder kursus tidak ditemukan: .*no-such-course\. → /);
    noStackTrace(r);
  });

  it('exits 2 on usage errors', async () => {
    const unknown = await netral('chek');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Perintah "chek" tidak dikenal\./);
    const badLang = await netral('check', fixture, '--lang', 'fr');
    assert.equal(badLang.code, 2);
    assert.match(badLang.stderr, /Bahasa "fr" tidak didukung/);
    const option = await netral('check', '--verbose');
    assert.equal(option.code, 2);
    assert.match(option.stderr, /Pilihan "--verbose" tidak dikenal/);
    const outWithCheck = await netral('check', fixture, '--out', 'x.json');
    assert.equal(outWithCheck.code, 2);
    assert.match(outWithCheck.stderr, /Pilihan --out hanya untuk perintah build dan build-json\./);
    const none = await netral();
    assert.equal(none.code, 2);
    assert.match(none.stderr, /Penggunaan:/);
  });

  it('prints help with --help (exit 0)', async () => {
    const id = await netral('--help');
    assert.equal(id.code, 0);
    assert.match(id.stdout, /netral check \[folder\]/);
    assert.match(id.stdout, /Kode keluar: 0 tidak ada masalah, 1 ada masalah konten, 2 perintah salah tulis/);
    const en = await netral('--help', '--lang', 'en');
    assert.match(en.stdout, /Exit codes: 0 no problems, 1 content problems, 2 wrong command/);
  });

  it('build-json writes the BuiltCourse to stdout or to --out', async () => {
    const expected = JSON.parse(JSON.stringify((await loadCourse(FIXTURE)).course));
    const toStdout = await netral('build-json', fixture);
    assert.equal(toStdout.code, 0, toStdout.stderr);
    assert.deepEqual(JSON.parse(toStdout.stdout), expected);

    const dir = await mutatedCopy([]);
    const out = join(dir, 'out/course.json');
    const toFile = await netral('build-json', fixture, '--out', out);
    assert.equal(toFile.code, 0, toFile.stderr);
    assert.equal(toFile.stdout, '');
    assert.deepEqual(JSON.parse(await readFile(out, 'utf8')), expected);
  });

  it('build-json refuses a course with problems (exit 1, problems on stderr)', async () => {
    const dir = await brokenCopy();
    const r = await netral('build-json', dir);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.includes(`${dir}/banks/media-sosial.id.md:8  type  `));
  });
});

describe('netral verify (certificate codes)', () => {
  const fields = { courseId: 'netral-asn', courseVersion: '1.0.0', name: 'Ketut Ayu Lestari', nip: '199001012015032001', date: '2026-12-05', score: 87.5 };
  const args = (score: string) => ['--course', 'netral-asn', '--version', '1.0.0', '--name', 'Ketut Ayu Lestari', '--nip', '199001012015032001', '--date', '2026-12-05', '--score', score];

  it('a genuine code matches (exit 0), in Indonesian', async () => {
    const { certificateCode } = await import('../../../src/core/certificate.js');
    const run = await netral('verify', await certificateCode(fields), ...args('87.5'));
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^COCOK/);
  });

  it('a certificate whose score was raised does not (exit 1), in English with --lang en', async () => {
    const { certificateCode } = await import('../../../src/core/certificate.js');
    const run = await netral('verify', await certificateCode(fields), ...args('97.5'), '--lang', 'en');
    assert.equal(run.code, 1);
    assert.match(run.stdout, /^NO MATCH/);
  });

  it('missing fields and a bad score are usage errors that name them (exit 2)', async () => {
    const run = await netral('verify', 'NTRL-0000-0000-0000', '--score', 'sembilan');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--course, --version, --name, --date/);
    assert.match(run.stderr, /"sembilan" bukan angka/);
  });
});
