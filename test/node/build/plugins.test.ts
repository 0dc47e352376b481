/**
 * The Vite plugin (real `vite build`) and the @web/test-runner plugin (its hooks called directly).
 */
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build, type Rollup } from 'vite';
import { loadCourse } from '../../../src/build/load-course.js';
import { netralCourse } from '../../../src/build/vite-plugin.js';
import { FIXTURE, mutatedCopy, removeCopies, REPO } from './fixture-course.js';

/** The hooks of scripts/wtr-course-plugin.mjs that the tests call (a .mjs file has no types). */
interface DevPlugin {
  resolveImport(args: { source: string }): string | undefined;
  serve(context: { path: string; URL: URL }): Promise<{ body: string; type: string } | undefined>;
}
const pluginModule = join(REPO, 'scripts/wtr-course-plugin.mjs');

let app: string;

before(async () => {
  app = await mkdtemp(join(tmpdir(), 'netral-vite-'));
  await writeFile(join(app, 'main.js'), "import course from 'virtual:netral-course';\nexport const id = course.byLang.id.title;\n");
  await writeFile(join(app, 'english.js'), "import course from 'virtual:netral-course?lang=en';\nexport const langs = course.languages;\nexport const loaded = Object.keys(course.byLang);\nexport const title = course.byLang.en.title;\n");
  await writeFile(join(app, 'klingon.js'), "import course from 'virtual:netral-course?lang=tlh';\nexport default course;\n");
});
after(async () => {
  await rm(app, { recursive: true, force: true });
  await removeCopies();
});

async function viteBuild(dir: string, main = 'main.js'): Promise<string> {
  const out = (await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    plugins: [netralCourse({ dir })],
    build: { write: false, minify: false, lib: { entry: main, formats: ['es'], fileName: 'main' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const first = Array.isArray(out) ? out[0]! : out;
  return (first.output[0] as Rollup.OutputChunk).code;
}

describe('Vite plugin netralCourse', () => {
  it('resolves virtual:netral-course to the built course', async () => {
    const code = await viteBuild(FIXTURE);
    const bundle = join(app, 'bundle.mjs');
    await writeFile(bundle, code);
    const { id } = (await import(bundle)) as { id: string };
    assert.equal(id, 'Netralitas ASN (kursus mini)');
  });

  it('gives the course in one language with ?lang=, keeping the list of all its languages', async () => {
    const bundle = join(app, 'english-bundle.mjs');
    await writeFile(bundle, await viteBuild(FIXTURE, 'english.js'));
    const english = (await import(bundle)) as { langs: string[]; loaded: string[]; title: string };
    assert.deepEqual(english.langs, ['id', 'en']);
    assert.deepEqual(english.loaded, ['en']);
    assert.equal(english.title, (await loadCourse(FIXTURE)).course!.byLang.en!.title);
  });

  it('fails the build when ?lang= names a language the course does not have', async () => {
    await assert.rejects(viteBuild(FIXTURE, 'klingon.js'), /has no language "tlh" \(it has id, en\)/);
  });

  it('fails the build with every problem, located', async () => {
    const dir = await mutatedCopy([
      { file: 'banks/media-sosial.id.md', replace: 'type: single', with: 'type: pilihan' },
      { file: 'scenarios/unggahan-calon.id.md', replace: '-> aman', with: '-> amann' },
    ]);
    await assert.rejects(viteBuild(dir), (err: Error) => {
      assert.match(err.message, /banks\/media-sosial\.id\.md:8 {2}type {2}Jenis pertanyaan "pilihan" tidak dikenal\./);
      assert.match(err.message, /scenarios\/unggahan-calon\.id\.md:14 {2}Pilihan di simpul "mulai" menuju simpul "amann"/);
      assert.match(err.message, /3 masalah ditemukan di 2 berkas\./);
      return true;
    });
  });
});

describe('test-runner plugin netralCourseDevPlugin', () => {
  let plugin: DevPlugin;
  before(async () => {
    const mod = (await import(pluginModule)) as { netralCourseDevPlugin: () => DevPlugin };
    plugin = mod.netralCourseDevPlugin();
  });
  // Only the parts of the Koa context the plugin reads.
  const serve = (url: string) => {
    const u = new URL(url, 'http://localhost');
    return plugin.serve({ path: u.pathname, URL: u });
  };
  const resolveImport = (source: string) => plugin.resolveImport({ source });

  it('maps the virtual module, with or without a folder', () => {
    assert.equal(resolveImport('virtual:netral-course'), '/__netral__/course.js');
    assert.equal(resolveImport('virtual:netral-course?dir=test/fixtures/mini-course'), '/__netral__/course.js?dir=test/fixtures/mini-course');
    assert.equal(resolveImport('lit'), undefined);
  });

  it('serves a fixture course as a module', async () => {
    const res = await serve('/__netral__/course.js?dir=test/fixtures/mini-course');
    assert.ok(res);
    assert.equal(res.type, 'js');
    const m = /^export default (.*);\n$/s.exec(res.body);
    assert.ok(m, 'export default <json>');
    assert.deepEqual(JSON.parse(m[1]!), JSON.parse(JSON.stringify((await loadCourse(FIXTURE)).course)));
  });

  it('serves a course with problems as a module that throws them', async () => {
    const dir = await mutatedCopy([{ file: 'banks/media-sosial.id.md', replace: 'type: single', with: 'type: pilihan' }]);
    const res = await serve(`/__netral__/course.js?dir=${encodeURIComponent(dir)}`);
    assert.ok(res);
    assert.match(res.body, /^throw new Error\(/);
    assert.ok(res.body.includes('banks/media-sosial.id.md:8  type  Jenis pertanyaan \\"pilihan\\" tidak dikenal.'));
  });

  it('leaves other paths alone', async () => {
    assert.equal(await serve('/src/index.ts'), undefined);
  });
});
