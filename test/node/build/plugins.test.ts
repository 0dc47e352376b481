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

});
after(async () => {
  await rm(app, { recursive: true, force: true });
  await removeCopies();
});

async function viteBuild(dir: string): Promise<string> {
  return ((await viteOutput(dir)).output[0] as Rollup.OutputChunk).code;
}

async function viteOutput(dir: string, jsonFiles?: (lang: string) => string): Promise<Rollup.RollupOutput> {
  const out = (await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    plugins: [netralCourse({ dir, ...(jsonFiles ? { jsonFiles } : {}) })],
    build: { write: false, minify: false, lib: { entry: 'main.js', formats: ['es'], fileName: 'main' } },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return Array.isArray(out) ? out[0]! : out;
}

describe('Vite plugin netralCourse', () => {
  it('resolves virtual:netral-course to the built course', async () => {
    const code = await viteBuild(FIXTURE);
    const bundle = join(app, 'bundle.mjs');
    await writeFile(bundle, code);
    const { id } = (await import(bundle)) as { id: string };
    assert.equal(id, 'Netralitas ASN (kursus mini)');
  });

  it('writes the course as one JSON file per language with jsonFiles, each with that language only', async () => {
    const out = await viteOutput(FIXTURE, (lang) => `kursus-${lang}.json`);
    const full = (await loadCourse(FIXTURE)).course!;
    for (const lang of ['id', 'en']) {
      const asset = out.output.find((o) => o.fileName === `kursus-${lang}.json`) as Rollup.OutputAsset | undefined;
      assert.ok(asset, `kursus-${lang}.json is written`);
      const course = JSON.parse(String(asset.source));
      assert.deepEqual(course.languages, ['id', 'en']);
      assert.deepEqual(Object.keys(course.byLang), [lang]);
      assert.deepEqual(course.byLang[lang], JSON.parse(JSON.stringify(full.byLang[lang])));
    }
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
