/**
 * Content problems: what the checks report, how they are collected and how they are printed.
 * Every problem names the file (relative to the course folder), the line, the field when there is
 * one, a stable code, and a localized message and hint.
 */
import { messagesFor, type MessageLang, type ProblemCode, type ProblemParams, type ProblemText } from './messages.js';

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

function problemText<C extends ProblemCode>(code: C, params: ProblemParams[C], lang: MessageLang): ProblemText {
  // The table is indexed by the same code as the params, but TypeScript cannot correlate
  // a generic key with its entry's parameter type, so widen the entry once here.
  const entry = messagesFor(lang).problems[code] as (p: ProblemParams[C]) => ProblemText;
  return entry(shownValue(params) as ProblemParams[C]);
}

/** A problem's message and hint in `lang`, worded from its code and params. */
export function describeProblem(p: Pick<ContentProblem, 'code' | 'params'>, lang: MessageLang): ProblemText {
  return problemText(p.code, p.params, lang);
}

/**
 * Characters a reader cannot see, or that would break a problem's one line: control
 * characters, zero-width and direction marks, the byte-order mark, line and paragraph
 * separators, and halves of a surrogate pair that stand alone.
 */
const INVISIBLE =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Longest value shown whole; a longer one keeps its start and end around "…". */
const MAX_SHOWN_CHARS = 120;
const SHOWN_HEAD = 80;
const SHOWN_TAIL = 30;
/** Longest list shown whole; a longer one keeps its first items and its last. */
const MAX_SHOWN_ITEMS = 12;

/**
 * A value from the content as it appears in a message: invisible characters spelt out
 * ("mengapa<U+200B>-netral"), newlines and tabs as \n and \t, and very long values shortened,
 * so that a message stays one readable line whatever the author wrote.
 */
export function shownText(text: string): string {
  const visible = text.replace(INVISIBLE, (c) =>
    c === '\n' ? '\\n' : c === '\t' ? '\\t' : `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
  if (visible.length <= MAX_SHOWN_CHARS) return visible;
  const chars = Array.from(visible);
  if (chars.length <= MAX_SHOWN_CHARS) return visible;
  return `${chars.slice(0, SHOWN_HEAD).join('')}…${chars.slice(-SHOWN_TAIL).join('')}`;
}

/** Params with every text through shownText and long lists shortened (numbers stay as they are). */
function shownValue(value: unknown): unknown {
  if (typeof value === 'string') return shownText(value);
  if (Array.isArray(value)) {
    const items = value.length > MAX_SHOWN_ITEMS ? [...value.slice(0, MAX_SHOWN_ITEMS - 2), '…', value[value.length - 1]] : value;
    return items.map(shownValue);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shownValue(v)]));
  }
  return value;
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
  const field = p.field ? `  ${shownText(p.field)}` : '';
  return `${where}${field}  ${message} → ${hint}`;
}
