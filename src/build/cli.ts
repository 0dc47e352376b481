/**
 * The `netral` command (started by bin/netral.mjs):
 *   netral check [folder] [--lang id|en]
 *   netral build-json [folder] [--out file] [--lang id|en]
 *   netral build [folder] [--out dist/scorm] [--profile moodle] [--version 1.2|2004|both] [--lang id|en] [--entry file]
 *   netral verify CODE --course ID --version V --name NAME [--nip NIP] --date YYYY-MM-DD --score S [--lang id|en]
 *   netral --help
 * Exit codes: 0 no problems, 1 content problems, 2 usage error, 3 internal error.
 * Content errors are always reported as located problems, never as stack traces.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { loadCourse } from './load-course.js';
import { runVerify } from './verify-cli.js';
import { isMessageLang, messagesFor, type MessageLang } from './messages.js';
import { formatProblem, type ContentProblem } from './problems.js';
import { buildScormPackages, DEFAULT_OUT_DIR, recommendedPackage, ScormBuildError, type ScormBuildResult } from './scorm/build-packages.js';
import { DEFAULT_PROFILE, isScormProfile, SCORM_PROFILES, SCORM_VERSIONS, type ScormProfile, type ScormVersion } from './scorm/config.js';

const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

type Command = 'check' | 'build-json' | 'build';
const COMMANDS: readonly Command[] = ['check', 'build-json', 'build'];

interface ParsedArgs {
  command?: Command;
  dir: string;
  out?: string;
  profile: ScormProfile;
  versions: readonly ScormVersion[];
  entry?: string;
  /** Options given, for the check that each one belongs to the command. */
  given: Set<string>;
  lang: MessageLang;
  help: boolean;
  /** Usage errors, as functions of the message language (which may be given later on the line). */
  errors: ((lang: MessageLang) => string)[];
}

/** The commands that take each command-specific option. */
const OPTION_COMMANDS: Partial<Record<string, readonly Command[]>> = {
  '--out': ['build', 'build-json'],
  '--profile': ['build'],
  '--version': ['build'],
  '--entry': ['build'],
};

function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { dir: 'content', profile: DEFAULT_PROFILE, versions: SCORM_VERSIONS, given: new Set(), lang: 'id', help: false, errors: [] };
  let dirGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) {
        parsed.errors.push((l) => messagesFor(l).cli.missingValue(name));
        return undefined;
      }
      i++;
      return next;
    };
    if (name === '--help' || name === '-h') {
      parsed.help = true;
    } else if (name === '--lang') {
      const v = value();
      if (v !== undefined && isMessageLang(v)) parsed.lang = v;
      else if (v !== undefined) parsed.errors.push((l) => messagesFor(l).cli.badLang(v));
    } else if (name === '--out') {
      parsed.given.add(name);
      const v = value();
      if (v !== undefined) parsed.out = v;
    } else if (name === '--profile') {
      parsed.given.add(name);
      const v = value();
      if (v !== undefined && isScormProfile(v)) parsed.profile = v;
      else if (v !== undefined) parsed.errors.push((l) => messagesFor(l).cli.badProfile(v, SCORM_PROFILES));
    } else if (name === '--version') {
      parsed.given.add(name);
      const v = value();
      if (v === 'both') parsed.versions = SCORM_VERSIONS;
      else if (v === '1.2' || v === '2004') parsed.versions = [v];
      else if (v !== undefined) parsed.errors.push((l) => messagesFor(l).cli.badVersion(v));
    } else if (name === '--entry') {
      parsed.given.add(name);
      const v = value();
      if (v !== undefined) parsed.entry = v;
    } else if (name.startsWith('-')) {
      parsed.errors.push((l) => messagesFor(l).cli.unknownOption(name));
    } else if (parsed.command === undefined) {
      if ((COMMANDS as readonly string[]).includes(name)) parsed.command = name as Command;
      else parsed.errors.push((l) => messagesFor(l).cli.unknownCommand(name));
    } else if (!dirGiven) {
      parsed.dir = name;
      dirGiven = true;
    } else {
      parsed.errors.push((l) => messagesFor(l).cli.tooManyArguments(name));
    }
  }
  if (parsed.command !== undefined) {
    for (const option of parsed.given) {
      const commands = OPTION_COMMANDS[option] ?? [];
      if (!commands.includes(parsed.command)) parsed.errors.push((l) => messagesFor(l).cli.optionOnlyFor(option, commands));
    }
  }
  return parsed;
}

