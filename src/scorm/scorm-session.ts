/**
 * One SCORM session with the LMS: Initialize once, Get/Set/Commit, Terminate exactly once, and
 * never a call after that. Every call is guarded: an LMS API that returns "false", throws, or
 * has vanished becomes a recorded failure with its error code read and classified per version
 * (403 and 405 mean different things in 1.2 and 2004), never an exception in the course.
 */
import type { FoundApi, Scorm12Api, Scorm2004Api, ScormVersion } from './api-discovery.js';
import { scormErrorKind, type ScormErrorKind } from '../core/scorm-values.js';

export interface ScormFailure {
  call: 'initialize' | 'get' | 'set' | 'commit' | 'terminate';
  element?: string;
  /** The LMS error code ("0" when the API threw or was gone). */
  code: string;
  kind: ScormErrorKind | 'threw';
  /** The LMS's own text for the code, or the exception message. */
  message: string;
}

export type SessionState = 'new' | 'open' | 'terminated';

/** The version-specific call names behind one interface. */
interface Calls {
  init(): string;
  finish(): string;
  get(el: string): string;
  set(el: string, v: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
}

function callsFor(found: FoundApi): Calls {
  if (found.version === '1.2') {
    const a: Scorm12Api = found.api;
    return {
      init: () => a.LMSInitialize(''),
      finish: () => a.LMSFinish(''),
      get: (el) => a.LMSGetValue(el),
      set: (el, v) => a.LMSSetValue(el, v),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (c) => a.LMSGetErrorString(c),
    };
  }
  const a: Scorm2004Api = found.api;
  return {
    init: () => a.Initialize(''),
    finish: () => a.Terminate(''),
    get: (el) => a.GetValue(el),
    set: (el, v) => a.SetValue(el, v),
    commit: () => a.Commit(''),
    lastError: () => a.GetLastError(),
    errorString: (c) => a.GetErrorString(c),
  };
}

export class ScormSession {
  readonly version: ScormVersion;
  private readonly calls: Calls;
  private _state: SessionState = 'new';
  /** The most recent failure, for the status line and diagnostics. */
  lastFailure: ScormFailure | undefined;
  /** Every failure of this session, oldest first (bounded). */
  readonly failures: ScormFailure[] = [];

  constructor(found: FoundApi) {
    this.version = found.version;
    this.calls = callsFor(found);
  }

  get state(): SessionState {
    return this._state;
  }

  get isOpen(): boolean {
    return this._state === 'open';
  }

  /** Initialize; true when the session is open (also when it already was). */
  initialize(): boolean {
    if (this._state === 'open') return true;
    if (this._state === 'terminated') return false;
    const ok = this.run('initialize', undefined, () => this.calls.init()) === 'true';
    if (ok) this._state = 'open';
    else if (this.lastFailure?.kind === 'already-initialized') this._state = 'open';
    return this._state === 'open';
  }

  /**
   * The value of `element`, or undefined when the LMS could not give one. A 2004 "not
   * initialized" (403) on a never-set element is an empty value, not a failure.
   */
  get(element: string): string | undefined {
    if (!this.isOpen) return undefined;
    const value = this.run('get', element, () => this.calls.get(element));
    if (value === undefined) return undefined;
    if (value === '') {
      const code = this.readError();
      if (code !== '0') {
        const kind = scormErrorKind(this.version, code);
        if (kind === 'not-initialized-value') return '';
        this.fail({ call: 'get', element, code, kind, message: this.errorText(code) });
        return undefined;
      }
    }
    return value;
  }

  /** Sets `element`; false (with lastFailure) when the LMS refused or failed. */
  set(element: string, value: string): boolean {
    if (!this.isOpen) return false;
    return this.run('set', element, () => this.calls.set(element, value)) === 'true';
  }

  commit(): boolean {
    if (!this.isOpen) return false;
    return this.run('commit', undefined, () => this.calls.commit()) === 'true';
  }

  /** Terminate exactly once; the session is closed afterwards whatever the LMS answered. */
  terminate(): boolean {
    if (!this.isOpen) return false;
    const ok = this.run('terminate', undefined, () => this.calls.finish()) === 'true';
    this._state = 'terminated';
    return ok;
  }

  /** Runs one API call; records a failure when it throws or answers "false". */
  private run(call: ScormFailure['call'], element: string | undefined, fn: () => string): string | undefined {
    let result: string;
    try {
      result = String(fn());
    } catch (e) {
      this.fail({ call, ...(element ? { element } : {}), code: '0', kind: 'threw', message: e instanceof Error ? e.message : String(e) });
      return undefined;
    }
    // "false" is a refusal from the calls that answer true/false; from GetValue it is a value
    // (a 2004 true-false learner_response, for one).
    if (result === 'false' && call !== 'get') {
      const code = this.readError();
      this.fail({ call, ...(element ? { element } : {}), code, kind: scormErrorKind(this.version, code), message: this.errorText(code) });
    }
    return result;
  }

  private readError(): string {
    try {
      return String(this.calls.lastError() ?? '0');
    } catch {
      return '0';
    }
  }

  private errorText(code: string): string {
    try {
      return String(this.calls.errorString(code) ?? '');
    } catch {
      return '';
    }
  }

  private fail(f: ScormFailure): void {
    this.lastFailure = f;
    this.failures.push(f);
    if (this.failures.length > 50) this.failures.shift();
  }
}
