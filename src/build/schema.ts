/**
 * The content format's vocabulary in one place: the closed lists and patterns that
 * content/README.md describes. The parsers, the checks and the messages all read them from here.
 */
import type { QuestionType } from '../core/course.js';

/** Ids of items, banks, questions, nodes, sources and modules: lowercase letters, digits, "-". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Course languages: a BCP 47 primary language subtag. */
export const LANG_PATTERN = /^[a-z]{2,3}$/;
/** Course version: semver-like "1.0.0", optionally with a pre-release or build suffix. */
export const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;

export const ITEM_TYPES = ['lesson', 'scenario', 'quiz', 'bank'] as const;
export type FileType = (typeof ITEM_TYPES)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'truefalse', 'judgement', 'ordering', 'matching'] as const satisfies readonly QuestionType[];

/** Keyword options: the option ids of truefalse and judgement questions, in every language. */
export const KEYWORDS = {
  truefalse: ['benar', 'salah'],
  judgement: ['melanggar', 'tidak-melanggar', 'tergantung'],
} as const satisfies Partial<Record<QuestionType, readonly string[]>>;
export type KeywordType = keyof typeof KEYWORDS;

/** Fewest options each question type accepts (keyword types need all their keywords). */
export const MIN_OPTIONS: Record<QuestionType, number> = {
  single: 2,
  multiple: 2,
  truefalse: 2,
  judgement: 3,
  ordering: 3,
  matching: 2,
};

export const CALLOUT_KINDS = ['aturan', 'sanksi', 'dasar-hukum', 'tergantung', 'contoh', 'catatan'] as const;
export type CalloutKind = (typeof CALLOUT_KINDS)[number];

export const SOURCE_STATUSES = ['berlaku', 'dicabut', 'informasi'] as const;
export const ENDING_OUTCOMES = ['good', 'mixed', 'bad'] as const;
export const NAVIGATIONS = ['linear', 'free'] as const;
export const FEEDBACK_MODES = ['immediate', 'end'] as const;
export const QUIZ_ROLES = ['pretest', 'posttest'] as const;

/** The marker that lets a repealed source be cited: `[@uu-5-2014 !historis]`. */
export const HISTORICAL_MARKER = '!historis';

/** Anchor id of a source in the rendered source list; citations link to `#src-<id>`. */
export function sourceAnchor(id: string): string {
  return `src-${id}`;
}

/** Fields each YAML block accepts; anything else is reported as an unknown field (a typo). */
export const KNOWN_FIELDS = {
  course: ['id', 'version', 'languages', 'title', 'description', 'passMark', 'navigation', 'modules'],
  module: ['id', 'title', 'items'],
  source: ['id', 'short', 'title', 'status', 'url', 'note'],
  lesson: ['type', 'id', 'title', 'minutes', 'affirm'],
  scenario: ['type', 'id', 'title', 'minutes'],
  quiz: ['type', 'id', 'title', 'minutes', 'draw', 'passMark', 'attempts', 'feedback', 'shuffle', 'graded', 'role'],
  bank: ['type', 'id', 'title'],
  draw: ['bank', 'count', 'tags', 'excludeTags'],
  question: ['type', 'weight', 'tags', 'shuffle'],
  ending: ['ending', 'score'],
} as const;
