/**
 * Migrations of saved learner state between format versions (`LearnerState.v`), so that a
 * later release can read what an earlier one saved. Each migration turns the raw data of
 * version n into the raw data of version n + 1; `migrateState` chains them up to the current
 * `STATE_VERSION`. Only version 1 exists today, so the table is empty.
 *
 * To change the state's shape: bump STATE_VERSION in ./state.ts, add the entry
 * `[n, (old) => ({ ...converted, v: n + 1 })]` here, and update the validation in
 * ./learner-state.ts to the new shape.
 */
import { STATE_VERSION } from './state.js';

/** Raw, not yet validated state data (a parsed JSON object). */
export type RawState = Record<string, unknown>;

/** Turns raw state of version n into raw state of version n + 1. */
export type StateMigration = (state: RawState) => RawState;

/** Migrations keyed by the version they migrate from. */
export const STATE_MIGRATIONS: ReadonlyMap<number, StateMigration> = new Map<number, StateMigration>([]);

/**
 * Applies the migrations from `fromVersion` up to `targetVersion` (default: STATE_VERSION).
 * Returns the migrated raw state with `v` set to the target, or undefined when a step is
 * missing or `fromVersion` is not an integer between 1 and the target. Never mutates `raw`.
 */
export function migrateState(
  raw: RawState,
  fromVersion: number,
  migrations: ReadonlyMap<number, StateMigration> = STATE_MIGRATIONS,
  targetVersion: number = STATE_VERSION,
): RawState | undefined {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > targetVersion) return undefined;
  let state: RawState = { ...raw };
  for (let version = fromVersion; version < targetVersion; version++) {
    const migration = migrations.get(version);
    if (!migration) return undefined;
    state = { ...migration(state), v: version + 1 };
  }
  return { ...state, v: targetVersion };
}
