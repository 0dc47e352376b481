// @ts-check
// What Netral ships, in bytes: the embed bundle (vite.embed.config.ts, the same build as
// `npm run build`) and the SCORM packages of content/, both built in memory, so the figures
// are those of the source as it is now, never of a stale dist/. Used by the size budgets
// (scripts/budgets.mjs, part of `npm test`) and by `npm run bench`.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @param {string | Uint8Array} data */
export function sizeOf(data) {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Every file of dist/embed/ that is JavaScript or JSON (the course data), by name, with raw and
 * gzip (level 9) size.
 * @returns {Promise<Map<string, { raw: number, gzip: number }>>}
 */
export async function embedSizes() {
  const { build } = await import('vite');
  const result = await build({ configFile: join(ROOT, 'vite.embed.config.ts'), logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const sizes = new Map();
  for (const out of outputs) {
    if (out.type === 'chunk') sizes.set(out.fileName, sizeOf(out.code));
    else if (out.fileName.endsWith('.json')) sizes.set(out.fileName, sizeOf(out.source));
  }
  return sizes;
}

/**
 * The SCORM packages of content/ (1.2 and 2004) with their zip size.
 * @returns {Promise<{ version: string, file: string, zip: number }[]>}
 */
export async function scormSizes() {
  /** @type {typeof import('../src/build/index.js')} */
  const pipeline = await tsImport('../src/build/index.ts', import.meta.url);
  const built = await pipeline.buildScormPackages({ dir: join(ROOT, 'content'), write: false });
  if (!built.packages.length) throw new Error('content/ has problems: run npm run check');
  return built.packages.map((p) => ({ version: p.version, file: p.path.replace(/^.*[\\/]/, ''), zip: p.zip.length }));
}
