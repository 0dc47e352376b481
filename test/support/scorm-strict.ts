/**
 * A strict SCORM validator for tests: the oracle that says whether Moodle or the specification
 * would reject a value or a call sequence. scorm-again (the LMS in our tests) is lenient in
 * places (scorm-notes.md §5.4): it accepts any 1.2 student_response, 1.2 suspend data over
 * 4096, calls after LMSFinish, 2004 short ids with spaces, 3-digit timestamps. The rules here are
 * ported from Moodle `mod/scorm/datamodels/scorm_12.js` / `scorm_13.js` and the RTE books as
 * summarised in the notes (§2, §5.4), sometimes stricter than Moodle where the spec is
 * (calendar dates, minutes below 60, at least one component in a duration).
 *
 * - `check(element, value, interactionType?)`: one SetValue, on its own;
 * - `checkSequence(calls)` / `session().record(call)`: a whole session, with the rules that
 *   need history (initialize once, nothing after finish, sequential indexes, id before type
 *   before responses in 2004, response formats by the interaction's type);
 * - `wrapApiStrict(api, version, onViolation)`: a Proxy around an LMS API object that checks
 *   every call and still forwards it.
 */

import type { ScormVersion } from '../../src/core/scorm-values.js';

export type { ScormVersion };

export type ApiCall =
  | { call: 'initialize' | 'commit' | 'terminate'; arg?: string }
  | { call: 'get'; element: string }
  | { call: 'set'; element: string; value: string };

export interface Violation {
  /** Position of the call in the session (0-based). */
  index: number;
  call: ApiCall;
  reason: string;
}

export interface StrictSession {
  /** Records one call; the reason(s) it breaks a rule, or undefined. */
  record(call: ApiCall): string | undefined;
}

export interface StrictValidator {
  readonly version: ScormVersion;
  /**
   * Why Moodle or the spec would reject setting `element` to `value`, or undefined. Response and
   * pattern formats depend on the interaction type: pass it when known.
   */
  check(element: string, value: string, interactionType?: string): string | undefined;
  /** Every violation of a whole session, in call order. */
  checkSequence(calls: readonly ApiCall[]): Violation[];
  /** A fresh session for checking calls one by one; `counts` seeds collections the LMS already holds. */
  session(counts?: Readonly<Record<string, number>>): StrictSession;
}

// ---------------------------------------------------------------------------------------------
// Value rules

type Access = 'r' | 'w' | 'rw';
type Format = (value: string, interactionType: string | undefined) => string | undefined;

interface Rule {
  access: Access;
  format?: Format;
}

const ro: Rule = { access: 'r' };
const rw = (format: Format): Rule => ({ access: 'rw', format });
const wo = (format: Format): Rule => ({ access: 'w', format });

const charLength = (value: string) => Array.from(value).length;

const matches =
  (pattern: RegExp, what: string): Format =>
  (value) =>
    pattern.test(value) ? undefined : `"${value}" is not ${what}`;

const vocabulary =
  (...words: string[]): Format =>
  (value) =>
    words.includes(value) ? undefined : `"${value}" is not one of ${words.map((w) => `"${w}"`).join(', ')}`;

const maxLength =
  (max: number, asciiOnly = false): Format =>
  (value) => {
    if (charLength(value) > max) return `${charLength(value)} characters, more than ${max}`;
    if (asciiOnly && /[^\x00-\x7f]/.test(value)) return 'contains non-ASCII characters';
    return undefined;
  };

const both =
  (...formats: Format[]): Format =>
  (value, type) => {
    for (const format of formats) {
      const reason = format(value, type);
      if (reason) return reason;
    }
    return undefined;
  };

const inRange =
  (min: number, max: number): Format =>
  (value) =>
    value === '' || (Number(value) >= min && Number(value) <= max) ? undefined : `${value} is outside ${min}..${max}`;

// SCORM 1.2 data types (Moodle scorm_12.js, stricter where noted).
const DECIMAL_12 = /^-?\d{1,3}(\.\d+)?$/; // Moodle also lets "", "." and "5." through
const decimal12 = matches(DECIMAL_12, 'a CMIDecimal');
const score12 = both((value) => (value === '' ? undefined : decimal12(value, undefined)), inRange(0, 100));
const identifier12 = matches(/^[\u0021-\u007e]{1,255}$/, 'a CMIIdentifier (1-255 printable ASCII, no spaces)');

