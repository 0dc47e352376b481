/**
 * Pesan build dalam Bahasa Indonesia (bahasa bawaan). Setiap pesan mengatakan apa yang salah;
 * setiap petunjuk mengatakan apa yang harus dilakukan. Ditulis untuk staf pelatihan, bukan pengembang.
 */
import type { ErrorCode } from 'yaml';
import type { BuildMessages, Expectation, ProblemMessages, StructureAspect } from './messages.js';
import { messageNumbers, PROFILE_NAMES } from './number-format.js';

const q = (s: string | number): string => `"${s}"`;

function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} dan ${values[values.length - 1]}`;
}


function expectation(e: Expectation): string {
  switch (e.kind) {
    case 'text':
      return 'teks';
    case 'number':
      return 'angka';
    case 'boolean':
      return 'true atau false';
    case 'list':
      return 'daftar (baris-baris berawalan "- ")';
    case 'map':
      return 'kumpulan isian "nama: nilai"';
    case 'text-list':
      return 'daftar teks, misalnya [media-sosial, like]';
    case 'per-language':
      return `teks untuk setiap bahasa kursus, misalnya { ${e.languages.map((l) => `${l}: …`).join(', ')} }`;
    case 'one-of':
      return `salah satu dari ${e.values.join(', ')}`;
    case 'range':
      return `angka${e.integer ? ' bulat' : ''} dari ${e.min} sampai ${e.max}`;
    case 'at-least':
      return `angka${e.integer ? ' bulat' : ''} ${e.min} atau lebih`;
    case 'above':
      return `angka lebih dari ${e.min}`;
    case 'id':
      return 'id dari huruf kecil, angka dan tanda "-" (misalnya media-sosial)';
    case 'version':
      return 'nomor versi seperti 1.0.0';
    case 'lang':
      return 'kode bahasa dari dua atau tiga huruf kecil, misalnya id atau en';
    case 'url':
      return 'alamat web lengkap yang diawali https://';
    case 'non-empty-list':
      return 'daftar yang tidak kosong';
    case 'list-of':
      return `daftar, misalnya ${e.example}`;
  }
}

const didYouMean = (s: string): string => (s ? ` Mungkin maksud Anda ${q(s)}?` : '');

const fileKind = { lesson: 'materi', scenario: 'studi kasus', quiz: 'kuis', bank: 'bank soal' } as const;

/** Every error code of the yaml package, worded for authors (a new code is a type error here). */
const yamlErrors: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'sebuah alias (*nama) tidak boleh diberi jangkar (&) atau tag (!)',
  BAD_ALIAS: 'alias (*nama) merujuk ke jangkar (&nama) yang tidak ada di atasnya',
  BAD_COLLECTION_TYPE: 'tag (!) ini tidak cocok dengan jenis nilainya',
  BAD_DIRECTIVE: 'baris yang diawali % tidak dikenal',
  BAD_DQ_ESCAPE: 'urutan garis miring terbalik (\\) di dalam tanda kutip ganda tidak sah',
  BAD_INDENT: 'indentasi (spasi di awal baris) tidak sesuai',
  BAD_PROP_ORDER: 'jangkar (&) dan tag (!) ditulis di tempat yang salah',
  BAD_SCALAR_START: 'nilai diawali tanda yang tidak boleh ada di awal (misalnya @, ` atau %)',
  BLOCK_AS_IMPLICIT_KEY: 'ada titik dua (:) yang tidak diharapkan',
  BLOCK_IN_FLOW: 'isian bertingkat di dalam [ ] atau { } tidak diperbolehkan',
  DUPLICATE_KEY: 'isian yang sama ditulis dua kali',
  IMPOSSIBLE: 'penulisan di sini tidak dapat dibaca',
  KEY_OVER_1024_CHARS: 'nama isian lebih panjang dari 1.024 karakter (mungkin titik dua setelah nama isian hilang)',
  MISSING_CHAR: 'tanda penutup (tanda kutip atau kurung) tidak ada',
  MULTILINE_IMPLICIT_KEY: 'nama isian terpotong ke baris berikutnya',
  MULTIPLE_ANCHORS: 'satu nilai diberi lebih dari satu jangkar (&)',
  MULTIPLE_DOCS: 'ada baris --- tambahan di tengah isian',
  MULTIPLE_TAGS: 'satu nilai diberi lebih dari satu tag (!)',
  NON_STRING_KEY: 'nama isian harus berupa teks',
  RESOURCE_EXHAUSTION: 'isiannya bertingkat terlalu dalam atau terlalu banyak untuk dibaca',
  TAB_AS_INDENT: 'indentasi memakai tab, padahal harus spasi',
  TAG_RESOLVE_FAILED: 'nilai yang diawali tanda ! tidak dikenal',
  UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan',
};

