/**
 * Id helpers: the ids the build gives choices and options, a valid id suggested from what the
 * author wrote, and the closest existing id to a misspelt one ("did you mean …?").
 */
import { ID_PATTERN } from './schema.js';

/** Choice and option ids: "a", "b", … "z", "aa", "ab", … */
export function letterId(index: number): string {
  let n = index;
  let id = '';
  do {
    id = String.fromCharCode(97 + (n % 26)) + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

/** A valid id made from any text: "Media Sosial_2" → "media-sosial-2". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(slug) ? slug : 'a';
}

/**
 * The candidate closest to `wanted` by edit distance, if it is close enough to be a likely typo
 * (at most a third of the length, minimum 2 edits); "" otherwise.
 */
export function closestId(wanted: string, candidates: Iterable<string>): string {
  let best = '';
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(wanted, c);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= Math.max(2, Math.floor(wanted.length / 3)) ? best : '';
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
