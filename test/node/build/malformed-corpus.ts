/**
 * A generated corpus of malformed course folders for the robustness test
 * (malformed-corpus.test.ts). Every variant starts from the valid fixture course
 * (test/fixtures/mini-course, held in memory) and changes a few files. The corpus is the same on
 * every run: the only randomness (binary garbage) comes from a seeded generator.
 *
 * Each variant says what the check must conclude: 'valid' (no problem, a course is built),
 * 'invalid' (at least one located problem) or 'either' (a cut that may or may not leave valid
 * content: then problems and a built course must exclude each other). Optional expectations
 * pin it down further: files a problem must name, codes one of which must appear, and exact
 * file:line spots.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../../src/core/random.js';
import type { ProblemCode } from '../../../src/build/messages.js';
import { FIXTURE } from './fixture-course.js';

export type Category =
  | 'truncated'
  | 'unterminated-front-matter'
  | 'wrong-type'
  | 'missing-field'
  | 'duplicate-id'
  | 'missing-reference'
  | 'huge'
  | 'unicode'
  | 'yaml-oddity'
  | 'scenario-graph'
  | 'empty-file'
  | 'not-a-file'
  | 'binary-garbage';

export type FileChange =
  | { path: string; content: string | Uint8Array }
  | { path: string; delete: true }
  /** A folder where a file is expected (it holds one stray file so that it is not empty). */
  | { path: string; folder: true }
  /** A symbolic link to `target` (which may not exist). */
  | { path: string; symlink: string }
  /** A named pipe (POSIX only): reading it would wait for a writer forever. */
  | { path: string; fifo: true };

export interface Variant {
  name: string;
  category: Category;
  changes: FileChange[];
  expect: 'valid' | 'invalid' | 'either';
  /** Files at least one problem must name. */
  mustName?: string[];
  /** At least one problem must have one of these codes. */
  codes?: ProblemCode[];
  /** Problems that must be reported at exactly these spots. */
  at?: { file: string; line: number }[];
  /** The course folder is a path of its own (relative to the variant's temporary folder). */
  courseDir?: string;
  /** Milliseconds the check may take (default: the test's). */
  timeoutMs?: number;
  /** Needs named pipes (skipped on Windows). */
  posixOnly?: boolean;
}

import { B, BE, C, L, LE, Q, QE, S, SE, SRC } from './problem-cases.js';

export { B, BE, C, L, LE, Q, QE, S, SE, SRC };

/** The fixture's files (relative paths, "/" separators) and their bytes. */
export function fixtureFiles(root = FIXTURE): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const e of readdirSync(join(root, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path);
      else files.set(path, readFileSync(join(root, path)));
    }
  };
  walk('');
  return files;
}

/** Lines of a file as an editor counts them: LF, CRLF and a lone CR each end a line. */
export function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) lines++;
    else if (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a) lines++;
  }
  return lines;
}

