/**
 * The shape of the build's message tables (messages.id.ts, messages.en.ts): every problem
 * message and hint, the CLI texts and the few words the build writes into course HTML.
 * Entries with parameters are functions, so each language can phrase counts and lists naturally.
 */
import type { QuestionType } from '../core/course.js';
import type { CalloutKind } from './schema.js';
import { en } from './messages.en.js';
import { id } from './messages.id.js';

/** Languages the build can report in. Bahasa Indonesia is the default. */
export type MessageLang = 'id' | 'en';
const MESSAGE_LANGS: readonly MessageLang[] = ['id', 'en'];

/** What a field must hold; used by missing-field, wrong-field-type and invalid-value. */
export type Expectation =
  | { kind: 'text' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'list' }
  | { kind: 'map' }
  | { kind: 'text-list' }
  | { kind: 'per-language'; languages: string[] }
  | { kind: 'one-of'; values: readonly string[] }
  | { kind: 'range'; min: number; max: number; integer: boolean }
  | { kind: 'at-least'; min: number; integer: boolean }
  | { kind: 'above'; min: number }
  | { kind: 'id' }
  | { kind: 'version' }
  | { kind: 'lang' }
  | { kind: 'url' }
  | { kind: 'non-empty-list' }
  /** A list whose entries look like `example` (YAML, the same in every language). */
  | { kind: 'list-of'; example: string };

/** What a YAML value turned out to be, for wrong-field-type. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'list' | 'map' | 'empty';

/** Why a file, or a part of it, cannot be read. */
export type UnreadableReason =
  /** The operating system refused (detail: its error code, e.g. EACCES). */
  | { reason: 'io'; detail: string }
  /** A folder where the file should be. */
  | { reason: 'folder' }
  /** Something else that is not a regular file (a named pipe, a device, a socket). */
  | { reason: 'not-a-file' }
  /** A symbolic link to a file that does not exist. */
  | { reason: 'broken-link' }
  /** Bytes that are not UTF-8 (byte: the first bad one, two hex digits). */
  | { reason: 'not-utf8'; byte: string }
  /** An invisible control character, such as NUL or ESC (char: "U+0000"). */
  | { reason: 'control-character'; char: string }
  /** Markdown nested deeper than `max` levels of quotes, lists or indentation. */
  | { reason: 'nesting'; depth: number; max: number }
  /** Markdown the reader gave up on (too deeply nested in some other way). */
  | { reason: 'too-complex' };

/** What kind of thing has a duplicate id. */
export type IdKind = 'item' | 'question' | 'node' | 'source' | 'module' | 'option' | 'language';

/** Kinds of Markdown files, as named in messages. */
export type FileKind = 'lesson' | 'scenario' | 'quiz' | 'bank';

/** Which part of an item's structure differs between languages. */
export type StructureAspect =
  | 'type'
  | 'question-list'
  | 'question-type'
  | 'options'
  | 'correct'
  | 'weight'
  | 'tags'
  | 'shuffle'
  | 'node-list'
  | 'branches'
  | 'ending'
  | 'draw'
  | 'quiz-settings';

/** The parameters of each problem code. The code list is `ProblemCode`. */
export interface ProblemParams {
  'missing-course-dir': { path: string };
  'missing-file': { name: 'course.yaml' | 'sources.yaml' };
  'unreadable-file': UnreadableReason;
  'unknown-language': { lang: string; languages: string[]; suggestion: string };
  'yaml-syntax': { yamlCode: string; detail: string };
  'missing-front-matter': Record<string, never>;
  'unclosed-front-matter': Record<string, never>;
  'missing-field': { field: string; expected: Expectation };
  'wrong-field-type': { field: string; expected: Expectation; actual: ValueKind };
  'invalid-value': { field: string; value: string; expected: Expectation };
  'unknown-field': { field: string; known: readonly string[] };
  'invalid-id': { field: string; value: string; suggestion: string };
  'unknown-item-type': { value: string };
  'unknown-question-type': { value: string; question: string };
  'missing-question-settings': { question: string };
  'missing-prompt': { question: string };
  'no-correct-option': { question: string; type: QuestionType };
  'too-many-correct': { question: string; type: QuestionType; count: number };
  'bad-keyword-option': { question: string; type: QuestionType; value: string; keywords: readonly string[]; checked: boolean };
  'missing-keyword-option': { question: string; type: QuestionType; keyword: string; keywords: readonly string[] };
  'option-without-checkbox': { question: string; type: QuestionType };
  'unexpected-checkbox': { question: string; type: QuestionType };
  'too-few-options': { question: string; type: QuestionType; count: number; min: number };
  'matching-without-arrow': { question: string };
  'ordering-not-numbered': { question: string };
  'duplicate-id': { kind: IdKind; id: string; first: string };
  'unknown-module-item': { module: string; id: string; suggestion: string };
  'bank-in-module': { module: string; id: string };
  'item-listed-twice': { id: string; firstModule: string };
  'item-not-in-module': { kind: FileKind; id: string };
  'scenario-without-nodes': Record<string, never>;
  'bank-without-questions': Record<string, never>;
  'text-before-first-question': Record<string, never>;
  'unknown-branch-target': { node: string; target: string; suggestion: string };
  'unreachable-node': { node: string; start: string };
  'no-ending': Record<string, never>;
  'choice-without-arrow': { node: string };
  'node-without-choices': { node: string };
  'ending-with-choices': { node: string };
  /**
   * path: the loop, from `target` to `node` (the node whose choice goes back to `target`); a loop
   * of more than 21 nodes keeps its first and last 10 with "…" between.
   */
  'scenario-cycle': { node: string; target: string; path: string[] };
  /** eligible: questions left for this rule; taken: how many earlier rules on the bank may take. */
  'bank-too-small': { bank: string; count: number; eligible: number; taken: number; tags: string[] };
  'unknown-bank': { bank: string; suggestion: string };
  'unknown-source': { id: string; suggestion: string };
  'repealed-source-cited': { id: string; short: string };
  'question-without-citation': { question: string };
  'missing-translation': { kind: FileKind; id: string; lang: string; expectedFile: string };
  'structure-mismatch': {
    id: string;
    lang: string;
    baseLang: string;
    baseFile: string;
    aspect: StructureAspect;
    where: string;
    expected: string;
    actual: string;
  };
  'raw-html': { html: string };
  'unsafe-link': { url: string };
  'unknown-callout-kind': { kind: string; kinds: readonly string[] };
}

