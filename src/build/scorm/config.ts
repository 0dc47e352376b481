/**
 * The package settings the SCORM build writes into the launch page, and the LMS profiles they
 * come from. The SCO runtime (src/scorm/sco.ts) reads the `netral-config` JSON block:
 *
 *   <script type="application/json" id="netral-config">{ …ScoConfig }</script>
 *
 * This module has no Node imports, so the runtime can import its types.
 */

/** SCORM 1.2, or SCORM 2004 4th edition. */
import type { ScormVersion } from '../../core/scorm-values.js';

export type { ScormVersion };
export const SCORM_VERSIONS: readonly ScormVersion[] = ['1.2', '2004'];

/** The LMS a package is tuned for (see content/README.md, "SCORM packages"). */
export type ScormProfile = 'moodle' | 'scormcloud' | 'successfactors' | 'cornerstone';
export const SCORM_PROFILES: readonly ScormProfile[] = ['moodle', 'scormcloud', 'successfactors', 'cornerstone'];
export const DEFAULT_PROFILE: ScormProfile = 'moodle';

/** Largest `suspend_data` each version guarantees, in characters (keep it ASCII). */
export const SUSPEND_DATA_LIMIT: Record<ScormVersion, number> = { '1.2': 4096, '2004': 64000 };

/** Settings of one SCORM package, as the launch page's `netral-config` block. */
export interface ScoConfig {
  /** Shape of this block; bumped when a field changes meaning. */
  format: 1;
  /** The version the package (its manifest) was built for. */
  scormVersion: ScormVersion;
  /** The LMS the package is tuned for; the fields below are what the profile decided. */
  profile: ScormProfile;
  /** Course pass mark in percent (0–100): the 1.2 mastery score, the 2004 minNormalizedMeasure × 100. */
  passMark: number;
  /** Wait this long (ms) after an answer before committing; 0 commits at once. */
  commitDebounceMs: number;
  /** Commit right before Terminate/LMSFinish. False where the LMS cuts a commit short while the SCO unloads. */
  commitBeforeTerminate: boolean;
  /** 2004 only: set `adl.nav.request` (suspendAll or exitAll) before Terminate. */
  navRequestOnExit: boolean;
  /** Commit this often (minutes) while the course is open, so the LMS session does not expire; 0 = off. */
  keepAliveMinutes: number;
  /** Longest `suspend_data` the runtime may write (4096 for 1.2, 64000 for 2004); the build checked the worst case against it. */
  suspendDataLimit: number;
}

/** What a profile sets; everything else in ScoConfig comes from the course and the version. */
export interface ProfileSettings {
  commitDebounceMs: number;
  commitBeforeTerminate: boolean;
  navRequestOnExit: boolean;
  keepAliveMinutes: number;
  /** The package to upload to this LMS when both are built (printed after the build). */
  recommendedVersion: ScormVersion;
}

/**
 * Why each profile differs from the default (the evidence is in content/README.md):
 * - moodle: full SCORM 1.2, partial 2004 (no sequencing), so 1.2 is the one to upload.
 * - scormcloud: 2004 content launched in a frame needs adl.nav.request to leave cleanly.
 * - successfactors: commit early and often, and keep the 30-minute server session alive.
 * - cornerstone: returns early from a Commit made while the page unloads; Terminate commits anyway.
 */
export const PROFILES: Record<ScormProfile, ProfileSettings> = {
  moodle: { commitDebounceMs: 2000, commitBeforeTerminate: true, navRequestOnExit: false, keepAliveMinutes: 0, recommendedVersion: '1.2' },
  scormcloud: { commitDebounceMs: 2000, commitBeforeTerminate: true, navRequestOnExit: true, keepAliveMinutes: 0, recommendedVersion: '2004' },
  successfactors: { commitDebounceMs: 500, commitBeforeTerminate: true, navRequestOnExit: false, keepAliveMinutes: 15, recommendedVersion: '2004' },
  cornerstone: { commitDebounceMs: 2000, commitBeforeTerminate: false, navRequestOnExit: false, keepAliveMinutes: 0, recommendedVersion: '2004' },
};

export function isScormProfile(value: string): value is ScormProfile {
  return (SCORM_PROFILES as readonly string[]).includes(value);
}

/** The launch page settings of one package. */
export function scoConfig(version: ScormVersion, profile: ScormProfile, passMark: number): ScoConfig {
  const p = PROFILES[profile];
  return {
    format: 1,
    scormVersion: version,
    profile,
    passMark,
    commitDebounceMs: p.commitDebounceMs,
    commitBeforeTerminate: p.commitBeforeTerminate,
    navRequestOnExit: version === '2004' && p.navRequestOnExit,
    keepAliveMinutes: p.keepAliveMinutes,
    suspendDataLimit: SUSPEND_DATA_LIMIT[version],
  };
}
