import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalCertificate, certificateCode, normalizeCode, verifyCertificate, type CertificateFields } from '../../../src/core/certificate.js';

const CERT: CertificateFields = { courseId: 'netral-asn', courseVersion: '1.0.0', name: 'Maria Yohana Rumbiak', nip: '19870312 201001 1 001', date: '2026-12-05', score: 95 };

describe('certificate codes', () => {
  test('a code has the printed form and is stable', async () => {
    const code = await certificateCode(CERT);
    assert.match(code, /^NTRL-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    assert.equal(await certificateCode({ ...CERT }), code);
  });

  const same: Array<[string, Partial<CertificateFields>]> = [
    ['the name in another case and spacing', { name: '  maria   yohana RUMBIAK ' }],
    ['the NIP without spaces', { nip: '198703122010011001' }],
    ['the score written 95.00', { score: 95.0 }],
  ];
  for (const [name, change] of same) {
    test(`verifies with ${name}`, async () => {
      assert.equal(await verifyCertificate({ ...CERT, ...change }, await certificateCode(CERT)), true);
    });
  }

  const tampered: Array<[string, Partial<CertificateFields>]> = [
    ['a raised score', { score: 100 }],
    ['another name', { name: 'Maria Yohana Rumbiak S.Pd' }],
    ['another NIP', { nip: '198703122010011002' }],
    ['another date', { date: '2026-12-06' }],
    ['another course version', { courseVersion: '1.1.0' }],
    ['another course', { courseId: 'kursus-lain' }],
  ];
  for (const [name, change] of tampered) {
    test(`does not verify with ${name}`, async () => {
      assert.equal(await verifyCertificate({ ...CERT, ...change }, await certificateCode(CERT)), false);
    });
  }

  test('a code typed by hand: lower case, no dashes, O for 0, I or L for 1', async () => {
    const code = await certificateCode(CERT);
    const typed = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    assert.equal(normalizeCode(typed), code);
    assert.equal(await verifyCertificate(CERT, typed), true);
  });

  test('a code of the wrong length never verifies', async () => {
    assert.equal(await verifyCertificate(CERT, 'NTRL-1234'), false);
  });

  test('the canonical form is versioned and separates every field', () => {
    assert.equal(canonicalCertificate(CERT), 'netral-sertifikat-v1|netral-asn|1.0.0|MARIA YOHANA RUMBIAK|198703122010011001|2026-12-05|95.00');
  });
});
