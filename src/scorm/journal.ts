/**
 * The durable journal: every learner state and every answer is written to IndexedDB on this
 * device before it is sent to the LMS, and stays marked "pending" until the LMS has accepted
 * and committed it. A launch that finds pending entries replays them, so an LMS that says
 * "false", throws, vanishes or is missing for a whole launch never loses an answer.
 */
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { LearnerState } from '../core/state.js';

/** One quiz answer waiting to become `cmi.interactions.n` in the LMS. */
export interface PendingAnswer {
  kind: 'answer';
  quizId: string;
  /** 1-based attempt number. */
  attempt: number;
  questionId: string;
  response: unknown;
  /** When it was answered (epoch ms) and how long it took. */
  at: number;
  latencyMs: number;
  /**
   * The interaction index it was set at, once set. The LMS keeps `_count` only for what it
   * committed, so at the next launch an entry with `sentAs < _count` is known to be there.
   */
  sentAs?: number;
}

/** A scenario's path, recorded when the learner first reaches an ending. */
export interface PendingScenarioPath {
  kind: 'scenario';
  scenarioId: string;
  /** Choice ids from the start node. */
  choices: string[];
  at: number;
  latencyMs: number;
  sentAs?: number;
}

/** A pledge lesson the learner affirmed (ticked its statement), recorded once. */
export interface PendingAffirmation {
  kind: 'affirmation';
  lessonId: string;
  at: number;
  latencyMs: number;
  sentAs?: number;
}

export type PendingInteraction = PendingAnswer | PendingScenarioPath | PendingAffirmation;

export interface JournalEntry {
  v: 1;
  /** The latest learner state (the whole truth on this device). */
  state: LearnerState;
  /** True when the LMS has committed `state` (status, score, suspend data, location). */
  stateSent: boolean;
  /** Answers not yet committed to the LMS as interactions, oldest first. */
  pending: PendingInteraction[];
  savedAt: number;
}

export interface Journal {
  read(key: string): Promise<JournalEntry | undefined>;
  write(key: string, entry: JournalEntry): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key that holds an entry (to find who last learned on this device). */
  keys(): Promise<string[]>;
  readonly kind: 'device' | 'memory';
}

export class IdbJournal implements Journal {
  readonly kind = 'device' as const;
  private readonly store: UseStore;
  constructor(dbName = 'netral-scorm', storeName = 'journal') {
    this.store = createStore(dbName, storeName);
  }
  async read(key: string): Promise<JournalEntry | undefined> {
    const value = await get<unknown>(key, this.store);
    return isJournalEntry(value) ? value : undefined;
  }
  write(key: string, entry: JournalEntry): Promise<void> {
    return set(key, entry, this.store);
  }
  remove(key: string): Promise<void> {
    return del(key, this.store);
  }
  async keys(): Promise<string[]> {
    return (await keys(this.store)).map(String);
  }
}

/** For browsers that refuse storage: the journal lives as long as the page. */
export class MemoryJournal implements Journal {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, JournalEntry>();
  async read(key: string): Promise<JournalEntry | undefined> {
    const e = this.entries.get(key);
    return e && structuredClone(e);
  }
  async write(key: string, entry: JournalEntry): Promise<void> {
    this.entries.set(key, structuredClone(entry));
  }
  async remove(key: string): Promise<void> {
    this.entries.delete(key);
  }
  async keys(): Promise<string[]> {
    return [...this.entries.keys()];
  }
}

function isJournalEntry(value: unknown): value is JournalEntry {
  if (!value || typeof value !== 'object') return false;
  const e = value as Partial<JournalEntry>;
  return e.v === 1 && typeof e.state === 'object' && e.state !== null && typeof e.stateSent === 'boolean' && Array.isArray(e.pending);
}
