/**
 * Loads a course folder: reads course.yaml, sources.yaml and every `<name>.<lang>.md` below the
 * folder, checks everything (collecting all problems, never stopping at the first), and, when
 * there is no problem at all, assembles the BuiltCourse that components render.
 */
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Token } from 'marked';
import type { Bank, BuiltCourse, CourseData, DrawRule, Item, Module, Source } from '../core/course.js';
import { isEligible } from '../core/quiz.js';
import { compareLanguages } from './compare-languages.js';
import { parseContentFile, type ParsedEntry } from './content-file.js';
import { COURSE_FILE, readCourseFile, readSourcesFile, SOURCES_FILE, type CourseFile } from './course-file.js';
import { courseFileText } from './file-text.js';
import { closestId } from './ids.js';
import { CourseMarkdown } from './markdown.js';
import type { MessageLang } from './messages.js';
import { ProblemList, type ContentProblem } from './problems.js';
import { LANG_PATTERN } from './schema.js';

export interface LoadOptions {
  /** Language of the problem messages (default "id"). */
  lang?: MessageLang;
}

export interface LoadResult {
  /** The built course; present only when there are no problems. */
  course?: BuiltCourse;
  /** Every problem found, sorted by file, then line. */
  problems: ContentProblem[];
  /** Absolute paths of the files the course is built from (for watchers). */
  files: string[];
}

/** Folders and files the build never reads. */
function isIgnored(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules' || name.toLowerCase() === 'readme.md';
}

async function listMarkdownFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(join(root, rel), { withFileTypes: true });
  for (const e of entries) {
    if (isIgnored(e.name)) continue;
    const path = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listMarkdownFiles(root, path)));
    // A link named .md is read through (a lesson shared between courses); one that leads
    // nowhere, or to a folder, is reported where it is (readText). Linked folders are not
    // followed: a link back up the tree would list the course forever.
    else if ((e.isFile() || e.isSymbolicLink()) && e.name.toLowerCase().endsWith('.md')) out.push(path);
  }
  return out.sort();
}

/**
 * File text with "\n" line ends and no byte-order mark (see file-text.ts); undefined if missing,
 * null if it cannot be read (reported). Only a regular file is read: a folder, or a named pipe
 * that would wait for a writer forever, is reported instead.
 */
async function readText(root: string, file: string, problems: ProblemList): Promise<string | undefined | null> {
  const path = join(root, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      problems.add('unreadable-file', { file, line: 1 }, { reason: info.isDirectory() ? 'folder' : 'not-a-file' });
      return null;
    }
    return courseFileText(file, await readFile(path), problems);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      if (!(await isLink(path))) return undefined;
      problems.add('unreadable-file', { file, line: 1 }, { reason: 'broken-link' });
      return null;
    }
    problems.add('unreadable-file', { file, line: 1 }, { reason: 'io', detail: code ?? String(err) });
    return null;
  }
}

