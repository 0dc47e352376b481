/**
 * `netral verify CODE --course ID --version V --name "..." [--nip N] --date YYYY-MM-DD --score S [--lang id|en]`:
 * tells training staff whether a certificate's verification code matches the fields printed on
 * it (src/core/certificate.ts says what a match proves and what it does not).
 * Exit codes: 0 the code matches, 1 it does not, 2 usage error.
 */
import { verifyCertificate } from '../core/certificate.js';

export interface VerifyIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

type Lang = 'id' | 'en';

const TEXT = {
  id: {
    match: 'COCOK: kode ini diterbitkan untuk data sertifikat tersebut (nama, NIP, kursus, versi, tanggal, nilai).',
    noMatch:
      'TIDAK COCOK: kode ini tidak sesuai dengan data yang dimasukkan. Periksa ketikan setiap isian; jika semuanya sesuai sertifikat, sertifikat itu telah diubah.',
    caveat: 'Catatan: kode membuktikan data sertifikat tidak diubah, bukan bahwa peserta menyelesaikan kursus. Bukti penyelesaian ada di catatan LMS atau server instansi.',
    missing: (names: string) => `Isian wajib belum ada: ${names}.`,
    badScore: (v: string) => `Nilai "${v}" bukan angka 0-100 (pakai titik untuk desimal, misalnya 87.5).`,
    badDate: (v: string) => `Tanggal "${v}" harus berbentuk TTTT-BB-HH, misalnya 2026-12-05.`,
    unknown: (v: string) => `Pilihan tidak dikenal: ${v}.`,
    usage:
      'Penggunaan: netral verify KODE --course id-kursus --version versi --name "Nama" [--nip NIP] --date TTTT-BB-HH --score nilai [--lang id|en]',
  },
  en: {
    match: 'MATCH: this code was issued for these certificate details (name, NIP, course, version, date, score).',
    noMatch:
      'NO MATCH: this code does not fit the details entered. Check each field for typos; if they all match the certificate, the certificate has been altered.',
    caveat: 'Note: the code proves the certificate details were not altered, not that the learner finished the course. Proof of completion is the LMS record or the agency server.',
    missing: (names: string) => `Required fields missing: ${names}.`,
    badScore: (v: string) => `Score "${v}" is not a number from 0 to 100 (use a dot for decimals, e.g. 87.5).`,
    badDate: (v: string) => `Date "${v}" must be YYYY-MM-DD, e.g. 2026-12-05.`,
    unknown: (v: string) => `Unknown option: ${v}.`,
    usage: 'Usage: netral verify CODE --course course-id --version version --name "Name" [--nip NIP] --date YYYY-MM-DD --score score [--lang id|en]',
  },
} as const;

const OPTIONS = ['--course', '--version', '--name', '--nip', '--date', '--score', '--lang'] as const;
type Option = (typeof OPTIONS)[number];

export async function runVerify(argv: readonly string[], io: VerifyIo): Promise<number> {
  const values: Partial<Record<Option, string>> = {};
  const codeParts: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if ((OPTIONS as readonly string[]).includes(name)) {
      values[name as Option] = inline ?? argv[++i] ?? '';
    } else if (arg.startsWith('--')) {
      unknown.push(arg);
    } else {
      codeParts.push(arg);
    }
  }
  const lang: Lang = values['--lang'] === 'en' ? 'en' : 'id';
  const t = TEXT[lang];
  const problems: string[] = unknown.map((u) => t.unknown(u));
  const required: Array<[string, string | undefined]> = [
    ['KODE', codeParts.join('') || undefined],
    ['--course', values['--course']],
    ['--version', values['--version']],
    ['--name', values['--name']],
    ['--date', values['--date']],
    ['--score', values['--score']],
  ];
  const missing = required.filter(([, v]) => !v).map(([n]) => (lang === 'en' && n === 'KODE' ? 'CODE' : n));
  if (missing.length) problems.push(t.missing(missing.join(', ')));
  const score = Number(values['--score']);
  if (values['--score'] && !(Number.isFinite(score) && score >= 0 && score <= 100)) problems.push(t.badScore(values['--score']));
  if (values['--date'] && !/^\d{4}-\d{2}-\d{2}$/.test(values['--date'])) problems.push(t.badDate(values['--date']));
  if (problems.length) {
    for (const p of problems) io.err(p);
    io.err(t.usage);
    return 2;
  }
  const ok = await verifyCertificate(
    { courseId: values['--course']!, courseVersion: values['--version']!, name: values['--name']!, nip: values['--nip'] ?? '', date: values['--date']!, score },
    codeParts.join(''),
  );
  io.out(ok ? t.match : t.noMatch);
  io.out(t.caveat);
  return ok ? 0 : 1;
}
