/**
 * `netral build`: a checked course folder → SCORM 1.2 and SCORM 2004 4th-edition packages.
 *
 * Each zip holds imsmanifest.xml and the ADL schemas it references at the root, the launch page
 * index.html (course and settings inlined as JSON blocks) and netral.js, the SCO runtime built
 * from src/scorm/sco.ts. The build refuses a course whose worst-case suspend data could exceed
 * the version's limit, runs checkManifest() on every package, and writes byte-identical zips for
 * identical input.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuiltCourse } from '../../core/course.js';
import { worstCaseSuspendLength } from '../../core/suspend-codec.js';
import { loadCourse } from '../load-course.js';
import { messagesFor, type MessageLang } from '../messages.js';
import type { ContentProblem } from '../problems.js';
import { bundleScoRuntime, RuntimeBundleError } from './bundle-runtime.js';
import { checkManifest, MANIFEST_FILE } from './check-manifest.js';
import { DEFAULT_PROFILE, PROFILES, SCORM_VERSIONS, scoConfig, type ScormProfile, type ScormVersion } from './config.js';
import { LAUNCH_FILE, launchPage, RUNTIME_FILE } from './launch-page.js';
import { scorm12Manifest, scorm2004Manifest } from './manifest.js';
import { schemaFiles } from './schemas.js';
import { suspendBudget, type SuspendBudget, type WorstCaseSuspendLength } from './suspend-budget.js';
import { deterministicZip } from './zip.js';

/** The netral package folder (Vite's root for the runtime bundle). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The SCO runtime entry used unless --entry or NETRAL_SCO_ENTRY names another. */
export const DEFAULT_ENTRY = join(PACKAGE_ROOT, 'src/scorm/sco.ts');
export const ENTRY_ENV = 'NETRAL_SCO_ENTRY';
export const DEFAULT_OUT_DIR = 'dist/scorm';

export interface ScormBuildOptions {
  /** The course folder. */
  dir: string;
  /** Where the zips go (default dist/scorm, relative to the working folder). */
  outDir?: string;
  profile?: ScormProfile;
  /** The versions to build, in this order (default both). */
  versions?: readonly ScormVersion[];
  /** Language of problems and messages (default "id"). */
  lang?: MessageLang;
  /** The SCO runtime entry module (default: $NETRAL_SCO_ENTRY, else src/scorm/sco.ts). */
  entry?: string;
  /** Worst-case suspend data length; default worstCaseSuspendLength from src/core/suspend-codec.ts. */
  worstCaseSuspendLength?: WorstCaseSuspendLength;
  /** Whether to write the zips (default true); false only returns them. */
  write?: boolean;
}

export interface ScormPackage {
  version: ScormVersion;
  /** Absolute path of the zip (written when `write` is not false). */
  path: string;
  /** The zip's bytes. */
  zip: Uint8Array;
  /** Entry names in zip order. */
  entries: string[];
}

export interface ScormBuildResult {
  /** Content problems; when there are any, nothing else is done. */
  problems: ContentProblem[];
  course?: BuiltCourse;
  /** One per version built, fitting or not. */
  budgets: SuspendBudget[];
  packages: ScormPackage[];
}

/**
 * Why a build stopped other than for content problems, already worded in the build's language.
 * kind: "budget" (the course is too large for a version: fix the content), "entry" (the runtime
 * entry is missing: fix the command), "write" (the zips cannot be written), "internal" (a
 * bundling or manifest failure: a bug).
 */
export class ScormBuildError extends Error {
  readonly kind: 'budget' | 'entry' | 'write' | 'internal';

  constructor(kind: ScormBuildError['kind'], message: string) {
    super(message);
    this.name = 'ScormBuildError';
    this.kind = kind;
  }
}

/** The zip's file name for a course and version, e.g. netral-asn-scorm12.zip. */
export function packageFileName(courseId: string, version: ScormVersion): string {
  return `${courseId}-${version === '1.2' ? 'scorm12' : 'scorm2004'}.zip`;
}

