import { createStore, get, set, del, keys, type UseStore } from 'idb-keyval';

/**
 * What a learner is told about their progress: saved on this device, sent to the LMS, waiting
 * to be sent (saved on the device meanwhile), or kept only in memory (lost on reload).
 */
export type SaveStatus = 'device' | 'sent' | 'pending' | 'memory';

/**
 * Where the learner state lives on the device. The course shell talks only to this interface;
 * IndexedDB (through idb-keyval) is the default, memory the fallback when storage is refused.
 */
export interface ProgressStore {
  /** The saved value, or undefined when there is none. Rejects when storage is unavailable. */
  load(key: string): Promise<unknown>;
  /** Saves durably. Rejects when storage is unavailable or full. */
  save(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Optional: every saved key, to find a learner's progress under an earlier course version. */
  keys?(): Promise<string[]>;
  /** "device": survives a reload; "memory": lost on reload. */
  readonly kind: 'device' | 'memory';
  /**
   * Optional: stores that forward progress elsewhere (an LMS) report their status here; the
   * player shows it. Returns an unsubscribe function.
   */
  subscribe?(listener: (status: SaveStatus) => void): () => void;
}

/** The storage key of one learner's state for one course version. */
export function progressKey(courseId: string, courseVersion: string, learnerId: string): string {
  return `${courseId}@${courseVersion}:${learnerId || 'anonim'}`;
}

/** The keys among `all` that hold some learner's progress in this version of the course. */
export function sameVersionKeys(all: readonly string[], courseId: string, courseVersion: string): string[] {
  const prefix = `${courseId}@${courseVersion}:`;
  return all.filter((key) => key.startsWith(prefix));
}

/**
 * The keys among `all` that hold the same learner's progress in another version of the course,
 * newest version first (numeric-aware comparison: 1.10.0 after 1.9.0).
 */
export function otherVersionKeys(all: readonly string[], courseId: string, courseVersion: string, learnerId: string): string[] {
  const prefix = `${courseId}@`;
  const suffix = `:${learnerId || 'anonim'}`;
  const current = progressKey(courseId, courseVersion, learnerId);
  const versionOf = (key: string) => key.slice(prefix.length, key.length - suffix.length);
  return all
    .filter((key) => key !== current && key.startsWith(prefix) && key.endsWith(suffix) && !versionOf(key).includes(':'))
    .sort((a, b) => versionOf(b).localeCompare(versionOf(a), 'en', { numeric: true }));
}

export class IdbProgressStore implements ProgressStore {
  readonly kind = 'device' as const;
  private readonly store: UseStore;
  constructor(dbName = 'netral', storeName = 'progress') {
    this.store = createStore(dbName, storeName);
  }
  load(key: string): Promise<unknown> {
    return get(key, this.store);
  }
  save(key: string, value: unknown): Promise<void> {
    return set(key, value, this.store);
  }
  remove(key: string): Promise<void> {
    return del(key, this.store);
  }
  async keys(): Promise<string[]> {
    return (await keys(this.store)).map(String);
  }
}

export class MemoryProgressStore implements ProgressStore {
  readonly kind = 'memory' as const;
  private readonly values = new Map<string, unknown>();
  async load(key: string): Promise<unknown> {
    return structuredClone(this.values.get(key));
  }
  async save(key: string, value: unknown): Promise<void> {
    this.values.set(key, structuredClone(value));
  }
  async remove(key: string): Promise<void> {
    this.values.delete(key);
  }
  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }
}
