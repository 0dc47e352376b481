/**
 * Certificates of completion and their verification code. Pure TypeScript: it uses only the Web
 * Crypto digest that browsers and Node share (`crypto.subtle`), no DOM.
 *
 * The code is the first 60 bits of SHA-256 over the certificate's fields in a canonical form,
 * written as 12 Crockford base-32 characters in three groups: `NTRL-7K3M-Q9XD-2F8A`.
 *
 * What it proves, and what it does not (say this to training staff plainly): a code that
 * matches shows that the name, NIP, course, version, date and score printed on the certificate
 * are the ones it was issued with: a certificate whose score or name was edited afterwards does
 * not verify. It does NOT prove that the learner took the course: the algorithm is public and the
 * course runs in the learner's browser, so anyone can compute a code for any fields. Proof of
 * completion is the LMS record (SCORM) or the host's own backend (the `netral-complete` event).
 */

export interface CertificateFields {
  courseId: string;
  courseVersion: string;
  /** The learner's name as printed. */
  name: string;
  /** NIP (civil-servant number) when given; digits only count. */
  nip?: string;
  /** Issue date, YYYY-MM-DD. */
  date: string;
  /** Course score in percent (0-100), as printed (rounded to 2 decimals). */
  score: number;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base 32: no I, L, O, U
const PREFIX = 'NTRL';

/** The name as compared: Unicode NFKC, spaces collapsed, upper case. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleUpperCase('id');
}

/** The one string the code is computed over (version-tagged, so the scheme can change later). */
export function canonicalCertificate(fields: CertificateFields): string {
  const score = Math.round(Math.min(100, Math.max(0, fields.score)) * 100) / 100;
  return [
    'netral-sertifikat-v1',
    fields.courseId.trim(),
    fields.courseVersion.trim(),
    normalizeName(fields.name),
    (fields.nip ?? '').replace(/\D/g, ''),
    fields.date.trim(),
    score.toFixed(2),
  ].join('|');
}

/** The verification code of a certificate: `NTRL-XXXX-XXXX-XXXX`. */
export async function certificateCode(fields: CertificateFields): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalCertificate(fields))));
  let bits = 0n;
  for (const byte of digest.subarray(0, 8)) bits = (bits << 8n) | BigInt(byte);
  bits >>= 4n; // the first 60 bits
  let chars = '';
  for (let i = 0; i < 12; i++) {
    chars = ALPHABET[Number(bits & 31n)]! + chars;
    bits >>= 5n;
  }
  return `${PREFIX}-${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

/**
 * A code as typed by a person, in the printed form: upper case, without spaces, with the
 * look-alikes Crockford allows read as what they look like (O → 0, I and L → 1).
 */
export function normalizeCode(code: string): string {
  const compact = code.toUpperCase().replace(/[\s-]/g, '').replace(/^NTRL/, '');
  const body = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  return body.length === 12 ? `${PREFIX}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}` : code.trim().toUpperCase();
}

/** Whether `code` is the code of these fields. */
export async function verifyCertificate(fields: CertificateFields, code: string): Promise<boolean> {
  return normalizeCode(code) === (await certificateCode(fields));
}

/** Today's date as YYYY-MM-DD in the learner's time zone. */
export function issueDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
