/**
 * Finding the LMS's SCORM API from inside the course page (the SCO).
 *
 * The LMS puts `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004) on one of the windows above the
 * SCO: the current window, its parent chain (frames), or the chain above the window that
 * opened it (pop-up launches). Every read of another window is guarded, because a frame from
 * another origin throws on access.
 */

import type { ScormVersion } from '../core/scorm-values.js';

export type { ScormVersion };

/** The calls an LMS API object offers; 1.2 names them LMSInitialize…, 2004 Initialize…. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

export interface Scorm2004Api {
  Initialize(arg: ''): string;
  Terminate(arg: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(arg: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundApi = { version: '1.2'; api: Scorm12Api } | { version: '2004'; api: Scorm2004Api };

const NAMES: Record<ScormVersion, string> = { '1.2': 'API', '2004': 'API_1484_11' };
/** How far up a frame chain to look (the SCORM 2004 RTE's limit). */
export const MAX_FRAME_DEPTH = 500;

/** The object a window holds under `name`, or undefined (including when the window is cross-origin). */
function readApi(win: Window, name: string): unknown {
  try {
    const value = (win as unknown as Record<string, unknown>)[name];
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined; // a frame from another origin
  }
}

function parentOf(win: Window): Window | undefined {
  try {
    return win.parent && win.parent !== win ? win.parent : undefined;
  } catch {
    return undefined;
  }
}

function openerOf(win: Window): Window | undefined {
  try {
    return win.opener ?? undefined;
  } catch {
    return undefined;
  }
}

/** Looks for a working `version` API on `start` and up its parent chain (stray objects under the name are passed over). */
function scanChain(start: Window | undefined, version: ScormVersion): unknown {
  let win = start;
  for (let depth = 0; win && depth <= MAX_FRAME_DEPTH; depth++) {
    const api = readApi(win, NAMES[version]);
    if (api && looksLike(api, version)) return api;
    win = parentOf(win);
  }
  return undefined;
}

function topOf(win: Window): Window {
  try {
    return win.top ?? win;
  } catch {
    return win;
  }
}

function looksLike(api: unknown, version: ScormVersion): boolean {
  const fn = version === '1.2' ? 'LMSInitialize' : 'Initialize';
  return typeof (api as Record<string, unknown> | undefined)?.[fn] === 'function';
}

/**
 * Finds the LMS API. `prefer` pins one version (a package for 2004 looks for 2004 first);
 * when `only` is set, the other version is never used (e.g. a `?scorm=1.2` launch override).
 */
export function findScormApi(win: Window, prefer: ScormVersion = '2004', only = false): FoundApi | undefined {
  const order: ScormVersion[] = only ? [prefer] : prefer === '2004' ? ['2004', '1.2'] : ['1.2', '2004'];
  for (const version of order) {
    let api = scanChain(win, version);
    if (!api) {
      // A pop-up launch: the window that opened the SCO's top window, and that window's frames.
      const opener = openerOf(topOf(win));
      if (opener) api = scanChain(opener, version);
    }
    if (api) {
      return version === '1.2' ? { version, api: api as Scorm12Api } : { version, api: api as Scorm2004Api };
    }
  }
  return undefined;
}

/** The version the launch URL asks for (`?scorm=1.2` or `?scorm=2004`), if any. */
export function versionFromUrl(search: string): ScormVersion | undefined {
  const v = new URLSearchParams(search).get('scorm');
  return v === '1.2' || v === '2004' ? v : undefined;
}
