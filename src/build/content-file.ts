/**
 * One Markdown content file (`<name>.<lang>.md`): front matter, then the body of a lesson,
 * scenario, quiz or question bank. Produces the typed data for that one file and one language;
 * checks that need other files (modules, draws, translations) happen in load-course.ts.
 */
import type { Bank, DrawRule, Lesson, Quiz, Scenario, Source } from '../core/course.js';
import { parseBank } from './bank.js';
import { citedSources, CourseMarkdown } from './markdown.js';
import type { ProblemList } from './problems.js';
import { parseScenario } from './scenario.js';
import { FEEDBACK_MODES, ITEM_TYPES, KNOWN_FIELDS, QUIZ_ROLES, type FileType } from './schema.js';
import { splitFrontMatter } from './front-matter.js';
import { Fields, YamlBlock } from './yaml-fields.js';

/** What a parser of one file's body needs. */
export interface FileContext {
  file: string;
  lang: string;
  problems: ProblemList;
  md: CourseMarkdown;
  /** File line of every object built from the file (questions, options, nodes, choices, draw rules). */
  lines: WeakMap<object, number>;
  /** Line of the front matter's id field, for problems about the whole file. */
  idLine: number;
}

type EntryData =
  | { kind: 'lesson'; data: Lesson }
  | { kind: 'scenario'; data: Scenario }
  | { kind: 'quiz'; data: Quiz; /** passMark as written; undefined means the course's. */ explicitPassMark: number | undefined }
  | { kind: 'bank'; data: Bank };

/** One parsed file. `data.moduleId` (items) and a quiz's default passMark are filled in later. */
export type ParsedEntry = EntryData & {
  file: string;
  lang: string;
  id: string;
  idLine: number;
  lines: WeakMap<object, number>;
};

export interface ContentFileInput {
  /** Path relative to the course folder, "/" separators. */
  file: string;
  lang: string;
  /** File text with "\n" line ends and no byte-order mark. */
  text: string;
  sources: ReadonlyMap<string, Source> | undefined;
  problems: ProblemList;
}

/**
 * Parses one content file. Returns undefined when the file cannot be used (no front matter, an
 * unknown type, no valid id); its problems are reported either way.
 */
export function parseContentFile(input: ContentFileInput): ParsedEntry | undefined {
  const { file, lang, problems } = input;
  const split = splitFrontMatter(input.text);
  if (!split.ok) {
    problems.add(split.problem, { file, line: split.line }, {});
    return undefined;
  }
  const block = YamlBlock.parse({ file, text: split.yaml, firstLine: split.yamlFirstLine }, problems);
  if (!block) return undefined;
  const fm = Fields.ofRoot(block, '---', split.yamlFirstLine - 1, problems);

  const typeText = fm.text('type', { required: true, expected: { kind: 'one-of', values: ITEM_TYPES } });
  const type = (ITEM_TYPES as readonly string[]).includes(typeText ?? '') ? (typeText as FileType) : undefined;
  if (typeText !== undefined && !type) problems.add('unknown-item-type', fm.at('type'), { value: typeText });
  const id = fm.id('id', { required: true });
  const title = fm.text('title', { required: true });
  if (!type) return undefined;

  const minutes = type === 'bank' ? 0 : fm.number('minutes', { required: true, min: 0 });
  fm.rejectUnknown(KNOWN_FIELDS[type]);
  const quizSettings = type === 'quiz' ? readQuizSettings(fm) : undefined;
  const affirm = type === 'lesson' ? fm.text('affirm') : undefined;

  const md = new CourseMarkdown({ file, lang, sources: input.sources, problems });
  const tokens = md.lex(split.body, split.bodyFirstLine);
  const lines = new WeakMap<object, number>();
  const ctx: FileContext = { file, lang, problems, md, lines, idLine: fm.valueLine('id') };
  const base = { id: id ?? '', moduleId: '', title: title ?? '', minutes: minutes ?? 0, file };
  const entry = { file, lang, id: id ?? '', idLine: ctx.idLine, lines };

  let parsed: ParsedEntry;
  switch (type) {
    case 'lesson':
      parsed = {
        ...entry,
        kind: 'lesson',
        data: { ...base, kind: 'lesson', html: md.render(tokens), cites: citedSources(tokens), ...(affirm ? { affirm } : {}) },
      };
      break;
    case 'scenario':
      parsed = { ...entry, kind: 'scenario', data: parseScenario(ctx, tokens, base) };
      break;
    case 'quiz':
      parsed = {
        ...entry,
        kind: 'quiz',
        explicitPassMark: quizSettings?.passMark,
        data: {
          ...base,
          kind: 'quiz',
          introHtml: md.render(tokens),
          draw: quizSettings?.draw.map(({ rule, line }) => {
            lines.set(rule, line);
            return rule;
          }) ?? [],
          passMark: quizSettings?.passMark ?? 0,
          attempts: quizSettings?.attempts ?? 0,
          feedback: quizSettings?.feedback ?? 'immediate',
          shuffle: quizSettings?.shuffle ?? true,
          graded: quizSettings?.graded ?? true,
          ...(quizSettings?.role ? { role: quizSettings.role } : {}),
        },
      };
      break;
    case 'bank':
      parsed = { ...entry, kind: 'bank', data: parseBank(ctx, tokens, { id: id ?? '', title: title ?? '', file }) };
      break;
  }
  return id === undefined ? undefined : parsed;
}

interface QuizSettings {
  draw: { rule: DrawRule; line: number }[];
  passMark: number | undefined;
  attempts: number | undefined;
  feedback: Quiz['feedback'] | undefined;
  shuffle: boolean | undefined;
  graded: boolean | undefined;
  role: Quiz['role'] | undefined;
}

function readQuizSettings(fm: Fields): QuizSettings {
  const draw: QuizSettings['draw'] = [];
  for (const ruleFields of fm.listOfMaps('draw', { required: true, nonEmpty: true, example: '- { bank: media-sosial, count: 5 }' }) ?? []) {
    const bank = ruleFields.id('bank', { required: true });
    const count = ruleFields.number('count', { required: true, min: 1, integer: true });
    const tags = ruleFields.textList('tags');
    const excludeTags = ruleFields.textList('excludeTags');
    ruleFields.rejectUnknown(KNOWN_FIELDS.draw);
    if (bank === undefined || count === undefined) continue;
    const rule: DrawRule = { bank, count };
    if (tags && tags.length) rule.tags = tags;
    if (excludeTags && excludeTags.length) rule.excludeTags = excludeTags;
    draw.push({ rule, line: ruleFields.line });
  }
  return {
    draw,
    passMark: fm.number('passMark', { min: 0, max: 100 }),
    attempts: fm.number('attempts', { min: 0, integer: true }),
    feedback: fm.oneOf('feedback', FEEDBACK_MODES),
    shuffle: fm.boolean('shuffle'),
    graded: fm.boolean('graded'),
    role: fm.oneOf('role', QUIZ_ROLES),
  };
}
