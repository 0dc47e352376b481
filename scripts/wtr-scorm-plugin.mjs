// @ts-check
// @web/test-runner (dev-server) plugin: serves the real SCORM packages to browser tests. On the
// first request it builds both zips of content/ with the same code as `npm run build` (bundled
// runtime, manifest, launch page), unzips them in memory and serves their files at
//   /__scorm__/12/<file>   and   /__scorm__/2004/<file>
// so a test can launch `/__scorm__/12/index.html` in an iframe under its LMS page, exactly as an
// LMS serves an uploaded package.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PREFIX = '/__scorm__/';
const TYPES = { html: 'html', js: 'js', json: 'json', xml: 'xml', xsd: 'xml', dtd: 'text', css: 'css' };

/** @type {Promise<Map<string, Uint8Array>> | undefined} */
let files;

async function buildAll() {
  const { buildScormPackages } = await tsImport('../src/build/scorm/build-packages.ts', import.meta.url);
  const result = await buildScormPackages({ dir: resolve(ROOT, 'content'), write: false });
  if (result.problems.length) throw new Error(`content/ has problems: ${result.problems.map((p) => p.code).join(', ')}`);
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
      files ??= buildAll();
      const all = await files;
      const name = decodeURIComponent(context.path.slice(PREFIX.length));
      const bytes = all.get(name);
      if (!bytes) return { body: `Not in the package: ${name}`, status: 404 };
      const ext = name.split('.').pop() ?? '';
      return { body: Buffer.from(bytes).toString('utf8'), type: TYPES[/** @type {keyof typeof TYPES} */ (ext)] ?? 'text', headers: { 'cache-control': 'no-store' } };
    },
  };
}
