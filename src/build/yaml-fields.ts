/**
 * YAML with exact lines: parses a YAML text (a file, a front matter block or a ```yaml block in
 * Markdown) with `yaml`'s LineCounter and reads typed fields from it, reporting every missing,
 * mistyped, invalid or unknown field with the file line it is on.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Expectation, ValueKind } from './messages.js';
import type { ProblemList } from './problems.js';
import { ID_PATTERN } from './schema.js';
import { slugify } from './ids.js';

export interface YamlText {
  /** File the text comes from, relative to the course folder. */
  file: string;
  text: string;
  /** File line of the text's first line. */
  firstLine: number;
}

/** A parsed YAML text without syntax errors, in which every alias (*name) has its anchor. */
export class YamlBlock {
  readonly file: string;
  readonly root: Node | null;
  readonly #doc: Document;
  readonly #lines: LineCounter;
  readonly #firstLine: number;

  private constructor(file: string, doc: Document, lines: LineCounter, firstLine: number) {
    this.file = file;
    this.#doc = doc;
    this.root = this.deref(doc.contents);
    this.#lines = lines;
    this.#firstLine = firstLine;
  }

  /** Parses the text; reports syntax errors (one per line) and returns undefined if there were any. */
  static parse(src: YamlText, problems: ProblemList): YamlBlock | undefined {
    const lines = new LineCounter();
    const doc = parseDocument(src.text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const seen = new Set<number>();
      for (const err of doc.errors) {
        const pos = lines.linePos(err.pos[0]);
        const line = pos.line + src.firstLine - 1;
        if (seen.has(line)) continue;
        seen.add(line);
        problems.add(
          'yaml-syntax',
          { file: src.file, line, column: pos.col },
          { yamlCode: err.code, detail: (err.message.split('\n')[0] ?? '').replace(/\.$/, '') },
        );
      }
      return undefined;
    }
    // The yaml package only notices an alias without an anchor when converting to JavaScript,
    // which the fields never do: look for them here, as syntax errors.
    const orphans: Alias[] = [];
    visit(doc, {
      Alias(_, alias) {
        if (!alias.resolve(doc)) orphans.push(alias);
      },
    });
    for (const alias of orphans) {
      const pos = lines.linePos(alias.range?.[0] ?? 0);
      problems.add(
        'yaml-syntax',
        { file: src.file, line: pos.line + src.firstLine - 1, column: pos.col },
        { yamlCode: 'BAD_ALIAS', detail: `Unresolved alias *${alias.source}` },
      );
    }
    if (orphans.length > 0) return undefined;
    return new YamlBlock(src.file, doc, lines, src.firstLine);
  }

  /** The node an alias (*name) stands for; any other node as it is. */
  deref(node: unknown): Node | null {
    if (isAlias(node)) return node.resolve(this.#doc) ?? null;
    return (node ?? null) as Node | null;
  }

  /** File line where a node starts, or `fallback` when the node has no position. */
  lineOf(node: Node | null | undefined, fallback: number): number {
    const offset = node?.range?.[0];
    return offset === undefined ? fallback : this.#lines.linePos(offset).line + this.#firstLine - 1;
  }
}

export function valueKind(node: unknown): ValueKind {
  if (node === null || node === undefined) return 'empty';
  if (isMap(node)) return 'map';
  if (isSeq(node)) return 'list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined || v === '') return 'empty';
    if (typeof v === 'number') return 'number';
    if (typeof v === 'boolean') return 'boolean';
    return 'text';
  }
  return 'text';
}

/** Scalar as text: the parsed string, or what the author wrote for numbers and booleans. */
function scalarText(node: Node): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.source ?? String(node.value);
}

interface NumberRule {
  required?: boolean;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Must be greater than this (e.g. a weight above 0). */
  above?: number;
}

/**
 * The fields of one YAML map. `path` prefixes field names in problems ("draw[0]" → "draw[0].count");
 * `line` is where a missing field is reported (the start of the block or of the list entry).
 */
export class Fields {
  readonly block: YamlBlock;
  readonly path: string;
  readonly line: number;
  readonly #map: YAMLMap | null;
  readonly #problems: ProblemList;

  constructor(block: YamlBlock, map: YAMLMap | null, path: string, line: number, problems: ProblemList) {
    this.block = block;
    this.#map = map;
    this.path = path;
    this.line = line;
    this.#problems = problems;
  }

  /**
   * Fields of a block's root. Reports a non-map root (e.g. a list, or plain text) under `name`
   * (how the author sees the block: "---", "```yaml", "course.yaml") and returns fields of an
   * empty map, so required fields are still reported once each.
   */
  static ofRoot(block: YamlBlock, name: string, line: number, problems: ProblemList): Fields {
    const root = block.root;
    if (root !== null && !isMap(root)) {
      problems.add(
        'wrong-field-type',
        { file: block.file, line: block.lineOf(root, line) },
        { field: name, expected: { kind: 'map' }, actual: valueKind(root) },
      );
      return new Fields(block, null, '', line, problems);
    }
    return new Fields(block, root, '', line, problems);
  }

