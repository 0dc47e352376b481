/**
 * The two YAML files of a course folder: course.yaml (id, version, languages, titles, modules)
 * and sources.yaml (the named sources that content cites).
 */
import { isMap, isSeq, type Node } from 'yaml';
import type { Source } from '../core/course.js';
import type { ProblemList } from './problems.js';
import { ID_PATTERN, KNOWN_FIELDS, LANG_PATTERN, NAVIGATIONS, SOURCE_STATUSES, VERSION_PATTERN } from './schema.js';
import { Fields, valueKind, YamlBlock } from './yaml-fields.js';

export const COURSE_FILE = 'course.yaml';
export const SOURCES_FILE = 'sources.yaml';

export interface ModuleEntry {
  id: string;
  line: number;
  title: Record<string, string> | undefined;
  items: { id: string; line: number; field: string }[];
}

export interface CourseFile {
  id: string | undefined;
  version: string | undefined;
  /** Valid, distinct languages in file order; empty when the field is missing or invalid. */
  languages: string[];
  /** False when `languages` could not be read: language checks on file names are then skipped. */
  languagesKnown: boolean;
  title: Record<string, string> | undefined;
  description: Record<string, string> | undefined;
  descriptionLine: number;
  passMark: number | undefined;
  navigation: 'linear' | 'free';
  modules: ModuleEntry[];
}

/** Reads course.yaml from its text; `undefined` text means the file is missing. */
export function readCourseFile(text: string | undefined, problems: ProblemList): CourseFile | undefined {
  if (text === undefined) {
    problems.add('missing-file', { file: COURSE_FILE, line: 1 }, { name: COURSE_FILE });
    return undefined;
  }
  const block = YamlBlock.parse({ file: COURSE_FILE, text, firstLine: 1 }, problems);
  if (!block) return undefined;
  const f = Fields.ofRoot(block, COURSE_FILE, 1, problems);

  const id = f.id('id', { required: true });
  const version = f.matching('version', VERSION_PATTERN, { kind: 'version' }, { required: true });

  const languages: string[] = [];
  const langEntries = f.textListWithLines('languages', { required: true, nonEmpty: true });
  let languagesKnown = langEntries !== undefined && langEntries.length > 0;
  for (const entry of langEntries ?? []) {
    if (!LANG_PATTERN.test(entry.value)) {
      problems.add('invalid-value', { file: COURSE_FILE, line: entry.line, field: entry.field }, {
        field: entry.field,
        value: entry.value,
        expected: { kind: 'lang' },
      });
      languagesKnown = false;
    } else if (languages.includes(entry.value)) {
      problems.add('duplicate-id', { file: COURSE_FILE, line: entry.line, field: entry.field }, { kind: 'language', id: entry.value, first: '' });
    } else {
      languages.push(entry.value);
    }
  }

  const title = f.perLanguage('title', languages, { required: true });
  const description = f.perLanguage('description', languages);
  const passMark = f.number('passMark', { required: true, min: 0, max: 100 });
  const navigation = f.oneOf('navigation', NAVIGATIONS) ?? 'linear';

  const modules: ModuleEntry[] = [];
  const moduleLines = new Map<string, number>();
  for (const m of f.listOfMaps('modules', { required: true, nonEmpty: true, example: '- { id: media-sosial, title: { … }, items: [ … ] }' }) ?? []) {
    const moduleId = m.id('id', { required: true });
    const moduleTitle = m.perLanguage('title', languages, { required: true });
    const items = m.textListWithLines('items', { required: true, nonEmpty: true }) ?? [];
    m.rejectUnknown(KNOWN_FIELDS.module);
    if (moduleId === undefined) continue;
    const first = moduleLines.get(moduleId);
    if (first !== undefined) {
      problems.add('duplicate-id', { file: COURSE_FILE, line: m.valueLine('id'), field: m.name('id') }, {
        kind: 'module',
        id: moduleId,
        first: `${COURSE_FILE}:${first}`,
      });
      continue;
    }
    moduleLines.set(moduleId, m.valueLine('id'));
    modules.push({ id: moduleId, line: m.line, title: moduleTitle, items: items.map((i) => ({ id: i.value, line: i.line, field: i.field })) });
  }
  f.rejectUnknown(KNOWN_FIELDS.course);

  return {
    id,
    version,
    languages,
    languagesKnown,
    title,
    description,
    descriptionLine: f.valueLine('description'),
    passMark,
    navigation,
    modules,
  };
}

/**
 * Reads sources.yaml from its text. Returns undefined when the list cannot be read at all, so
 * that citations are not all reported as unknown because of one syntax error.
 */
export function readSourcesFile(text: string | undefined, problems: ProblemList): Map<string, Source> | undefined {
  if (text === undefined) {
    problems.add('missing-file', { file: SOURCES_FILE, line: 1 }, { name: SOURCES_FILE });
    return undefined;
  }
  const block = YamlBlock.parse({ file: SOURCES_FILE, text, firstLine: 1 }, problems);
  if (!block) return undefined;
  const root = block.root;
  if (!isSeq(root)) {
    problems.add('wrong-field-type', { file: SOURCES_FILE, line: block.lineOf(root, 1) }, {
      field: SOURCES_FILE,
      expected: { kind: 'list' },
      actual: valueKind(root),
    });
    return undefined;
  }
  const sources = new Map<string, Source>();
  const firstLines = new Map<string, number>();
  root.items.forEach((written, i) => {
    const line = block.lineOf(written as Node, 1);
    const item = block.deref(written);
    if (!isMap(item)) {
      problems.add('wrong-field-type', { file: SOURCES_FILE, line, field: `[${i}]` }, {
        field: `[${i}]`,
        expected: { kind: 'map' },
        actual: valueKind(item),
      });
      return;
    }
    const probe = new Fields(block, item, `[${i}]`, line, problems);
    const id = probe.id('id', { required: true });
    // Name the other fields after the source ("pp-94-2021.status") so they are easy to find.
    const f = new Fields(block, item, id ?? `[${i}]`, line, problems);
    const short = f.text('short', { required: true });
    const title = f.text('title', { required: true });
    const status = f.oneOf('status', SOURCE_STATUSES, { required: true });
    const url = f.matching('url', /^https?:\/\/\S+$/, { kind: 'url' });
    const note = f.text('note');
    f.rejectUnknown(KNOWN_FIELDS.source);
    if (id === undefined || !ID_PATTERN.test(id)) return;
    const first = firstLines.get(id);
    if (first !== undefined) {
      problems.add('duplicate-id', { file: SOURCES_FILE, line: f.valueLine('id'), field: `${id}.id` }, {
        kind: 'source',
        id,
        first: `${SOURCES_FILE}:${first}`,
      });
      return;
    }
    firstLines.set(id, f.valueLine('id'));
    const source: Source = { id, title: title ?? id, short: short ?? id, status: status ?? 'berlaku' };
    if (url !== undefined) source.url = url;
    if (note !== undefined) source.note = note;
    sources.set(id, source);
  });
  return sources;
}