/** The runtime entry for these options: the option, then $NETRAL_SCO_ENTRY, then src/scorm/sco.ts. */
export function resolveEntry(entry: string | undefined): string {
  return resolve(entry ?? (process.env[ENTRY_ENV] || DEFAULT_ENTRY));
}

export async function buildScormPackages(options: ScormBuildOptions): Promise<ScormBuildResult> {
  const lang = options.lang ?? 'id';
  const text = messagesFor(lang).scorm;
  const profile = options.profile ?? DEFAULT_PROFILE;
  const versions = options.versions ?? SCORM_VERSIONS;
  const outDir = resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const measure = options.worstCaseSuspendLength ?? worstCaseSuspendLength;

  const loaded = await loadCourse(options.dir, { lang });
  if (!loaded.course) return { problems: loaded.problems, budgets: [], packages: [] };
  const course = loaded.course;

  const budgets = versions.map((version) => suspendBudget(course, version, measure));
  const over = budgets.filter((b) => !b.fits);
  if (over.length > 0) {
    const shown = options.dir.replace(/[\\/]+$/, '') || '.';
    const lines = over.map((b) => {
      const largest = b.largest.map((l) => ({ ...l, file: `${shown}/${l.file}` }));
      const { message, hint } = text.budgetExceeded({ version: b.version, length: b.length, limit: b.limit, largest });
      return `${shown}/course.yaml  ${message} → ${hint}`;
    });
    throw new ScormBuildError('budget', lines.join('\n'));
  }

  const entry = resolveEntry(options.entry);
  try {
    await access(entry);
  } catch {
    throw new ScormBuildError('entry', text.entryMissing(entry));
  }
  let runtime: Uint8Array;
  try {
    runtime = await bundleScoRuntime({ entry, root: PACKAGE_ROOT });
  } catch (err) {
    if (err instanceof RuntimeBundleError && err.files.length > 0) throw new ScormBuildError('internal', text.bundleNotSingleFile(err.files));
    throw new ScormBuildError('internal', text.bundleFailed(err instanceof Error ? err.message : String(err)));
  }

  const passMark = course.byLang[course.languages[0]!]!.passMark;
  const encoder = new TextEncoder();
  const packages: ScormPackage[] = [];
  for (const version of versions) {
    const config = scoConfig(version, profile, passMark);
    // The SCO's own files, launch page first; the manifest lists exactly these.
    const content = new Map<string, Uint8Array>([
      [LAUNCH_FILE, encoder.encode(launchPage({ course, config, noscript: messagesFor('id').scorm.noscript }))],
      [RUNTIME_FILE, runtime],
    ]);
    const manifestInput = { course, files: [...content.keys()], launch: LAUNCH_FILE };
    const manifest = version === '1.2' ? scorm12Manifest(manifestInput) : scorm2004Manifest(manifestInput);
    const files = new Map<string, Uint8Array>([[MANIFEST_FILE, encoder.encode(manifest)], ...(await schemaFiles(version)), ...content]);
    const entries = [...files.keys()];
    const findings = checkManifest(manifest, version, { files: entries, lang });
    if (findings.length > 0) throw new ScormBuildError('internal', text.manifestCheckFailed(version, findings));
    packages.push({ version, path: join(outDir, packageFileName(course.id, version)), zip: deterministicZip(files), entries });
  }

  if (options.write !== false) {
    let target = outDir;
    try {
      await mkdir(outDir, { recursive: true });
      for (const p of packages) {
        target = p.path;
        await writeFile(p.path, p.zip);
      }
    } catch (err) {
      throw new ScormBuildError('write', messagesFor(lang).cli.writeFailed(target, (err as NodeJS.ErrnoException).code ?? String(err)));
    }
  }
  return { problems: [], course, budgets, packages };
}

/** The version to upload for a profile, when it was built. */
export function recommendedPackage(profile: ScormProfile, packages: readonly ScormPackage[]): ScormPackage | undefined {
  return packages.find((p) => p.version === PROFILES[profile].recommendedVersion);
}