/** Runs the CLI and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  if (argv[0] === 'verify') return runVerify(argv.slice(1), io);
  const args = parseArgs(argv);
  const text = messagesFor(args.lang).cli;
  if (args.help) {
    io.out(text.help);
    return EXIT.ok;
  }
  if (args.errors.length > 0 || args.command === undefined) {
    for (const e of args.errors) io.err(e(args.lang));
    if (args.errors.length === 0) io.err(text.help);
    else io.err(text.seeHelp);
    return EXIT.usage;
  }
  try {
    return await run(args.command, args, io);
  } catch (err) {
    io.err(text.internalError(err instanceof Error ? err.message : String(err)));
    if (process.env.NETRAL_DEBUG && err instanceof Error && err.stack) io.err(err.stack);
    return EXIT.internal;
  }
}

async function run(command: Command, args: ParsedArgs, io: CliIo): Promise<number> {
  if (command === 'build') return runBuild(args, io);
  const text = messagesFor(args.lang).cli;
  const result = await loadCourse(args.dir, { lang: args.lang });
  // build-json keeps stdout for the JSON, so its report goes to stderr.
  const report = command === 'check' ? io.out : io.err;
  if (result.problems.length > 0 || !result.course) {
    for (const p of result.problems) report(formatProblem(p, args.lang, { dir: args.dir }));
    report('');
    report(text.summaryProblems(result.problems.length, countFiles(result.problems)));
    return EXIT.problems;
  }
  const course = result.course;
  if (command === 'check') {
    const data = course.byLang[course.languages[0]!]!;
    const questions = Object.values(data.banks).reduce((n, b) => n + b.questionIds.length, 0);
    io.out(text.summaryOk(Object.keys(data.items).length, questions));
    return EXIT.ok;
  }
  const json = `${JSON.stringify(course, null, 2)}\n`;
  if (args.out === undefined) {
    io.out(json.trimEnd());
    return EXIT.ok;
  }
  const out = resolve(args.out);
  try {
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, json, 'utf8');
  } catch (err) {
    io.err(text.writeFailed(args.out, (err as NodeJS.ErrnoException).code ?? String(err)));
    return EXIT.problems;
  }
  io.err(text.written(args.out));
  return EXIT.ok;
}

/** `netral build`: the SCORM packages. Reports go to stderr, what was written to stdout. */
async function runBuild(args: ParsedArgs, io: CliIo): Promise<number> {
  const text = messagesFor(args.lang);
  let result: ScormBuildResult;
  try {
    result = await buildScormPackages({
      dir: args.dir,
      outDir: args.out ?? DEFAULT_OUT_DIR,
      profile: args.profile,
      versions: args.versions,
      lang: args.lang,
      ...(args.entry !== undefined ? { entry: args.entry } : {}),
    });
  } catch (err) {
    if (!(err instanceof ScormBuildError)) throw err;
    io.err(err.kind === 'internal' ? text.cli.internalError(err.message) : err.message);
    return err.kind === 'entry' ? EXIT.usage : err.kind === 'internal' ? EXIT.internal : EXIT.problems;
  }
  if (result.problems.length > 0) {
    for (const p of result.problems) io.err(formatProblem(p, args.lang, { dir: args.dir }));
    io.err('');
    io.err(text.cli.summaryProblems(result.problems.length, countFiles(result.problems)));
    return EXIT.problems;
  }
  for (const b of result.budgets) io.out(text.scorm.budgetOk(b));
  const shown = (path: string): string => {
    const rel = relative(process.cwd(), path);
    return rel && !rel.startsWith('..') ? rel : path;
  };
  for (const p of result.packages) io.out(text.scorm.written(shown(p.path), p.version, args.profile, p.zip.length));
  const upload = recommendedPackage(args.profile, result.packages);
  if (upload && result.packages.length > 1) io.out(text.scorm.recommendation(args.profile, shown(upload.path)));
  return EXIT.ok;
}

function countFiles(problems: readonly ContentProblem[]): number {
  return new Set(problems.map((p) => p.file)).size;
}
