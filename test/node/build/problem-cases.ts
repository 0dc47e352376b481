/**
 * The malformed copies of the fixture course, one per check: each case applies mutations to a
 * copy of test/fixtures/mini-course and lists exactly the problems it must produce.
 */
import type { ProblemCode } from '../../../src/build/messages.js';
import type { Mutation } from './fixture-course.js';

export const L = 'lessons/mengapa-netral.id.md';
export const LE = 'lessons/mengapa-netral.en.md';
export const S = 'scenarios/unggahan-calon.id.md';
export const SE = 'scenarios/unggahan-calon.en.md';
export const B = 'banks/media-sosial.id.md';
export const BE = 'banks/media-sosial.en.md';
export const Q = 'quizzes/kuis-akhir.id.md';
export const QE = 'quizzes/kuis-akhir.en.md';
export const C = 'course.yaml';
export const SRC = 'sources.yaml';

/** [code, file, line, field?] */
export type Expected = [ProblemCode, string, number, string?];

export interface Case {
  name: string;
  mutations: Mutation[];
  expected: Expected[];
}

export const replace = (file: string, from: string, to: string): Mutation => ({ file, replace: from, with: to });

const LOOPING_SCENARIO = `---
type: scenario
id: unggahan-calon
title: Lingkaran
minutes: 1
---
## mulai
Awal.

- Lanjut -> dua

## dua
Dua.

- Kembali -> mulai
`;

const extraBank = (lang: string) => `---
type: bank
id: tambahan
title: Tambahan (${lang})
---
## pp-lama
\`\`\`yaml
type: truefalse
\`\`\`
PP 94/2021 berlaku.

- [x] benar
- [ ] salah

> [@pp-94-2021]
`;

