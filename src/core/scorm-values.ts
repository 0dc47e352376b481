/**
 * The mapping from the core's results to SCORM `cmi.*` values, in the strictest format that every
 * known LMS accepts (see shared/reference/scorm-notes.md §2, §3.2, §6): Moodle's validators are
 * stricter than the specification in places (2 fractional digits in timestamps, years up to
 * 2038, `[\w.]` short identifiers, 2-4 hour digits in 1.2 timespans), so every value here
 * satisfies both. Pure functions: no LMS calls, no DOM. The tracking bridge sets the values.
 */
import type { Lesson, Question, Quiz, Response, Scenario } from './course.js';
import { optionOrder, type ScoredResponse } from './quiz.js';
import { deriveSeed } from './random.js';

export type ScormVersion = '1.2' | '2004';

/** `[element, value]` pairs, in the order they must be set. */
export type ElementValues = Array<[element: string, value: string]>;

/** `[suffix, value]` pairs to set under `cmi.interactions.n.`, in the order they must be set. */
export type InteractionValues = Array<[suffix: string, value: string]>;

// ---------------------------------------------------------------------------------------------
// Numbers and time

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Whole centiseconds of a duration; negative, NaN and infinite durations count as 0. */
function centiseconds(ms: number): number {
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 10) : 0;
}

/**
 * A decimal with at most `maxDecimals` decimals, no exponent and no trailing zeros
 * (0.1 + 0.2 → "0.3", 1e-9 → "0"). NaN and infinities give "0".
 */
export function formatDecimal(value: number, maxDecimals: number): string {
  if (!Number.isFinite(value)) return '0';
  const text = value.toFixed(maxDecimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return text === '-0' ? '0' : text;
}

/** The longest 1.2 timespan: 4 hour digits. */
const SCORM12_TIMESPAN_MAX_CS = 10000 * 360000 - 1;

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (4 hour digits, 2 fractional digits), e.g. 90.5 s →
 * "0000:01:30.50". Capped at "9999:59:59.99"; negative and NaN durations give "0000:00:00.00".
 */
export function scorm12Timespan(ms: number): string {
  const cs = Math.min(centiseconds(ms), SCORM12_TIMESPAN_MAX_CS);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(cs % 100)}`;
}

/**
 * SCORM 2004 ISO 8601 duration with hours, minutes and seconds (at most 2 decimals), leaving
 * out zero parts: 3723.45 s → "PT1H2M3.45S", 1 h → "PT1H", 0 → "PT0S". Hours are not folded into
 * days. Negative and NaN durations give "PT0S".
 */
export function scorm2004Duration(ms: number): string {
  const cs = centiseconds(ms);
  if (cs === 0) return 'PT0S';
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = cs % 6000;
  return (
    'PT' +
    (hours ? `${hours}H` : '') +
    (minutes ? `${minutes}M` : '') +
    (seconds ? `${formatDecimal(seconds / 100, 2)}S` : '')
  );
}

/** SCORM 1.2 CMITime `HH:MM:SS`: the clock time in the learner's time zone. An invalid date gives "00:00:00". */
export function scorm12Time(date: Date): string {
  if (!Number.isFinite(date.getTime())) return '00:00:00';
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** Moodle accepts years 1970-2038 only: timestamps are clamped into that range. */
const TIMESTAMP_MIN_MS = Date.UTC(1970, 0, 1);
const TIMESTAMP_MAX_MS = Date.UTC(2038, 11, 31, 23, 59, 59, 990);

/**
 * SCORM 2004 timestamp in UTC, `YYYY-MM-DDThh:mm:ss.ssZ`: exactly 2 fractional digits (Moodle
 * rejects 3) before the zone designator (a zone is only allowed after fractional seconds).
 * Dates before 1970 or after 2038 are clamped to 1970-01-01T00:00:00.00Z /
 * 2038-12-31T23:59:59.99Z (Moodle's range); an invalid date gives the 1970 one.
 */
export function scorm2004Timestamp(date: Date): string {
  const time = Number.isFinite(date.getTime()) ? date.getTime() : TIMESTAMP_MIN_MS;
  const ms = Math.min(TIMESTAMP_MAX_MS, Math.max(TIMESTAMP_MIN_MS, time));
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(Math.floor(d.getUTCMilliseconds() / 10))}Z`
  );
}

