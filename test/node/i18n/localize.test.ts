import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatNumber, formatPercent, languageName, loadStrings, ownLanguageName } from '../../../src/i18n/localize.js';
import { formatLongDate } from '../../../src/i18n/long-date.js';

describe('language names and number formats', () => {
  it('names the shipped languages from the strings tables, as Intl would', async () => {
    await loadStrings('en');
    for (const [lang, inLang] of [['en', 'id'], ['id', 'id'], ['id', 'en'], ['en', 'en'], ['en', 'id-ID']] as const) {
      assert.equal(languageName(lang, inLang), new Intl.DisplayNames([inLang], { type: 'language' }).of(lang), `${lang} in ${inLang}`);
    }
  });

  it('names the shipped languages in themselves for the picker, and others through Intl', () => {
    assert.equal(ownLanguageName('id'), new Intl.DisplayNames(['id'], { type: 'language' }).of('id'));
    assert.equal(ownLanguageName('en-GB'), 'English');
    assert.equal(ownLanguageName('jv'), new Intl.DisplayNames(['jv'], { type: 'language' }).of('jv'));
    assert.equal(languageName('jv', 'id'), new Intl.DisplayNames(['id'], { type: 'language' }).of('jv'));
  });

  it('gives the raw tag back for a tag Intl rejects, instead of throwing in a render', () => {
    assert.equal(languageName('x', '!!'), 'x');
  });

  it('writes numbers in Indonesian and English exactly as Intl.NumberFormat does, without building one', async () => {
    await loadStrings('en');
    const values = [0, -0, 0.125, -0.005, 1.005, 2.675, 12.3456, 85.55, 99.95, 100, 999.995, 1000, 1234567.891, -1234.5, 1e20];
    // Scores are earned/possible × 100: every fraction with a denominator up to 120.
    for (let b = 1; b <= 120; b++) for (let a = 0; a <= b; a++) values.push((a / b) * 100, a / b, a / 2);
    for (let i = 0; i < 2000; i++) values.push((Math.random() - 0.2) * 10 ** Math.floor(Math.random() * 8));
    const mismatches: string[] = [];
    for (const lang of ['id', 'en', 'id-ID', 'en-US', '']) {
      const locale = lang || 'id';
      const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
      for (const v of values) {
        // Intl's percent style multiplies value/100 back by 100 in exact arithmetic; compare the
        // value the learner's score is, rounded as one decimal.
        const wantPct = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(v) + '%';
        if (formatPercent(v, lang) !== wantPct) mismatches.push(`${lang} ${v}%: ${formatPercent(v, lang)} ≠ ${wantPct}`);
        if (formatNumber(v, lang) !== num.format(v)) mismatches.push(`${lang} ${v}: ${formatNumber(v, lang)} ≠ ${num.format(v)}`);
      }
      for (const v of [0, 50, 85, 100]) assert.equal(formatPercent(v, lang), pct.format(v / 100), `${lang} ${v}% as Intl's percent style`);
    }
    assert.deepEqual(mismatches.slice(0, 10), []);
  });

  it('falls back to Intl for a language it has no table for', () => {
    assert.equal(formatPercent(85.5, 'de'), new Intl.NumberFormat('de', { style: 'percent', maximumFractionDigits: 1 }).format(0.855));
    assert.equal(formatNumber(1234.5, 'fr'), new Intl.NumberFormat('fr', { maximumFractionDigits: 2 }).format(1234.5));
  });
});

describe('long dates on the certificate', () => {
  it('writes every month and day in Indonesian and English as Intl.DateTimeFormat does', () => {
    for (const lang of ['id', 'en', 'id-ID', 'en-GB'.slice(0, 2), '']) {
      const intl = new Intl.DateTimeFormat(lang || 'id', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        for (const d of [1, 9, 10, 28]) {
          const iso = `2026-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          assert.equal(formatLongDate(iso, lang), intl.format(new Date(`${iso}T00:00:00Z`)), `${iso} in ${lang || '(none)'}`);
        }
      }
    }
  });

  it('hands other languages to Intl and gives back a date it cannot read as it is', () => {
    assert.equal(formatLongDate('2026-12-07', 'de'), new Intl.DateTimeFormat('de', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date('2026-12-07T00:00:00Z')));
    assert.equal(formatLongDate('7 Des', 'id'), '7 Des');
  });
});
