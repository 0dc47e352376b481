/**
 * Question-bank bodies (`type: bank`): one `## question-id` section per question, each with a
 * ```yaml settings block, the prompt, a list of options and an explanation that cites a source.
 */
import type { Token, Tokens } from 'marked';
import type { Bank, Question, QuestionOption, QuestionType } from '../core/course.js';
import type { FileContext } from './content-file.js';
import { letterId, slugify } from './ids.js';
import { blocks, citedSources, escapeHtml, isYamlBlock, splitSections, type Section } from './markdown.js';
import { ID_PATTERN, KEYWORDS, KNOWN_FIELDS, MIN_OPTIONS, QUESTION_TYPES, type KeywordType } from './schema.js';
import { Fields, YamlBlock } from './yaml-fields.js';

export function parseBank(ctx: FileContext, tokens: Token[], base: Pick<Bank, 'id' | 'title' | 'file'>): Bank {
  const { md, problems, file, lines } = ctx;
  const { before, sections } = splitSections(tokens);
  const stray = blocks(before).find((t) => !(t.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(t.raw)));
  if (stray) problems.add('text-before-first-question', { file, line: md.lineOf(stray) }, {});

  const questions: Record<string, Question> = {};
  const questionIds: string[] = [];
  for (const section of sections) {
    const line = md.lineOf(section.heading);
    if (!ID_PATTERN.test(section.id)) {
      problems.add('invalid-id', { file, line, field: '##' }, { field: '##', value: section.id, suggestion: slugify(section.id) });
      continue;
    }
    const question = parseQuestion(ctx, base.id, section, line);
    if (!question) continue;
    if (questions[question.id]) {
      // Duplicates across banks are found in load-course.ts; this is the same bank.
      problems.add('duplicate-id', { file, line, field: '##' }, { kind: 'question', id: question.id, first: `${file}:${lines.get(questions[question.id]!)}` });
      continue;
    }
    lines.set(question, line);
    questions[question.id] = question;
    questionIds.push(question.id);
  }
  if (sections.length === 0) problems.add('bank-without-questions', { file, line: ctx.idLine }, {});
  return { ...base, questionIds, questions };
}

function parseQuestion(ctx: FileContext, bankId: string, section: Section, line: number): Question | undefined {
  const { md, problems, file } = ctx;
  const question = section.id;
  const content = blocks(section.tokens);
  const settings = content[0];
  if (!isYamlBlock(settings)) {
    problems.add('missing-question-settings', { file, line }, { question });
    return undefined;
  }
  const codeLine = md.lineOf(settings);
  const block = YamlBlock.parse({ file, text: settings.text, firstLine: codeLine + 1 }, problems);
  if (!block) return undefined;
  const fields = Fields.ofRoot(block, '```yaml', codeLine, problems);
  const typeText = fields.text('type', { required: true, expected: { kind: 'one-of', values: QUESTION_TYPES } });
  const type = (QUESTION_TYPES as readonly string[]).includes(typeText ?? '') ? (typeText as QuestionType) : undefined;
  if (typeText !== undefined && !type) problems.add('unknown-question-type', fields.at('type'), { value: typeText, question });
  const weight = fields.number('weight', { above: 0 }) ?? 1;
  const tags = fields.textList('tags') ?? [];
  const shuffleOptions = fields.boolean('shuffle') ?? true;
  fields.rejectUnknown(KNOWN_FIELDS.question);

  const rest = content.slice(1);
  let listIndex = rest.length - 1;
  while (listIndex >= 0 && rest[listIndex]!.type !== 'list') listIndex--;
  // Without a list, trailing blockquotes are still the explanation.
  let explanationStart = listIndex + 1;
  if (listIndex < 0) {
    explanationStart = rest.length;
    while (explanationStart > 0 && rest[explanationStart - 1]!.type === 'blockquote') explanationStart--;
  }
  const prompt = rest.slice(0, listIndex < 0 ? explanationStart : listIndex);
  const list = listIndex < 0 ? undefined : (rest[listIndex] as Tokens.List);
  const explanation = rest.slice(explanationStart);

  if (prompt.length === 0) problems.add('missing-prompt', { file, line }, { question });
  const explanationCites = citedSources(explanation);
  if (explanationCites.length === 0) problems.add('question-without-citation', { file, line }, { question });
  if (!type) return undefined;

  const listLine = list ? md.lineOf(list) : line;
  const parsed = list ? parseOptions(ctx, question, type, list) : undefined;
  if (!list) problems.add('too-few-options', { file, line }, { question, type, count: 0, min: MIN_OPTIONS[type] });
  if (list && parsed?.countable) checkOptions(ctx, question, type, list, parsed, listLine);

  return {
    id: question,
    bankId,
    type,
    promptHtml: md.render(prompt),
    options: parsed?.options ?? [],
    explanationHtml: md.renderUnwrapped(explanation),
    cites: citedSources(section.tokens),
    weight,
    tags,
    shuffleOptions,
  };
}

