/**
 * Markdown at build time: marked's lexer with exact line numbers for every token, the two
 * additions of the content format (callouts `> [!aturan] Title` and citations `[@id, locator]`),
 * the content checks that belong to the Markdown itself (raw HTML, unsafe links, unknown callout
 * kinds, unknown or repealed sources) and rendering to safe, accessible HTML.
 */
import { Lexer, Marked, Parser, type Token, type Tokens } from 'marked';
import type { Source } from '../core/course.js';
import { closestId } from './ids.js';
import { messagesFor } from './messages.js';
import type { ProblemList } from './problems.js';
import { CALLOUT_KINDS, HISTORICAL_MARKER, sourceAnchor, type CalloutKind } from './schema.js';

export interface CitationToken extends Tokens.Generic {
  type: 'citation';
  raw: string;
  id: string;
  locator: string;
  historical: boolean;
}

export interface CalloutToken extends Tokens.Generic {
  type: 'callout';
  raw: string;
  kind: string;
  titleTokens: Token[];
  tokens: Token[];
}

export interface MarkdownContext {
  /** File being rendered, relative to the course folder (for problems). */
  file: string;
  /** Content language: picks the words the build adds (callout titles, "repealed"). */
  lang: string;
  /** Sources by id; undefined when sources.yaml could not be read (citations are then not checked). */
  sources: ReadonlyMap<string, Source> | undefined;
  problems: ProblemList;
}

const CITATION = /^\[@([^\]\n]+)\]/;
const CALLOUT_START = /^\[!([^\]\s]*)\][ \t]*([^\n]*)(?:\n|$)/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const EXTERNAL = /^(?:https?:)?\/\//i;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function countNewlines(text: string, end = text.length, start = 0): number {
  let n = 0;
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Newlines before an offset of one text, counted on from the last offset asked: a walk through
 * the text in order costs one pass, not one pass per token (a 100,000-line paragraph).
 */
class NewlineCounter {
  readonly text: string;
  #offset = 0;
  #count = 0;

  constructor(text: string) {
    this.text = text;
  }

  before(offset: number): number {
    if (offset < this.#offset) {
      this.#offset = 0;
      this.#count = 0;
    }
    this.#count += countNewlines(this.text, offset, this.#offset);
    this.#offset = offset;
    return this.#count;
  }
}

/** Most levels of nesting a line of Markdown may have (see nestingDepth). */
export const MAX_MARKDOWN_NESTING = 32;

/**
 * How deeply a line nests blocks: one level for each ">" quote marker and each list marker
 * ("-", "*", "+", "1.") at its start, and one for every 4 columns of indentation among them
 * (not counting the one space after each marker).
 * marked reads nested blocks recursively, so a line nested far deeper than any course needs
 * would exhaust the stack, or take minutes (a list indented 1,000 levels deep).
 */
export function nestingDepth(line: string): number {
  let markers = 0;
  let columns = 0;
  for (let i = 0; i < line.length; ) {
    const c = line[i];
    if (c === ' ') {
      columns++;
      i++;
    } else if (c === '\t') {
      columns += 4;
      i++;
    } else {
      const marker = /^(?:>|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$))/.exec(line.slice(i, i + 12));
      if (!marker) break;
      markers++;
      i += marker[0].length;
      // The one space that follows a marker belongs to it.
      if (line[i] === ' ') i++;
    }
  }
  return markers + Math.floor(columns / 4);
}

function isSafeUrl(href: string): boolean {
  const scheme = SCHEME.exec(href.trim())?.[1];
  return scheme === undefined || SAFE_SCHEMES.has(scheme.toLowerCase());
}

function isHtmlComment(html: string): boolean {
  const t = html.trim();
  return t.startsWith('<!--') && t.endsWith('-->');
}

function isCalloutKind(kind: string): kind is CalloutKind {
  return (CALLOUT_KINDS as readonly string[]).includes(kind);
}

/** Parses the inside of `[@…]`: "id", "id, locator", with `!historis` after the id or at the end. */
function parseCitation(inner: string): { id: string; locator: string; historical: boolean } | undefined {
  let body = inner;
  let historical = false;
  const marker = new RegExp(`(^|\\s)${HISTORICAL_MARKER}(?=\\s|,|$)`);
  if (marker.test(body)) {
    historical = true;
    body = body.replace(marker, '$1');
  }
  const comma = body.indexOf(',');
  const id = (comma < 0 ? body : body.slice(0, comma)).trim();
  const locator = comma < 0 ? '' : body.slice(comma + 1).trim();
  return id ? { id, locator, historical } : undefined;
}