const timespan12: Format = (value) => {
  const m = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(value);
  if (!m) return `"${value}" is not a CMITimespan HHHH:MM:SS.SS (2-4 hour digits, at most 2 decimals)`;
  return Number(m[2]) > 59 || Number(m[3]) > 59 ? `"${value}" has minutes or seconds above 59` : undefined;
};

const time12: Format = (value) => {
  const m = /^(\d{2}):([0-5]\d):([0-5]\d)(\.\d{1,2})?$/.exec(value);
  if (!m) return `"${value}" is not a CMITime HH:MM:SS (a clock time, not a date)`;
  return Number(m[1]) > 23 ? `"${value}" has hours above 23` : undefined;
};

const CHAR_12 = '[0-9a-z]';
const FEEDBACK_12: Record<string, RegExp> = {
  'true-false': /^[01tf]$/,
  choice: new RegExp(`^(${CHAR_12}(,${CHAR_12})*|\\{${CHAR_12}(,${CHAR_12})*\\})$`),
  matching: new RegExp(`^(${CHAR_12}\\.${CHAR_12}(,${CHAR_12}\\.${CHAR_12})*|\\{${CHAR_12}\\.${CHAR_12}(,${CHAR_12}\\.${CHAR_12})*\\})$`),
  sequencing: new RegExp(`^${CHAR_12}(,${CHAR_12})*$`),
  likert: new RegExp(`^${CHAR_12}$`),
  numeric: DECIMAL_12,
};

/** 1.2 student_response / correct pattern: CMIFeedback, with the per-type format (RTE 3.4.2.7). */
const feedback12: Format = (value, type) => {
  if (charLength(value) > 255) return `${charLength(value)} characters, more than 255`;
  const pattern = type === undefined ? undefined : FEEDBACK_12[type];
  if (pattern && !pattern.test(value)) {
    return `"${value}" is not a 1.2 ${type} response (single characters 0-9 a-z: "a,c", matching "1.a,2.b", true-false one of 0 1 t f)`;
  }
  return undefined;
};

const result12 = (value: string) =>
  ['correct', 'wrong', 'unanticipated', 'neutral'].includes(value) || /^\d{1,3}(\.\d+)?$/.test(value)
    ? undefined
    : `"${value}" is not a 1.2 result (correct, wrong, unanticipated, neutral or a decimal)`;

const STATUS_12 = ['passed', 'completed', 'failed', 'incomplete', 'browsed'];
const TYPES_12 = ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'];

const RULES_12: Record<string, Rule> = {
  'cmi._children': ro,
  'cmi._version': ro,
  'cmi.core._children': ro,
  'cmi.core.student_id': ro,
  'cmi.core.student_name': ro,
  'cmi.core.lesson_location': rw(maxLength(255)),
  'cmi.core.credit': ro,
  'cmi.core.lesson_status': rw(vocabulary(...STATUS_12)),
  'cmi.core.entry': ro,
  'cmi.core.score._children': ro,
  'cmi.core.score.raw': rw(score12),
  'cmi.core.score.min': rw(score12),
  'cmi.core.score.max': rw(score12),
  'cmi.core.total_time': ro,
  'cmi.core.lesson_mode': ro,
  'cmi.core.exit': wo(vocabulary('time-out', 'suspend', 'logout', '')),
  'cmi.core.session_time': wo(timespan12),
  'cmi.suspend_data': rw(maxLength(4096, true)),
  'cmi.launch_data': ro,
  'cmi.comments': rw(maxLength(4096)),
  'cmi.comments_from_lms': ro,
  'cmi.objectives._children': ro,
  'cmi.objectives._count': ro,
  'cmi.objectives.n.id': rw(identifier12),
  'cmi.objectives.n.score._children': ro,
  'cmi.objectives.n.score.raw': rw(score12),
  'cmi.objectives.n.score.min': rw(score12),
  'cmi.objectives.n.score.max': rw(score12),
  'cmi.objectives.n.status': rw(vocabulary(...STATUS_12, 'not attempted')),
  'cmi.student_data._children': ro,
  'cmi.student_data.mastery_score': ro,
  'cmi.student_data.max_time_allowed': ro,
  'cmi.student_data.time_limit_action': ro,
  'cmi.student_preference._children': ro,
  'cmi.student_preference.audio': rw(both(matches(/^-?\d+$/, 'an integer'), inRange(-1, 100))),
  'cmi.student_preference.language': rw(maxLength(255)),
  'cmi.student_preference.speed': rw(both(matches(/^-?\d+$/, 'an integer'), inRange(-100, 100))),
  'cmi.student_preference.text': rw(vocabulary('-1', '0', '1')),
  'cmi.interactions._children': ro,
  'cmi.interactions._count': ro,
  'cmi.interactions.n.id': wo(identifier12),
  'cmi.interactions.n.objectives._count': ro,
  'cmi.interactions.n.objectives.n.id': wo(identifier12),
  'cmi.interactions.n.time': wo(time12),
  'cmi.interactions.n.type': wo(vocabulary(...TYPES_12)),
  'cmi.interactions.n.correct_responses._count': ro,
  'cmi.interactions.n.correct_responses.n.pattern': wo(feedback12),
  'cmi.interactions.n.weighting': wo(both(decimal12, inRange(-100, 100))),
  'cmi.interactions.n.student_response': wo(feedback12),
  'cmi.interactions.n.result': wo(result12),
  'cmi.interactions.n.latency': wo(timespan12),
};

