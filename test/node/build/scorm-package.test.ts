/**
 * The SCORM package build end to end, from test/fixtures/mini-course with the stand-in runtime
 * entry test/fixtures/scorm-entry.ts: the zips' files, the launch page's JSON blocks, the
 * manifest, reproducible bytes, the suspend-data budget, and the `netral build` command.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { unzipSync } from 'fflate';
import type { BuiltCourse, CourseData } from '../../../src/core/course.js';
import { loadCourse } from '../../../src/build/load-course.js';
import { buildScormPackages, ScormBuildError, type ScormBuildResult } from '../../../src/build/scorm/build-packages.js';
import { checkManifest } from '../../../src/build/scorm/check-manifest.js';
import { scoConfig, type ScoConfig } from '../../../src/build/scorm/config.js';
import { scorm12Manifest, scorm2004Manifest } from '../../../src/build/scorm/manifest.js';
import { FIXTURE, mutatedCopy, removeCopies, REPO } from './fixture-course.js';

const ENTRY = join(REPO, 'test/fixtures/scorm-entry.ts');
const SCHEMAS_12 = ['adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imscp_rootv1p1p2.xsd', 'imsmd_rootv1p2p1.xsd'];
const SCHEMAS_2004 = [
  'XMLSchema.dtd', 'adlcp_v1p3.xsd', 'adlnav_v1p3.xsd', 'adlseq_v1p3.xsd', 'datatypes.dtd', 'imscp_v1p1.xsd',
  'imsss_v1p0.xsd', 'imsss_v1p0auxresource.xsd', 'imsss_v1p0control.xsd', 'imsss_v1p0delivery.xsd', 'imsss_v1p0limit.xsd',
  'imsss_v1p0objective.xsd', 'imsss_v1p0random.xsd', 'imsss_v1p0rollup.xsd', 'imsss_v1p0seqrule.xsd', 'imsss_v1p0util.xsd', 'xml.xsd',
];

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netral-scorm-'));
  temps.push(dir);
  return dir;
}

const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** The text of a `<script type="application/json" id="…">` block, parsed. */
function jsonBlock(html: string, id: string): unknown {
  const m = new RegExp(`<script type="application/json" id="${id}">([^<]*)</script>`).exec(html);
  assert.ok(m, `block #${id}`);
  return JSON.parse(m[1]!);
}

let course: BuiltCourse;
let first: ScormBuildResult;
let outDir: string;

before(async () => {
  course = (await loadCourse(FIXTURE)).course!;
  outDir = await tempDir();
  first = await buildScormPackages({ dir: FIXTURE, outDir, entry: ENTRY });
});

