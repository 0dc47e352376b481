import type { UiStrings } from './strings.js';
import { id } from './id.js';

export type { UiStrings } from './strings.js';

/**
 * Bahasa Indonesia, the learners' language, is in the bundle; every other table is a chunk of
 * its own, fetched only when an element is shown in that language (`loadStrings`).
 */
const tables: Record<string, UiStrings> = { id };
const loaders: Record<string, () => Promise<UiStrings>> = {
  en: () => import('./en.js').then((module) => module.en),
};

/**
 * Each shipped UI language named in itself, as Intl.DisplayNames names it, for the language
 * picker: written here because the English table may not be loaded yet when the picker renders.
 * "Indonesia", not "Bahasa Indonesia": the picker shares a 360 px header with the course title.
 */
const ownNames: Record<string, string> = { id: 'Indonesia', en: 'English' };

/** The UI languages this build ships, default first. */
export const uiLanguages = ['id', ...Object.keys(loaders)];

/** Makes `stringsFor(tag)` give that language's table (Bahasa Indonesia when there is none). */
export async function loadStrings(tag: string | null | undefined): Promise<UiStrings> {
  const lang = primaryLang(tag);
  const load = loaders[lang];
  if (!tables[lang] && load) tables[lang] = await load();
  return stringsFor(lang);
}

/**
 * For an element shown in `tag`'s language: when its table is not here yet, fetches it and calls
 * `rerender`. If it cannot be fetched (offline), the element stays in Bahasa Indonesia.
 */
export function whenStringsArrive(tag: string | null | undefined, rerender: () => void): void {
  const lang = primaryLang(tag);
  if (tables[lang] || !loaders[lang]) return;
  loadStrings(lang).then(rerender, () => undefined);
}

/** Primary subtag of a BCP 47 tag: "id-ID" → "id", "EN" → "en". */
export function primaryLang(tag: string | null | undefined): string {
  return (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The strings for a language tag, falling back to Bahasa Indonesia (also while it loads). */
export function stringsFor(tag: string | null | undefined): UiStrings {
  return tables[primaryLang(tag)] ?? id;
}

/**
 * The language that applies to an element: its own `lang`, else the nearest ancestor's,
 * crossing shadow roots, else the document's. Empty string when none is set anywhere.
 */
export function langOf(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? '';
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return document.documentElement.lang ?? '';
}

/**
 * Intl formatters cost milliseconds to build (ICU data) and nothing to reuse, and a re-render asks
 * for the same ones again: one per locale and kind, built on first use.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DisplayNames>();
function cached<T extends Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = make()));
  return f;
}

/**
 * `value` with at most `digits` decimals, in the shipped language's own separators; undefined
 * for a language without a strings table here. Rounds as Intl.NumberFormat (ICU) does: the
 * shortest decimal that reads back as the value ("1.005", not the binary 1.00499…), ties away
 * from zero; thousands grouped by three. The first Intl.NumberFormat of a page costs 40-90 ms on
 * a phone-speed CPU (ICU number data), more than a whole view's render, and every view shows a
 * percentage: so the shipped languages do not pay it. test/node/i18n proves the output is Intl's.
 */
function plainNumber(value: number, digits: number, lang: string): string | undefined {
  const sep = tables[primaryLang(lang || 'id')]?.numberSeparators;
  if (!sep || !Number.isFinite(value) || Math.abs(value) >= 1e21) return undefined;
  const shortest = String(Math.abs(value));
  let [whole = '0', frac = ''] = shortest.includes('e') ? ['0', ''] : shortest.split('.');
  if (frac.length > digits) {
    const up = frac.charCodeAt(digits) >= 53; /* '5' */
    const kept = BigInt(whole + frac.slice(0, digits)) + (up ? 1n : 0n);
    const text = kept.toString().padStart(digits + 1, '0');
    whole = text.slice(0, text.length - digits);
    frac = text.slice(text.length - digits);
  }
  frac = frac.replace(/0+$/, '');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, sep.group);
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${grouped}${frac ? sep.decimal + frac : ''}`;
}

/** Formats a 0-100 percentage for display ("85%", "85,5%"). */
export function formatPercent(value: number, lang: string): string {
  const plain = plainNumber(value, 1, lang);
  if (plain !== undefined) return `${plain}%`;
  const locale = lang || 'id';
  return cached(`%${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(value / 100);
}

/** Formats a number of points (at most two decimals). */
export function formatNumber(value: number, lang: string): string {
  const plain = plainNumber(value, 2, lang);
  if (plain !== undefined) return plain;
  const locale = lang || 'id';
  return cached(`#${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/**
 * A language's name as said in `inLang` ("Inggris" in Indonesian, "English" in English). The
 * shipped languages come from the strings tables; others from Intl.DisplayNames, whose first
 * construction loads ICU data (over 20 ms on a slow phone), so only then.
 */
export function languageName(lang: string, inLang: string): string {
  const known = tables[primaryLang(inLang)]?.languageNames[primaryLang(lang)];
  if (known) return known;
  try {
    return cached(`@${inLang}`, () => new Intl.DisplayNames([inLang], { type: 'language' })).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** A language named in itself ("Indonesia", "English"), as a language picker shows it. */
export function ownLanguageName(lang: string): string {
  return ownNames[primaryLang(lang)] ?? languageName(lang, lang);
}
