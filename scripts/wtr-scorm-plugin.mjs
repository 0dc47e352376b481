// @ts-check
// @web/test-runner (dev-server) plugin: serves the real SCORM packages to browser tests. On the
// first request for a course it builds both zips of that course with the same code as
// `npm run build` (bundled runtime, manifest, launch page), unzips them in memory and serves
// their files at
//   /__scorm__/<course>/12/<file>   and   /__scorm__/<course>/2004/<file>
// where <course> is "asn" (the complete course in content/) or "sample" (the small sample course
// in test/fixtures/sample-course/, quick enough to take many times under every LMS fault), so a
// test can launch `/__scorm__/sample/12/index.html` in an iframe under its LMS page, exactly as
// an LMS serves an uploaded package.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PREFIX = '/__scorm__/';
const TYPES = { html: 'html', js: 'js', json: 'json', xml: 'xml', xsd: 'xml', dtd: 'text', css: 'css' };

/** The course folders a test may launch, by the name in the URL. */
const COURSES = { asn: 'content', sample: 'test/fixtures/sample-course' };

/** @type {Map<string, Promise<Map<string, Uint8Array>>>} */
const built = new Map();

/** @param {string} dir */
async function buildAll(dir) {
  const { buildScormPackages } = await tsImport('../src/build/scorm/build-packages.ts', import.meta.url);
  const result = await buildScormPackages({ dir: resolve(ROOT, dir), write: false });
  if (result.problems.length) throw new Error(`${dir}/ has problems: ${result.problems.map((p) => p.code).join(', ')}`);
  const map = new Map();
  for (const pkg of result.packages) {
    const dir = pkg.version === '1.2' ? '12' : '2004';
    for (const [name, bytes] of Object.entries(unzipSync(pkg.zip))) map.set(`${dir}/${name}`, bytes);
  }
  return map;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function netralScormPackagesPlugin() {
  return {
    name: 'netral-scorm-packages',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const [course = '', ...rest] = decodeURIComponent(context.path.slice(PREFIX.length)).split('/');
      const dir = COURSES[/** @type {keyof typeof COURSES} */ (course)];
      if (!dir) return { body: `No such course: ${course} (one of ${Object.keys(COURSES).join(', ')})`, status: 404 };
      if (!built.has(course)) built.set(course, buildAll(dir));
      const all = await /** @type {Promise<Map<string, Uint8Array>>} */ (built.get(course));
      const name = rest.join('/');
      const bytes = all.get(name);
      if (!bytes) return { body: `Not in the package: ${name}`, status: 404 };
      const ext = name.split('.').pop() ?? '';
      return { body: Buffer.from(bytes).toString('utf8'), type: TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'text', headers: { 'cache-control': 'no-store' } };
    },
  };
}
