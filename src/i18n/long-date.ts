/**
 * A date as a certificate prints it: "7 Desember 2026", "December 7, 2026". The shipped UI
 * languages are written here, as Intl.DateTimeFormat writes them (test/node/i18n proves it),
 * because the first Intl object a page builds costs 60-110 ms on a phone-speed CPU (ICU data):
 * more than the whole results view. Other languages go through Intl. Only the results chunk
 * (the certificate) imports this module.
 */
import { primaryLang } from './localize.js';

const months: Record<string, { names: string[]; write: (day: number, month: string, year: number) => string }> = {
  id: {
    names: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
    write: (day, month, year) => `${day} ${month} ${year}`,
  },
  en: {
    names: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    write: (day, month, year) => `${month} ${day}, ${year}`,
  },
};

/** `iso` (YYYY-MM-DD, a calendar date with no time zone) in `lang`'s long form. */
export function formatLongDate(iso: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const known = months[primaryLang(lang || 'id')];
  if (match && known) {
    const [, year, month, day] = match.map(Number) as [number, number, number, number];
    const name = known.names[month - 1];
    if (name && day >= 1 && day <= 31) return known.write(day, name, year);
  }
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang || 'id', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