/** Child token lists of any token: inline tokens, list items, table cells, callout titles. */
function childLists(t: Token): Token[][] {
  const lists: Token[][] = [];
  if (t.type === 'list') lists.push((t as Tokens.List).items);
  if (t.type === 'table') {
    const table = t as Tokens.Table;
    for (const cell of [...table.header, ...table.rows.flat()]) lists.push(cell.tokens);
  }
  if (t.type === 'callout') lists.push((t as CalloutToken).titleTokens);
  if (Array.isArray((t as Tokens.Generic).tokens)) lists.push((t as Tokens.Generic).tokens as Token[]);
  return lists;
}

/** Every token in the tree, depth first, in source order. */
export function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    for (const list of childLists(t)) walk(list, visit);
  }
}

/** A `## id` heading and the blocks under it, up to the next `##` heading. */
export interface Section {
  heading: Tokens.Heading;
  id: string;
  tokens: Token[];
}

/** Splits blocks at their `##` headings: what comes before the first one, and the sections. */
export function splitSections(tokens: readonly Token[]): { before: Token[]; sections: Section[] } {
  const before: Token[] = [];
  const sections: Section[] = [];
  for (const t of tokens) {
    if (t.type === 'heading' && (t as Tokens.Heading).depth === 2) {
      const heading = t as Tokens.Heading;
      sections.push({ heading, id: heading.text.trim(), tokens: [] });
    } else {
      (sections.at(-1)?.tokens ?? before).push(t);
    }
  }
  return { before, sections };
}

/** Blocks without the blank-line tokens between them. */
export function blocks(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.type !== 'space');
}

/** A fenced ```yaml block. */
export function isYamlBlock(t: Token | undefined): t is Tokens.Code {
  return t?.type === 'code' && /^ya?ml$/i.test((t as Tokens.Code).lang ?? '') && (t as Tokens.Code).codeBlockStyle !== 'indented';
}

/** Ids of the sources cited in the tokens, in first-citation order. */
export function citedSources(tokens: readonly Token[]): string[] {
  const ids = new Set<string>();
  walk(tokens, (t) => {
    if (t.type === 'citation') ids.add((t as CitationToken).id);
  });
  return [...ids];
}

/** Markdown of one file: lexing with lines, checks, rendering. */
export class CourseMarkdown {
  readonly #ctx: MarkdownContext;
  readonly #marked: Marked;
  readonly #lines = new WeakMap<object, number>();

