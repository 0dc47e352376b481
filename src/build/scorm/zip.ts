/**
 * Reproducible zips: the same files give the same bytes on every machine, so a package can be
 * rebuilt and compared. Entries keep the order given, and every entry gets the same fixed
 * modification time.
 */
import { zipSync, type Zippable } from 'fflate';

/**
 * 2020-01-01 12:00 as a local time. Zip (DOS) times have no time zone and fflate writes the
 * local fields of the Date, so building the Date from local fields gives the same bytes in
 * every time zone (noon keeps it clear of daylight-saving jumps).
 */
const FIXED_MTIME = new Date(2020, 0, 1, 12, 0, 0);

/** A zip of `files` (path → bytes, "/" separators) in the given order, deflated at level 9. */
export function deterministicZip(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [path, data] of files) {
    if (/^\d+$/.test(path)) throw new Error(`zip entry names must not be integers (object key order): ${path}`);
    entries[path] = [data, { level: 9, mtime: FIXED_MTIME, os: 0, attrs: 0 }];
  }
  return zipSync(entries);
}