after(async () => {
  await removeCopies();
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

describe('buildScormPackages', () => {
  it('writes one zip per version, named after the course id', async () => {
    assert.deepEqual(first.problems, []);
    assert.deepEqual(first.packages.map((p) => relative(outDir, p.path)), ['mini-netral-scorm12.zip', 'mini-netral-scorm2004.zip']);
    for (const p of first.packages) assert.deepEqual(new Uint8Array(await readFile(p.path)), p.zip);
  });

  it('puts the manifest first at the root, then the schemas it references, then the SCO files', () => {
    const [p12, p2004] = first.packages;
    assert.deepEqual(Object.keys(unzipSync(p12!.zip)), ['imsmanifest.xml', ...SCHEMAS_12, 'index.html', 'netral.js']);
    assert.deepEqual(Object.keys(unzipSync(p2004!.zip)), ['imsmanifest.xml', ...SCHEMAS_2004, 'index.html', 'netral.js']);
  });

  it('ships the manifest the manifest builders make, passing checkManifest against the zip', () => {
    for (const p of first.packages) {
      const files = unzipSync(p.zip);
      const xml = decode(files['imsmanifest.xml']);
      const input = { course, files: ['index.html', 'netral.js'], launch: 'index.html' };
      assert.equal(xml, p.version === '1.2' ? scorm12Manifest(input) : scorm2004Manifest(input));
      assert.deepEqual(checkManifest(xml, p.version, { files: Object.keys(files) }), []);
    }
  });

  it('inlines the course exactly as loadCourse builds it, and the settings of the version and profile', () => {
    for (const p of first.packages) {
      const html = decode(unzipSync(p.zip)['index.html']);
      assert.deepEqual(jsonBlock(html, 'netral-course'), JSON.parse(JSON.stringify(course)));
      const config = jsonBlock(html, 'netral-config') as ScoConfig;
      assert.deepEqual(config, scoConfig(p.version, 'moodle', 80));
      assert.equal(config.scormVersion, p.version);
      assert.equal(config.suspendDataLimit, p.version === '1.2' ? 4096 : 64000);
    }
  });

  it('makes a launch page with no inline executable script, lang, viewport and an Indonesian noscript', () => {
    const html = decode(unzipSync(first.packages[0]!.zip)['index.html']);
    assert.match(html, /^<!doctype html>\n<html lang="id">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(html, /<title>Netralitas ASN \(kursus mini\)<\/title>/);
    assert.match(html, /<script type="module" src="netral\.js"><\/script>/);
    assert.match(html, /<netral-sco><\/netral-sco>/);
    assert.match(html, /<noscript><p lang="id">Kursus ini membutuhkan JavaScript\./);
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    assert.equal(scripts.length, 3);
    for (const attrs of scripts) assert.ok(/ src="/.test(attrs) || / type="application\/json"/.test(attrs), attrs);
    assert.doesNotMatch(html, /\son[a-z]+=|javascript:|https?:\/\/(?!www\.)/i, 'no inline handlers, no remote loads');
  });

  it('bundles the runtime into one minified, self-contained ES module', () => {
    const js = decode(unzipSync(first.packages[0]!.zip)['netral.js']);
    assert.ok(js.includes('netral-sco-test SCORM'), 'the dynamically imported module is inlined');
    assert.doesNotMatch(js, /\bimport\s*\(|\bimport\s*[{*"']|\bfrom\s*["']/, 'no imports left');
    assert.doesNotMatch(js, /@property/, 'decorators are compiled');
    assert.ok(js.split('\n').length < 10, 'minified');
    assert.equal(decode(unzipSync(first.packages[1]!.zip)['netral.js']), js, 'the same runtime in both packages');
  });

  it('gives byte-identical zips for identical input', async () => {
    const again = await buildScormPackages({ dir: FIXTURE, outDir: await tempDir(), entry: ENTRY });
    assert.deepEqual(again.packages.map((p) => p.zip), first.packages.map((p) => p.zip));
  });

  it('reports the worst-case suspend data of each version', () => {
    assert.deepEqual(
      first.budgets.map((b) => [b.version, b.limit, b.fits]),
      [['1.2', 4096, true], ['2004', 64000, true]],
    );
    assert.ok(first.budgets.every((b) => b.length > 0 && b.length === first.budgets[0]!.length));
  });

  it('refuses a course whose suspend data could exceed 4096, naming course.yaml and the largest items', async () => {
    // A stand-in measure: each item costs a fixed amount by kind.
    const cost = { lesson: 100, scenario: 1500, quiz: 3000 } as const;
    const measure = (data: CourseData) => Object.values(data.items).reduce((n, item) => n + cost[item.kind], 0);
    const out = join(await tempDir(), 'zips');
    await assert.rejects(buildScormPackages({ dir: FIXTURE, outDir: out, entry: ENTRY, worstCaseSuspendLength: measure }), (err: unknown) => {
      assert.ok(err instanceof ScormBuildError);
      assert.equal(err.kind, 'budget');
      assert.equal(
        err.message,
        `${FIXTURE}/course.yaml  Data kemajuan (suspend_data) kursus ini bisa mencapai 4.600 karakter, melebihi batas SCORM 1.2 sebesar 4.096 karakter. ` +
          'LMS akan memotong atau menolak data itu, sehingga peserta tidak dapat melanjutkan dari posisi terakhir. Bagian yang paling banyak memakai tempat: ' +
          `${FIXTURE}/quizzes/kuis-akhir.id.md (3.000), ${FIXTURE}/scenarios/unggahan-calon.id.md (1.500), ${FIXTURE}/lessons/mengapa-netral.id.md (100). → ` +
          'Kurangi jumlah soal yang diambil kuis (draw count), jumlah percobaan (attempts) atau jumlah simpul studi kasus, atau pecah kursus menjadi beberapa kursus. ' +
          'Jika LMS Anda menerima SCORM 2004 (batas 64.000 karakter), bangun hanya paket 2004 dengan --version 2004.',
      );
      return true;
    });
    await assert.rejects(stat(out), 'nothing is written');
    // The same course fits SCORM 2004.
    const only2004 = await buildScormPackages({ dir: FIXTURE, outDir: out, entry: ENTRY, worstCaseSuspendLength: measure, versions: ['2004'] });
    assert.deepEqual(only2004.packages.map((p) => p.version), ['2004']);
    assert.equal(only2004.budgets[0]!.length, 4600);
  });

  it('words the budget failure in English with lang "en", for 2004 too', async () => {
    await assert.rejects(
      buildScormPackages({ dir: 'test/fixtures/mini-course/', outDir: await tempDir(), entry: ENTRY, lang: 'en', worstCaseSuspendLength: () => 70000 }),
      (err: unknown) => {
        assert.ok(err instanceof ScormBuildError);
        const lines = err.message.split('\n');
        assert.equal(lines.length, 2);
        assert.match(lines[0]!, /^test\/fixtures\/mini-course\/course\.yaml {2}This course's progress data \(suspend_data\) can reach 70,000 characters, more than the SCORM 1\.2 limit of 4,096\./);
        assert.match(lines[1]!, /more than the SCORM 2004 limit of 64,000\..* → Draw fewer questions/);
        return true;
      },
    );
  });

  it('returns content problems and builds nothing for a course with problems', async () => {
    const dir = await mutatedCopy([{ file: 'banks/media-sosial.id.md', replace: 'type: single', with: 'type: pilihan' }]);
    const out = join(await tempDir(), 'zips');
    const result = await buildScormPackages({ dir, outDir: out, entry: ENTRY });
    assert.deepEqual(result.problems.map((p) => p.code), ['unknown-question-type']);
    assert.deepEqual(result.packages, []);
    await assert.rejects(stat(out));
  });

  it('stops with a clear error when the runtime entry is missing or does not bundle into one file', async () => {
    const dir = await tempDir();
    await assert.rejects(buildScormPackages({ dir: FIXTURE, outDir: dir, entry: join(dir, 'sco.ts') }), (err: unknown) => {
      assert.ok(err instanceof ScormBuildError && err.kind === 'entry');
      assert.equal(err.message, `Berkas runtime SCO tidak ditemukan: ${join(dir, 'sco.ts')}. Sebutkan berkas lain dengan --entry atau variabel lingkungan NETRAL_SCO_ENTRY.`);
      return true;
    });
    await writeFile(join(dir, 'styles.css'), 'p { color: red; }');
    await writeFile(join(dir, 'sco.ts'), "import './styles.css';\ncustomElements.define('netral-sco', class extends HTMLElement {});\n");
    await assert.rejects(buildScormPackages({ dir: FIXTURE, outDir: dir, entry: join(dir, 'sco.ts') }), (err: unknown) => {
      assert.ok(err instanceof ScormBuildError && err.kind === 'internal');
      assert.match(err.message, /^Runtime SCO harus menjadi satu berkas JavaScript, tetapi Vite menghasilkan 2 berkas: netral\.js, .*\.css\./);
      return true;
    });
    await writeFile(join(dir, 'sco.ts'), "import { x } from './missing.js';\nconsole.log(x);\n");
    await assert.rejects(buildScormPackages({ dir: FIXTURE, outDir: dir, entry: join(dir, 'sco.ts') }), (err: unknown) => {
      assert.ok(err instanceof ScormBuildError && err.kind === 'internal');
      assert.match(err.message, /^Runtime SCO gagal dibangun dengan Vite: \[UNRESOLVED_IMPORT\] Could not resolve '\.\/missing\.js'/);
      return true;
    });
  });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function netral(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO, 'bin/netral.mjs'), ...args], { cwd: REPO, env: { ...process.env, NETRAL_DEBUG: '', ...env } }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('netral build', () => {
  const fixture = relative(REPO, FIXTURE);

  it('builds both packages, prints the budgets, what it wrote and which one to upload', async () => {
    const out = await tempDir();
    const r = await netral(['build', fixture, '--out', out], { NETRAL_SCO_ENTRY: ENTRY });
    assert.equal(r.code, 0, r.stderr);
    const n = first.budgets[0]!.length;
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines[0], `SCORM 1.2: data kemajuan (suspend_data) paling banyak ${n} karakter dari batas 4.096 (1%).`);
    assert.match(lines[1]!, new RegExp(`^SCORM 2004: data kemajuan \\(suspend_data\\) paling banyak ${n} karakter dari batas 64\\.000`));
    assert.match(lines[2]!, new RegExp(`^Paket SCORM 1\\.2 \\(profil moodle, [\\d,]+ KB\\) ditulis ke ${out}/mini-netral-scorm12\\.zip\\.$`));
    assert.match(lines[3]!, new RegExp(`^Paket SCORM 2004 \\(profil moodle, [\\d,]+ KB\\) ditulis ke ${out}/mini-netral-scorm2004\\.zip\\.$`));
    assert.equal(lines[4], `Untuk Moodle, unggah ${out}/mini-netral-scorm12.zip: Moodle mendukung penuh SCORM 1.2, sedangkan dukungan SCORM 2004-nya tidak lengkap.`);
    assert.equal(lines.length, 5);
  });

  it('gives the same bytes in another time zone, with --entry, --profile and --version', async () => {
    const out = await tempDir();
    const r = await netral(['build', fixture, '--out', out, '--entry', ENTRY, '--profile', 'cornerstone', '--version', '2004', '--lang', 'en'], { TZ: 'Pacific/Kiritimati' });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /SCORM 2004 package \(profile cornerstone, [\d.]+ KB\) written to /);
    assert.doesNotMatch(r.stdout, /SCORM 1\.2|upload/);
    const zip = new Uint8Array(await readFile(join(out, 'mini-netral-scorm2004.zip')));
    const inProcess = await buildScormPackages({ dir: FIXTURE, entry: ENTRY, profile: 'cornerstone', versions: ['2004'], write: false });
    assert.deepEqual(zip, inProcess.packages[0]!.zip);
    const config = jsonBlock(decode(unzipSync(zip)['index.html']), 'netral-config') as ScoConfig;
    assert.equal(config.commitBeforeTerminate, false);
  });

  it('lists content problems like check does (exit 1), and refuses a missing entry (exit 2)', async () => {
    const dir = await mutatedCopy([{ file: 'banks/media-sosial.id.md', replace: 'type: single', with: 'type: pilihan' }]);
    const broken = await netral(['build', dir, '--out', await tempDir(), '--entry', ENTRY]);
    assert.equal(broken.code, 1);
    assert.ok(broken.stderr.includes(`${dir}/banks/media-sosial.id.md:8  type  Jenis pertanyaan "pilihan" tidak dikenal.`));
    assert.match(broken.stderr, /1 masalah ditemukan di 1 berkas\./);
    assert.equal(broken.stdout, '');
    const missing = await netral(['build', fixture, '--out', await tempDir(), '--entry', 'no/such/sco.ts']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^Berkas runtime SCO tidak ditemukan: .*no\/such\/sco\.ts\. /);
  });

  it('exits 2 on a wrong profile, version or option', async () => {
    const profile = await netral(['build', fixture, '--profile', 'blackboard']);
    assert.equal(profile.code, 2);
    assert.match(profile.stderr, /Profil "blackboard" tidak dikenal; gunakan salah satu: moodle, scormcloud, successfactors dan cornerstone\./);
    const version = await netral(['build', fixture, '--version', '2004-4th']);
    assert.equal(version.code, 2);
    assert.match(version.stderr, /Versi SCORM "2004-4th" tidak dikenal; gunakan 1\.2, 2004 atau both\./);
    const notForCheck = await netral(['check', fixture, '--profile', 'moodle', '--lang', 'en']);
    assert.equal(notForCheck.code, 2);
    assert.match(notForCheck.stderr, /The option --profile is for the build command only\./);
    const outForCheck = await netral(['check', fixture, '--out', 'x']);
    assert.match(outForCheck.stderr, /Pilihan --out hanya untuk perintah build dan build-json\./);
  });
});