// SCORM 2004 data types (Moodle scorm_13.js, stricter where noted).
const DECIMAL_2004 = /^-?\d{1,5}(\.\d{1,18})?$/;
const decimal2004 = matches(DECIMAL_2004, 'a real number (at most 5 integer digits)');
const SHORT_ID = /^[\w.]{1,250}$/;
const longIdentifier = matches(
  /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/,
  'a long identifier (1-4000 characters, no white space)',
);

const timestamp2004: Format = (value) => {
  const m =
    /^(19[7-9]\d|20[0-2]\d|203[0-8])(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3])(:[0-5]\d(:[0-5]\d(\.\d{1,2}(Z|[+-]([01]\d|2[0-3])(:[0-5]\d)?)?)?)?)?)?)?)?$/.exec(
      value,
    );
  if (!m) {
    return `"${value}" is not a SCORM 2004 timestamp accepted by Moodle (years 1970-2038, at most 2 fractional digits, a time zone only after fractional seconds)`;
  }
  if (m[5] !== undefined) {
    const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[5])];
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return `"${value}" is not a calendar date`;
  }
  return undefined;
};

const duration2004: Format = (value) => {
  const seconds = '\\d+(\\.\\d{1,2})?S';
  const pattern = new RegExp(`^P(\\d+Y)?(\\d+M)?(\\d+D)?(T((\\d+H)(\\d+M)?(${seconds})?|(\\d+M)(${seconds})?|(${seconds})))?$`);
  if (!pattern.test(value) || value === 'P') {
    return `"${value}" is not an ISO 8601 duration with at least one part and at most 2 decimals (e.g. PT1M30.5S)`;
  }
  return undefined;
};

const LANG = '([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?';

/** A localized string: optional {lang=xx} and at most `max` characters of text, on one line. */
const langString =
  (max: number): Format =>
  (value) => {
    const m = new RegExp(`^(\\{lang=([^}]*)\\})?(.*)$`, 's').exec(value) as RegExpExecArray;
    if (m[1] !== undefined && !new RegExp(`^${LANG}$`).test(m[2] ?? '')) return `"${m[1]}" is not a valid language tag`;
    const text = m[3] ?? '';
    if (/[\r\n]/.test(text)) return 'contains a line break (Moodle rejects it)';
    if (charLength(text) > max) return `${charLength(text)} characters of text, more than ${max}`;
    return undefined;
  };

const scaled = both(decimal2004, inRange(-1, 1));
const unitInterval = both(decimal2004, inRange(0, 1));

function shortIds(items: string[], what: string, max: number, unique: boolean): string | undefined {
  if (items.length > max) return `${items.length} ${what}, more than ${max}`;
  const bad = items.find((item) => !SHORT_ID.test(item));
  if (bad !== undefined) return `"${bad}" is not a short identifier ([A-Za-z0-9_.], 1-250 characters; no hyphens or spaces)`;
  if (unique && new Set(items).size !== items.length) return 'repeats an identifier';
  return undefined;
}

