/**
 * The suspend-data budget, checked at build time: the longest suspend data any learner state of
 * the course can produce (src/core/suspend-codec.ts) against the limit of each SCORM version.
 * A course that could exceed it is refused before anyone uploads it, not discovered when a
 * learner's resume silently breaks.
 */
import type { BuiltCourse, CourseData } from '../../core/course.js';
import { SUSPEND_DATA_LIMIT, type ScormVersion } from './config.js';

/** `worstCaseSuspendLength` from src/core/suspend-codec.ts, or a stand-in in tests. */
export type WorstCaseSuspendLength = (course: CourseData) => number;

export interface SuspendBudget {
  version: ScormVersion;
  /** The worst case over the course's languages, in characters. */
  length: number;
  limit: number;
  fits: boolean;
  /** When it does not fit: the items whose state takes the most room, largest first (at most 3). */
  largest: { file: string; length: number }[];
}

/** The worst case of every language (they share one structure, so normally one figure). */
function worstCase(course: BuiltCourse, measure: WorstCaseSuspendLength): number {
  return Math.max(...course.languages.map((lang) => measure(course.byLang[lang]!)));
}

/** The course without one item, to see how much room that item's state takes. */
function withoutItem(data: CourseData, id: string): CourseData {
  const items = { ...data.items };
  delete items[id];
  return { ...data, items, modules: data.modules.map((m) => ({ ...m, itemIds: m.itemIds.filter((x) => x !== id) })) };
}

/** The items whose state takes the most room: what the course would save without each one. */
function largestItems(data: CourseData, total: number, measure: WorstCaseSuspendLength): SuspendBudget['largest'] {
  const shares: SuspendBudget['largest'] = [];
  for (const item of Object.values(data.items)) {
    let without: number;
    try {
      without = measure(withoutItem(data, item.id));
    } catch {
      continue; // the measure may refuse a reduced course; the total alone still stands
    }
    if (total - without > 0) shares.push({ file: item.file, length: total - without });
  }
  return shares.sort((a, b) => b.length - a.length || (a.file < b.file ? -1 : 1)).slice(0, 3);
}

export function suspendBudget(course: BuiltCourse, version: ScormVersion, measure: WorstCaseSuspendLength): SuspendBudget {
  const length = worstCase(course, measure);
  const limit = SUSPEND_DATA_LIMIT[version];
  const fits = length <= limit;
  const data = course.byLang[course.languages[0]!]!;
  return { version, length, limit, fits, largest: fits ? [] : largestItems(data, measure(data), measure) };
}