// ---------------------------------------------------------------------------------------------
// Identifiers

const IDENTIFIER_MAX = 250;

/**
 * An identifier every LMS accepts, from parts joined with ".": only `[A-Za-z0-9_.]` (each other
 * character, hyphens included, becomes "_"), at most 250 characters, never empty. Empty parts
 * are left out; no parts at all give "_". A longer result keeps its first characters and ends in
 * "." plus a hash of the whole, so long ids stay distinct.
 * scormIdentifier('kuis-akhir', 'a1', 'like-petahana') → "kuis_akhir.a1.like_petahana".
 */
export function scormIdentifier(...parts: string[]): string {
  const cleaned = parts
    .map((part) => part.replace(/[^A-Za-z0-9_.]/gu, '_'))
    .filter((part) => part.length > 0)
    .join('.');
  if (cleaned.length === 0) return '_';
  if (cleaned.length <= IDENTIFIER_MAX) return cleaned;
  const hash = deriveSeed(0, 'scorm-identifier', parts.join('\u0000')).toString(36);
  return `${cleaned.slice(0, IDENTIFIER_MAX - hash.length - 1)}.${hash}`;
}

// ---------------------------------------------------------------------------------------------
// Text

const BLOCK_TAG = /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|aside|section|pre|table|tr|td|th|hr)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Plain text of build-produced HTML (no DOM: the markup comes from our own build, so a regular
 * expression is enough): block tags become spaces, other tags disappear, the basic entities and
 * numeric character references are decoded, white space is collapsed.
 */