const problems: ProblemMessages = {
  'missing-course-dir': (p) => ({
    message: `Folder kursus tidak ditemukan: ${p.path}.`,
    hint: 'Periksa nama folder. Folder kursus berisi course.yaml, sources.yaml dan berkas-berkas .md.',
  }),
  'missing-file': (p) => ({
    message: `Berkas ${p.name} tidak ada di folder kursus.`,
    hint:
      p.name === 'course.yaml'
        ? 'Buat course.yaml berisi id, version, languages, title, passMark dan modules (lihat content/README.md).'
        : 'Buat sources.yaml berisi daftar sumber yang dikutip (id, short, title, status).',
  }),
  'unreadable-file': (p) => {
    switch (p.reason) {
      case 'io':
        return {
          message: `Berkas tidak dapat dibaca (${p.detail}).`,
          hint: 'Periksa apakah berkas masih ada dan boleh dibaca, lalu jalankan pemeriksaan lagi.',
        };
      case 'folder':
        return {
          message: 'Di tempat berkas ini ada sebuah folder, bukan berkas.',
          hint: 'Pindahkan atau ganti nama folder itu, lalu buat berkasnya di sini (lihat content/README.md).',
        };
      case 'not-a-file':
        return {
          message: 'Ini bukan berkas biasa (misalnya pipe atau perangkat), jadi tidak dibaca.',
          hint: 'Ganti dengan berkas teks biasa.',
        };
      case 'broken-link':
        return {
          message: 'Ini tautan (symlink) ke berkas yang tidak ada.',
          hint: 'Perbaiki tautannya, atau ganti dengan berkas itu sendiri.',
        };
      case 'not-utf8':
        return {
          message: `Berkas ini bukan teks UTF-8: bita 0x${p.byte} di sini tidak dapat dibaca sebagai huruf.`,
          hint: 'Simpan ulang berkas dengan pengodean UTF-8 (di editor: "Save with Encoding" → UTF-8), lalu periksa huruf di tempat ini, misalnya é atau tanda kutip miring.',
        };
      case 'control-character':
        return {
          message: `Berkas ini berisi karakter kendali yang tidak terlihat (${p.char}) di sini.`,
          hint: 'Hapus karakter itu. Biasanya ia ikut tersalin dari program lain, atau berkasnya rusak.',
        };
      case 'nesting':
        return {
          message: `Markdown di baris ini bertingkat ${num(p.depth)} lapis (kutipan ">", daftar atau indentasi); paling banyak ${num(p.max)} lapis.`,
          hint: 'Kurangi tingkatnya: tulis kutipan atau daftar bertingkat sebagai beberapa paragraf atau daftar biasa.',
        };
      case 'too-complex':
        return {
          message: 'Markdown di bagian ini terlalu rumit untuk dibaca (bertingkat terlalu dalam).',
          hint: 'Sederhanakan bagian ini: kurangi kutipan, daftar atau penekanan yang bertumpuk.',
        };
    }
  },
  'unknown-language': (p) => ({
    message: p.lang
      ? `Kode bahasa ${q(p.lang)} pada nama berkas tidak ada di daftar languages course.yaml (${list(p.languages)}).`
      : 'Nama berkas tidak memuat kode bahasa.',
    hint: p.lang
      ? `Ganti akhiran nama berkas, misalnya menjadi ${p.suggestion}, atau tambahkan ${p.lang} ke languages di course.yaml.`
      : `Beri nama berkas <nama>.<bahasa>.md, misalnya ${p.suggestion}.`,
  }),
  'yaml-syntax': (p) => ({
    message: `Penulisan YAML salah: ${yamlErrors[p.yamlCode as ErrorCode] ?? p.detail}.`,
    hint: 'Periksa baris ini: indentasi memakai spasi, setiap isian ditulis "nama: nilai" (titik dua lalu spasi), dan teks yang mengandung ": " atau " #" diberi tanda kutip.',
  }),
  'missing-front-matter': () => ({
    message: 'Berkas tidak diawali bagian pembuka (front matter) di antara dua baris ---.',
    hint: 'Mulai berkas dengan baris ---, lalu isian type, id dan title, lalu baris --- lagi.',
  }),
  'unclosed-front-matter': () => ({
    message: 'Bagian pembuka (front matter) yang dimulai dengan --- tidak ditutup.',
    hint: 'Tambahkan baris --- setelah isian terakhir bagian pembuka.',
  }),
  'missing-field': (p) => ({
    message: `Isian wajib ${q(p.field)} tidak ada atau kosong.`,
    hint: `Tambahkan ${p.field} dengan nilai: ${expectation(p.expected)}.`,
  }),
  'wrong-field-type': (p) => ({
    message: `Isian ${q(p.field)} berisi ${problemsValueKind[p.actual]}, padahal harus ${expectation(p.expected)}.`,
    hint: `Ubah nilai ${p.field} menjadi ${expectation(p.expected)}.`,
  }),
  'invalid-value': (p) => ({
    message: `Nilai ${q(p.value)} tidak sah untuk isian ${q(p.field)}.`,
    hint: `Gunakan ${expectation(p.expected)}.`,
  }),
  'unknown-field': (p) => ({
    message: `Isian ${q(p.field)} tidak dikenal.`,
    hint: `Mungkin salah ketik? Isian yang dikenal di sini: ${p.known.join(', ')}.`,
  }),
  'invalid-id': (p) => ({
    message: `Id ${q(p.value)} tidak sah.`,
    hint: `Gunakan hanya huruf kecil, angka dan tanda "-", misalnya ${q(p.suggestion)}.`,
  }),
  'unknown-item-type': (p) => ({
    message: `Jenis berkas ${q(p.value)} tidak dikenal.`,
    hint: 'Gunakan salah satu: lesson (materi), scenario (studi kasus), quiz (kuis) atau bank (bank soal).',
  }),
  'unknown-question-type': (p) => ({
    message: `Jenis pertanyaan ${q(p.value)} tidak dikenal.`,
    hint: 'Gunakan salah satu: single, multiple, truefalse, judgement, ordering, matching.',
  }),
  'missing-question-settings': (p) => ({
    message: `Pertanyaan ${q(p.question)} tidak diawali blok pengaturan \`\`\`yaml.`,
    hint: `Tepat di bawah judul ## ${p.question}, tulis baris \`\`\`yaml, lalu type: single (atau jenis lain), lalu baris \`\`\` penutup.`,
  }),
  'missing-prompt': (p) => ({
    message: `Pertanyaan ${q(p.question)} tidak punya teks soal.`,
    hint: 'Tulis teks soal di antara blok ```yaml dan daftar pilihan jawaban.',
  }),
  'no-correct-option': (p) => ({
    message: `Pertanyaan ${q(p.question)} tidak punya jawaban benar.`,
    hint:
      p.type === 'multiple'
        ? 'Tandai setiap jawaban yang benar dengan - [x]; jawaban lain tetap - [ ].'
        : 'Tandai satu jawaban yang benar dengan - [x]; jawaban lain tetap - [ ].',
  }),
  'too-many-correct': (p) => ({
    message: `Pertanyaan ${q(p.question)} (jenis ${p.type}) punya ${p.count} jawaban benar, padahal harus tepat satu.`,
    hint:
      p.type === 'single'
        ? 'Biarkan satu - [x] saja dan ubah yang lain menjadi - [ ]. Jika memang ada beberapa jawaban benar, gunakan type: multiple.'
        : 'Biarkan satu - [x] saja dan ubah yang lain menjadi - [ ].',
  }),
  'bad-keyword-option': (p) => ({
    message: p.checked
      ? `Jawaban benar ${q(p.value)} bukan pilihan yang ada pada pertanyaan ${p.type} ${q(p.question)}.`
      : `Pilihan ${q(p.value)} tidak dikenal pada pertanyaan ${p.type} ${q(p.question)}.`,
    hint: `Pertanyaan ${p.type} memakai kata kunci ${list(p.keywords)}. Tulis tepat satu kata kunci per pilihan, misalnya - [x] ${p.keywords[0] ?? ''}; tampilannya diatur otomatis sesuai bahasa.`,
  }),
  'missing-keyword-option': (p) => ({
    message: `Pertanyaan ${q(p.question)} (jenis ${p.type}) tidak punya pilihan ${q(p.keyword)}.`,
    hint: `Tambahkan - [ ] ${p.keyword}. Pertanyaan ${p.type} harus memuat semua pilihan: ${list(p.keywords)}.`,
  }),
  'option-without-checkbox': (p) => ({
    message: `Pilihan jawaban pertanyaan ${q(p.question)} tidak diawali [x] atau [ ].`,
    hint: 'Tulis - [x] untuk jawaban benar dan - [ ] untuk jawaban salah (dengan spasi di dalam kurung siku).',
  }),
  'unexpected-checkbox': (p) => ({
    message: `Pertanyaan ${p.type} ${q(p.question)} tidak memakai tanda [x] atau [ ].`,
    hint:
      p.type === 'ordering'
        ? 'Hapus [x] / [ ]. Tulis pilihan sebagai daftar bernomor 1., 2., 3. dalam urutan yang benar.'
        : 'Hapus [x] / [ ]. Tulis setiap pasangan sebagai - sisi kiri => sisi kanan.',
  }),
  'too-few-options': (p) => ({
    message: `Pertanyaan ${q(p.question)} punya ${p.count} pilihan jawaban; jenis ${p.type} butuh paling sedikit ${p.min}.`,
    hint:
      p.count === 0
        ? 'Tulis daftar pilihan jawaban setelah teks soal (setiap pilihan satu baris berawalan "- ", atau "1. " untuk ordering).'
        : 'Tambahkan pilihan jawaban ke daftar.',
  }),
  'matching-without-arrow': (p) => ({
    message: `Pasangan pada pertanyaan ${q(p.question)} tidak memakai tanda =>.`,
    hint: 'Tulis setiap pasangan sebagai - sisi kiri => sisi kanan, dengan teks di kedua sisi.',
  }),
  'ordering-not-numbered': (p) => ({
    message: `Pertanyaan urutan ${q(p.question)} memakai daftar berpoin, bukan daftar bernomor.`,
    hint: 'Tulis pilihan sebagai 1., 2., 3. dalam urutan yang benar; urutan akan diacak untuk peserta.',
  }),
  'duplicate-id': (p) => ({
    message:
      p.kind === 'option'
        ? `Pilihan ${q(p.id)} ditulis lebih dari sekali (pertama di ${p.first}).`
        : p.kind === 'language'
          ? `Bahasa ${q(p.id)} tercantum lebih dari sekali.`
          : `Id ${q(p.id)} sudah dipakai oleh ${idKind[p.kind]} lain (${p.first}).`,
    hint:
      p.kind === 'option' || p.kind === 'language'
        ? 'Hapus salah satunya.'
        : p.kind === 'item'
          ? 'Dalam satu bahasa, setiap materi, studi kasus, kuis dan bank soal butuh id sendiri; ganti salah satu id.'
          : `Setiap ${idKind[p.kind]} butuh id sendiri; ganti salah satu id.`,
  }),
  'unknown-module-item': (p) => ({
    message: `Modul ${q(p.module)} mencantumkan ${q(p.id)}, tetapi tidak ada materi, studi kasus atau kuis dengan id itu.${didYouMean(p.suggestion)}`,
    hint: 'Periksa ejaan id, atau buat berkasnya. Id ditulis di bagian pembuka berkas (id: …), bukan nama berkas.',
  }),
  'bank-in-module': (p) => ({
    message: `${q(p.id)} adalah bank soal; bank soal tidak dicantumkan di modul.`,
    hint: `Hapus ${p.id} dari items modul ${q(p.module)} dan cantumkan kuis yang mengambil soal dari bank ini (draw: - { bank: ${p.id}, count: … }).`,
  }),
  'item-listed-twice': (p) => ({
    message: `${q(p.id)} sudah dicantumkan sebelumnya di modul ${q(p.firstModule)}.`,
    hint: 'Setiap materi, studi kasus atau kuis hanya boleh muncul satu kali; hapus salah satunya.',
  }),
  'item-not-in-module': (p) => ({
    message: `${capitalize(fileKind[p.kind])} ${q(p.id)} tidak dicantumkan di modul mana pun, sehingga tidak akan tampil.`,
    hint: `Tambahkan ${p.id} ke items salah satu modul di course.yaml, atau hapus berkas ini.`,
  }),
  'scenario-without-nodes': () => ({
    message: 'Studi kasus ini tidak punya simpul (judul ## id-simpul).',
    hint: 'Tulis setiap situasi di bawah judul ## id-simpul. Simpul pertama adalah awal cerita.',
  }),
  'bank-without-questions': () => ({
    message: 'Bank soal ini tidak punya pertanyaan (judul ## id-pertanyaan).',
    hint: 'Tulis setiap pertanyaan di bawah judul ## id-pertanyaan, diikuti blok ```yaml berisi type.',
  }),
  'text-before-first-question': () => ({
    message: 'Ada teks sebelum pertanyaan pertama; teks ini tidak akan ditampilkan.',
    hint: 'Pindahkan teks ini ke dalam sebuah pertanyaan, atau hapus. Setiap pertanyaan diawali judul ## id-pertanyaan.',
  }),
  'unknown-branch-target': (p) => ({
    message: `Pilihan di simpul ${q(p.node)} menuju simpul ${q(p.target)}, yang tidak ada.${didYouMean(p.suggestion)}`,
    hint: 'Periksa ejaan setelah ->, atau tambahkan simpul dengan judul ## dan id tersebut.',
  }),
  'unreachable-node': (p) => ({
    message: `Simpul ${q(p.node)} tidak dapat dicapai dari awal cerita (${q(p.start)}).`,
    hint: `Tambahkan pilihan "-> ${p.node}" di simpul lain, atau hapus simpul ini.`,
  }),
  'no-ending': () => ({
    message: 'Studi kasus ini tidak punya akhir cerita.',
    hint: 'Tambahkan simpul tanpa pilihan yang diawali blok ```yaml berisi ending: good, mixed atau bad.',
  }),
  'choice-without-arrow': (p) => ({
    message: `Pilihan di simpul ${q(p.node)} tidak menyebut simpul tujuan (->).`,
    hint: 'Akhiri baris pertama pilihan dengan -> id-simpul-tujuan, misalnya: - Menggulir terus tanpa bereaksi -> aman',
  }),
  'node-without-choices': (p) => ({
    message: `Simpul ${q(p.node)} tidak punya pilihan dan bukan akhir cerita.`,
    hint: 'Akhiri simpul dengan daftar pilihan (- teks -> simpul-tujuan), atau jadikan akhir cerita dengan blok ```yaml berisi ending: good, mixed atau bad di awal simpul.',
  }),
  'ending-with-choices': (p) => ({
    message: `Simpul ${q(p.node)} adalah akhir cerita (ada ending), tetapi juga punya pilihan dengan ->.`,
    hint: 'Akhir cerita tidak punya pilihan. Hapus pilihannya, atau hapus blok ```yaml ending jika cerita masih berlanjut.',
  }),
  'scenario-cycle': (p) => ({
    message: `Pilihan di simpul ${q(p.node)} kembali ke simpul ${q(p.target)} yang sudah dilalui (${[...p.path, p.target].join(' → ')}), sehingga cerita bisa berputar tanpa akhir.`,
    hint: 'Arahkan pilihan ini ke simpul baru atau ke akhir cerita. Peserta yang ingin mencoba jalan lain memakai tombol "Coba jalur lain", jadi cerita tidak perlu kembali ke simpul sebelumnya.',
  }),
  'bank-too-small': (p) => ({
    message: `Kuis mengambil ${p.count} pertanyaan dari bank ${q(p.bank)}${p.tags.length ? ` dengan tag ${list(p.tags)}` : ''}, tetapi hanya ada ${p.eligible} pertanyaan yang cocok${p.taken ? ` setelah aturan draw sebelumnya mengambil sampai ${p.taken} pertanyaan dari bank yang sama` : ''}.`,
    hint: `Kurangi count menjadi paling banyak ${p.eligible}, atau tambahkan pertanyaan${p.tags.length ? ' dengan tag tersebut' : ''} ke bank soal.`,
  }),
  'unknown-bank': (p) => ({
    message: `Bank soal ${q(p.bank)} tidak ada.${didYouMean(p.suggestion)}`,
    hint: 'Periksa ejaan bank; yang ditulis adalah id di bagian pembuka berkas bank (type: bank).',
  }),
  'unknown-source': (p) => ({
    message: `Sumber ${q(p.id)} tidak ada di sources.yaml.${didYouMean(p.suggestion)}`,
    hint: 'Periksa ejaan id sumber dalam [@…], atau tambahkan sumber ini ke sources.yaml.',
  }),
  'repealed-source-cited': (p) => ({
    message: `${p.short} sudah dicabut, tetapi dikutip seolah masih berlaku.`,
    hint: `Kutip aturan yang berlaku (penggantinya), atau tandai kutipan ini sebagai sejarah: [@${p.id} !historis].`,
  }),
  'question-without-citation': (p) => ({
    message: `Penjelasan pertanyaan ${q(p.question)} tidak mengutip sumber.`,
    hint: 'Setelah daftar pilihan jawaban, tulis penjelasan sebagai blockquote (baris berawalan "> ") yang memuat kutipan, misalnya [@pp-94-2021, Pasal 5 huruf n].',
  }),
  'missing-translation': (p) => ({
    message: `${capitalize(fileKind[p.kind])} ${q(p.id)} belum ada dalam bahasa ${q(p.lang)}.`,
    hint: `Buat berkas ${p.expectedFile} dengan id: ${p.id} dan struktur yang sama; hanya teksnya yang diterjemahkan.`,
  }),
  'structure-mismatch': (p) => ({
    message: `Dalam bahasa ${p.lang}, ${q(p.id)} berbeda dari versi ${p.baseLang} pada ${aspect(p.aspect, p.where)}. Di sini: ${p.actual || '(kosong)'}; versi ${p.baseLang}: ${p.expected || '(kosong)'}.`,
    hint: `Antarbahasa hanya teks yang boleh berbeda. Samakan dengan ${p.baseFile}.`,
  }),
  'raw-html': (p) => ({
    message: `HTML mentah tidak diperbolehkan di konten: ${p.html}`,
    hint: 'Gunakan penulisan Markdown (misalnya **tebal**, *miring*, > kutipan, [teks](https://…)) sebagai ganti tag HTML.',
  }),
  'unsafe-link': (p) => ({
    message: `Tautan ${q(p.url)} tidak aman atau tidak didukung.`,
    hint: 'Gunakan alamat lengkap yang diawali https:// (atau mailto: untuk surel).',
  }),
  'unknown-callout-kind': (p) => ({
    message: `Jenis kotak [!${p.kind}] tidak dikenal.`,
    hint: `Gunakan salah satu: ${p.kinds.map((k) => `[!${k}]`).join(', ')}.`,
  }),
};