function pairs(value: string, max: number): string | undefined {
  const items = value.split('[,]');
  if (items.length > max) return `${items.length} pairs, more than ${max}`;
  for (const item of items) {
    const parts = item.split('[.]');
    if (parts.length !== 2) return `"${item}" is not a pair source[.]target`;
    const reason = shortIds(parts, 'ids', 2, false);
    if (reason) return reason;
  }
  return undefined;
}

/** learner_response by interaction type (RTE 4.2.9.2, Moodle's learner_response table). */
const learnerResponse2004: Format = (value, type) => {
  switch (type) {
    case 'true-false':
      return value === 'true' || value === 'false' ? undefined : `"${value}" is not true or false`;
    case 'choice':
      return value === '' ? 'an empty choice response' : shortIds(value.split('[,]'), 'choices', 36, true);
    case 'sequencing':
      return value === '' ? 'an empty sequencing response' : shortIds(value.split('[,]'), 'steps', 36, false);
    case 'matching':
      return value === '' ? 'an empty matching response' : pairs(value, 36);
    case 'likert':
      return shortIds([value], 'ids', 1, false);
    case 'numeric':
      return decimal2004(value, type);
    case 'fill-in': {
      const items = value.split('[,]');
      if (items.length > 10) return `${items.length} strings, more than 10`;
      for (const item of items) {
        const reason = langString(250)(item, type);
        if (reason) return reason;
      }
      return undefined;
    }
    case 'long-fill-in':
      return langString(4000)(value, type);
    default:
      return maxLength(4000)(value, type);
  }
};

/** correct_responses.n.pattern by interaction type. */
const pattern2004: Format = (value, type) => {
  switch (type) {
    case 'numeric': {
      const parts = value.split('[:]');
      if (parts.length > 2) return `"${value}" is not min[:]max`;
      const bad = parts.find((part) => part !== '' && !DECIMAL_2004.test(part));
      return bad === undefined ? undefined : `"${bad}" is not a real number`;
    }
    case 'fill-in':
    case 'long-fill-in': {
      const rest = value.replace(/^(\{(case_matters|order_matters)=(true|false)\}){0,2}/, '');
      return learnerResponse2004(rest, type);
    }
    case 'performance':
      return maxLength(4000)(value.replace(/^\{order_matters=(true|false)\}/, ''), type);
    default:
      return learnerResponse2004(value, type);
  }
};

const result2004 = (value: string) =>
  ['correct', 'incorrect', 'unanticipated', 'neutral'].includes(value) || /^-?\d{1,4}(\.\d{1,18})?$/.test(value)
    ? undefined
    : `"${value}" is not a 2004 result (correct, incorrect, unanticipated, neutral or a real number)`;

const COMPLETION = ['completed', 'incomplete', 'not attempted', 'unknown'];
const SUCCESS = ['passed', 'failed', 'unknown'];
const TYPES_2004 = [...TYPES_12, 'long-fill-in', 'other'];
const NAV_REQUESTS = ['continue', 'previous', 'exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll', '_none_'];

