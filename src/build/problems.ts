/**
 * Content problems: what the checks report, how they are collected and how they are printed.
 * Every problem names the file (relative to the course folder), the line, the field when there is
 * one, a stable code, and a localized message and hint.
 */
import { messagesFor, type MessageLang, type ProblemCode, type ProblemParams } from './messages.js';

export interface ContentProblem<C extends ProblemCode = ProblemCode> {
  /** Path relative to the course folder, with "/" separators; "" for the folder itself. */
  file: string;
  /** 1-based line, the best known. */
  line: number;
  /** 1-based column, when known (YAML syntax errors). */
  column?: number;
  /** The field the problem is about, e.g. "type" or "draw[0].count". */
  field?: string;
  /** Stable kebab-case code, e.g. "unknown-question-type" (see content/README.md). */
  code: C;
  /** What is wrong, in the language the course was loaded with. */
  message: string;
  /** What to do, in the same language. */
  hint: string;
  /** The values the message was built from, so `formatProblem` can word it in another language. */
  params: ProblemParams[C];
}

export interface ProblemLocation {
  file: string;
  line: number;
  column?: number;
  field?: string;
}

/** Collects problems in the order they are found; `sorted()` gives the report order. */
export class ProblemList {
  readonly #lang: MessageLang;
  readonly #items: ContentProblem[] = [];

  constructor(lang: MessageLang) {
    this.#lang = lang;
  }

  add<C extends ProblemCode>(code: C, at: ProblemLocation, params: ProblemParams[C]): void {
    const { message, hint } = problemText(code, params, this.#lang);
    const problem: ContentProblem = { file: at.file, line: at.line, code, message, hint, params };
    if (at.column !== undefined) problem.column = at.column;
    if (at.field !== undefined) problem.field = at.field;
    this.#items.push(problem);
  }

  /** Files that have at least one problem so far. */
  files(): Set<string> {
    return new Set(this.#items.map((p) => p.file));
  }

  get size(): number {
    return this.#items.length;
  }

  /** Sorted by file, then line, then column; problems on the same spot keep the order found. */
  sorted(): ContentProblem[] {
    return sortProblems(this.#items);
  }
}

export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        compareText(a.p.file, b.p.file) ||
        a.p.line - b.p.line ||
        (a.p.column ?? 0) - (b.p.column ?? 0) ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function problemText<C extends ProblemCode>(code: C, params: ProblemParams[C], lang: MessageLang) {
  // The table is indexed by the same code as the params, but TypeScript cannot correlate
  // a generic key with its entry's parameter type, so widen the entry once here.
  const entry = messagesFor(lang).problems[code] as (p: ProblemParams[C]) => { message: string; hint: string };
  return entry(params);
}

export interface FormatOptions {
  /**
   * Prefix for the file names, usually the course folder as the user typed it, so the printed
   * location opens from the terminal ("content/banks/x.id.md:14"). Default: none.
   */
  dir?: string;
}

/**
 * One line per problem: `file:line  field  message → hint`, e.g.
 * `banks/media-sosial.id.md:14  type  Jenis pertanyaan "pilihan" tidak dikenal. → Gunakan salah satu: …`
 * The text is reworded in `lang` from the problem's code and params.
 */
export function formatProblem(p: ContentProblem, lang: MessageLang = 'id', opts: FormatOptions = {}): string {
  const { message, hint } = problemText(p.code, p.params, lang);
  const dir = opts.dir ? opts.dir.replace(/[\\/]+$/, '') : '';
  let where: string;
  if (p.file === '') {
    where = dir || '.';
  } else {
    where = (dir ? `${dir}/` : '') + p.file + `:${p.line}` + (p.column !== undefined ? `:${p.column}` : '');
  }
  const field = p.field ? `  ${p.field}` : '';
  return `${where}${field}  ${message} → ${hint}`;
}
