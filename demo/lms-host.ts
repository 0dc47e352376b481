/**
 * A simulated LMS for the demo and the end-to-end tests: scorm-again provides the real SCORM
 * 1.2 / 2004 runtime on the LMS page's window, and this host adds what a real LMS does around
 * it and what a tester needs:
 * - persistence on Commit/Terminate only (what was set but not committed is lost on relaunch);
 * - relaunch with the saved data and `entry=resume`;
 * - faults on demand: every call answers "false", every call throws (the LMS vanished), or no
 *   API at all at launch;
 * - a strict validator that records every value Moodle or the spec would reject;
 * - a log of every call.
 */
import { Scorm12API } from 'scorm-again/scorm12';
import { Scorm2004API } from 'scorm-again/scorm2004';
import { wrapApiStrict, type Violation } from '../test/support/scorm-strict.js';

export type LmsVersion = '1.2' | '2004';
/** none: a healthy LMS; false: every call answers "false"; throw: every call throws; missing: no API on the page. */
export type LmsFault = 'none' | 'false' | 'throw' | 'missing';

export interface LmsCall {
  at: number;
  call: string;
  args: string[];
  result: string;
}

type Flat = Record<string, unknown>;
type AnyApi = Scorm12API | Scorm2004API;

export interface LmsLearner {
  id: string;
  name: string;
}

const API_NAME: Record<LmsVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };

export class DemoLms {
  fault: LmsFault = 'none';
  readonly calls: LmsCall[] = [];
  readonly violations: string[] = [];
  /** What the LMS has stored per version (flattened CMI), as of the last commit. */
  readonly saved: Partial<Record<LmsVersion, Flat>> = {};
  /** How many launches each version had. */
  readonly launches: Record<LmsVersion, number> = { '1.2': 0, '2004': 0 };
  api: AnyApi | undefined;
  version: LmsVersion = '1.2';
  /** How the LMS launches the course: normal, or review/browse (no status or score may change). */
  mode: 'normal' | 'review' | 'browse' = 'normal';
  credit: 'credit' | 'no-credit' = 'credit';
  private listeners = new Set<() => void>();

  constructor(
    readonly win: Window,
    readonly learner: LmsLearner = { id: '199001012020121001', name: 'Siregar, Rina' },
    readonly passMark = 80,
  ) {}

  /** Notifies on every call (the inspector re-renders). */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const fn of this.listeners) fn();
  }

  /**
   * Prepares a launch: a fresh runtime loaded with what the LMS stored, `entry=resume` when
   * there was an earlier session, put on the LMS window (unless the fault is "missing").
   */
  launch(version: LmsVersion): void {
    this.unmount();
    this.version = version;
    const previous = this.saved[version];
    this.launches[version]++;
    const api = version === '1.2' ? this.create12(previous) : this.create2004(previous);
    this.api = api;
    if (this.fault !== 'missing') {
      (this.win as unknown as Record<string, unknown>)[API_NAME[version]] = this.wrap(api, version);
    }
    this.changed();
  }

  /** Removes the API from the window (the LMS page moved on). */
  unmount(): void {
    for (const name of Object.values(API_NAME)) delete (this.win as unknown as Record<string, unknown>)[name];
  }

  /** Forgets everything stored for a version (a new learner attempt). */
  reset(version: LmsVersion): void {
    delete this.saved[version];
    this.changed();
  }

  private create12(previous: Flat | undefined): Scorm12API {
    const api = new Scorm12API({ logLevel: 5, autocommit: false, lmsCommitUrl: false, mastery_override: false });
    if (previous) {
      api.loadFromFlattenedJSON({ ...clearSessionValues(previous), 'cmi.core.entry': 'resume', 'cmi.core.lesson_mode': this.mode, 'cmi.core.credit': this.credit });
    } else {
      api.loadFromJSON({
        core: { student_id: this.learner.id, student_name: this.learner.name, credit: this.credit, entry: 'ab-initio', lesson_mode: this.mode },
        student_data: { mastery_score: String(this.passMark) },
      });
    }
    return api;
  }

  private create2004(previous: Flat | undefined): Scorm2004API {
    const api = new Scorm2004API({ logLevel: 5, autocommit: false, lmsCommitUrl: false });
    if (previous) {
      api.loadFromFlattenedJSON({ ...clearSessionValues(previous), 'cmi.entry': 'resume', 'cmi.mode': this.mode, 'cmi.credit': this.credit });
    } else {
      api.loadFromJSON({
        learner_id: this.learner.id,
        learner_name: this.learner.name,
        mode: this.mode,
        credit: this.credit,
        entry: 'ab-initio',
        scaled_passing_score: String(this.passMark / 100),
      });
    }
    return api;
  }

  /** The API as the SCO sees it: strict checks, faults, logging, persistence on commit. */
  private wrap(api: AnyApi, version: LmsVersion): AnyApi {
    const strict = wrapApiStrict(
      api as object,
      version,
      (v: Violation) => this.violations.push(`${v.call.call}${'element' in v.call ? ` ${v.call.element}` : ''}: ${v.reason}`),
      collectionCounts(this.saved[version]),
    ) as unknown as Record<string, unknown>;
    const commits = new Set(version === '1.2' ? ['LMSCommit', 'LMSFinish'] : ['Commit', 'Terminate']);
    return new Proxy(api, {
      get: (target, prop, receiver) => {
        const value = Reflect.get(strict, prop, receiver) as unknown;
        if (typeof prop !== 'string' || typeof value !== 'function' || !/^(LMS)?[A-Z]/.test(prop)) return value;
        return (...args: string[]) => {
          if (this.fault === 'throw') {
            this.log(prop, args, 'threw');
            throw new Error('LMS tidak dapat dihubungi');
          }
          if (this.fault === 'false' && !/GetLastError|GetErrorString|GetDiagnostic/.test(prop)) {
            this.log(prop, args, 'false');
            return prop.endsWith('GetValue') ? '' : 'false';
          }
          if (this.fault === 'false' && /GetLastError/.test(prop)) return '101';
          const result = String((value as (...a: string[]) => unknown).apply(strict, args));
          this.log(prop, args, result);
          if (commits.has(prop) && result === 'true') {
            this.saved[version] = { ...(target.getFlattenedCMI() as Flat) };
          }
          this.changed();
          return result;
        };
      },
    });
  }

  private log(call: string, args: string[], result: string): void {
    this.calls.push({ at: Date.now(), call, args, result });
    if (this.calls.length > 2000) this.calls.shift();
  }

  /** What the LMS holds now (committed data), flattened. */
  stored(version: LmsVersion = this.version): Flat {
    return this.saved[version] ?? {};
  }

  /** The live runtime values (including what is set but not committed yet). */
  live(): Flat {
    return (this.api?.getFlattenedCMI() as Flat | undefined) ?? {};
  }
}

/** How many interactions and objectives the LMS already holds (a relaunch continues after them). */
function collectionCounts(flat: Flat | undefined): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of Object.keys(flat ?? {})) {
    const m = /^(cmi\.(?:interactions|objectives))\.(\d+)\./.exec(key);
    if (m) counts[m[1]!] = Math.max(counts[m[1]!] ?? 0, Number(m[2]) + 1);
  }
  return counts;
}

/** Values that belong to one session and are not carried into the next launch. */
function clearSessionValues(flat: Flat): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(flat)) {
    if (/\.(session_time|exit)$/.test(k) || k === 'cmi.core.exit' || k === 'cmi.exit') continue;
    out[k] = v;
  }
  return out;
}