  name(key: string): string {
    return this.path ? `${this.path}.${key}` : key;
  }

  keys(): string[] {
    return (this.#map?.items ?? []).map((p) => String(isScalar(p.key) ? p.key.value : p.key));
  }

  #pair(key: string): Pair | undefined {
    return this.#map?.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key) as Pair | undefined;
  }

  has(key: string): boolean {
    return this.#pair(key) !== undefined;
  }

  /** Line of the key `key:`, or the block's line when absent. */
  keyLine(key: string): number {
    const pair = this.#pair(key);
    return pair ? this.block.lineOf(pair.key as Node, this.line) : this.line;
  }

  /** Line of the value of `key`, or of its key when the value is empty. */
  valueLine(key: string): number {
    const pair = this.#pair(key);
    if (!pair) return this.line;
    return this.block.lineOf(pair.value as Node | null, this.keyLine(key));
  }

  /** The value node (an alias's anchored node); undefined when the key is absent, null when it is present but empty. */
  node(key: string): Node | null | undefined {
    const pair = this.#pair(key);
    if (!pair) return undefined;
    const v = this.block.deref(pair.value);
    return v === null || (isScalar(v) && (v.value === null || v.value === '')) ? null : v;
  }

  at(key: string): { file: string; line: number; field: string } {
    return { file: this.block.file, line: this.valueLine(key), field: this.name(key) };
  }