const RULES_2004: Record<string, Rule> = {
  'cmi._children': ro,
  'cmi._version': ro,
  'cmi.comments_from_learner._children': ro,
  'cmi.comments_from_learner._count': ro,
  'cmi.comments_from_learner.n.comment': rw(langString(4000)),
  'cmi.comments_from_learner.n.location': rw(maxLength(250)),
  'cmi.comments_from_learner.n.timestamp': rw(timestamp2004),
  'cmi.comments_from_lms._children': ro,
  'cmi.comments_from_lms._count': ro,
  'cmi.comments_from_lms.n.comment': ro,
  'cmi.comments_from_lms.n.location': ro,
  'cmi.comments_from_lms.n.timestamp': ro,
  'cmi.completion_status': rw(vocabulary(...COMPLETION)),
  'cmi.completion_threshold': ro,
  'cmi.credit': ro,
  'cmi.entry': ro,
  'cmi.exit': wo(vocabulary('time-out', 'suspend', 'logout', 'normal', '')),
  'cmi.interactions._children': ro,
  'cmi.interactions._count': ro,
  'cmi.interactions.n.id': rw(longIdentifier),
  'cmi.interactions.n.type': rw(vocabulary(...TYPES_2004)),
  'cmi.interactions.n.objectives._count': ro,
  'cmi.interactions.n.objectives.n.id': rw(longIdentifier),
  'cmi.interactions.n.timestamp': rw(timestamp2004),
  'cmi.interactions.n.correct_responses._count': ro,
  'cmi.interactions.n.correct_responses.n.pattern': rw(pattern2004),
  'cmi.interactions.n.weighting': rw(decimal2004),
  'cmi.interactions.n.learner_response': rw(learnerResponse2004),
  'cmi.interactions.n.result': rw(result2004),
  'cmi.interactions.n.latency': rw(duration2004),
  'cmi.interactions.n.description': rw(langString(250)),
  'cmi.launch_data': ro,
  'cmi.learner_id': ro,
  'cmi.learner_name': ro,
  'cmi.learner_preference._children': ro,
  'cmi.learner_preference.audio_level': rw(both(decimal2004, inRange(0, Infinity))),
  'cmi.learner_preference.language': rw(matches(new RegExp(`^(${LANG})?$`), 'a language tag')),
  'cmi.learner_preference.delivery_speed': rw(both(decimal2004, inRange(0, Infinity))),
  'cmi.learner_preference.audio_captioning': rw(vocabulary('-1', '0', '1')),
  'cmi.location': rw(maxLength(1000)),
  'cmi.max_time_allowed': ro,
  'cmi.mode': ro,
  'cmi.objectives._children': ro,
  'cmi.objectives._count': ro,
  'cmi.objectives.n.id': rw(longIdentifier),
  'cmi.objectives.n.score._children': ro,
  'cmi.objectives.n.score.scaled': rw(scaled),
  'cmi.objectives.n.score.raw': rw(decimal2004),
  'cmi.objectives.n.score.min': rw(decimal2004),
  'cmi.objectives.n.score.max': rw(decimal2004),
  'cmi.objectives.n.success_status': rw(vocabulary(...SUCCESS)),
  'cmi.objectives.n.completion_status': rw(vocabulary(...COMPLETION)),
  'cmi.objectives.n.progress_measure': rw(unitInterval),
  'cmi.objectives.n.description': rw(langString(250)),
  'cmi.progress_measure': rw(unitInterval),
  'cmi.scaled_passing_score': ro,
  'cmi.score._children': ro,
  'cmi.score.scaled': rw(scaled),
  'cmi.score.raw': rw(decimal2004),
  'cmi.score.min': rw(decimal2004),
  'cmi.score.max': rw(decimal2004),
  'cmi.session_time': wo(duration2004),
  'cmi.success_status': rw(vocabulary(...SUCCESS)),
  'cmi.suspend_data': rw(maxLength(64000)),
  'cmi.time_limit_action': ro,
  'cmi.total_time': ro,
  'adl.nav.request': rw(vocabulary(...NAV_REQUESTS)),
};

/** The data-model name of an element: every array index becomes "n". */
function modelOf(element: string): string {
  return element.replace(/\.\d+(?=\.)/g, '.n');
}

function ruleOf(version: ScormVersion, element: string): Rule | undefined {
  const rules = version === '1.2' ? RULES_12 : RULES_2004;
  return Object.hasOwn(rules, modelOf(element)) ? rules[modelOf(element)] : undefined;
}

/** Read/write and format of one SetValue, without history. */
function checkSet(version: ScormVersion, element: string, value: string, type: string | undefined): string | undefined {
  const rule = ruleOf(version, element);
  if (!rule) return `${element} is not a SCORM ${version} data model element`;
  if (rule.access === 'r') {
    return /\._(children|count|version)$/.test(element) ? `${element} is a keyword and cannot be set` : `${element} is read-only`;
  }
  return rule.format?.(value, type);
}

// ---------------------------------------------------------------------------------------------
// Sessions

const ONE_PATTERN_TYPES = new Set(['true-false', 'likert', 'numeric', 'other']);

interface InteractionRecord {
  id?: string;
  type?: string;
  patterns: string[];
}

class StrictSessionImpl implements StrictSession {
  private state: 'new' | 'open' | 'terminated' = 'new';
  /** Count of every collection seen, by its path ("cmi.interactions", "cmi.interactions.0.objectives"). */
  private readonly counts = new Map<string, number>();
  private readonly interactions = new Map<number, InteractionRecord>();
  private readonly objectiveIds = new Map<number, string>();