export function plainTextOf(html: string): string {
  return html
    .replace(BLOCK_TAG, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);|&#x([0-9a-f]+);/gi, (whole, decimal?: string, hex?: string) => {
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const LANGUAGE_TAG = /^([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?$/;
const DESCRIPTION_MAX = 250;

/** `{lang=xx}` + the text, at most 250 characters in all (cut with "…"); no tag for an invalid language. */
function localizedString(lang: string, text: string): string {
  const tag = LANGUAGE_TAG.test(lang) ? `{lang=${lang}}` : '';
  const room = DESCRIPTION_MAX - tag.length;
  const chars = Array.from(text);
  return tag + (chars.length <= room ? text : `${chars.slice(0, room - 1).join('')}…`);
}

// ---------------------------------------------------------------------------------------------
// Interactions

export interface InteractionInput {
  version: ScormVersion;
  quiz: Quiz;
  /** 1-based attempt number. */
  attempt: number;
  question: Question;
  /**
   * The display order of the options. Accepted but not used: response ids come from the source
   * order, so one option keeps one id in the LMS's reports whatever the shuffle.
   */
  order?: string[];
  /** The learner's response; undefined (or a malformed one) leaves the response out. */
  response: Response | undefined;
  scored: ScoredResponse;
  /** When the question was answered. */
  at: Date;
  /** How long the learner took to answer. */
  latencyMs: number;
  /** Language of the prompt, for the 2004 description. */
  lang: string;
}

const CHOICE_CHARS_12 = 'abcdefghijklmnopqrstuvwxyz';
/** Moodle's 2004 limit on the ids of one choice/matching/sequencing response. */
const MAX_IDS_2004 = 36;
/** 1.2 matching left sides are single digits "1"-"9". */
const MAX_PAIRS_12 = 9;

interface ResponseFormat {
  /** Response id of each option (right sides too, for matching). */
  ids: Map<string, string>;
  /** Matching: id of each option's left side. */
  leftIds: Map<string, string>;
  list: string;
  pair: string;
}

/**
 * How the question's options are named in responses, or undefined when this version cannot name
 * them (more than 26 options in 1.2, more than 9 matching pairs in 1.2, more than 36 in 2004):
 * - 1.2 (single characters): options by their source position "a", "b", …; keyword options of
 *   judgement questions by keyword order (melanggar "a", tidak-melanggar "b", tergantung "c"),
 *   so a letter means the same in every question; matching left sides "1", "2", ….
 * - 2004 (short ids): scormIdentifier of the option id ("a", "tidak_melanggar"); matching left
 *   sides "1", "2", ….
 */
function responseFormat(version: ScormVersion, quiz: Quiz, question: Question): ResponseFormat | undefined {
  const sourceIds = question.options.map((option) => option.id);
  const leftIds = new Map(sourceIds.map((id, i) => [id, String(i + 1)]));
  if (version === '2004') {
    if (sourceIds.length > MAX_IDS_2004) return undefined;
    return { ids: new Map(sourceIds.map((id) => [id, scormIdentifier(id)])), leftIds, list: '[,]', pair: '[.]' };
  }
  // optionOrder gives the fixed keyword order for truefalse/judgement, whatever the seed.
  const named = question.type === 'judgement' ? optionOrder(question, quiz, 0) : sourceIds;
  if (named.length > CHOICE_CHARS_12.length) return undefined;
  if (question.type === 'matching' && named.length > MAX_PAIRS_12) return undefined;
  return { ids: new Map(named.map((id, i) => [id, CHOICE_CHARS_12[i] as string])), leftIds, list: ',', pair: '.' };
}

function trueFalseValue(version: ScormVersion, optionId: string): string | undefined {
  if (optionId !== 'benar' && optionId !== 'salah') return undefined;
  const isTrue = optionId === 'benar';
  return version === '2004' ? String(isTrue) : isTrue ? 't' : 'f';
}

/** The response in the version's format; undefined when empty or not representable. */
function formatResponse(
  version: ScormVersion,
  question: Question,
  format: ResponseFormat,
  response: Response | undefined,
): string | undefined {
  if (response === undefined) return undefined;
  const { ids, leftIds, list, pair } = format;
  const nonEmpty = (parts: (string | undefined)[]) =>
    parts.length > 0 && parts.every((part) => part !== undefined) ? parts.join(list) : undefined;
  switch (question.type) {
    case 'truefalse':
      return typeof response === 'string' ? trueFalseValue(version, response) : undefined;
    case 'single':
    case 'judgement':
      return typeof response === 'string' ? ids.get(response) : undefined;
    case 'multiple': {
      if (!Array.isArray(response)) return undefined;
      // Unique ids in source order.
      const picked = question.options.filter((option) => response.includes(option.id));
      if (!response.every((id) => ids.has(id))) return undefined;
      return nonEmpty(picked.map((option) => ids.get(option.id)));
    }
    case 'ordering':
      return Array.isArray(response) ? nonEmpty(response.map((id) => ids.get(id))) : undefined;
    case 'matching': {
      if (typeof response !== 'object' || Array.isArray(response)) return undefined;
      const pairs = question.options
        .filter((option) => Object.hasOwn(response, option.id))
        .map((option) => {
          const right = ids.get(response[option.id] as string);
          return right === undefined ? undefined : `${leftIds.get(option.id)}${pair}${right}`;
        });
      if (Object.keys(response).some((left) => !leftIds.has(left))) return undefined;
      return nonEmpty(pairs);
    }
  }
}

/** The right answer in the version's format; undefined when the question has none. */
function correctPattern(version: ScormVersion, question: Question, format: ResponseFormat): string | undefined {
  const correctIds = question.options.filter((option) => option.correct).map((option) => option.id);
  switch (question.type) {
    case 'truefalse':
    case 'single':
    case 'judgement':
      return correctIds[0] === undefined ? undefined : formatResponse(version, question, format, correctIds[0]);
    case 'multiple':
      return formatResponse(version, question, format, correctIds);
    case 'ordering':
      return formatResponse(version, question, format, question.options.map((option) => option.id));
    case 'matching':
      return formatResponse(version, question, format, Object.fromEntries(question.options.map((o) => [o.id, o.id])));
  }
}

const INTERACTION_TYPES: Record<Question['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  judgement: 'choice',
  truefalse: 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
};

/**
 * The values of one answered question as `cmi.interactions.n.*`, in the order they must be set:
 * - 2004: id, type, timestamp, weighting, learner_response, correct_responses.0.pattern, result,
 *   latency, description;
 * - 1.2: id, type, time, weighting, student_response, correct_responses.0.pattern, result,
 *   latency (1.2 interactions are write-only: the bridge must never read them back).
 *
 * id = scormIdentifier(quiz id, "a" + attempt, question id). Types: single, multiple and
 * judgement → choice; truefalse → true-false (1.2 "t"/"f", 2004 "true"/"false"); ordering →
 * sequencing; matching → matching (left sides "1", "2", …; see responseFormat for the option ids).
 * result is correct only when the response earned every point, otherwise wrong (1.2) /
 * incorrect (2004): partial credit is not reported as a numeric result, which LMS reports read
 * inconsistently. weighting = question.weight (within −100..100 in 1.2). The 2004 description is
 * `{lang=xx}` + the prompt as plain text, 250 characters at most. learner_response and the
 * pattern are left out when empty (the LMS rejects "" for these types) or not representable.
 */
export function interactionFor(input: InteractionInput): InteractionValues {
  const { version, quiz, question } = input;
  const format = responseFormat(version, quiz, question);
  const response = format ? formatResponse(version, question, format, input.response) : undefined;
  const pattern = format ? correctPattern(version, question, format) : undefined;
  const weight = version === '1.2' ? Math.max(-100, Math.min(100, question.weight)) : question.weight;
  const result = input.scored.result === 'correct' ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect';
  const values: InteractionValues = [
    ['id', scormIdentifier(quiz.id, `a${input.attempt}`, question.id)],
    ['type', INTERACTION_TYPES[question.type]],
  ];
  if (version === '1.2') {
    values.push(['time', scorm12Time(input.at)], ['weighting', formatDecimal(weight, 7)]);
    if (response !== undefined) values.push(['student_response', response]);
    if (pattern !== undefined) values.push(['correct_responses.0.pattern', pattern]);
    values.push(['result', result], ['latency', scorm12Timespan(input.latencyMs)]);
    return values;
  }
  values.push(['timestamp', scorm2004Timestamp(input.at)], ['weighting', formatDecimal(weight, 7)]);
  if (response !== undefined) values.push(['learner_response', response]);
  if (pattern !== undefined) values.push(['correct_responses.0.pattern', pattern]);
  values.push(['result', result], ['latency', scorm2004Duration(input.latencyMs)]);
  const text = plainTextOf(question.promptHtml);
  if (text) values.push(['description', localizedString(input.lang, text)]);
  return values;
}

export interface ScenarioInteractionInput {
  version: ScormVersion;
  scenario: Scenario;
  /** Choice ids taken from the start node, in order (the scenario's recorded path). */
  choices: readonly string[];
  at: Date;
  latencyMs: number;
  lang: string;
}

/**
 * The path a learner took through a branching scenario, as one interaction: 1.2 `performance`
 * and 2004 `other`, the response being the visited node ids joined by `>` (the form training
 * staff read in an LMS report). Result: a good ending is `correct`, a bad one `wrong` (1.2) /
 * `incorrect` (2004), a mixed one `neutral`. Weighting 0: scenarios do not count towards the
 * course score.
 */
export function scenarioInteractionFor(input: ScenarioInteractionInput): InteractionValues {
  const { version, scenario } = input;
  const nodes = [scenario.start];
  let node = scenario.nodes[scenario.start];
  for (const id of input.choices) {
    const next = node?.choices.find((c) => c.id === id)?.next;
    if (!next) break;
    nodes.push(next);
    node = scenario.nodes[next];
  }
  const outcome = node?.ending?.outcome;
  const result = outcome === 'good' ? 'correct' : outcome === 'mixed' || outcome === undefined ? 'neutral' : version === '1.2' ? 'wrong' : 'incorrect';
  const path = nodes.map((id) => scormIdentifier(id)).join('>');
  const values: InteractionValues = [
    ['id', scormIdentifier(scenario.id, 'jalur')],
    ['type', version === '1.2' ? 'performance' : 'other'],
  ];
  if (version === '1.2') {
    values.push(['time', scorm12Time(input.at)], ['weighting', '0'], ['student_response', path.slice(0, 255)], ['result', result], ['latency', scorm12Timespan(input.latencyMs)]);
    return values;
  }
  values.push(
    ['timestamp', scorm2004Timestamp(input.at)],
    ['weighting', '0'],
    ['learner_response', path.slice(0, 4000)],
    ['result', result],
    ['latency', scorm2004Duration(input.latencyMs)],
    ['description', localizedString(input.lang, scenario.title)],
  );
  return values;
}

export interface AffirmationInteractionInput {
  version: ScormVersion;
  lesson: Lesson;
  at: Date;
  latencyMs: number;
  lang: string;
}

/**
 * A pledge the learner affirmed, as one interaction training staff can find in an LMS report:
 * id `<lesson id>_ikrar`, type `true-false` with the response "true" (1.2 "t") and result
 * `neutral`, weighting 0 (a pledge is not scored), and (2004) the affirmed statement as the
 * description. Only an affirmation is ever recorded: there is no "declined" response.
 */
export function affirmationInteractionFor(input: AffirmationInteractionInput): InteractionValues {
  const { version, lesson } = input;
  const values: InteractionValues = [
    ['id', scormIdentifier(lesson.id, 'ikrar')],
    ['type', 'true-false'],
  ];
  if (version === '1.2') {
    values.push(['time', scorm12Time(input.at)], ['weighting', '0'], ['student_response', 't'], ['result', 'neutral'], ['latency', scorm12Timespan(input.latencyMs)]);
    return values;
  }
  values.push(
    ['timestamp', scorm2004Timestamp(input.at)],
    ['weighting', '0'],
    ['learner_response', 'true'],
    ['result', 'neutral'],
    ['latency', scorm2004Duration(input.latencyMs)],
    ['description', localizedString(input.lang, (lesson.affirm ?? lesson.title).slice(0, 240))],
  );
  return values;
}

// ---------------------------------------------------------------------------------------------
// Score, status, exit

/**
 * The score of a percentage (0-100, rounded to 2 decimals, NaN → 0, clamped):
 * - 1.2: cmi.core.score.raw = the percentage, min 0, max 100 (1.2 scores must lie in 0-100);
 * - 2004: cmi.score.scaled = percentage / 100 (at most 7 decimals, so within 0..1), and
 *   raw/min/max as in 1.2, since Moodle grades from raw in both versions.
 */
export function scoreValues(percent: number, version: ScormVersion): ElementValues {
  const clamped = Number.isFinite(percent) ? Math.min(100, Math.max(0, Math.round(percent * 100) / 100)) : 0;
  const raw = formatDecimal(clamped, 2);
  if (version === '1.2') {
    return [
      ['cmi.core.score.raw', raw],
      ['cmi.core.score.min', '0'],
      ['cmi.core.score.max', '100'],
    ];
  }
  return [
    ['cmi.score.scaled', formatDecimal(clamped / 100, 7)],
    ['cmi.score.raw', raw],
    ['cmi.score.min', '0'],
    ['cmi.score.max', '100'],
  ];
}

export interface StatusInput {
  version: ScormVersion;
  completed: boolean;
  /** undefined = not graded yet (or a course without graded quizzes). */
  passed: boolean | undefined;
  mode: 'normal' | 'browse' | 'review';
  credit: 'credit' | 'no-credit';
}

/**
 * The status values to set; none in browse or review mode or without credit (the SCO does not
 * report then, whatever the LMS would accept).
 * - 1.2 cmi.core.lesson_status: "incomplete" until completed (a learner who failed a quiz but
 *   has not finished is still incomplete); once completed "passed" / "failed" when graded,
 *   "completed" when not.
 * - 2004 cmi.completion_status "completed" / "incomplete", then cmi.success_status "passed" /
 *   "failed" once completed and graded, "unknown" before.
 */
export function statusValues(input: StatusInput): ElementValues {
  if (input.mode !== 'normal' || input.credit !== 'credit') return [];
  const graded = input.completed && input.passed !== undefined;
  if (input.version === '1.2') {
    const status = !input.completed ? 'incomplete' : !graded ? 'completed' : input.passed ? 'passed' : 'failed';
    return [['cmi.core.lesson_status', status]];
  }
  return [
    ['cmi.completion_status', input.completed ? 'completed' : 'incomplete'],
    ['cmi.success_status', !graded ? 'unknown' : input.passed ? 'passed' : 'failed'],
  ];
}

/**
 * cmi.core.exit (1.2) / cmi.exit (2004): "suspend" while the course is not finished, so the LMS
 * keeps the suspend data; when finished "" in 1.2 (what Moodle expects for a normal exit) and
 * "normal" in 2004.
 */
export function exitValue(version: ScormVersion, finished: boolean): string {
  if (!finished) return 'suspend';
  return version === '1.2' ? '' : 'normal';
}

// ---------------------------------------------------------------------------------------------
// Error codes

export type ScormErrorKind =
  | 'none'
  /** A general exception (1.2 101 also for a second LMSInitialize), 2004 102/111/301. */
  | 'general'
  | 'already-initialized'
  /** The API session is not initialized (1.2 301; 2004 112, 122, 132, 142). */
  | 'not-initialized'
  /** After Terminate (2004 104, 113, 123, 133, 143). */
  | 'terminated'
  | 'invalid-argument'
  /** 2004 401: the element does not exist in the data model (a typo). */
  | 'undefined-element'
  /** 1.2 401 (not implemented or unknown); 2004 402 (valid but not implemented by the LMS). */
  | 'not-implemented'
  /** 2004 403: the element has no value yet (normal on a first launch: read it as ""). */
  | 'not-initialized-value'
  | 'read-only'
  | 'write-only'
  | 'type-mismatch'
  | 'out-of-range'
  | 'dependency'
  /** 2004 351: the set broke a rule (duplicate id, index gap, collection full). */
  | 'set-failed'
  | 'commit-failed'
  | 'unknown';

const SCORM12_ERRORS: Record<number, ScormErrorKind> = {
  0: 'none',
  101: 'general',
  201: 'invalid-argument',
  202: 'invalid-argument',
  203: 'invalid-argument',
  301: 'not-initialized',
  401: 'not-implemented',
  402: 'read-only',
  403: 'read-only',
  404: 'write-only',
  405: 'type-mismatch',
  // Not in the 1.2 RTE (which reports out of range as 405), but scorm-again defines them.
  407: 'out-of-range',
  408: 'dependency',
};

const SCORM2004_ERRORS: Record<number, ScormErrorKind> = {
  0: 'none',
  101: 'general',
  102: 'general',
  103: 'already-initialized',
  104: 'terminated',
  111: 'general',
  112: 'not-initialized',
  113: 'terminated',
  122: 'not-initialized',
  123: 'terminated',
  132: 'not-initialized',
  133: 'terminated',
  142: 'not-initialized',
  143: 'terminated',
  201: 'invalid-argument',
  301: 'general',
  351: 'set-failed',
  391: 'commit-failed',
  401: 'undefined-element',
  402: 'not-implemented',
  403: 'not-initialized-value',
  404: 'read-only',
  405: 'write-only',
  406: 'type-mismatch',
  407: 'out-of-range',
  408: 'dependency',
};

/**
 * What an LMS error code means, per version (the same number differs: 403 is read-only in 1.2
 * and "value not initialized" in 2004; 405 is a type mismatch in 1.2 and write-only in 2004).
 * Codes as numbers or strings (" 405 " too); anything else is 'unknown'.
 */
export function scormErrorKind(version: ScormVersion, code: string | number): ScormErrorKind {
  const text = String(code).trim();
  if (!/^\d+$/.test(text)) return 'unknown';
  const table = version === '1.2' ? SCORM12_ERRORS : SCORM2004_ERRORS;
  return table[Number(text)] ?? 'unknown';
}

/**
 * Whether the same call may succeed when tried again later: general exceptions (Moodle reports a
 * failed server round trip as 101) and commit failures. Data, argument and life-cycle errors
 * fail again, and unknown vendor codes are mostly data errors, so they are not retried.
 */
export function isRetryable(kind: ScormErrorKind): boolean {
  return kind === 'general' || kind === 'commit-failed';
}