const idKind = {
  item: 'berkas',
  question: 'pertanyaan',
  node: 'simpul',
  source: 'sumber',
  module: 'modul',
  option: 'pilihan',
  language: 'bahasa',
} as const;

const problemsValueKind = {
  text: 'teks',
  number: 'angka',
  boolean: 'true/false',
  list: 'daftar',
  map: 'kumpulan isian',
  empty: 'nilai kosong',
} as const;

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function aspect(a: StructureAspect, where: string): string {
  switch (a) {
    case 'type':
      return 'jenis berkas (type)';
    case 'question-list':
      return 'daftar dan urutan pertanyaan';
    case 'question-type':
      return `jenis pertanyaan ${q(where)}`;
    case 'options':
      return `pilihan jawaban pertanyaan ${q(where)}`;
    case 'correct':
      return `jawaban benar pertanyaan ${q(where)}`;
    case 'weight':
      return `bobot (weight) pertanyaan ${q(where)}`;
    case 'tags':
      return `tag pertanyaan ${q(where)}`;
    case 'shuffle':
      return `pengaturan shuffle pertanyaan ${q(where)}`;
    case 'node-list':
      return 'daftar dan urutan simpul';
    case 'branches':
      return `tujuan pilihan di simpul ${q(where)}`;
    case 'ending':
      return `akhir cerita di simpul ${q(where)}`;
    case 'draw':
      return 'aturan pengambilan soal (draw)';
    case 'quiz-settings':
      return 'pengaturan kuis (passMark, attempts, feedback, shuffle, graded)';
  }
}