  /**
   * `counts`: collections the LMS already holds from earlier sessions (a relaunch continues at
   * cmi.interactions._count, not at 0).
   */
  constructor(
    private readonly version: ScormVersion,
    counts: Readonly<Record<string, number>> = {},
  ) {
    for (const [path, n] of Object.entries(counts)) this.counts.set(path, n);
  }

  private get names() {
    return this.version === '1.2'
      ? { init: 'LMSInitialize', finish: 'LMSFinish', get: 'LMSGetValue', set: 'LMSSetValue', commit: 'LMSCommit' }
      : { init: 'Initialize', finish: 'Terminate', get: 'GetValue', set: 'SetValue', commit: 'Commit' };
  }

  record(call: ApiCall): string | undefined {
    const reasons: string[] = [];
    const n = this.names;
    const name = { initialize: n.init, terminate: n.finish, commit: n.commit, get: n.get, set: n.set }[call.call];

    if (call.call === 'initialize') {
      if (this.state === 'open') reasons.push(`${name} called twice`);
      if (this.state === 'terminated') reasons.push(`${name} after ${n.finish}`);
      if ((call.arg ?? '') !== '') reasons.push(`${name} takes "" (got "${call.arg}")`);
      if (this.state === 'new') this.state = 'open';
      return reasons.length > 0 ? reasons.join('; ') : undefined;
    }
    if (this.state === 'new') return `${name} before ${n.init}`;
    if (this.state === 'terminated') return `${name} after ${n.finish}`;

    switch (call.call) {
      case 'commit':
      case 'terminate':
        if ((call.arg ?? '') !== '') reasons.push(`${name} takes "" (got "${call.arg}")`);
        if (call.call === 'terminate') this.state = 'terminated';
        break;
      case 'get': {
        const rule = ruleOf(this.version, call.element);
        if (!rule) reasons.push(`${call.element} is not a SCORM ${this.version} data model element`);
        else if (rule.access === 'w') reasons.push(`${call.element} is write-only`);
        break;
      }
      case 'set':
        reasons.push(...this.recordSet(call.element, call.value));
        break;
    }
    return reasons.length > 0 ? reasons.join('; ') : undefined;
  }

  private recordSet(element: string, value: string): string[] {
    const reasons: string[] = [];
    const interactionIndex = /^cmi\.interactions\.(\d+)\./.exec(element)?.[1];
    const interaction = interactionIndex === undefined ? undefined : this.interactions.get(Number(interactionIndex));
    const field = element.replace(/^cmi\.interactions\.\d+\./, '');

    const format = checkSet(this.version, element, value, interaction?.type);
    if (format) reasons.push(format);
    if (ruleOf(this.version, element)?.access === 'r' || !ruleOf(this.version, element)) return reasons;

    // Collections: indexes without leading zeros, each at most the current count.
    const segments = element.split('.');
    for (let i = 1; i < segments.length; i++) {
      const segment = segments[i] as string;
      if (!/^\d+$/.test(segment)) continue;
      const path = segments.slice(0, i).join('.');
      const index = Number(segment);
      const count = this.counts.get(path) ?? 0;
      if (segment.length > 1 && segment.startsWith('0')) reasons.push(`index "${segment}" has a leading zero`);
      if (index > count) {
        reasons.push(`${path}.${index} skips an index: ${path}._count is ${count}`);
        return reasons;
      }
      if (index === count) {
        const rest = segments.slice(i + 1).join('.');
        const opensWithId = rest === 'id';
        const is2004Entry = this.version === '2004' && (path === 'cmi.interactions' || path === 'cmi.objectives');
        if (is2004Entry && !opensWithId) {
          reasons.push(`${path}.${index}.${rest} before ${path}.${index}.id (the id must be set first)`);
          return reasons;
        }
        this.counts.set(path, count + 1);
      }
    }

    if (interactionIndex !== undefined) {
      const index = Number(interactionIndex);
      const record: InteractionRecord = this.interactions.get(index) ?? { patterns: [] };
      this.interactions.set(index, record);
      reasons.push(...this.recordInteraction(record, field, value));
    }
    const objective = /^cmi\.objectives\.(\d+)\.id$/.exec(element);
    if (objective && this.version === '2004') {
      const index = Number(objective[1]);
      const previous = this.objectiveIds.get(index);
      if (previous !== undefined && previous !== value) reasons.push(`objective ${index} already has the id "${previous}"`);
      const duplicate = [...this.objectiveIds].find(([other, id]) => other !== index && id === value);
      if (duplicate) reasons.push(`objective id "${value}" is already used by objective ${duplicate[0]}`);
      if (previous === undefined) this.objectiveIds.set(index, value);
    }
    return reasons;
  }