export const cases: Case[] = [
  // Files and front matter
  {
    name: 'no front matter',
    mutations: [replace(L, '---\ntype: lesson', 'type: lesson')],
    expected: [['missing-front-matter', L, 1]],
  },
  {
    name: 'front matter never closed',
    mutations: [replace(L, 'minutes: 5\n---\n', 'minutes: 5\n')],
    expected: [['unclosed-front-matter', L, 1]],
  },
  {
    name: 'YAML syntax error in front matter',
    mutations: [replace(L, 'title: Mengapa ASN harus netral', 'title: Mengapa: ASN harus netral')],
    expected: [['yaml-syntax', L, 4]],
  },
  {
    name: 'an alias (*name) without its anchor in front matter',
    mutations: [replace(L, 'title: Mengapa ASN harus netral', 'title: *judul')],
    expected: [['yaml-syntax', L, 4]],
  },
  {
    name: 'a byte that is not UTF-8 (a file saved as Latin-1)',
    mutations: [{ file: L, bytes: (text) => Buffer.from(text.replace('Hak itu cukup', 'Hak itu cukup, sesuai aturan terkini (édisi 2022),'), 'latin1') }],
    expected: [['unreadable-file', L, 7]],
  },
  {
    name: 'an invisible control character',
    mutations: [replace(L, 'Dugaan pelanggaran', 'Dugaan\u0000pelanggaran')],
    expected: [['unreadable-file', L, 15]],
  },
  {
    name: 'missing title',
    mutations: [replace(L, 'title: Mengapa ASN harus netral\n', '')],
    expected: [['missing-field', L, 1, 'title']],
  },
  {
    name: 'missing type',
    mutations: [replace(L, 'type: lesson\n', '')],
    expected: [['missing-field', L, 1, 'type']],
  },
  {
    name: 'empty id',
    mutations: [replace(L, 'id: mengapa-netral', 'id:')],
    expected: [['missing-field', L, 3, 'id']],
  },
  {
    name: 'minutes is not a number',
    mutations: [replace(L, 'minutes: 5', 'minutes: lima')],
    expected: [['wrong-field-type', L, 5, 'minutes']],
  },
  {
    name: 'invalid item id',
    mutations: [replace(L, 'id: mengapa-netral', 'id: Mengapa Netral')],
    expected: [['invalid-id', L, 3, 'id']],
  },
  {
    name: 'unknown front matter field',
    mutations: [replace(L, 'minutes: 5', 'minutes: 5\nauthor: Budi')],
    expected: [['unknown-field', L, 6, 'author']],
  },
  {
    name: 'unknown item type',
    mutations: [replace(L, 'type: lesson', 'type: pelajaran')],
    expected: [['unknown-item-type', L, 2, 'type']],
  },
  {
    name: 'language suffix not in the course',
    mutations: [{ file: 'lessons/mengapa-netral.fr.md', write: '---\ntype: lesson\nid: mengapa-netral\ntitle: x\nminutes: 1\n---\nx\n' }],
    expected: [['unknown-language', 'lessons/mengapa-netral.fr.md', 1]],
  },
  {
    name: 'file name without a language',
    mutations: [{ file: 'lessons/catatan.md', write: 'Catatan.\n' }],
    expected: [['unknown-language', 'lessons/catatan.md', 1]],
  },

  // Questions
  {
    name: 'unknown question type',
    mutations: [replace(B, 'type: single', 'type: pilihan')],
    expected: [['unknown-question-type', B, 8, 'type']],
  },
  {
    name: 'question without settings block',
    mutations: [replace(B, '## sikap-unggahan\n```yaml\ntype: single\ntags: [media-sosial]\n```\n', '## sikap-unggahan\n')],
    expected: [['missing-question-settings', B, 6]],
  },
  {
    name: 'YAML syntax error in question settings',
    mutations: [replace(B, 'tags: [media-sosial]\n```\nApa', 'tags: [media-sosial\n```\nApa')],
    expected: [['yaml-syntax', B, 9]],
  },
  {
    name: 'unknown question setting',
    mutations: [replace(B, 'weight: 2', 'wieght: 2')],
    expected: [['unknown-field', B, 24, 'wieght']],
  },
  {
    name: 'weight not above zero',
    mutations: [replace(B, 'weight: 2', 'weight: 0')],
    expected: [['invalid-value', B, 24, 'weight']],
  },
  {
    name: 'question without prompt',
    mutations: [replace(B, 'Apa yang sebaiknya dilakukan ASN saat melihat unggahan kampanye calon di media sosial?\n\n', '')],
    expected: [['missing-prompt', B, 6]],
  },
  {
    name: 'no correct option',
    mutations: [replace(B, '- [x] Tidak bereaksi', '- [ ] Tidak bereaksi')],
    expected: [['no-correct-option', B, 13]],
  },
  {
    name: 'two correct options in a single question',
    mutations: [replace(B, '- [ ] Membagikannya ke grup kantor', '- [x] Membagikannya ke grup kantor')],
    expected: [['too-many-correct', B, 13]],
  },
  {
    name: 'two correct options in a truefalse question',
    mutations: [replace(B, '- [ ] benar', '- [x] benar')],
    expected: [['too-many-correct', B, 42]],
  },
  {
    name: 'bad keyword in a truefalse question',
    mutations: [replace(B, '- [ ] benar', '- [ ] betul')],
    expected: [['bad-keyword-option', B, 42]],
  },
  {
    name: 'correct answer marked on a keyword that does not exist',
    mutations: [replace(B, '- [x] melanggar', '- [x] dilanggar')],
    expected: [['bad-keyword-option', B, 55]],
  },
  {
    name: 'judgement without all three keywords',
    mutations: [replace(B, '- [ ] tergantung\n', '')],
    expected: [['missing-keyword-option', B, 55]],
  },
  {
    name: 'judgement keyword written twice',
    mutations: [replace(B, '- [ ] tidak-melanggar', '- [ ] melanggar')],
    expected: [
      ['missing-keyword-option', B, 55],
      ['duplicate-id', B, 57],
    ],
  },
  {
    name: 'option without checkbox',
    mutations: [replace(B, '- [ ] Memberikan suara di bilik suara', '- Memberikan suara di bilik suara')],
    expected: [['option-without-checkbox', B, 31]],
  },
  {
    name: 'too few options (ordering)',
    mutations: [replace(B, '3. Hukuman disiplin berat\n', '')],
    expected: [['too-few-options', B, 69]],
  },
  {
    name: 'no options at all',
    mutations: [replace(B, '- [ ] benar\n- [x] salah\n  > Tepat.\n\n', '')],
    expected: [['too-few-options', B, 35]],
  },
  {
    name: 'matching pair without =>',
    mutations: [replace(B, '- SKB 2022 => Pedoman', '- SKB 2022 = Pedoman')],
    expected: [['matching-without-arrow', B, 85]],
  },
  {
    name: 'ordering as a bullet list',
    mutations: [replace(B, '1. Hukuman disiplin ringan\n2. Hukuman disiplin sedang\n3. Hukuman', '- Hukuman disiplin ringan\n- Hukuman disiplin sedang\n- Hukuman')],
    expected: [['ordering-not-numbered', B, 69]],
  },
  {
    name: 'checkbox in a matching question',
    mutations: [replace(B, '- PP 94/2021 =>', '- [x] PP 94/2021 =>')],
    expected: [['unexpected-checkbox', B, 83]],
  },
  {
    name: 'question without citation',
    mutations: [replace(B, ' [@pp-94-2021, Pasal 8]', '')],
    expected: [['question-without-citation', B, 62]],
  },
  {
    name: 'text before the first question',
    mutations: [replace(B, '---\n## sikap-unggahan', '---\nPengantar bank soal.\n\n## sikap-unggahan')],
    expected: [['text-before-first-question', B, 6]],
  },
  {
    name: 'bank without questions',
    mutations: [{ file: B, write: '---\ntype: bank\nid: media-sosial\ntitle: Kosong\n---\nBelum ada soal.\n' }],
    expected: [
      ['bank-without-questions', B, 3],
      ['text-before-first-question', B, 6],
    ],
  },

  // Ids
  {
    name: 'two files with the same id',
    mutations: [{ file: 'lessons/salinan.id.md', write: '---\ntype: lesson\nid: mengapa-netral\ntitle: Salinan\nminutes: 1\n---\nTeks.\n' }],
    expected: [['duplicate-id', 'lessons/salinan.id.md', 3, 'id']],
  },
  {
    name: 'the same question id in two banks',
    mutations: [
      { file: 'banks/tambahan.id.md', write: extraBank('id') },
      { file: 'banks/tambahan.en.md', write: extraBank('en') },
    ],
    expected: [
      ['duplicate-id', 'banks/tambahan.en.md', 6, '##'],
      ['duplicate-id', 'banks/tambahan.id.md', 6, '##'],
    ],
  },
  {
    name: 'two nodes with the same id',
    mutations: [replace(S, '## aman', '## suka')],
    expected: [
      ['unknown-branch-target', S, 14],
      ['duplicate-id', S, 24, '##'],
    ],
  },
  {
    name: 'invalid node id',
    mutations: [replace(S, '## aman', '## Aman Saja')],
    expected: [
      ['unknown-branch-target', S, 14],
      ['invalid-id', S, 24, '##'],
    ],
  },
  {
    name: 'two sources with the same id',
    mutations: [replace(SRC, 'note: Dicabut oleh PP 94/2021.', 'note: Dicabut oleh PP 94/2021.\n- id: skb-2022\n  short: SKB\n  title: Salinan\n  status: berlaku')],
    expected: [['duplicate-id', SRC, 15, 'skb-2022.id']],
  },
  {
    name: 'two modules with the same id',
    mutations: [replace(C, 'kuis-akhir]', 'kuis-akhir]\n  - id: media-sosial\n    title: { id: Lagi, en: Again }\n    items: [kuis-akhir]')],
    expected: [['duplicate-id', C, 16, 'modules[1].id']],
  },
  {
    name: 'a language listed twice',
    mutations: [replace(C, 'languages: [id, en]', 'languages: [id, en, id]')],
    expected: [['duplicate-id', C, 3, 'languages[2]']],
  },

  // Modules
  {
    name: 'module lists an item that does not exist',
    mutations: [replace(C, 'kuis-akhir]', 'kuis-akhirr]')],
    expected: [
      ['unknown-module-item', C, 15, 'modules[0].items[2]'],
      ['item-not-in-module', Q, 3, 'id'],
    ],
  },
  {
    name: 'item in no module',
    mutations: [replace(C, 'unggahan-calon, ', '')],
    expected: [['item-not-in-module', S, 3, 'id']],
  },
  {
    name: 'item listed twice',
    mutations: [replace(C, 'kuis-akhir]', 'kuis-akhir, mengapa-netral]')],
    expected: [['item-listed-twice', C, 15, 'modules[0].items[3]']],
  },
  {
    name: 'bank listed as a module item',
    mutations: [replace(C, 'kuis-akhir]', 'kuis-akhir, media-sosial]')],
    expected: [['bank-in-module', C, 15, 'modules[0].items[3]']],
  },

  // Scenarios
  {
    name: 'branch to a missing node',
    mutations: [replace(S, '-> aman', '-> amann')],
    expected: [
      ['unknown-branch-target', S, 14],
      ['unreachable-node', S, 24],
    ],
  },
  {
    name: 'unreachable node',
    mutations: [replace(S, 'di bilik suara. [@skb-2022]\n', 'di bilik suara. [@skb-2022]\n\n## sisa\n```yaml\nending: mixed\n```\nTidak pernah dicapai.\n')],
    expected: [['unreachable-node', S, 31]],
  },
  {
    name: 'scenario without an ending',
    mutations: [{ file: S, write: LOOPING_SCENARIO }],
    expected: [
      ['no-ending', S, 3],
      ['scenario-cycle', S, 15],
    ],
  },
  {
    name: 'choice that leads back to an earlier node',
    mutations: [
      replace(S, '- Menggulir terus tanpa bereaksi -> aman', '- Menggulir terus tanpa bereaksi -> ragu'),
      replace(S, '## suka\n', '## ragu\nAnda ragu sejenak.\n\n- Melihat unggahan itu lagi -> mulai\n- Menutup aplikasi -> aman\n\n## suka\n'),
    ],
    expected: [['scenario-cycle', S, 20]],
  },
  {
    name: 'choice without ->',
    mutations: [replace(S, '- Menggulir terus tanpa bereaksi -> aman', '- Menggulir terus tanpa bereaksi')],
    expected: [
      ['choice-without-arrow', S, 14],
      ['unreachable-node', S, 24],
    ],
  },
  {
    name: 'node without choices that is not an ending',
    mutations: [replace(S, '## suka\n```yaml\nending: bad\nscore: 0\n```\n', '## suka\n')],
    expected: [['node-without-choices', S, 17]],
  },
  {
    name: 'ending with choices',
    mutations: [replace(S, 'di bilik suara. [@skb-2022]\n', 'di bilik suara. [@skb-2022]\n\n- Ulangi -> mulai\n')],
    expected: [['ending-with-choices', S, 31]],
  },
  {
    name: 'invalid ending outcome',
    mutations: [replace(S, 'ending: bad', 'ending: buruk')],
    expected: [['invalid-value', S, 19, 'ending']],
  },
  {
    name: 'scenario without nodes',
    mutations: [{ file: S, write: '---\ntype: scenario\nid: unggahan-calon\ntitle: Kosong\nminutes: 1\n---\nHanya pengantar.\n' }],
    expected: [['scenario-without-nodes', S, 3]],
  },

  // Quizzes
  {
    name: 'draw larger than the eligible questions',
    mutations: [replace(Q, 'count: 3, tags: [aturan]', 'count: 4, tags: [aturan]'), replace(QE, 'count: 3, tags: [aturan]', 'count: 4, tags: [aturan]')],
    expected: [
      ['bank-too-small', QE, 8, 'draw[1].count'],
      ['bank-too-small', Q, 8, 'draw[1].count'],
    ],
  },
  {
    name: 'two draw rules on one bank that together need more questions than it has',
    mutations: [replace(Q, 'count: 3, tags: [aturan]', 'count: 4'), replace(QE, 'count: 3, tags: [aturan]', 'count: 4')],
    expected: [
      ['bank-too-small', QE, 8, 'draw[1].count'],
      ['bank-too-small', Q, 8, 'draw[1].count'],
    ],
  },
  {
    name: 'draw from an unknown bank',
    mutations: [replace(Q, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: media-sosal, count: 3, tags: [aturan]'), replace(QE, 'bank: media-sosial, count: 3, tags: [aturan]', 'bank: media-sosal, count: 3, tags: [aturan]')],
    expected: [
      ['unknown-bank', QE, 8, 'draw[1].bank'],
      ['unknown-bank', Q, 8, 'draw[1].bank'],
    ],
  },
  {
    name: 'quiz without draw',
    mutations: [replace(Q, 'draw:\n  - { bank: media-sosial, count: 3, tags: [media-sosial] }\n  - { bank: media-sosial, count: 3, tags: [aturan] }\n', '')],
    expected: [['missing-field', Q, 1, 'draw']],
  },
  {
    name: 'draw rules that leave out different tags in another language',
    mutations: [replace(QE, 'tags: [aturan]', 'tags: [aturan], excludeTags: [like]')],
    expected: [['structure-mismatch', QE, 7]],
  },
  {
    name: 'quiz setting of the wrong type',
    mutations: [replace(Q, 'shuffle: true', 'shuffle: ya')],
    expected: [['wrong-field-type', Q, 12, 'shuffle']],
  },

  // Citations and Markdown
  {
    name: 'citation of an unknown source',
    mutations: [replace(L, 'bilik suara. [@skb-2022]', 'bilik suara. [@skb-2023]')],
    expected: [['unknown-source', L, 7]],
  },
  {
    name: 'repealed source cited as current',
    mutations: [replace(L, '[@pp-53-2010 !historis]', '[@pp-53-2010]')],
    expected: [['repealed-source-cited', L, 13]],
  },
  {
    name: 'raw HTML',
    mutations: [replace(L, '(https://www.bawaslu.go.id).\n', '(https://www.bawaslu.go.id).\n\n<div class="kotak">Halo</div>\n')],
    expected: [['raw-html', L, 17]],
  },
  {
    name: 'Markdown nested deeper than 32 levels',
    mutations: [replace(L, 'Dugaan pelanggaran', `${'> '.repeat(33)}Dugaan pelanggaran`)],
    expected: [['unreadable-file', L, 15]],
  },
  {
    name: 'unsafe link',
    mutations: [replace(L, '(https://www.bawaslu.go.id)', '(javascript:alert(1))')],
    expected: [['unsafe-link', L, 15]],
  },
  {
    name: 'unknown callout kind',
    mutations: [replace(L, '[!aturan]', '[!larangan]')],
    expected: [['unknown-callout-kind', L, 9]],
  },

  // Languages
  {
    name: 'lesson missing in one language',
    mutations: [{ file: LE, delete: true }],
    expected: [['missing-translation', L, 3, 'id']],
  },
  {
    name: 'bank missing in one language',
    mutations: [{ file: BE, delete: true }],
    expected: [['missing-translation', B, 3, 'id']],
  },
  {
    name: 'different correct answer in the other language',
    mutations: [replace(BE, '- [x] Not react', '- [ ] Not react'), replace(BE, '- [ ] Share it', '- [x] Share it')],
    expected: [['structure-mismatch', BE, 6]],
  },
  {
    name: 'different weight in the other language',
    mutations: [replace(BE, 'weight: 2', 'weight: 3')],
    expected: [['structure-mismatch', BE, 21]],
  },
  {
    name: 'different branches in the other language',
    mutations: [replace(SE, 'programme -> suka', 'programme -> aman'), replace(SE, 'reacting -> aman', 'reacting -> suka')],
    expected: [['structure-mismatch', SE, 9]],
  },
  {
    name: 'different draw in the other language',
    mutations: [replace(QE, 'count: 3, tags: [aturan]', 'count: 2, tags: [aturan]')],
    expected: [['structure-mismatch', QE, 7]],
  },

  // course.yaml and sources.yaml
  {
    name: 'course.yaml missing',
    mutations: [{ file: C, delete: true }],
    expected: [['missing-file', C, 1]],
  },
  {
    name: 'course.yaml unreadable (a folder with that name)',
    mutations: [{ file: C, delete: true }, { file: `${C}/keep.txt`, write: 'x' }],
    expected: [['unreadable-file', C, 1]],
  },
  {
    name: 'sources.yaml missing',
    mutations: [{ file: SRC, delete: true }],
    expected: [['missing-file', SRC, 1]],
  },
  {
    name: 'YAML syntax error in course.yaml',
    mutations: [replace(C, 'passMark: 80', 'passMark: [80')],
    expected: [['yaml-syntax', C, 11]],
  },
  {
    name: 'course id pattern',
    mutations: [replace(C, 'id: mini-netral', 'id: Mini Netral')],
    expected: [['invalid-id', C, 1, 'id']],
  },
  {
    name: 'course version',
    mutations: [replace(C, 'version: 1.0.0', 'version: 1.0')],
    expected: [['invalid-value', C, 2, 'version']],
  },
  {
    name: 'passMark out of range',
    mutations: [replace(C, 'passMark: 80', 'passMark: 120')],
    expected: [['invalid-value', C, 10, 'passMark']],
  },
  {
    name: 'no languages',
    mutations: [replace(C, 'languages: [id, en]', 'languages: []')],
    expected: [['invalid-value', C, 3, 'languages']],
  },
  {
    name: 'course title missing a language',
    mutations: [replace(C, '  en: ASN Neutrality (mini course)\n', '')],
    expected: [['missing-field', C, 4, 'title.en']],
  },
  {
    name: 'module items not a list',
    mutations: [replace(C, 'items: [mengapa-netral, unggahan-calon, kuis-akhir]', 'items: mengapa-netral')],
    expected: [['wrong-field-type', C, 15, 'modules[0].items']],
  },
  {
    name: 'module without title',
    mutations: [replace(C, '    title: { id: Media sosial, en: Social media }\n', '')],
    expected: [['missing-field', C, 13, 'modules[0].title']],
  },
  {
    name: 'invalid source status',
    mutations: [replace(SRC, 'status: dicabut', 'status: batal')],
    expected: [['invalid-value', SRC, 13, 'pp-53-2010.status']],
  },
  {
    name: 'source without short label',
    mutations: [replace(SRC, '  short: SKB 2022\n', '')],
    expected: [['missing-field', SRC, 1, 'skb-2022.short']],
  },
  {
    name: 'source url not a web address',
    mutations: [replace(SRC, '  note: Menggantikan PP 53/2010.', '  note: Menggantikan PP 53/2010.\n  url: peraturan.go.id')],
    expected: [['invalid-value', SRC, 10, 'pp-94-2021.url']],
  },
  {
    name: 'sources.yaml not a list',
    mutations: [{ file: SRC, write: 'skb-2022: SKB 2022\n' }],
    expected: [['wrong-field-type', SRC, 1]],
  },
];