export const id: BuildMessages = {
  problems,
  content: {
    calloutTitle: {
      aturan: 'Aturan',
      sanksi: 'Sanksi',
      'dasar-hukum': 'Dasar hukum',
      tergantung: 'Tergantung keadaan',
      contoh: 'Contoh',
      catatan: 'Catatan',
    },
    repealed: 'sudah dicabut',
  },
  cli: {
    help: `netral: memeriksa dan membangun konten kursus Netral.

Penggunaan:
  netral check [folder] [--lang id|en]
      Memeriksa semua berkas kursus di folder (bawaan: content) dan menampilkan
      setiap masalah: berkas, baris, isian, apa yang salah dan cara memperbaikinya.
  netral build-json [folder] [--out berkas] [--lang id|en]
      Membangun kursus menjadi JSON. Tanpa --out, JSON ditulis ke layar.
  netral build [folder] [--out folder] [--profile moodle] [--version 1.2|2004|both] [--lang id|en]
      Memeriksa kursus lalu membangun paket SCORM (.zip) untuk diunggah ke LMS:
      <id-kursus>-scorm12.zip dan <id-kursus>-scorm2004.zip di folder --out
      (bawaan: dist/scorm).
  netral verify KODE --course id --version v --name "Nama" [--nip NIP] --date TTTT-BB-HH --score nilai
      Memeriksa kode verifikasi sertifikat terhadap data yang tercetak di sertifikat.
  netral --help
      Menampilkan bantuan ini.

Pilihan:
  --lang id|en      bahasa pesan (bawaan: id)
  --out tujuan      berkas JSON (build-json) atau folder paket (build)
  --profile nama    LMS tujuan paket: moodle (bawaan), scormcloud, successfactors, cornerstone
  --version v       versi SCORM yang dibangun: 1.2, 2004 atau both (bawaan: both)
  --entry berkas    (untuk pengembang) titik masuk runtime SCO; bawaan src/scorm/sco.ts,
                    atau variabel lingkungan NETRAL_SCO_ENTRY

Kode keluar: 0 tidak ada masalah, 1 ada masalah konten, 2 perintah salah tulis,
3 kesalahan internal. Format konten dijelaskan di content/README.md.`,
    summaryProblems: (n, files) => `${n} masalah ditemukan di ${files} berkas.`,
    summaryOk: (items, questions) => `Tidak ada masalah. ${items} item, ${questions} pertanyaan.`,
    unknownCommand: (c) => `Perintah ${q(c)} tidak dikenal.`,
    unknownOption: (o) => `Pilihan ${q(o)} tidak dikenal.`,
    missingValue: (o) => `Pilihan ${o} butuh nilai.`,
    optionOnlyFor: (o, commands) => `Pilihan ${o} hanya untuk perintah ${list([...commands])}.`,
    badProfile: (v, profiles) => `Profil ${q(v)} tidak dikenal; gunakan salah satu: ${list([...profiles])}.`,
    badVersion: (v) => `Versi SCORM ${q(v)} tidak dikenal; gunakan 1.2, 2004 atau both.`,
    badLang: (v) => `Bahasa ${q(v)} tidak didukung; gunakan id atau en.`,
    tooManyArguments: (a) => `Argumen ${q(a)} tidak diharapkan; sebutkan satu folder saja.`,
    seeHelp: 'Jalankan "netral --help" untuk melihat cara pakai.',
    written: (file) => `JSON kursus ditulis ke ${file}.`,
    writeFailed: (file, detail) => `Tidak dapat menulis ${file}: ${detail}`,
    internalError: (detail) =>
      `Kesalahan internal pada netral (bukan kesalahan konten): ${detail}\nMohon laporkan ke pengembang; jalankan dengan NETRAL_DEBUG=1 untuk detail.`,
  },
  scorm: {
    noscript: 'Kursus ini membutuhkan JavaScript. Aktifkan JavaScript di peramban Anda, lalu buka kembali kursus ini dari LMS.',
    budgetOk: (b) =>
      `SCORM ${b.version}: data kemajuan (suspend_data) paling banyak ${num(b.length)} karakter dari batas ${num(b.limit)} (${percent(b.length, b.limit)}).`,
    budgetExceeded: (b) => ({
      message: `Data kemajuan (suspend_data) kursus ini bisa mencapai ${num(b.length)} karakter, melebihi batas SCORM ${b.version} sebesar ${num(b.limit)} karakter. LMS akan memotong atau menolak data itu, sehingga peserta tidak dapat melanjutkan dari posisi terakhir.${b.largest.length ? ` Bagian yang paling banyak memakai tempat: ${b.largest.map((l) => `${l.file} (${num(l.length)})`).join(', ')}.` : ''}`,
      hint:
        b.version === '1.2'
          ? 'Kurangi jumlah soal yang diambil kuis (draw count), jumlah percobaan (attempts) atau jumlah simpul studi kasus, atau pecah kursus menjadi beberapa kursus. Jika LMS Anda menerima SCORM 2004 (batas 64.000 karakter), bangun hanya paket 2004 dengan --version 2004.'
          : 'Kurangi jumlah soal yang diambil kuis (draw count), jumlah percobaan (attempts) atau jumlah simpul studi kasus, atau pecah kursus menjadi beberapa kursus.',
    }),
    codecMissing: (detail) =>
      `Fungsi worstCaseSuspendLength dari src/core/suspend-codec.ts tidak dapat dimuat (${detail}), sehingga ukuran data kemajuan tidak dapat diperiksa.`,
    entryMissing: (path) =>
      `Berkas runtime SCO tidak ditemukan: ${path}. Sebutkan berkas lain dengan --entry atau variabel lingkungan NETRAL_SCO_ENTRY.`,
    bundleFailed: (detail) => `Runtime SCO gagal dibangun dengan Vite: ${detail}`,
    bundleNotSingleFile: (files) =>
      `Runtime SCO harus menjadi satu berkas JavaScript, tetapi Vite menghasilkan ${files.length} berkas: ${files.join(', ')}. Hapus impor berkas non-JavaScript (CSS, gambar) dari runtime.`,
    manifestCheckFailed: (version, findings) =>
      `imsmanifest.xml paket SCORM ${version} tidak lolos pemeriksaan:\n${findings.map((f) => `  - ${f}`).join('\n')}`,
    written: (file, version, profile, bytes) => `Paket SCORM ${version} (profil ${profile}, ${kilobytes(bytes)}) ditulis ke ${file}.`,
    recommendation: (profile, file) => `Untuk ${PROFILE_NAMES[profile] ?? profile}, unggah ${file}: ${profileReason[profile] ?? ''}`,
    manifest: {
      notWellFormed: (detail) => `imsmanifest.xml bukan XML yang sah: ${detail}`,
      wrongRoot: (expected, found) => `Elemen akar harus <manifest> dengan namespace ${expected}${found ? `, bukan ${found}` : ''}.`,
      wrongSchemaVersion: (found, expected) => `<schemaversion> berisi ${q(found)}, padahal harus ${q(expected)}.`,
      noDefaultOrganization: '<organizations> tidak punya atribut default.',
      unknownDefaultOrganization: (id) => `<organizations default="${id}"> menyebut organization yang tidak ada.`,
      unresolvedIdentifierref: (item, ref) => `Item ${q(item)} merujuk resource ${q(ref)} (identifierref), yang tidak ada.`,
      wrongScormTypeCasing: (resource, found, expected) => `Resource ${q(resource)} memakai adlcp:${found}; versi ini menulisnya adlcp:${expected}.`,
      missingScormType: (resource, expected) => `Resource ${q(resource)} tidak punya atribut adlcp:${expected}.`,
      masteryScoreOutOfRange: (value) => `adlcp:masteryscore ${q(value)} harus angka dari 0 sampai 100.`,
      measureOutOfRange: (value) => `imsss:minNormalizedMeasure ${q(value)} harus angka dari -1 sampai 1.`,
      manifestNotAtRoot: 'imsmanifest.xml tidak ada di akar paket.',
      fileNotInPackage: (href) => `Berkas ${q(href)} disebut di manifest, tetapi tidak ada di paket.`,
      schemaNotInPackage: (file) => `Skema ${q(file)} disebut di xsi:schemaLocation, tetapi tidak ada di paket.`,
      fileNotListed: (file) => `Berkas ${q(file)} ada di paket, tetapi tidak dicantumkan di resource mana pun.`,
    },
  },
};


const profileReason: Partial<Record<string, string>> = {
  moodle: 'Moodle mendukung penuh SCORM 1.2, sedangkan dukungan SCORM 2004-nya tidak lengkap.',
  scormcloud: 'SCORM Cloud mendukung penuh SCORM 2004, yang memisahkan status selesai dan lulus.',
  successfactors: 'paket 2004 ini memberi tahu SuccessFactors bahwa kursus sendiri yang menetapkan status selesai dan lulus.',
  cornerstone: 'Cornerstone melaporkan SCORM 2004 lebih baik, dan peserta yang belum lulus tetap dapat menyelesaikan kursus.',
};

const { num, percent, kilobytes } = messageNumbers('id-ID', 'kurang dari 1%');