  private recordInteraction(record: InteractionRecord, field: string, value: string): string[] {
    const reasons: string[] = [];
    if (field === 'id') {
      if (this.version === '2004' && record.id !== undefined && record.id !== value) {
        reasons.push(`interaction id "${record.id}" cannot change to "${value}"`);
      } else {
        record.id = value;
      }
      return reasons;
    }
    if (field === 'type') {
      record.type = value;
      return reasons;
    }
    const needsType = field === 'learner_response' || field.startsWith('correct_responses.');
    if (this.version === '2004' && needsType && record.type === undefined) {
      reasons.push(`${field} before type (the type must be set first)`);
    }
    const pattern = /^correct_responses\.(\d+)\.pattern$/.exec(field);
    if (pattern && this.version === '2004') {
      const index = Number(pattern[1]);
      if (record.type !== undefined && ONE_PATTERN_TYPES.has(record.type) && index > 0) {
        reasons.push(`a ${record.type} interaction has one correct pattern at most`);
      }
      if (record.patterns.some((other, i) => i !== index && other === value)) reasons.push(`pattern "${value}" is set twice`);
      record.patterns[index] = value;
    }
    return reasons;
  }
}

/** A strict validator for one SCORM version. */
export function createStrictValidator(version: ScormVersion): StrictValidator {
  return {
    version,
    check: (element, value, interactionType) => checkSet(version, element, value, interactionType),
    checkSequence(calls) {
      const session = new StrictSessionImpl(version);
      const violations: Violation[] = [];
      calls.forEach((call, index) => {
        const reason = session.record(call);
        if (reason) violations.push({ index, call, reason });
      });
      return violations;
    },
    session: (counts) => new StrictSessionImpl(version, counts),
  };
}

// ---------------------------------------------------------------------------------------------
// Proxy

const API_CALLS: Record<ScormVersion, Record<string, ApiCall['call']>> = {
  '1.2': { LMSInitialize: 'initialize', LMSFinish: 'terminate', LMSGetValue: 'get', LMSSetValue: 'set', LMSCommit: 'commit' },
  '2004': { Initialize: 'initialize', Terminate: 'terminate', GetValue: 'get', SetValue: 'set', Commit: 'commit' },
};

function callOf(kind: ApiCall['call'], args: readonly unknown[]): ApiCall {
  switch (kind) {
    case 'get':
      return { call: 'get', element: String(args[0]) };
    case 'set':
      return { call: 'set', element: String(args[0]), value: String(args[1]) };
    default:
      return { call: kind, arg: args[0] === undefined ? '' : String(args[0]) };
  }
}

/**
 * A Proxy around an LMS API object (a scorm-again Scorm12API / Scorm2004API, or a fake) that
 * checks every Initialize/Terminate/GetValue/SetValue/Commit (or the LMS… names in 1.2) against
 * the strict rules, calls `onViolation` for each broken rule, and always forwards the call,
 * returning what the API returned. A SetValue value that is not a string is a violation too
 * (every SCORM value is a string). Other properties pass through, bound to the API object.
 */
export function wrapApiStrict<T extends object>(
  api: T,
  version: ScormVersion,
  onViolation: (violation: Violation) => void,
  counts?: Readonly<Record<string, number>>,
): T {
  const session = createStrictValidator(version).session(counts);
  let index = 0;
  return new Proxy(api, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      const kind = typeof property === 'string' && Object.hasOwn(API_CALLS[version], property) ? API_CALLS[version][property] : undefined;
      if (typeof value !== 'function') return value;
      if (!kind) return value.bind(target);
      return (...args: unknown[]): unknown => {
        const call = callOf(kind, args);
        const reasons = [
          ...(kind === 'set' && typeof args[1] !== 'string' ? [`the value of ${call.call === 'set' ? call.element : ''} is a ${typeof args[1]}, not a string`] : []),
          ...[session.record(call)].filter((reason): reason is string => reason !== undefined),
        ];
        if (reasons.length > 0) onViolation({ index, call, reason: reasons.join('; ') });
        index++;
        return Reflect.apply(value, target, args);
      };
    },
  });
}
