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

/** Formats a 0-100 percentage for display ("85%" / "85 %" per locale rules). */
export function formatPercent(value: number, lang: string): string {
  return new Intl.NumberFormat(lang || 'id', { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** Formats a number of points (at most two decimals). */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang || 'id', { maximumFractionDigits: 2 }).format(value);
}