/** The label tokens (first paragraph, without the task checkbox) and the feedback blocks of an option. */
function splitItem(item: Tokens.ListItem): { label: Token[]; labelRaw: string; feedback: Token[] } {
  const itemBlocks = blocks(item.tokens.filter((t) => t.type !== 'checkbox'));
  const first = itemBlocks[0];
  if (!first || (first.type !== 'text' && first.type !== 'paragraph')) return { label: [], labelRaw: '', feedback: itemBlocks };
  const label = ((first as Tokens.Paragraph).tokens ?? []).filter((t) => t.type !== 'checkbox');
  return { label, labelRaw: label.map((t) => t.raw).join('').trim(), feedback: itemBlocks.slice(1) };
}

interface ParsedOptions {
  options: QuestionOption[];
  /** False when an option lacks its checkbox: the counts would then be meaningless. */
  countable: boolean;
  /** An option is not one of the keywords (reported); "missing keyword" would repeat it. */
  badKeyword: boolean;
}

/** Options by question type; option-level problems are reported here. */
function parseOptions(ctx: FileContext, question: string, type: QuestionType, list: Tokens.List): ParsedOptions {
  const { md, problems, file, lines } = ctx;
  const options: QuestionOption[] = [];
  let countable = true;
  let badKeyword = false;
  const keywords = type === 'truefalse' || type === 'judgement' ? KEYWORDS[type as KeywordType] : undefined;

  list.items.forEach((item, i) => {
    const line = md.lineOf(item);
    const { label, labelRaw, feedback } = splitItem(item);
    const feedbackHtml = md.renderUnwrapped(feedback);
    let option: QuestionOption | undefined;

    if (type === 'ordering' || type === 'matching') {
      if (item.task) problems.add('unexpected-checkbox', { file, line }, { question, type });
      if (type === 'ordering') {
        option = { id: letterId(i), html: md.renderInline(label), correct: false, feedbackHtml };
      } else {
        const arrow = labelRaw.indexOf('=>');
        const left = arrow < 0 ? '' : labelRaw.slice(0, arrow).trim();
        const right = arrow < 0 ? '' : labelRaw.slice(arrow + 2).trim();
        if (!left || !right) {
          problems.add('matching-without-arrow', { file, line }, { question });
        } else {
          option = {
            id: letterId(i),
            html: md.renderInline(md.lexInline(left, line)),
            correct: false,
            feedbackHtml,
            matchHtml: md.renderInline(md.lexInline(right, line)),
          };
        }
      }
    } else if (!item.task) {
      problems.add('option-without-checkbox', { file, line }, { question, type });
      countable = false;
    } else if (keywords) {
      const value = labelRaw;
      if (!(keywords as readonly string[]).includes(value)) {
        problems.add('bad-keyword-option', { file, line }, { question, type, value, keywords, checked: item.checked === true });
        badKeyword = true;
      } else {
        const first = options.find((o) => o.id === value);
        if (first) {
          problems.add('duplicate-id', { file, line }, { kind: 'option', id: value, first: `${file}:${lines.get(first)}` });
        } else {
          option = { id: value, html: escapeHtml(value), correct: item.checked === true, feedbackHtml };
        }
      }
    } else {
      option = { id: letterId(i), html: md.renderInline(label), correct: item.checked === true, feedbackHtml };
    }
    if (option) {
      lines.set(option, line);
      options.push(option);
    }
  });
  return { options, countable, badKeyword };
}

/** Counts: enough options, every keyword, and the right number of correct answers. */
function checkOptions(
  ctx: FileContext,
  question: string,
  type: QuestionType,
  list: Tokens.List,
  { options, badKeyword }: ParsedOptions,
  listLine: number,
): void {
  const { problems, file } = ctx;
  const at = { file, line: listLine };
  if (type === 'ordering' && !list.ordered) problems.add('ordering-not-numbered', at, { question });

  if (type === 'truefalse' || type === 'judgement') {
    const keywords = KEYWORDS[type];
    for (const keyword of badKeyword ? [] : keywords) {
      if (!options.some((o) => o.id === keyword)) problems.add('missing-keyword-option', at, { question, type, keyword, keywords });
    }
  } else if (options.length < MIN_OPTIONS[type]) {
    problems.add('too-few-options', at, { question, type, count: options.length, min: MIN_OPTIONS[type] });
  }

  if (type === 'ordering' || type === 'matching') return;
  // Count the [x] marks as written, including any on an unknown keyword (already reported).
  const correct = list.items.filter((item) => item.task && item.checked).length;
  if (correct === 0) problems.add('no-correct-option', at, { question, type });
  else if (correct > 1 && type !== 'multiple') problems.add('too-many-correct', at, { question, type, count: correct });
}