async function isLink(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isSymbolicLink();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function loadCourse(dir: string, opts: LoadOptions = {}): Promise<LoadResult> {
  const problems = new ProblemList(opts.lang ?? 'id');
  const root = resolve(dir);
  if (!(await isDirectory(root))) {
    problems.add('missing-course-dir', { file: '', line: 1 }, { path: root });
    return { problems: problems.sorted(), files: [] };
  }
  const mdFiles = await listMarkdownFiles(root);
  const files = [COURSE_FILE, SOURCES_FILE, ...mdFiles].map((f) => join(root, f));

  const courseText = await readText(root, COURSE_FILE, problems);
  const course = courseText === null ? undefined : readCourseFile(courseText, problems);
  const sourcesText = await readText(root, SOURCES_FILE, problems);
  const sources = sourcesText === null ? undefined : readSourcesFile(sourcesText, problems);

  // The course description is Markdown too; lex it now so its problems are reported.
  const descriptions = new Map<string, { md: CourseMarkdown; tokens: Token[] }>();
  if (course?.description) {
    for (const [lang, text] of Object.entries(course.description)) {
      const md = new CourseMarkdown({ file: COURSE_FILE, lang, sources, problems });
      descriptions.set(lang, { md, tokens: md.lex(text, course.descriptionLine) });
    }
  }

  const entries: ParsedEntry[] = [];
  for (const file of mdFiles) {
    const lang = fileLanguage(file, course, problems);
    if (lang === undefined) continue;
    const text = await readText(root, file, problems);
    if (typeof text !== 'string') continue;
    const entry = parseContentFile({ file, lang, text, sources, problems });
    if (entry) entries.push(entry);
  }

  // Checks across files skip files that already have problems of their own: a question dropped
  // for an unknown type would otherwise also show up as a language mismatch and a small bank.
  const broken = problems.files();
  const byId = registerEntries(entries, problems);
  const languages = course?.languagesKnown ? course.languages : [...new Set(entries.map((e) => e.lang))];
  checkTranslations(byId, languages, broken, problems);
  if (course && course.modules.length > 0) checkModules(course, byId, !broken.has(COURSE_FILE), problems);
  checkDraws(entries, byId, broken, problems);

  const result: LoadResult = { problems: problems.sorted(), files };
  if (problems.size === 0 && course) {
    const built = assemble(course, sources ?? new Map(), byId, descriptions);
    // Every check passed, so every part must be there; anything else is a bug in the checks.
    if (!built) throw new Error(`course ${course.id ?? '?'} passed every check but could not be assembled`);
    result.course = built;
  }
  return result;
}

/** The language of `<name>.<lang>.md`, or undefined (reported) when it is missing or not a course language. */
function fileLanguage(file: string, course: CourseFile | undefined, problems: ProblemList): string | undefined {
  const m = /^(.*?)(?:\.([^./]+))?\.md$/i.exec(file);
  let stem = m?.[1] ?? file;
  let lang = m?.[2];
  if (lang !== undefined && !LANG_PATTERN.test(lang)) {
    // "why.neutral.md": the last part is not a language, so the name has none.
    stem = `${stem}.${lang}`;
    lang = undefined;
  }
  const languages = course?.languagesKnown ? course.languages : [];
  if (lang !== undefined && (!course?.languagesKnown || languages.includes(lang))) return lang;
  problems.add('unknown-language', { file, line: 1 }, { lang: lang ?? '', languages, suggestion: `${stem}.${languages[0] ?? 'id'}.md` });
  return undefined;
}

type EntriesById = Map<string, Map<string, ParsedEntry>>;

/** Items and banks by id and language; reports duplicate file ids and duplicate question ids across banks. */
function registerEntries(entries: ParsedEntry[], problems: ProblemList): EntriesById {
  const byId: EntriesById = new Map();
  const questionsByLang = new Map<string, Map<string, string>>();
  for (const entry of entries) {
    const perLang = byId.get(entry.id) ?? new Map<string, ParsedEntry>();
    byId.set(entry.id, perLang);
    const first = perLang.get(entry.lang);
    if (first) {
      problems.add('duplicate-id', { file: entry.file, line: entry.idLine, field: 'id' }, {
        kind: 'item',
        id: entry.id,
        first: `${first.file}:${first.idLine}`,
      });
      continue;
    }
    perLang.set(entry.lang, entry);
    if (entry.kind !== 'bank') continue;
    const seen = questionsByLang.get(entry.lang) ?? new Map<string, string>();
    questionsByLang.set(entry.lang, seen);
    for (const qid of entry.data.questionIds) {
      const question = entry.data.questions[qid]!;
      const line = entry.lines.get(question) ?? entry.idLine;
      const firstAt = seen.get(qid);
      if (firstAt) {
        problems.add('duplicate-id', { file: entry.file, line, field: '##' }, { kind: 'question', id: qid, first: firstAt });
      } else {
        seen.set(qid, `${entry.file}:${line}`);
      }
    }
  }
  return byId;
}

/** The version in the first course language that has it (the base for comparisons and messages). */
function representative(perLang: Map<string, ParsedEntry>, languages: string[]): ParsedEntry {
  for (const lang of languages) {
    const e = perLang.get(lang);
    if (e) return e;
  }
  return perLang.values().next().value!;
}

function checkTranslations(byId: EntriesById, languages: string[], broken: Set<string>, problems: ProblemList): void {
  for (const perLang of byId.values()) {
    const base = representative(perLang, languages);
    for (const lang of languages) {
      const other = perLang.get(lang);
      const expectedFile = base.file.replace(/\.[^./]+\.md$/i, `.${lang}.md`);
      // A translation whose file exists but could not be read is reported there already.
      if (!other && broken.has(expectedFile)) continue;
      if (!other) {
        problems.add('missing-translation', { file: base.file, line: base.idLine, field: 'id' }, {
          kind: base.kind,
          id: base.id,
          lang,
          expectedFile,
        });
      } else if (other !== base && !broken.has(base.file) && !broken.has(other.file)) {
        compareLanguages(base, other, problems);
      }
    }
  }
}

/**
 * Module items must exist and be listed once; every lesson, scenario and quiz must be in a module
 * (checked only when course.yaml itself is fine, so a broken module list does not flag every item).
 */
function checkModules(course: CourseFile, byId: EntriesById, courseFileOk: boolean, problems: ProblemList): void {
  const listedIn = new Map<string, string>();
  const itemIds = [...byId].filter(([, perLang]) => [...perLang.values()].some((e) => e.kind !== 'bank')).map(([id]) => id);
  for (const m of course.modules) {
    for (const item of m.items) {
      const at = { file: COURSE_FILE, line: item.line, field: item.field };
      const entry = byId.get(item.id);
      const firstModule = listedIn.get(item.id);
      if (firstModule !== undefined) {
        problems.add('item-listed-twice', at, { id: item.id, firstModule });
      } else if (!entry) {
        problems.add('unknown-module-item', at, { module: m.id, id: item.id, suggestion: closestId(item.id, itemIds) });
      } else if ([...entry.values()].every((e) => e.kind === 'bank')) {
        problems.add('bank-in-module', at, { module: m.id, id: item.id });
      } else {
        listedIn.set(item.id, m.id);
      }
    }
  }
  if (!courseFileOk) return;
  for (const [id, perLang] of byId) {
    const base = representative(perLang, course.languages);
    if (base.kind === 'bank' || listedIn.has(id)) continue;
    problems.add('item-not-in-module', { file: base.file, line: base.idLine, field: 'id' }, { kind: base.kind, id });
  }
}

function checkDraws(entries: ParsedEntry[], byId: EntriesById, broken: Set<string>, problems: ProblemList): void {
  for (const quiz of entries) {
    if (quiz.kind !== 'quiz') continue;
    // Earlier rules on the same bank draw first, and a question is never drawn twice: in the
    // worst case they take min(their count, the overlap) of this rule's eligible questions.
    const earlier: { bank: Bank; ids: Set<string>; count: number }[] = [];
    quiz.data.draw.forEach((rule, i) => {
      const line = quiz.lines.get(rule) ?? quiz.idLine;
      const perLang = byId.get(rule.bank);
      const bank = perLang?.get(quiz.lang);
      if (!bank || bank.kind !== 'bank') {
        // A bank that exists in another language only is reported as a missing translation.
        if ([...(perLang?.values() ?? [])].some((e) => e.kind === 'bank')) return;
        const bankIds = entries.filter((e) => e.kind === 'bank' && e.lang === quiz.lang).map((e) => e.id);
        problems.add('unknown-bank', { file: quiz.file, line, field: `draw[${i}].bank` }, {
          bank: rule.bank,
          suggestion: closestId(rule.bank, bankIds),
        });
        return;
      }
      if (broken.has(bank.file)) return;
      const tags = rule.tags ?? [];
      const ids = eligibleIds(bank.data, rule);
      const taken = earlier
        .filter((e) => e.bank === bank.data)
        .reduce((n, e) => n + Math.min(e.count, [...e.ids].filter((id) => ids.has(id)).length), 0);
      earlier.push({ bank: bank.data, ids, count: rule.count });
      if (rule.count > ids.size - taken) {
        problems.add('bank-too-small', { file: quiz.file, line, field: `draw[${i}].count` }, {
          bank: rule.bank,
          count: rule.count,
          eligible: Math.max(ids.size - taken, 0),
          taken,
          tags,
        });
      }
    });
  }
}

/** Ids of the bank's questions a draw rule may pick. */
function eligibleIds(bank: Bank, rule: DrawRule): Set<string> {
  return new Set(bank.questionIds.filter((id) => isEligible(bank.questions[id]!, rule)));
}

/** The BuiltCourse, from a course that passed every check. */
function assemble(
  course: CourseFile,
  sources: Map<string, Source>,
  byId: EntriesById,
  descriptions: Map<string, { md: CourseMarkdown; tokens: Token[] }>,
): BuiltCourse | undefined {
  const { id, version, title, passMark } = course;
  if (id === undefined || version === undefined || title === undefined || passMark === undefined) return undefined;
  const byLang: Record<string, CourseData> = {};
  for (const lang of course.languages) {
    const items: Record<string, Item> = {};
    const modules: Module[] = [];
    for (const m of course.modules) {
      modules.push({ id: m.id, title: m.title?.[lang] ?? '', itemIds: m.items.map((i) => i.id) });
      for (const { id: itemId } of m.items) {
        const entry = byId.get(itemId)?.get(lang);
        if (!entry || entry.kind === 'bank') return undefined;
        items[itemId] =
          entry.kind === 'quiz'
            ? { ...entry.data, moduleId: m.id, passMark: entry.explicitPassMark ?? passMark }
            : { ...entry.data, moduleId: m.id };
      }
    }
    const banks: Record<string, Bank> = {};
    for (const perLang of byId.values()) {
      const entry = perLang.get(lang);
      if (entry?.kind === 'bank') banks[entry.id] = entry.data;
    }
    const description = descriptions.get(lang);
    byLang[lang] = {
      id,
      version,
      lang,
      title: title[lang] ?? '',
      descriptionHtml: description ? description.md.render(description.tokens) : '',
      passMark,
      navigation: course.navigation,
      minutes: Object.values(items).reduce((sum, item) => sum + item.minutes, 0),
      modules,
      items,
      sources: Object.fromEntries(sources),
      banks,
    };
  }
  return { format: 1, id, version, languages: [...course.languages], byLang };
}