  constructor(ctx: MarkdownContext) {
    this.#ctx = ctx;
    const content = messagesFor(ctx.lang).content;
    const sources = ctx.sources;
    this.#marked = new Marked({
      gfm: true,
      extensions: [
        {
          // No `start`: marked's text tokenizer already stops before every "[" (links), and a
          // `start` that searches the rest of the paragraph at each stop is quadratic.
          name: 'citation',
          level: 'inline',
          tokenizer(src: string): CitationToken | undefined {
            const m = CITATION.exec(src);
            const parsed = m ? parseCitation(m[1] ?? '') : undefined;
            return m && parsed ? { type: 'citation', raw: m[0], ...parsed } : undefined;
          },
          renderer(token) {
            const c = token as CitationToken;
            const source = sources?.get(c.id);
            let text = source ? source.short : c.id;
            if (c.locator) text += `, ${c.locator}`;
            if (c.historical && source?.status === 'dicabut') text += `, ${content.repealed}`;
            // No title attribute with the source's full name: the player opens the source in a
            // dialog on a tap, and repeating the name at every citation cost 11% of the course data.
            const cls = c.historical ? 'cite cite--historis' : 'cite';
            return `<cite class="${cls}">(<a href="#${sourceAnchor(c.id)}" data-source="${escapeHtml(c.id)}">${escapeHtml(text)}</a>)</cite>`;
          },
        },
        {
          name: 'callout',
          renderer(token) {
            const c = token as CalloutToken;
            const body = this.parser.parse(c.tokens);
            if (!isCalloutKind(c.kind)) return `<blockquote>\n${body}</blockquote>\n`;
            const title = c.titleTokens.length ? this.parser.parseInline(c.titleTokens) : escapeHtml(content.calloutTitle[c.kind]);
            return `<aside class="callout callout--${c.kind}" role="note"><p class="callout__title">${title}</p>\n${body}</aside>\n`;
          },
        },
      ],
      renderer: {
        // The player titles each view with an <h2>; an author's headings are sections below it
        // ("#" and "##" → <h3>, "###" → <h4>, …), so the page outline stays whole.
        heading({ tokens, depth }) {
          const level = Math.min(Math.max(depth, 2) + 1, 6);
          return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
        },
        html({ text }) {
          return isHtmlComment(text) ? '' : escapeHtml(text);
        },
        link({ href, title, tokens }) {
          const text = this.parser.parseInline(tokens);
          if (!isSafeUrl(href)) return text;
          const t = title ? ` title="${escapeHtml(title)}"` : '';
          const external = EXTERNAL.test(href) ? ' rel="noopener noreferrer" target="_blank"' : '';
          return `<a href="${escapeHtml(href)}"${t}${external}>${text}</a>`;
        },
        image({ href, title, text }) {
          if (!isSafeUrl(href)) return escapeHtml(text);
          const t = title ? ` title="${escapeHtml(title)}"` : '';
          return `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}"${t}>`;
        },
      },
    });
  }

  get file(): string {
    return this.#ctx.file;
  }

  /**
   * Lexes a Markdown body whose first line is file line `firstLine`: every token gets its line,
   * callouts become callout tokens, and the Markdown-level checks report their problems.
   */
  lex(src: string, firstLine: number): Token[] {
    try {
      const tokens: Token[] = [...this.#marked.lexer(this.#withoutDeepLines(src, firstLine))];
      this.#annotateBlocks(tokens, firstLine);
      this.#makeCallouts(tokens);
      this.#check(tokens);
      return tokens;
    } catch (err) {
      // The stack ran out in some nesting the line check does not foresee: say so, on the
      // first line of this Markdown, rather than crash the whole check.
      if (!(err instanceof RangeError)) throw err;
      this.#ctx.problems.add('unreadable-file', { file: this.#ctx.file, line: firstLine }, { reason: 'too-complex' });
      return [];
    }
  }

  /**
   * The Markdown with every line nested deeper than MAX_MARKDOWN_NESTING left blank (so the
   * other lines keep their numbers and are still checked); the first such line is reported.
   */
  #withoutDeepLines(src: string, firstLine: number): string {
    const lines = src.split('\n');
    let reported = false;
    for (let i = 0; i < lines.length; i++) {
      const depth = nestingDepth(lines[i]!);
      if (depth <= MAX_MARKDOWN_NESTING) continue;
      if (!reported) {
        this.#ctx.problems.add('unreadable-file', { file: this.#ctx.file, line: firstLine + i }, { reason: 'nesting', depth, max: MAX_MARKDOWN_NESTING });
        reported = true;
      }
      lines[i] = '';
    }
    return reported ? lines.join('\n') : src;
  }

  /** Lexes inline Markdown (a choice label, one side of a pair) on file line `line`; no checks. */
  lexInline(src: string, line: number): Token[] {
    const tokens = Lexer.lexInline(src, this.#marked.defaults);
    this.#annotateInline(tokens, new NewlineCounter(src), line, 0);
    return tokens;
  }

  /** File line of a token from `lex`/`lexInline`; `fallback` for tokens made elsewhere. */
  lineOf(token: Token | undefined, fallback = 1): number {
    return (token && this.#lines.get(token)) ?? fallback;
  }

  render(tokens: Token[]): string {
    return tokens.length ? this.#marked.parser(tokens) : '';
  }

  renderInline(tokens: Token[]): string {
    return Parser.parseInline(tokens, this.#marked.defaults);
  }

  /** Renders blocks with blockquotes unwrapped: feedback and explanations are written as `> …`. */
  renderUnwrapped(tokens: Token[]): string {
    return this.render(tokens.flatMap((t) => (t.type === 'blockquote' ? (t as Tokens.Blockquote).tokens : [t])));
  }

  #annotateBlocks(tokens: Token[], firstLine: number): void {
    let line = firstLine;
    for (const t of tokens) {
      this.#lines.set(t, line);
      if (t.type === 'list') {
        const list = t as Tokens.List;
        const newlines = new NewlineCounter(list.raw);
        let cursor = 0;
        for (const item of list.items) {
          const idx = list.raw.indexOf(item.raw, cursor);
          const itemLine = idx >= 0 ? line + newlines.before(idx) : line;
          if (idx >= 0) cursor = idx + item.raw.length;
          this.#lines.set(item, itemLine);
          this.#annotateBlocks(item.tokens, itemLine);
        }
      } else if (t.type === 'blockquote') {
        this.#annotateBlocks((t as Tokens.Blockquote).tokens, line);
      } else if (t.type === 'table') {
        // The cells come in source order: each is looked for after the one before.
        const newlines = new NewlineCounter(t.raw);
        let from = 0;
        for (const cells of childLists(t)) from = this.#annotateInline(cells, newlines, line, from);
      } else if (Array.isArray((t as Tokens.Generic).tokens)) {
        this.#annotateInline((t as Tokens.Generic).tokens as Token[], new NewlineCounter(t.raw), line, 0);
      }
      line += countNewlines(t.raw);
    }
  }

  /**
   * Inline tokens: the line of each is found by locating its raw text inside the block's raw
   * text, from `from` on. Returns the offset after the last token found.
   */
  #annotateInline(tokens: Token[], newlines: NewlineCounter, line: number, from: number): number {
    const raw = newlines.text;
    let cursor = from;
    for (const t of tokens) {
      const idx = raw.indexOf(t.raw, cursor);
      const at = idx >= 0 ? idx : cursor;
      this.#lines.set(t, line + newlines.before(at));
      const children = (t as Tokens.Generic).tokens;
      if (Array.isArray(children)) this.#annotateInline(children as Token[], newlines, line, at);
      if (idx >= 0) cursor = idx + t.raw.length;
    }
    return cursor;
  }

  /** A blockquote whose first line is `[!kind] optional title` becomes a callout token. */
  #makeCallouts(tokens: Token[]): void {
    tokens.forEach((t, i) => {
      if (t.type === 'list') {
        for (const item of (t as Tokens.List).items) this.#makeCallouts(item.tokens);
        return;
      }
      if (t.type !== 'blockquote') return;
      const quote = t as Tokens.Blockquote;
      this.#makeCallouts(quote.tokens);
      const first = quote.tokens[0];
      const m = first?.type === 'paragraph' ? CALLOUT_START.exec(first.raw) : null;
      if (!m) return;
      const line = this.lineOf(t);
      const title = (m[2] ?? '').trim();
      const rest = first!.raw.slice(m[0].length);
      const body: Token[] = [];
      if (rest.trim()) {
        const paragraph: Tokens.Paragraph = {
          type: 'paragraph',
          raw: rest,
          text: rest.replace(/\n+$/, ''),
          tokens: Lexer.lexInline(rest.replace(/\n+$/, ''), this.#marked.defaults),
        };
        this.#lines.set(paragraph, line + 1);
        this.#annotateInline(paragraph.tokens, new NewlineCounter(rest), line + 1, 0);
        body.push(paragraph);
      }
      body.push(...quote.tokens.slice(1));
      const callout: CalloutToken = {
        type: 'callout',
        raw: quote.raw,
        kind: (m[1] ?? '').toLowerCase(),
        titleTokens: title ? this.lexInline(title, line) : [],
        tokens: body,
      };
      this.#lines.set(callout, line);
      tokens[i] = callout;
    });
  }

  #check(tokens: Token[]): void {
    const { file, problems, sources } = this.#ctx;
    walk(tokens, (t) => {
      const at = { file, line: this.lineOf(t) };
      switch (t.type) {
        case 'html': {
          const html = (t as Tokens.HTML).raw.trim();
          if (!isHtmlComment(html)) problems.add('raw-html', at, { html: html.length > 60 ? `${html.slice(0, 57)}...` : html });
          break;
        }
        case 'link':
        case 'image': {
          const href = (t as Tokens.Link).href;
          if (!isSafeUrl(href)) problems.add('unsafe-link', at, { url: href });
          break;
        }
        case 'callout': {
          const kind = (t as CalloutToken).kind;
          if (!isCalloutKind(kind)) problems.add('unknown-callout-kind', at, { kind, kinds: CALLOUT_KINDS });
          break;
        }
        case 'citation': {
          if (!sources) break;
          const c = t as CitationToken;
          const source = sources.get(c.id);
          if (!source) {
            problems.add('unknown-source', at, { id: c.id, suggestion: closestId(c.id, sources.keys()) });
          } else if (source.status === 'dicabut' && !c.historical) {
            problems.add('repealed-source-cited', at, { id: c.id, short: source.short });
          }
          break;
        }
      }
    });
  }
}