export type ProblemCode = keyof ProblemParams;

export interface ProblemText {
  /** What is wrong. */
  message: string;
  /** What to do about it. */
  hint: string;
}

export type ProblemMessages = { [C in ProblemCode]: (p: ProblemParams[C]) => ProblemText };

export interface BuildMessages {
  problems: ProblemMessages;
  /** Words the build writes into the course's HTML in this language (content, not UI). */
  content: {
    calloutTitle: Record<CalloutKind, string>;
    /** Appended to a citation of a repealed source marked !historis. */
    repealed: string;
  };
  cli: {
    help: string;
    summaryProblems: (problems: number, files: number) => string;
    summaryOk: (items: number, questions: number) => string;
    unknownCommand: (command: string) => string;
    unknownOption: (option: string) => string;
    missingValue: (option: string) => string;
    /** An option given to a command that does not take it; commands: those that do. */
    optionOnlyFor: (option: string, commands: readonly string[]) => string;
    badProfile: (value: string, profiles: readonly string[]) => string;
    badVersion: (value: string) => string;
    badLang: (value: string) => string;
    tooManyArguments: (arg: string) => string;
    seeHelp: string;
    written: (file: string) => string;
    writeFailed: (file: string, detail: string) => string;
    internalError: (detail: string) => string;
  };
  /** The SCORM package build (netral build). */
  scorm: ScormMessages;
}

/** One suspend-data budget: the worst case the runtime could write against a version's limit. */
export interface BudgetFigure {
  version: '1.2' | '2004';
  length: number;
  limit: number;
}

export interface ScormMessages {
  /** Shown in the launch page when JavaScript is off (always Indonesian: the learners' language). */
  noscript: string;
  /** The worst-case suspend data fits. */
  budgetOk: (b: BudgetFigure) => string;
  /**
   * The worst case does not fit; printed as `course.yaml  message → hint`. largest: the items
   * whose state takes the most room (file relative to the course folder, characters).
   */
  budgetExceeded: (b: BudgetFigure & { largest: { file: string; length: number }[] }) => ProblemText;
  /** src/core/suspend-codec.ts (worstCaseSuspendLength) could not be loaded. */
  codecMissing: (detail: string) => string;
  /** The runtime entry file does not exist. */
  entryMissing: (path: string) => string;
  bundleFailed: (detail: string) => string;
  /** The runtime bundle came out as more than one file. */
  bundleNotSingleFile: (files: readonly string[]) => string;
  /** The package's own manifest checks failed (a bug in netral, not in the content). */
  manifestCheckFailed: (version: string, findings: readonly string[]) => string;
  written: (file: string, version: string, profile: string, bytes: number) => string;
  /** Which package to upload for the profile, and why. */
  recommendation: (profile: string, file: string) => string;
  /** checkManifest() findings. */
  manifest: {
    notWellFormed: (detail: string) => string;
    wrongRoot: (expectedNamespace: string, found: string) => string;
    wrongSchemaVersion: (found: string, expected: string) => string;
    noDefaultOrganization: string;
    unknownDefaultOrganization: (id: string) => string;
    unresolvedIdentifierref: (item: string, ref: string) => string;
    wrongScormTypeCasing: (resource: string, found: string, expected: string) => string;
    missingScormType: (resource: string, expected: string) => string;
    masteryScoreOutOfRange: (value: string) => string;
    measureOutOfRange: (value: string) => string;
    manifestNotAtRoot: string;
    fileNotInPackage: (href: string) => string;
    schemaNotInPackage: (file: string) => string;
    fileNotListed: (file: string) => string;
  };
}

const TABLES: Record<MessageLang, BuildMessages> = { id, en };

/** The message table for a language; unknown languages get Bahasa Indonesia. */
export function messagesFor(lang: string | undefined): BuildMessages {
  return lang === 'en' ? TABLES.en : TABLES.id;
}

export function isMessageLang(value: string): value is MessageLang {
  return (MESSAGE_LANGS as readonly string[]).includes(value);
}
