/**
 * Test helpers: the valid fixture course and mutated copies of it in temporary folders.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURE = join(REPO, 'test/fixtures/mini-course');

/** One change to a copy of the fixture; paths are relative to the course folder. */
export type Mutation =
  | { file: string; replace: string; with: string }
  | { file: string; delete: true }
  | { file: string; write: string }
  /** The file's text turned into other bytes (another encoding, say). */
  | { file: string; bytes: (text: string) => Uint8Array };

const made: string[] = [];

/** A fresh copy of the fixture with the mutations applied. A `replace` whose text is absent throws. */
export async function mutatedCopy(mutations: readonly Mutation[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netral-course-'));
  made.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  for (const m of mutations) {
    const path = join(dir, m.file);
    if ('delete' in m) {
      await rm(path);
    } else if ('write' in m) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, m.write);
    } else if ('bytes' in m) {
      await writeFile(path, m.bytes(await readFile(path, 'utf8')));
    } else {
      const text = await readFile(path, 'utf8');
      if (!text.includes(m.replace)) throw new Error(`mutation text not found in ${m.file}: ${JSON.stringify(m.replace)}`);
      await writeFile(path, text.replace(m.replace, m.with));
    }
  }
  return dir;
}

/** Removes every folder made by `mutatedCopy`. */
export async function removeCopies(): Promise<void> {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `netral ...args` (bin/netral.mjs) as a user would, in the repository, without debug output. */
export function netral(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const options = { cwd: REPO, env: { ...process.env, NETRAL_DEBUG: '' }, maxBuffer: 64 * 1024 * 1024 };
    execFile(process.execPath, [join(REPO, 'bin/netral.mjs'), ...args], options, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr });
    });
  });
}
