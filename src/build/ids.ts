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
  const limit = Math.max(2, Math.floor(wanted.length / 3));
  // Ids are short; a text this long is no misspelt id (and comparing it would be slow).
  if (wanted.length > MAX_COMPARED_LENGTH) return '';
  let best = '';
  let bestDistance = Infinity;
  for (const c of candidates) {
    // The distance is at least the difference in length: skip what cannot be close enough.
    if (Math.abs(c.length - wanted.length) > Math.min(limit, bestDistance - 1)) continue;
    const d = editDistance(wanted, c, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : '';
}

/** Longest text closestId compares. */
const MAX_COMPARED_LENGTH = 200;

/** Levenshtein distance, or some number above `max` as soon as it is sure to be above it. */
function editDistance(a: string, b: string, max = Infinity): number {
  let prev: number[] = [];
  let cur: number[] = [];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // Distances never shrink from one row to the next.
    if (rowMin > max) return rowMin;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