export function malformedCorpus(base: Map<string, Buffer> = fixtureFiles()): Variant[] {
  const text = (file: string): string => {
    const bytes = base.get(file);
    if (!bytes) throw new Error(`corpus: no fixture file ${file}`);
    return bytes.toString('utf8');
  };
  /** The file with `from` replaced (which must be there: a corpus that no longer applies fails). */
  const edit = (file: string, from: string | RegExp, to: string, ...more: [string | RegExp, string][]): FileChange => {
    let after = text(file);
    for (const [f, t] of [[from, to] as const, ...more]) {
      const before = after;
      after = before.replace(f, t);
      if (after === before) throw new Error(`corpus: ${String(f)} not found in ${file}`);
    }
    return { path: file, content: after };
  };
  const put = (path: string, content: string | Uint8Array): FileChange => ({ path, content });
  const del = (path: string): FileChange => ({ path, delete: true });
  /** A file's front matter (between the --- lines, without them) replaced. */
  const frontMatter = (file: string, yaml: string): FileChange => {
    const t = text(file);
    const end = t.indexOf('\n---\n', 4);
    return put(file, `---\n${yaml}${yaml.endsWith('\n') ? '' : '\n'}---\n${t.slice(end + 5)}`);
  };

  const variants: Variant[] = [];
  const add = (v: Variant): void => {
    const paths = v.changes.map((c) => c.path);
    if (new Set(paths).size !== paths.length) throw new Error(`corpus: ${v.name} changes a file twice`);
    variants.push(v);
  };

  // ---------------------------------------------------------------------------------------
  // Truncated files: cut at every few bytes (a cut may fall inside a multi-byte character).

  for (const [file, step] of [[L, 3], [S, 3], [Q, 3], [B, 3], [LE, 7], [SE, 7], [QE, 7], [BE, 7]] as const) {
    const bytes = base.get(file)!;
    const close = bytes.indexOf('\n---\n', 4) + 4; // just after the closing ---
    for (let cut = 0; cut < close; cut += step) {
      add({
        name: `${file} cut at byte ${cut} (inside the front matter)`,
        category: 'truncated',
        changes: [put(file, bytes.subarray(0, cut))],
        expect: 'invalid',
        mustName: [file],
      });
    }
    for (let cut = close + 1; cut < bytes.length - 1; cut += step === 3 ? 37 : 61) {
      add({ name: `${file} cut at byte ${cut} (inside the body)`, category: 'truncated', changes: [put(file, bytes.subarray(0, cut))], expect: 'either' });
    }
  }
  for (const [file, step] of [[C, 5], [SRC, 7]] as const) {
    const bytes = base.get(file)!;
    const whole = bytes.toString('utf8').trimEnd();
    // In sources.yaml, a cut inside the last source's optional note may leave a valid file.
    const sure = file === SRC ? bytes.lastIndexOf('status: dicabut') : bytes.length;
    for (let cut = 0; cut < bytes.length; cut += step) {
      const part = bytes.subarray(0, cut);
      if (part.toString('utf8').trimEnd() === whole) continue;
      add({
        name: `${file} cut at byte ${cut}`,
        category: 'truncated',
        changes: [put(file, part)],
        expect: cut < sure ? 'invalid' : 'either',
        ...(file === C ? { mustName: [file] } : {}),
      });
    }
  }

  // ---------------------------------------------------------------------------------------
  // Front matter that is not closed, or closed in a way that does not count.

  const unterminated: [string, FileChange, Variant['expect'], ProblemCode?][] = [
    ['closing --- removed (lesson)', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n'), 'invalid', 'unclosed-front-matter'],
    ['closing --- removed (scenario)', edit(S, 'minutes: 3\n---\n', 'minutes: 3\n'), 'invalid', 'unclosed-front-matter'],
    ['closing --- removed (quiz)', edit(Q, 'graded: true\n---\n', 'graded: true\n'), 'invalid', 'unclosed-front-matter'],
    ['closing --- removed (bank)', edit(B, 'title: Media sosial dan aturan disiplin\n---\n', 'title: Media sosial dan aturan disiplin\n'), 'invalid', 'unclosed-front-matter'],
    ['closing ---- (four dashes)', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n----\n'), 'invalid', 'unclosed-front-matter'],
    ['closing --- indented', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n ---\n'), 'invalid', 'unclosed-front-matter'],
    ['closing -- (two dashes)', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n--\n'), 'invalid', 'unclosed-front-matter'],
    ['only the opening ---', put(L, '---\n'), 'invalid', 'unclosed-front-matter'],
    ['only the opening --- without a newline', put(L, '---'), 'invalid', 'unclosed-front-matter'],
    ['opening --- followed by text', edit(L, /^---\n/, '--- yaml\n'), 'invalid', 'missing-front-matter'],
    ['two --- lines and nothing between', put(L, '---\n---\n'), 'invalid', 'missing-field'],
    ['front matter with a third --- (a second YAML document)', edit(L, 'title: Mengapa', '---\ntitle: Mengapa'), 'invalid'],
    ['closing --- with trailing spaces', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n---   \n'), 'valid'],
    ['closing with ... (end of YAML document)', edit(L, 'minutes: 5\n---\n', 'minutes: 5\n...\n'), 'valid'],
    ['blank lines before the opening ---', edit(L, /^---\n/, '\n\n---\n'), 'valid'],
    ['a --- line in the body (a horizontal rule)', edit(L, 'Dugaan pelanggaran', '---\n\nDugaan pelanggaran'), 'valid'],
    ['course.yaml starting with a --- document marker', edit(C, /^id:/, '---\nid:'), 'valid'],
    ['course.yaml with two YAML documents', edit(C, 'passMark: 80', '---\npassMark: 80'), 'invalid', 'yaml-syntax'],
  ];
  for (const [name, change, expect, code] of unterminated) {
    add({ name, category: 'unterminated-front-matter', changes: [change], expect, ...(expect === 'invalid' ? { mustName: [change.path] } : {}), ...(code ? { codes: [code] } : {}) });
  }

  // ---------------------------------------------------------------------------------------
  // Wrong YAML types for every field: each field gets values of kinds it does not accept.

  type Kind = 'text' | 'id' | 'number' | 'boolean' | 'one-of' | 'list' | 'map-per-language' | 'version' | 'list-of-maps' | 'url';
  const WRONG: Record<Kind, string[]> = {
    text: ['[a, b]', '{ a: 1 }', '42', 'true'],
    id: ['[a, b]', '{ a: 1 }', 'Bukan Id', '"ada spasi"', '42'],
    number: ['lima', '[1]', '{ a: 1 }', 'true', '.nan', '.inf'],
    boolean: ['ya', '1', '[true]', '{ a: 1 }'],
    'one-of': ['42', '[lesson]', '{ a: 1 }', 'lainnya'],
    list: ['teks', '42', '{ a: 1 }'],
    'map-per-language': ['teks', '42', '[a, b]'],
    version: ['1', '1.0', '[1, 0, 0]', 'versi-satu'],
    'list-of-maps': ['teks', '42', '{ a: 1 }', '[teks, 42]'],
    url: ['42', '[a]', 'bukan-url', 'javascript:alert(1)'],
  };
  /** Values of another kind that the field accepts as text ("title: 42" is the text "42"). */
  const ACCEPTED_AS_TEXT = ['42', 'true'];
  const fields: [string, string, string, Kind, { accepts?: string[] }?][] = [
    // [file, label, the text `key: value` as written, kind]
    [C, 'id', 'id: mini-netral', 'id', { accepts: ['42'] }],
    [C, 'version', 'version: 1.0.0', 'version'],
    [C, 'languages', 'languages: [id, en]', 'list'],
    [C, 'title', 'title:\n  id: Netralitas ASN (kursus mini)\n  en: ASN Neutrality (mini course)', 'map-per-language'],
    [C, 'title.id', '  id: Netralitas ASN (kursus mini)', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [C, 'description', 'description:\n  id: Kursus singkat tentang netralitas ASN di media sosial. [@skb-2022]\n  en: A short course on ASN neutrality on social media. [@skb-2022]', 'map-per-language'],
    [C, 'passMark', 'passMark: 80', 'number'],
    [C, 'navigation', 'navigation: linear', 'one-of'],
    [C, 'modules', "modules:\n  - id: media-sosial\n    title: { id: Media sosial, en: Social media }\n    items: [mengapa-netral, unggahan-calon, kuis-akhir]", 'list-of-maps'],
    [C, 'modules[0].id', '  - id: media-sosial', 'id', { accepts: ['42'] }],
    [C, 'modules[0].title', '    title: { id: Media sosial, en: Social media }', 'map-per-language'],
    [C, 'modules[0].title.en', 'en: Social media }', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [C, 'modules[0].items', '    items: [mengapa-netral, unggahan-calon, kuis-akhir]', 'list'],
    [SRC, '[0].id', '- id: skb-2022', 'id'],
    [SRC, '[0].short', '  short: SKB 2022', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [SRC, '[1].title', '  title: Peraturan Pemerintah Nomor 94 Tahun 2021 tentang Disiplin Pegawai Negeri Sipil', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [SRC, '[0].status', '  status: berlaku', 'one-of'],
    [SRC, '[1].note', '  note: Menggantikan PP 53/2010.', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [SRC, '[1].url (added)', '  note: Menggantikan PP 53/2010.', 'url'],
    [L, 'type', 'type: lesson', 'one-of'],
    [L, 'id', 'id: mengapa-netral', 'id'],
    [L, 'title', 'title: Mengapa ASN harus netral', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [L, 'minutes', 'minutes: 5', 'number'],
    [L, 'affirm (added)', 'minutes: 5', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [S, 'type', 'type: scenario', 'one-of'],
    [S, 'id', 'id: unggahan-calon', 'id'],
    [S, 'title', 'title: Unggahan calon bupati', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [S, 'minutes', 'minutes: 3', 'number'],
    [S, 'ending', 'ending: bad', 'one-of'],
    [S, 'score', 'score: 2', 'number'],
    [Q, 'type', 'type: quiz', 'one-of'],
    [Q, 'id', 'id: kuis-akhir', 'id'],
    [Q, 'title', 'title: Kuis akhir', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [Q, 'minutes', 'minutes: 10', 'number'],
    [Q, 'draw', 'draw:\n  - { bank: media-sosial, count: 3, tags: [media-sosial] }\n  - { bank: media-sosial, count: 3, tags: [aturan] }', 'list-of-maps'],
    [Q, 'draw[0]', '  - { bank: media-sosial, count: 3, tags: [media-sosial] }', 'list-of-maps'],
    [Q, 'draw[0].bank', 'bank: media-sosial, count: 3, tags: [media-sosial]', 'id'],
    [Q, 'draw[0].count', 'count: 3, tags: [media-sosial]', 'number'],
    [Q, 'draw[0].tags', 'tags: [media-sosial] }', 'list'],
    [Q, 'draw[1].excludeTags (added)', 'tags: [aturan] }', 'list'],
    [Q, 'passMark', 'passMark: 70', 'number'],
    [Q, 'attempts', 'attempts: 3', 'number'],
    [Q, 'feedback', 'feedback: immediate', 'one-of'],
    [Q, 'shuffle', 'shuffle: true', 'boolean'],
    [Q, 'graded', 'graded: true', 'boolean'],
    [Q, 'role (added)', 'graded: true', 'one-of'],
    [B, 'type', 'type: bank', 'one-of'],
    [B, 'id', 'id: media-sosial', 'id'],
    [B, 'title', 'title: Media sosial dan aturan disiplin', 'text', { accepts: ACCEPTED_AS_TEXT }],
    [B, 'question type', 'type: single', 'one-of'],
    [B, 'question weight', 'weight: 2', 'number'],
    [B, 'question tags', 'tags: [media-sosial]\n```\nApa', 'list'],
    [B, 'question shuffle', 'shuffle: false', 'boolean'],
  ];
  for (const [file, label, written, kind, opts] of fields) {
    for (const value of WRONG[kind]) {
      const accepted = opts?.accepts?.includes(value) ?? false;
      let replaced: string;
      if (label.endsWith('(added)')) {
        // An optional field the fixture does not use: add it after `written`.
        const key = /^(?:\[\d+\]\.|draw\[\d+\]\.)?(\w+)/.exec(label)![1]!;
        replaced = written.endsWith('}') ? written.replace(/ }$/, `, ${key}: ${value} }`) : `${written}\n${written.startsWith('  ') ? '  ' : ''}${key}: ${value}`;
      } else if (written.includes('\n') && !written.startsWith('tags')) {
        // A whole block (title:, modules:, draw:) becomes one line of the wrong kind.
        replaced = `${written.slice(0, written.indexOf(':') + 1)} ${value}`;
      } else if (kind === 'list-of-maps' && written.trimStart().startsWith('- ')) {
        // One entry of a list of maps becomes a scalar or a list.
        replaced = `${written.slice(0, written.indexOf('- ') + 2)}${value}`;
      } else {
        const colon = written.indexOf(': ');
        const rest = written.slice(colon + 2);
        const valueEnd = rest.search(/, \w+:| }|\n/);
        replaced = written.slice(0, colon + 2) + value + (valueEnd < 0 ? '' : rest.slice(valueEnd));
      }
      add({
        name: `${file} ${label}: ${value} (${kind} expected)`,
        category: 'wrong-type',
        changes: [edit(file, written, replaced)],
        expect: accepted ? 'valid' : 'invalid',
        // A source id "42" is a valid id: the problems are then the citations of the old one.
        ...(accepted || (file === SRC && value === '42') ? {} : { mustName: [file] }),
      });
    }
  }
  const roots: [string, FileChange][] = [
    ['lesson front matter is a list', frontMatter(L, '- type\n- lesson')],
    ['lesson front matter is plain text', frontMatter(L, 'Mengapa ASN harus netral')],
    ['lesson front matter is a number', frontMatter(L, '42')],
    ['course.yaml is a list', put(C, '- id: mini-netral\n- version: 1.0.0\n')],
    ['course.yaml is plain text', put(C, 'Kursus netralitas\n')],
    ['sources.yaml is a map', put(SRC, 'skb-2022:\n  short: SKB 2022\n')],
    ['sources.yaml is plain text', put(SRC, 'SKB 2022\n')],
    ['sources.yaml is a list of texts', put(SRC, '- skb-2022\n- pp-94-2021\n')],
    ['question settings are a list', edit(B, '```yaml\ntype: single\ntags: [media-sosial]\n```', '```yaml\n- single\n```')],
    ['ending settings are plain text', edit(S, '```yaml\nending: bad\nscore: 0\n```', '```yaml\nbad\n```')],
  ];
  for (const [name, change] of roots) add({ name, category: 'wrong-type', changes: [change], expect: 'invalid', mustName: [change.path], codes: ['wrong-field-type', 'missing-field'] });

  // ---------------------------------------------------------------------------------------
  // Missing required fields, empty values and missing files.

  const missing: [string, FileChange, ProblemCode[]][] = [
    ['course id', edit(C, 'id: mini-netral\n', ''), ['missing-field']],
    ['course version', edit(C, 'version: 1.0.0\n', ''), ['missing-field']],
    ['course languages', edit(C, 'languages: [id, en]\n', ''), ['missing-field']],
    ['course title', edit(C, 'title:\n  id: Netralitas ASN (kursus mini)\n  en: ASN Neutrality (mini course)\n', ''), ['missing-field']],
    ['course title in English', edit(C, '  en: ASN Neutrality (mini course)\n', ''), ['missing-field']],
    ['course passMark', edit(C, 'passMark: 80\n', ''), ['missing-field']],
    ['course modules', edit(C, /modules:[\s\S]*$/, ''), ['missing-field']],
    ['module id', edit(C, '  - id: media-sosial\n    title:', '  - title:'), ['missing-field']],
    ['module title', edit(C, '    title: { id: Media sosial, en: Social media }\n', ''), ['missing-field']],
    ['module items', edit(C, '    items: [mengapa-netral, unggahan-calon, kuis-akhir]\n', ''), ['missing-field']],
    ['module items empty', edit(C, '[mengapa-netral, unggahan-calon, kuis-akhir]', '[]'), ['invalid-value']],
    ['source short', edit(SRC, '  short: SKB 2022\n', ''), ['missing-field']],
    ['source title', edit(SRC, /  title: Keputusan[^\n]*\n/, ''), ['missing-field']],
    ['source status', edit(SRC, '  status: berlaku\n  note', '  note'), ['missing-field']],
    ['source id', edit(SRC, '- id: skb-2022\n  short', '- short'), ['missing-field']],
    ['lesson type', edit(L, 'type: lesson\n', ''), ['missing-field']],
    ['lesson id', edit(L, 'id: mengapa-netral\n', ''), ['missing-field']],
    ['lesson title', edit(L, 'title: Mengapa ASN harus netral\n', ''), ['missing-field']],
    ['lesson minutes', edit(L, 'minutes: 5\n', ''), ['missing-field']],
    ['lesson title empty', edit(L, 'title: Mengapa ASN harus netral', 'title:'), ['missing-field']],
    ['lesson id empty quotes', edit(L, 'id: mengapa-netral', 'id: ""'), ['missing-field']],
    ['lesson minutes null', edit(L, 'minutes: 5', 'minutes: ~'), ['missing-field']],
    ['scenario minutes', edit(S, 'minutes: 3\n', ''), ['missing-field']],
    ['scenario ending outcome', edit(S, 'ending: bad\n', ''), ['missing-field']],
    ['quiz draw', edit(Q, /draw:\n(?: {2}- .*\n)+/, ''), ['missing-field']],
    ['quiz draw empty', edit(Q, /draw:\n(?: {2}- .*\n)+/, 'draw: []\n'), ['invalid-value']],
    ['draw bank', edit(Q, '{ bank: media-sosial, count: 3, tags: [media-sosial] }', '{ count: 3, tags: [media-sosial] }'), ['missing-field']],
    ['draw count', edit(Q, '{ bank: media-sosial, count: 3, tags: [media-sosial] }', '{ bank: media-sosial, tags: [media-sosial] }'), ['missing-field']],
    ['bank title', edit(B, 'title: Media sosial dan aturan disiplin\n', ''), ['missing-field']],
    ['question type', edit(B, '```yaml\ntype: single\n', '```yaml\n'), ['missing-field']],
    ['question settings block', edit(B, '```yaml\ntype: single\ntags: [media-sosial]\n```\n', ''), ['missing-question-settings']],
    ['question explanation', edit(B, '\n> Memberi "suka", berkomentar dan membagikan unggahan bakal calon dilarang. [@skb-2022, Lampiran II E4]\n', ''), ['question-without-citation']],
    ['question prompt', edit(B, 'Apa yang sebaiknya dilakukan ASN saat melihat unggahan kampanye calon di media sosial?\n', ''), ['missing-prompt']],
    ['question options', edit(B, /- \[ \] Memberi "suka" agar[\s\S]*?- \[ \] Membagikannya ke grup kantor\n/, ''), ['too-few-options']],
  ];
  for (const [name, change, codes] of missing) add({ name: `missing ${name}`, category: 'missing-field', changes: [change], expect: 'invalid', mustName: [change.path], codes });
  add({ name: 'course.yaml deleted', category: 'missing-field', changes: [del(C)], expect: 'invalid', mustName: [C], codes: ['missing-file'] });
  add({ name: 'sources.yaml deleted', category: 'missing-field', changes: [del(SRC)], expect: 'invalid', mustName: [SRC], codes: ['missing-file'] });
  add({ name: 'English lesson deleted', category: 'missing-field', changes: [del(LE)], expect: 'invalid', mustName: [L], codes: ['missing-translation'] });
  add({ name: 'both lessons deleted', category: 'missing-field', changes: [del(L), del(LE)], expect: 'invalid', mustName: [C], codes: ['unknown-module-item'] });
  add({ name: 'every content file deleted', category: 'missing-field', changes: [L, LE, S, SE, Q, QE, B, BE].map(del), expect: 'invalid', mustName: [C], codes: ['unknown-module-item'] });

  // ---------------------------------------------------------------------------------------
  // Duplicate ids.

  const extraBank = (lang: string, question: string) =>
    `---\ntype: bank\nid: bank-lain\ntitle: Bank lain (${lang})\n---\n## ${question}\n\`\`\`yaml\ntype: truefalse\n\`\`\`\nPP 94/2021 berlaku.\n\n- [x] benar\n- [ ] salah\n\n> [@pp-94-2021]\n`;
  const duplicates: [string, FileChange[], ProblemCode, string][] = [
    ['two lesson files with one id', [put('lessons/salinan.id.md', text(L)), put('lessons/salinan.en.md', text(LE))], 'duplicate-id', 'lessons/salinan.id.md'],
    ['a question id twice in one bank', [edit(B, '## bentuk-dukungan', '## sikap-unggahan'), edit(BE, '## bentuk-dukungan', '## sikap-unggahan')], 'duplicate-id', B],
    // banks/lain.id.md is read first, so the question in media-sosial is the second one.
    ['a question id in two banks', [put('banks/lain.id.md', extraBank('id', 'pp-lama')), put('banks/lain.en.md', extraBank('en', 'pp-lama'))], 'duplicate-id', B],
    ['a scenario node twice', [edit(S, '## aman', '## suka'), edit(SE, '## aman', '## suka')], 'duplicate-id', S],
    ['a module id twice', [edit(C, /$/, '  - id: media-sosial\n    title: { id: Lagi, en: Again }\n    items: [kuis-akhir]\n')], 'duplicate-id', C],
    ['a source id twice', [edit(SRC, /$/, '- id: skb-2022\n  short: SKB\n  title: Lagi\n  status: berlaku\n')], 'duplicate-id', SRC],
    ['a language twice', [edit(C, 'languages: [id, en]', 'languages: [id, en, id]')], 'duplicate-id', C],
    ['a keyword option twice', [edit(B, '- [ ] benar\n- [x] salah', '- [ ] benar\n- [ ] benar\n- [x] salah')], 'duplicate-id', B],
    ['a front-matter key twice', [edit(L, 'minutes: 5', 'minutes: 5\ntitle: Lagi')], 'yaml-syntax', L],
    ['a module item listed twice', [edit(C, 'items: [mengapa-netral, unggahan-calon, kuis-akhir]', 'items: [mengapa-netral, unggahan-calon, kuis-akhir, mengapa-netral]')], 'item-listed-twice', C],
    ['a lesson with the id of a bank', [edit(L, 'id: mengapa-netral', 'id: media-sosial'), edit(LE, 'id: mengapa-netral', 'id: media-sosial'), edit(C, '[mengapa-netral,', '[media-sosial,')], 'duplicate-id', L],
    ['a scenario with the id of the lesson', [edit(S, 'id: unggahan-calon', 'id: mengapa-netral'), edit(SE, 'id: unggahan-calon', 'id: mengapa-netral')], 'duplicate-id', S],
  ];
  for (const [name, changes, code, file] of duplicates) add({ name, category: 'duplicate-id', changes, expect: 'invalid', mustName: [file], codes: [code] });

  // ---------------------------------------------------------------------------------------
  // References to ids, sources and banks that do not exist.

  const references: [string, FileChange[], Variant['expect'], ProblemCode?, string?][] = [
    ['a module item that does not exist', [edit(C, 'kuis-akhir]', 'kuis-akhr]')], 'invalid', 'unknown-module-item', C],
    ['a module listing a bank', [edit(C, 'kuis-akhir]', 'kuis-akhir, media-sosial]')], 'invalid', 'bank-in-module', C],
    ['a draw from a bank that does not exist', [edit(Q, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: medsos, count: 3, tags: [aturan]'), edit(QE, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: medsos, count: 3, tags: [aturan]')], 'invalid', 'unknown-bank', Q],
    ['a draw from a bank that exists only in English', [put('banks/lain.en.md', extraBank('en', 'soal-lain')), edit(Q, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: bank-lain, count: 1'), edit(QE, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: bank-lain, count: 1')], 'invalid', 'missing-translation', 'banks/lain.en.md'],
    ['excludeTags in one language only', [edit(Q, 'tags: [aturan]', 'tags: [aturan], excludeTags: [media-sosial]')], 'invalid', 'structure-mismatch', QE],
    ['a draw with tags no question has', [edit(Q, 'tags: [aturan]', 'tags: [tidak-ada]'), edit(QE, 'tags: [aturan]', 'tags: [tidak-ada]')], 'invalid', 'bank-too-small', Q],
    ['a draw of more questions than the bank has', [edit(Q, 'count: 3, tags: [aturan]', 'count: 99999999999999999999, tags: [aturan]'), edit(QE, 'count: 3, tags: [aturan]', 'count: 99999999999999999999, tags: [aturan]')], 'invalid', 'bank-too-small', Q],
    ['excludeTags no question has (harmless)', [edit(Q, 'tags: [aturan]', 'tags: [aturan], excludeTags: [tidak-ada]'), edit(QE, 'tags: [aturan]', 'tags: [aturan], excludeTags: [tidak-ada]')], 'valid'],
    ['a citation of a source that does not exist', [edit(L, '[@skb-2022]', '[@skb-2023]')], 'invalid', 'unknown-source', L],
    ['a citation with an empty id', [edit(L, '[@skb-2022]', '[@ , Pasal 1]')], 'valid'],
    ['a citation of a very long id', [edit(L, '[@skb-2022]', `[@${'x'.repeat(5000)}]`)], 'invalid', 'unknown-source', L],
    ['a repealed source cited as current', [edit(L, '[@pp-53-2010 !historis]', '[@pp-53-2010]')], 'invalid', 'repealed-source-cited', L],
    ['a citation in course.yaml of a missing source', [edit(C, 'media sosial. [@skb-2022]', 'media sosial. [@skb-2099]')], 'invalid', 'unknown-source', C],
    ['a choice leading to a missing node', [edit(S, '-> aman', '-> amann'), edit(SE, '-> aman', '-> amann')], 'invalid', 'unknown-branch-target', S],
  ];
  for (const [name, changes, expect, code, file] of references) {
    add({ name, category: 'missing-reference', changes, expect, ...(code ? { codes: [code] } : {}), ...(file ? { mustName: [file] } : {}) });
  }

  // ---------------------------------------------------------------------------------------
  // Scenario graphs. Both languages get the same graph, so only the graph is at fault.

  type Graph = [node: string, targets: string[] | 'good' | 'bad'][];
  const scenario = (lang: string, graph: Graph): string => {
    let out = `---\ntype: scenario\nid: unggahan-calon\ntitle: Grafik (${lang})\nminutes: 1\n---\nPengantar.\n`;
    for (const [node, targets] of graph) {
      out += `\n## ${node}\n`;
      if (typeof targets === 'string') out += `\`\`\`yaml\nending: ${targets}\n\`\`\`\nAkhir ${node}. [@skb-2022]\n`;
      else out += `Simpul ${node}.\n\n${targets.map((t) => `- Ke ${t} -> ${t}\n`).join('')}`;
    }
    return out;
  };
  const graphs: [string, Graph, Variant['expect'], ProblemCode?][] = [
    ['a diamond (two paths into one node)', [['a', ['b', 'c']], ['b', ['d']], ['c', ['d']], ['d', ['e', 'f']], ['e', 'good'], ['f', 'bad']], 'valid'],
    ['a loop of two nodes with no way out', [['a', ['b']], ['b', ['a']], ['c', 'good']], 'invalid', 'scenario-cycle'],
    ['a retry loop that can still reach an ending', [['a', ['b', 'c']], ['b', ['a', 'c']], ['c', 'good']], 'invalid', 'scenario-cycle'],
    ['a self-loop', [['a', ['a', 'b']], ['b', 'good']], 'invalid', 'scenario-cycle'],
    ['a self-loop with no way out', [['a', ['a']], ['b', 'good']], 'invalid', 'scenario-cycle'],
    ['a loop between two later nodes', [['a', ['b']], ['b', ['c']], ['c', ['b', 'd']], ['d', 'bad']], 'invalid', 'scenario-cycle'],
    ['a node that cannot be reached', [['a', ['b']], ['b', 'good'], ['c', 'bad']], 'invalid', 'unreachable-node'],
    ['an unreachable loop', [['a', ['b']], ['b', 'good'], ['c', ['d']], ['d', ['c']]], 'invalid', 'unreachable-node'],
    ['no ending at all', [['a', ['b']], ['b', ['a']]], 'invalid', 'no-ending'],
    ['a dead end that is not an ending', [['a', ['b', 'c']], ['b', []], ['c', 'good']], 'invalid', 'node-without-choices'],
    ['every choice leads nowhere', [['a', ['x', 'y']], ['b', 'good']], 'invalid', 'unknown-branch-target'],
    ['a single ending node', [['a', 'good']], 'valid'],
  ];
  for (const [name, graph, expect, code] of graphs) {
    add({ name, category: 'scenario-graph', changes: [put(S, scenario('id', graph)), put(SE, scenario('en', graph))], expect, ...(code ? { codes: [code], mustName: [S] } : {}) });
  }
  const lattice: Graph = [['mulai', ['n0-a', 'n0-b']]];
  for (let level = 0; level < 24; level++) lattice.push([`n${level}-a`, [`n${level + 1}-a`, `n${level + 1}-b`]], [`n${level}-b`, [`n${level + 1}-a`, `n${level + 1}-b`]]);
  lattice.push(['n24-a', 'good'], ['n24-b', 'bad']);
  add({ name: 'a lattice of 24 levels (16 million paths)', category: 'scenario-graph', changes: [put(S, scenario('id', lattice)), put(SE, scenario('en', lattice))], expect: 'valid' });
  const graphEdits: [string, FileChange[], ProblemCode][] = [
    ['an ending that also has choices', [edit(S, /$/, '\n- Lagi -> mulai\n')], 'ending-with-choices'],
    ['a choice without an arrow', [edit(S, 'tanpa bereaksi -> aman', 'tanpa bereaksi')], 'choice-without-arrow'],
    ['a node id that is not an id', [edit(S, '## suka', '## Suka_Sekali', ['-> suka', '-> Suka_Sekali'])], 'invalid-id'],
    ['a scenario without nodes', [edit(S, /## mulai[\s\S]*$/, '')], 'scenario-without-nodes'],
  ];
  for (const [name, changes, code] of graphEdits) add({ name, category: 'scenario-graph', changes, expect: 'invalid', codes: [code], mustName: [S] });

  // ---------------------------------------------------------------------------------------
  // Huge files (few: each takes a while).

  const lessonHead = text(L).slice(0, text(L).indexOf('\n---\n', 4) + 5);
  const paragraph = 'ASN tetap punya hak pilih, tetapi dilarang memberi dukungan kepada calon di media sosial. [@skb-2022, Lampiran II E4]\n\n';
  const fiveMb = lessonHead + paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length)) + '<div>HTML mentah</div>\n';
  add({
    name: 'a 5 MB lesson with raw HTML on its last line',
    category: 'huge',
    changes: [put(L, fiveMb)],
    expect: 'invalid',
    codes: ['raw-html'],
    at: [{ file: L, line: fiveMb.split('\n').length - 1 }],
    timeoutMs: 60_000,
  });
  const hundredK = lessonHead + Array.from({ length: 100_000 }, (_, i) => `Baris ${i + 1} [@skb-2022].`).join('\n') + '\n';
  add({ name: 'a lesson of 100,000 lines', category: 'huge', changes: [put(L, hundredK)], expect: 'valid', timeoutMs: 60_000 });
  add({
    name: 'a lesson of 100,000 lines with an unknown source on the last',
    category: 'huge',
    changes: [put(L, `${hundredK}Akhir [@tidak-ada].\n`)],
    expect: 'invalid',
    at: [{ file: L, line: hundredK.split('\n').length }],
    timeoutMs: 60_000,
  });
  const manyOptions = (lang: string) =>
    text(lang === 'id' ? B : BE) +
    `\n## banyak-pilihan\n\`\`\`yaml\ntype: single\n\`\`\`\nPilih satu.\n\n${Array.from({ length: 10_000 }, (_, i) => `- [${i === 0 ? 'x' : ' '}] Pilihan ${i + 1}\n`).join('')}\n> Penjelasan. [@skb-2022]\n`;
  add({ name: 'a question with 10,000 options', category: 'huge', changes: [put(B, manyOptions('id')), put(BE, manyOptions('en'))], expect: 'valid', timeoutMs: 60_000 });
  add({
    name: 'a question with 10,000 options in one language and 9,999 in the other',
    category: 'huge',
    changes: [put(B, manyOptions('id')), put(BE, manyOptions('en').replace('- [ ] Pilihan 10000\n', ''))],
    expect: 'invalid',
    codes: ['structure-mismatch'],
    timeoutMs: 60_000,
  });
  const chain = (n: number, back: boolean): Graph => [
    ...Array.from({ length: n }, (_, i): Graph[number] => [`n${i}`, back && i === n - 1 ? [`n${i + 1}`, 'n0'] : [`n${i + 1}`]]),
    [`n${n}`, 'good'],
  ];
  add({ name: 'a scenario chain of 10,000 nodes', category: 'huge', changes: [put(S, scenario('id', chain(10_000, false))), put(SE, scenario('en', chain(10_000, false)))], expect: 'valid', timeoutMs: 60_000 });
  const allBack: Graph = [...Array.from({ length: 3_000 }, (_, i): Graph[number] => [`n${i}`, [`n${i + 1}`, 'n0']]), ['n3000', 'good']];
  add({
    name: 'a scenario chain of 3,000 nodes, each with a choice back to the start',
    category: 'huge',
    changes: [put(S, scenario('id', allBack)), put(SE, scenario('en', allBack))],
    expect: 'invalid',
    codes: ['scenario-cycle'],
    timeoutMs: 60_000,
  });
  add({
    name: 'a scenario chain of 10,000 nodes whose last choice goes back to the start',
    category: 'huge',
    changes: [put(S, scenario('id', chain(10_000, true))), put(SE, scenario('en', chain(10_000, true)))],
    expect: 'invalid',
    codes: ['scenario-cycle'],
    timeoutMs: 60_000,
  });
  const misspelt: Graph = [...Array.from({ length: 3_000 }, (_, i): Graph[number] => [`n${i}`, [`m${i + 1}`]]), ['akhir', 'good']];
  add({ name: '3,000 choices leading to misspelt nodes', category: 'huge', changes: [put(S, scenario('id', misspelt))], expect: 'invalid', codes: ['unknown-branch-target'], mustName: [S], timeoutMs: 60_000 });
  add({ name: 'quotes nested 10,000 deep', category: 'huge', changes: [put(L, `${lessonHead}${'>'.repeat(10_000)} dalam\n`)], expect: 'invalid', mustName: [L], at: [{ file: L, line: 7 }] });
  add({ name: 'list items nested 3,000 deep on one line', category: 'huge', changes: [put(L, `${lessonHead}Teks.\n\n${'- '.repeat(3_000)}dalam\n`)], expect: 'invalid', mustName: [L], at: [{ file: L, line: 9 }] });
  add({
    name: 'list items nested 1,000 deep by indentation',
    category: 'huge',
    changes: [put(L, lessonHead + Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i * 2)}- butir ${i}`).join('\n') + '\n')],
    expect: 'invalid',
    mustName: [L],
    timeoutMs: 30_000,
  });
  add({ name: '50,000 opening brackets on one line', category: 'huge', changes: [put(L, `${lessonHead}${'['.repeat(50_000)}\n`)], expect: 'valid', timeoutMs: 30_000 });
  add({ name: '20,000 citation starts on one line', category: 'huge', changes: [put(L, `${lessonHead}${'[@'.repeat(20_000)}\n`)], expect: 'either', timeoutMs: 30_000 });
  add({ name: 'YAML flow lists nested 5,000 deep', category: 'huge', changes: [edit(L, 'minutes: 5', `minutes: ${'['.repeat(5_000)}${']'.repeat(5_000)}`)], expect: 'invalid', codes: ['yaml-syntax'], at: [{ file: L, line: 5 }] });
  add({ name: 'an id of 100,000 characters', category: 'huge', changes: [edit(L, 'id: mengapa-netral', `id: ${'Ab'.repeat(50_000)}`)], expect: 'invalid', codes: ['invalid-id'], at: [{ file: L, line: 3 }] });
  add({ name: 'a field name of 5,000 characters', category: 'huge', changes: [edit(L, 'minutes: 5', `minutes: 5\n${'k'.repeat(5_000)}: 1`)], expect: 'invalid', mustName: [L] });
  const manyTags = Array.from({ length: 10_000 }, (_, i) => `t${i}`).join(', ');
  add({
    name: 'a question with 10,000 tags',
    category: 'huge',
    changes: [edit(B, 'tags: [media-sosial]\n```\nApa', `tags: [media-sosial, ${manyTags}]\n\`\`\`\nApa`), edit(BE, 'tags: [media-sosial]\n```\nWhat', `tags: [media-sosial, ${manyTags}]\n\`\`\`\nWhat`)],
    expect: 'valid',
    timeoutMs: 30_000,
  });
  add({ name: '2,000 modules of unknown items', category: 'huge', changes: [edit(C, /$/, Array.from({ length: 2_000 }, (_, i) => `  - id: m${i}\n    title: { id: M, en: M }\n    items: [butir-${i}]\n`).join(''))], expect: 'invalid', codes: ['unknown-module-item'], mustName: [C], timeoutMs: 30_000 });

  // ---------------------------------------------------------------------------------------
  // Unicode and line endings.

  const BOM = '\uFEFF';
  const bytes = (...parts: (string | number[])[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
  const lessonLines = text(L).split('\n');
  const lineOf = (file: string, needle: string): number => text(file).slice(0, text(file).indexOf(needle)).split('\n').length;
  const unicode: [string, FileChange[], Variant['expect'], { file: string; line: number }?][] = [
    ['a byte-order mark on a lesson', [put(L, BOM + text(L))], 'valid'],
    ['a byte-order mark on course.yaml', [put(C, BOM + text(C))], 'valid'],
    ['a byte-order mark on sources.yaml', [put(SRC, BOM + text(SRC))], 'valid'],
    ['two byte-order marks on a lesson', [put(L, BOM + BOM + text(L))], 'invalid', { file: L, line: 1 }],
    ['CRLF line ends in every file', [...base.keys()].map((f) => put(f, text(f).replace(/\n/g, '\r\n'))), 'valid'],
    ['CR line ends in every file', [...base.keys()].map((f) => put(f, text(f).replace(/\n/g, '\r'))), 'valid'],
    ['mixed line ends in a bank', [put(B, text(B).split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r')).join(''))], 'valid'],
    ['CRLF line ends with an unknown callout on line 9', [put(L, text(L).replace('[!aturan]', '[!larangan]').replace(/\n/g, '\r\n'))], 'invalid', { file: L, line: 9 }],
    ['CR line ends with an unknown callout on line 9', [put(L, text(L).replace('[!aturan]', '[!larangan]').replace(/\n/g, '\r'))], 'invalid', { file: L, line: 9 }],
    ['CR line ends with a YAML error on line 4', [put(L, text(L).replace('title: Mengapa ASN', 'title: Mengapa: ASN').replace(/\n/g, '\r'))], 'invalid', { file: L, line: 4 }],
    ['a NUL byte in a lesson body', [put(L, text(L).replace('ASN tetap', 'ASN\0tetap'))], 'invalid', { file: L, line: lineOf(L, 'ASN tetap') }],
    ['a NUL byte in a front-matter title', [put(L, text(L).replace('title: Mengapa', 'title: Meng\0apa'))], 'invalid', { file: L, line: 4 }],
    ['an escape character in a bank', [put(B, text(B).replace('Tidak bereaksi', 'Tidak\x1b[31m bereaksi'))], 'invalid', { file: B, line: lineOf(B, 'Tidak bereaksi') }],
    ['a lone surrogate written out (becomes U+FFFD)', [put(L, text(L).replace('ASN tetap', 'ASN \ud800 tetap'))], 'valid'],
    ['a surrogate as raw bytes (CESU-8)', [put(L, bytes(lessonLines.slice(0, 7).join('\n') + '\nAda ', [0xed, 0xa0, 0x80], ' di sini.\n'))], 'invalid', { file: L, line: 8 }],
    ['an invalid byte 0xFF in a lesson body', [put(L, bytes(text(L), 'Akhir ', [0xff], '.\n'))], 'invalid', { file: L, line: lessonLines.length }],
    ['a lone continuation byte in a title', [put(L, bytes(text(L).slice(0, text(L).indexOf('harus')), [0x80], text(L).slice(text(L).indexOf('harus'))))], 'invalid', { file: L, line: 4 }],
    ['an overlong encoding of "/"', [put(L, bytes(text(L), 'a', [0xc0, 0xaf], 'b\n'))], 'invalid', { file: L, line: lessonLines.length }],
    ['a multi-byte character cut short at the end', [put(L, bytes(text(L), 'Rp 5', [0xe2, 0x82]))], 'invalid', { file: L, line: lessonLines.length }],
    ['Latin-1 text in course.yaml', [put(C, Buffer.from(text(C).replace('Netralitas ASN (kursus mini)', 'Netralitas ASN (kursus mini, édisi)'), 'latin1'))], 'invalid', { file: C, line: 5 }],
    ['Latin-1 text in sources.yaml', [put(SRC, Buffer.from(text(SRC).replace('short: SKB 2022', 'short: SKB 2022 (édisi)'), 'latin1'))], 'invalid', { file: SRC, line: 2 }],
    ['a lesson saved as UTF-16', [put(L, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text(L), 'utf16le')]))], 'invalid', { file: L, line: 1 }],
    ['right-to-left text in a title and body', [put(L, text(L).replace('Mengapa ASN harus netral', 'Mengapa ASN harus netral \u0627\u0644\u062d\u064a\u0627\u062f').replace('ASN tetap', '\u202bASN\u202c tetap'))], 'valid'],
    ['zero-width characters in a body', [put(L, text(L).replace('ASN tetap', 'A\u200bS\u200cN\u200d tetap\u2060'))], 'valid'],
    ['a zero-width space inside an id', [edit(L, 'id: mengapa-netral', 'id: mengapa\u200b-netral')], 'invalid', { file: L, line: 3 }],
    ['a right-to-left override inside an id', [edit(L, 'id: mengapa-netral', 'id: \u202emengapa-netral')], 'invalid', { file: L, line: 3 }],
    ['a zero-width space inside a field name', [edit(L, 'minutes: 5', 'min\u200butes: 5')], 'invalid', { file: L, line: 5 }],
    ['combining marks in a title', [edit(L, 'Mengapa ASN harus netral', 'Mengapa ASN harus ne\u0301tral\u0308')], 'valid'],
    ['combining marks in an id', [edit(L, 'id: mengapa-netral', 'id: mengapa-ne\u0301tral')], 'invalid', { file: L, line: 3 }],
    ['emoji in a title and body', [edit(L, 'Mengapa ASN harus netral', 'Mengapa ASN harus netral \ud83d\uddf3\ufe0f\ud83d\udc69\u200d\ud83d\udcbb')], 'valid'],
    ['emoji in an id', [edit(L, 'id: mengapa-netral', 'id: mengapa-\ud83d\uddf3')], 'invalid', { file: L, line: 3 }],
    ['a line separator (U+2028) in a body', [edit(L, 'Hak itu cukup', 'Hak\u2028itu cukup')], 'valid'],
    ['a non-breaking space after a key', [edit(L, 'minutes: 5', 'minutes:\u00a05')], 'invalid', { file: L, line: 5 }],
    ['a full-width colon after a key', [edit(L, 'minutes: 5', 'minutes\uff1a 5')], 'invalid', { file: L, line: 5 }],
    ['upper-case language in a file name', [del(L), put('lessons/mengapa-netral.ID.md', text(L))], 'invalid', { file: 'lessons/mengapa-netral.ID.md', line: 1 }],
    ['a file name without a language', [del(L), put('lessons/mengapa-netral.md', text(L))], 'invalid', { file: 'lessons/mengapa-netral.md', line: 1 }],
  ];
  for (const [name, changes, expect, spot] of unicode) add({ name, category: 'unicode', changes, expect, ...(spot ? { at: [spot], mustName: [spot.file] } : {}) });

  // ---------------------------------------------------------------------------------------
  // YAML that is valid YAML but odd: aliases, tags, directives, odd numbers and keys.

  const yamlOdd: [string, FileChange[], Variant['expect'], { file: string; line: number }?][] = [
    ['an alias for a title', [edit(L, 'id: mengapa-netral\ntitle: Mengapa ASN harus netral', 'id: &nama mengapa-netral\ntitle: *nama')], 'valid'],
    ['an alias for a list of tags', [Q, QE].map((f) => edit(f, /tags: \[media-sosial\] }\n(.*)tags: \[aturan\] }/, 'tags: &t [media-sosial] }\n$1tags: [aturan], excludeTags: *t }')), 'valid'],
    ['an alias to nothing', [edit(L, 'title: Mengapa ASN harus netral', 'title: *tidak-ada')], 'invalid', { file: L, line: 4 }],
    ['an alias to a list where text is expected', [edit(Q, 'tags: [media-sosial] }', 'tags: &t [media-sosial] }', ['feedback: immediate', 'feedback: *t'])], 'invalid', { file: Q, line: 11 }],
    ['an alias that refers to itself', [edit(Q, 'tags: [media-sosial] }', 'tags: &t [*t] }')], 'invalid', { file: Q, line: 7 }],
    ['a merge key', [edit(L, 'minutes: 5', 'minutes: 5\n<<: { affirm: Ya }')], 'invalid', { file: L, line: 6 }],
    ['a binary tag', [edit(L, 'title: Mengapa ASN harus netral', 'title: !!binary TWVuZ2FwYQ==')], 'either'],
    ['an int tag on text', [edit(L, 'minutes: 5', 'minutes: !!int lima')], 'invalid', { file: L, line: 5 }],
    ['an unknown tag', [edit(L, 'minutes: 5', 'minutes: !menit 5')], 'either'],
    ['a %YAML directive', [edit(C, /^id:/, '%YAML 1.2\n---\nid:')], 'valid'],
    ['a key over 1024 characters', [edit(C, 'passMark: 80', `passMark: 80\n"${'k'.repeat(1100)}": 1`)], 'invalid', { file: C, line: 11 }],
    ['a list as a key', [edit(C, 'passMark: 80', 'passMark: 80\n? [a, b]\n: 1')], 'invalid', { file: C, line: 11 }],
    ['a number as a key', [edit(C, 'passMark: 80', 'passMark: 80\n42: 1')], 'invalid', { file: C, line: 11 }],
    ['minutes in hexadecimal', [edit(L, 'minutes: 5', 'minutes: 0x5')], 'valid'],
    ['minutes of 1e400', [edit(L, 'minutes: 5', 'minutes: 1e400')], 'invalid', { file: L, line: 5 }],
    ['a negative zero count', [edit(Q, 'count: 3, tags: [aturan]', 'count: -0, tags: [aturan]')], 'invalid', { file: Q, line: 8 }],
    ['a fractional count', [edit(Q, 'count: 3, tags: [aturan]', 'count: 2.5, tags: [aturan]')], 'invalid', { file: Q, line: 8 }],
    ['a tab as indentation', [edit(C, '  id: Netralitas', '\tid: Netralitas')], 'invalid', { file: C, line: 5 }],
    ['a bad escape in double quotes', [edit(L, 'title: Mengapa ASN harus netral', 'title: "Mengapa \\q ASN"')], 'invalid', { file: L, line: 4 }],
    ['a surrogate escape in double quotes', [edit(L, 'title: Mengapa ASN harus netral', 'title: "Mengapa \\ud800 ASN"')], 'either'],
    ['an anchor on an alias', [edit(L, 'id: mengapa-netral\ntitle: Mengapa ASN harus netral', 'id: &a mengapa-netral\ntitle: &b *a')], 'invalid', { file: L, line: 4 }],
  ];
  for (const [name, changes, expect, spot] of yamlOdd) add({ name, category: 'yaml-oddity', changes, expect, ...(spot ? { at: [spot], mustName: [spot.file] } : {}) });

  // ---------------------------------------------------------------------------------------
  // Empty files.

  const empties: [string, FileChange[], string?][] = [
    ['an empty lesson', [put(L, '')]],
    ['an empty scenario', [put(S, '')]],
    ['an empty quiz', [put(Q, '')]],
    ['an empty bank', [put(B, '')]],
    ['an empty English lesson', [put(LE, '')]],
    ['a lesson of blank lines', [put(L, '\n\n   \n\t\n')]],
    ['an empty course.yaml', [put(C, '')]],
    ['an empty sources.yaml', [put(SRC, '')]],
    ['course.yaml of blank lines', [put(C, '\n  \n')]],
    ['sources.yaml holding only a comment', [put(SRC, '# belum ada sumber\n')]],
    ['an empty bank body', [put(B, '---\ntype: bank\nid: media-sosial\ntitle: Kosong\n---\n')]],
    ['an empty list in sources.yaml', [put(SRC, '[]\n')], L],
  ];
  for (const [name, changes, named] of empties) add({ name, category: 'empty-file', changes, expect: 'invalid', mustName: [named ?? changes[0]!.path] });

  // ---------------------------------------------------------------------------------------
  // Folders, links and pipes where files are expected.

  add({ name: 'course.yaml is a folder', category: 'not-a-file', changes: [{ path: C, folder: true }], expect: 'invalid', mustName: [C], at: [{ file: C, line: 1 }] });
  add({ name: 'sources.yaml is a folder', category: 'not-a-file', changes: [{ path: SRC, folder: true }], expect: 'invalid', mustName: [SRC] });
  add({ name: 'a lesson is a folder', category: 'not-a-file', changes: [{ path: L, folder: true }], expect: 'invalid', mustName: [LE], codes: ['missing-translation'] });
  add({ name: 'course.yaml is a link to nothing', category: 'not-a-file', changes: [{ path: C, symlink: 'tidak-ada.yaml' }], expect: 'invalid', mustName: [C] });
  add({ name: 'a lesson is a link to nothing', category: 'not-a-file', changes: [{ path: L, symlink: 'tidak-ada.md' }], expect: 'invalid', mustName: [L], at: [{ file: L, line: 1 }] });
  add({ name: 'a lesson is a link to a folder', category: 'not-a-file', changes: [{ path: L, symlink: '.' }], expect: 'invalid', mustName: [L], at: [{ file: L, line: 1 }] });
  // A lesson kept outside the listed folders (a dot-folder is never read) and linked in: read through it.
  add({
    name: 'a lesson is a link to the lesson kept elsewhere',
    category: 'not-a-file',
    changes: [put('.bersama/mengapa-netral.id.md', text(L)), { path: L, symlink: '../.bersama/mengapa-netral.id.md' }],
    expect: 'valid',
  });
  add({ name: 'course.yaml is a named pipe', category: 'not-a-file', changes: [{ path: C, fifo: true }], expect: 'invalid', mustName: [C], posixOnly: true });
  add({ name: 'sources.yaml is a named pipe', category: 'not-a-file', changes: [{ path: SRC, fifo: true }], expect: 'invalid', mustName: [SRC], posixOnly: true });
  add({ name: 'a lesson is a named pipe', category: 'not-a-file', changes: [{ path: L, fifo: true }], expect: 'invalid', codes: ['missing-translation'], posixOnly: true });
  add({ name: 'the course folder is a file', category: 'not-a-file', changes: [put('kursus', 'bukan folder\n')], courseDir: 'kursus', expect: 'invalid', codes: ['missing-course-dir'] });
  add({ name: 'the course folder does not exist', category: 'not-a-file', changes: [], courseDir: 'tidak-ada', expect: 'invalid', codes: ['missing-course-dir'] });
  add({ name: 'an empty course folder', category: 'not-a-file', changes: [...base.keys()].map(del), expect: 'invalid', mustName: [C, SRC] });

  // ---------------------------------------------------------------------------------------
  // Binary garbage (seeded, so the same bytes every run).

  const random = createRng(0x6e657472);
  const garbage = (length: number, printable: boolean): Buffer =>
    Buffer.from(Array.from({ length }, () => (printable ? 32 + Math.floor(random() * 95) : Math.floor(random() * 256))));
  for (const file of [L, S, Q, B, C, SRC]) {
    for (const length of [1, 64, 4096]) {
      add({ name: `${file} replaced by ${length} random bytes`, category: 'binary-garbage', changes: [put(file, garbage(length, false))], expect: 'invalid', mustName: [file] });
    }
    add({ name: `${file} replaced by 500 random printable characters`, category: 'binary-garbage', changes: [put(file, garbage(500, true))], expect: 'invalid', mustName: [file] });
  }
  for (const file of [L, B]) {
    add({ name: `${file} with 256 random bytes after its text`, category: 'binary-garbage', changes: [put(file, Buffer.concat([base.get(file)!, garbage(256, false)]))], expect: 'invalid', mustName: [file] });
  }
  add({ name: 'a PNG image saved as a lesson', category: 'binary-garbage', changes: [put(L, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), garbage(300, false)]))], expect: 'invalid', mustName: [L] });

  return variants;
}