  /** Reports a missing (or empty) field when required; returns the node otherwise. */
  #value(key: string, required: boolean, expected: Expectation): Node | undefined {
    const v = this.node(key);
    if (v === undefined || v === null) {
      if (required) {
        this.#problems.add('missing-field', { ...this.at(key), line: v === null ? this.keyLine(key) : this.line }, {
          field: this.name(key),
          expected,
        });
      }
      return undefined;
    }
    return v;
  }

  #wrongType(key: string, node: Node, expected: Expectation): undefined {
    this.#problems.add('wrong-field-type', this.at(key), { field: this.name(key), expected, actual: valueKind(node) });
    return undefined;
  }

  /** Text; `expected` describes valid values in the missing-field message (default: any text). */
  text(key: string, opts: { required?: boolean; expected?: Expectation } = {}): string | undefined {
    const v = this.#value(key, opts.required ?? false, opts.expected ?? { kind: 'text' });
    if (!v) return undefined;
    const text = scalarText(v);
    if (text === undefined) return this.#wrongType(key, v, { kind: 'text' });
    return text.trim();
  }

  /** An id: lowercase letters, digits and "-". */
  id(key: string, opts: { required?: boolean } = {}): string | undefined {
    const v = this.#value(key, opts.required ?? false, { kind: 'id' });
    if (!v) return undefined;
    const text = scalarText(v);
    if (text === undefined) return this.#wrongType(key, v, { kind: 'id' });
    if (!ID_PATTERN.test(text)) {
      this.#problems.add('invalid-id', this.at(key), { field: this.name(key), value: text, suggestion: slugify(text) });
      return undefined;
    }
    return text;
  }

  /** Text that must match `pattern`; `expected` says what a valid value looks like. */
  matching(key: string, pattern: RegExp, expected: Expectation, opts: { required?: boolean } = {}): string | undefined {
    const v = this.#value(key, opts.required ?? false, expected);
    if (!v) return undefined;
    const text = scalarText(v);
    if (text === undefined) return this.#wrongType(key, v, expected);
    if (!pattern.test(text)) {
      this.#problems.add('invalid-value', this.at(key), { field: this.name(key), value: text, expected });
      return undefined;
    }
    return text;
  }

  number(key: string, rule: NumberRule = {}): number | undefined {
    const expected = numberExpectation(rule);
    const v = this.#value(key, rule.required ?? false, expected);
    if (!v) return undefined;
    if (!isScalar(v) || typeof v.value !== 'number') return this.#wrongType(key, v, expected);
    const n = v.value;
    const bad =
      !Number.isFinite(n) ||
      (rule.integer && !Number.isInteger(n)) ||
      (rule.min !== undefined && n < rule.min) ||
      (rule.max !== undefined && n > rule.max) ||
      (rule.above !== undefined && n <= rule.above);
    if (bad) {
      this.#problems.add('invalid-value', this.at(key), { field: this.name(key), value: v.source ?? String(n), expected });
      return undefined;
    }
    return n;
  }

  boolean(key: string): boolean | undefined {
    const v = this.#value(key, false, { kind: 'boolean' });
    if (!v) return undefined;
    if (!isScalar(v) || typeof v.value !== 'boolean') return this.#wrongType(key, v, { kind: 'boolean' });
    return v.value;
  }

  oneOf<T extends string>(key: string, values: readonly T[], opts: { required?: boolean } = {}): T | undefined {
    const expected: Expectation = { kind: 'one-of', values };
    const v = this.#value(key, opts.required ?? false, expected);
    if (!v) return undefined;
    const text = scalarText(v);
    if (text === undefined) return this.#wrongType(key, v, expected);
    if (!(values as readonly string[]).includes(text)) {
      this.#problems.add('invalid-value', this.at(key), { field: this.name(key), value: text, expected });
      return undefined;
    }
    return text as T;
  }

  /** A list of short texts, written `[a, b]` or as "- a" lines. */
  textList(key: string, opts: { required?: boolean; nonEmpty?: boolean } = {}): string[] | undefined {
    return this.textListWithLines(key, opts)?.map((entry) => entry.value);
  }

  /** The YAML sequence at `key`, or undefined after reporting why it is missing, not a list or empty. */
  #sequence(key: string, opts: { required?: boolean; nonEmpty?: boolean }, expected: Expectation): YAMLSeq | undefined {
    const v = this.#value(key, opts.required ?? false, expected);
    if (!v) return undefined;
    if (!isSeq(v)) return this.#wrongType(key, v, expected);
    if (opts.nonEmpty && v.items.length === 0) {
      this.#problems.add('invalid-value', this.at(key), { field: this.name(key), value: '[]', expected });
      return undefined;
    }
    return v;
  }

  /** Like `textList`, with each entry's line and field name ("languages[1]"). */
  textListWithLines(
    key: string,
    opts: { required?: boolean; nonEmpty?: boolean } = {},
  ): { value: string; line: number; field: string }[] | undefined {
    const expected: Expectation = opts.nonEmpty ? { kind: 'non-empty-list' } : { kind: 'text-list' };
    const v = this.#sequence(key, opts, expected);
    if (!v) return undefined;
    const out: { value: string; line: number; field: string }[] = [];
    v.items.forEach((written, i) => {
      const field = `${this.name(key)}[${i}]`;
      const line = this.block.lineOf(written as Node, this.valueLine(key));
      const item = this.block.deref(written);
      const text = isScalar(item) ? scalarText(item) : undefined;
      if (text === undefined) {
        this.#problems.add(
          'wrong-field-type',
          { file: this.block.file, line, field },
          { field, expected: { kind: 'text' }, actual: valueKind(item) },
        );
      } else {
        out.push({ value: text.trim(), line, field });
      }
    });
    return out;
  }

  /** A list of maps (e.g. modules, draw rules), each as Fields with its index in the path. */
  listOfMaps(key: string, opts: { required?: boolean; nonEmpty?: boolean; example?: string } = {}): Fields[] | undefined {
    const expected: Expectation = opts.example
      ? { kind: 'list-of', example: opts.example }
      : opts.nonEmpty
        ? { kind: 'non-empty-list' }
        : { kind: 'list' };
    const v = this.#sequence(key, opts, expected);
    if (!v) return undefined;
    const out: Fields[] = [];
    v.items.forEach((written, i) => {
      const path = `${this.name(key)}[${i}]`;
      const line = this.block.lineOf(written as Node, this.valueLine(key));
      const item = this.block.deref(written);
      if (!isMap(item)) {
        this.#problems.add(
          'wrong-field-type',
          { file: this.block.file, line, field: path },
          { field: path, expected: { kind: 'map' }, actual: valueKind(item) },
        );
        return;
      }
      out.push(new Fields(this.block, item, path, line, this.#problems));
    });
    return out;
  }

  /**
   * Text in each language: `{ id: …, en: … }`; every language is required. With no known
   * languages (course.yaml's list is broken) only the shape is checked.
   */
  perLanguage(key: string, languages: readonly string[], opts: { required?: boolean } = {}): Record<string, string> | undefined {
    const expected: Expectation = { kind: 'per-language', languages: [...languages] };
    const v = this.#value(key, opts.required ?? false, expected);
    if (!v) return undefined;
    if (!isMap(v)) return this.#wrongType(key, v, expected);
    const inner = new Fields(this.block, v, this.name(key), this.keyLine(key), this.#problems);
    const out: Record<string, string> = {};
    for (const lang of languages) {
      const text = inner.text(lang, { required: true });
      if (text !== undefined) out[lang] = text;
    }
    if (languages.length > 0) inner.rejectUnknown(languages);
    return Object.keys(out).length === languages.length ? out : undefined;
  }

  /** Reports every key that is not in `known` (usually a typo such as "wieght"). */
  rejectUnknown(known: readonly string[]): void {
    for (const pair of this.#map?.items ?? []) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (known.includes(key)) continue;
      this.#problems.add(
        'unknown-field',
        { file: this.block.file, line: this.block.lineOf(pair.key as Node, this.line), field: this.name(key) },
        { field: this.name(key), known },
      );
    }
  }
}

function numberExpectation(rule: NumberRule): Expectation {
  const integer = rule.integer ?? false;
  if (rule.min !== undefined && rule.max !== undefined) return { kind: 'range', min: rule.min, max: rule.max, integer };
  if (rule.above !== undefined) return { kind: 'above', min: rule.above };
  if (rule.min !== undefined) return { kind: 'at-least', min: rule.min, integer };
  return { kind: 'number' };
}
