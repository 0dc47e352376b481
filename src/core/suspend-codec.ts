/**
 * The learner state as compact suspend data: a short ASCII string that fits SCORM 1.2's
 * `cmi.suspend_data` (4,096 characters) with a wide margin. It is not JSON: the codec packs
 * bits using the course structure instead of ids (items by their index in course order, lessons
 * as a bitmask, scenario choices and responses as option indexes), so the same string means
 * nothing without the same course and version.
 *
 * Text layout (every character from the base64url alphabet `A-Za-z0-9-_`, safe in URLs and XML):
 *
 *   N        format marker
 *   C        format version as one base64url digit (2 = "C"); a larger one is 'newer-format'
 *   xxxxxxx  42-bit fingerprint: 18 bits of a hash of the course id, 24 of (id, version)
 *   cc       12-bit checksum of every other character, so a mangled string reads as 'corrupt'
 *   ...      the payload, bit-packed, most significant bit first, zero-padded to a character
 *
 * Format 1 ("B") had a 30-bit fingerprint (12 bits of (id, version)) and is still read, so a
 * learner's progress saved before format 2 is not lost. Its 12 version bits were too few: one
 * version in 4,096 shares them, and suspend data of the old version, whose questions may have
 * changed under the same structure, was then read as the new version's (a test searches such a
 * version). With 24 bits it is one in 16.7 million.
 *
 * Payload (formats 1 and 2), in this order:
 * - learner seed: 32 bits;
 * - location: item index in course order + 1 (0 = none), bitsFor(items + 1) bits;
 * - lessonsDone: one bit per lesson, in course order;
 * - per scenario in course order: 1 bit "has progress"; if set, 1 bit `done`, then along the
 *   walked path, at every node that is not an ending, the taken choice's index + 1 (0 = the
 *   path stops here) in bitsFor(choices + 1) bits;
 * - per quiz in course order: the attempt count in bitsFor(cap + 1) bits (cap = `quiz.attempts`,
 *   or UNLIMITED_ATTEMPTS_CAP when the quiz allows unlimited attempts); if any: 1 bit "the last
 *   attempt is in progress"; if some attempt is submitted, the best submitted attempt's position
 *   among the submitted ones (bitsFor(submitted) bits) and that attempt; then the attempt in
 *   progress. Only these two attempts keep their responses (see decodeSuspendData).
 * - an attempt: its question index (bitsFor(drawn) bits), then for every question its seed draws
 *   (drawQuestions order), 1 presence bit and, when present, the response as a fixed-width code:
 *   single/truefalse/judgement the option's source index (bitsFor(options)); multiple a bitmask
 *   over source order (options bits); ordering the permutation's Lehmer rank
 *   (bitsFor(options!)); matching, per left side in source order, the chosen right side's
 *   source index + 1, 0 = none (options × bitsFor(options + 1)).
 *
 * Attempt seeds are not stored: attempt n of a quiz always has the seed
 * `deriveSeed(learnerSeed, quiz.id, n)` (quiz.ts startAttempt), so only the attempt numbers are.
 */
import type { CourseData, Item, Question, Quiz, Response, Scenario, ScenarioChoice, ScenarioNode } from './course.js';
import { STATE_VERSION, type AttemptState, type LearnerState, type ScenarioProgress } from './state.js';
import { parseLearnerState, type StateCheck } from './learner-state.js';
import { attemptCap, drawQuestions, isEligible, scoreAttempt, UNLIMITED_ATTEMPTS_CAP } from './quiz.js';
import { deriveSeed } from './random.js';
import { courseItemIds } from './progress.js';

/** Format version written by encodeSuspendData (the second character of the data). */
export const SUSPEND_FORMAT_VERSION = 2;

/**
 * The most attempts the codec stores for a quiz with unlimited attempts (`attempts: 0`): the
 * attempt counter then has 12 bits (quiz.ts, where attempts are started, keeps to it).
 */
export { UNLIMITED_ATTEMPTS_CAP };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_PATTERN = /^[A-Za-z0-9_-]*$/;
const MARKER = 'N';
const BITS_PER_CHAR = 6;
/** Marker, version, fingerprint (5) and checksum (2). */
const COURSE_FINGERPRINT_BITS = 18;
/** Bits of the (id, version) hash by format version. */
const VERSION_FINGERPRINT_BITS: Readonly<Record<number, number>> = { 1: 12, 2: 24 };
const CHECKSUM_BITS = 12;

/** Marker, version, fingerprint and checksum (2) in characters, for a format version. */
function headerLength(format: number): number {
  return 2 + (COURSE_FINGERPRINT_BITS + (VERSION_FINGERPRINT_BITS[format] ?? 0)) / BITS_PER_CHAR + CHECKSUM_BITS / BITS_PER_CHAR;
}

// ---------------------------------------------------------------------------------------------
// Bits

/** Number of bits that hold any integer in [0, range): 0 for a range of 0 or 1. */
function bitsFor(range: number | bigint): number {
  const limit = BigInt(range);
  let bits = 0;
  while (1n << BigInt(bits) < limit) bits++;
  return bits;
}

/** Thrown inside the decoder when the data does not fit the course; caught as 'corrupt'. */
class MalformedData extends Error {}

function malformed(): never {
  throw new MalformedData();
}

/** Collects bits, most significant first, and turns them into base64url text. */
class BitWriter {
  private readonly bits: number[] = [];

  get length(): number {
    return this.bits.length;
  }

  /** Writes `value` (an integer in [0, 2^width)) in `width` bits. */
  write(value: number, width: number): void {
    this.writeBig(BigInt(value), width);
  }

  writeBig(value: bigint, width: number): void {
    if (value < 0n || value >= 1n << BigInt(width)) {
      throw new RangeError(`Value ${value} does not fit in ${width} bits.`);
    }
    for (let bit = width - 1; bit >= 0; bit--) this.bits.push(Number((value >> BigInt(bit)) & 1n));
  }

  /** The bits as text, zero-padded to whole characters. */
  toText(): string {
    let text = '';
    for (let start = 0; start < this.bits.length; start += BITS_PER_CHAR) {
      let digit = 0;
      for (let i = 0; i < BITS_PER_CHAR; i++) digit = digit * 2 + (this.bits[start + i] ?? 0);
      text += ALPHABET[digit];
    }
    return text;
  }
}

/** Reads bits back from base64url text; reading past the end is MalformedData. */
class BitReader {
  private readonly bits: number[] = [];
  private position = 0;

  constructor(text: string) {
    for (const char of text) {
      const digit = ALPHABET.indexOf(char);
      if (digit < 0) malformed();
      for (let bit = BITS_PER_CHAR - 1; bit >= 0; bit--) this.bits.push((digit >> bit) & 1);
    }
  }

  read(width: number): number {
    return Number(this.readBig(width));
  }

  readBig(width: number): bigint {
    if (this.position + width > this.bits.length) malformed();
    let value = 0n;
    for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(this.bits[this.position++] ?? 0);
    return value;
  }

  /** Only zero padding (less than one character) may follow the payload. */
  expectPaddingOnly(): void {
    const rest = this.bits.slice(this.position);
    if (rest.length >= BITS_PER_CHAR || rest.some((bit) => bit !== 0)) malformed();
  }
}

// ---------------------------------------------------------------------------------------------
// Course structure

interface CourseLayout {
  items: Item[];
  lessons: Item[];
  scenarios: Scenario[];
  quizzes: Quiz[];
}

function layoutOf(course: CourseData): CourseLayout {
  const items = courseItemIds(course)
    .map((id) => course.items[id])
    .filter((item): item is Item => item !== undefined);
  return {
    items,
    lessons: items.filter((item) => item.kind === 'lesson'),
    scenarios: items.filter((item): item is Scenario => item.kind === 'scenario'),
    quizzes: items.filter((item): item is Quiz => item.kind === 'quiz'),
  };
}

function attemptSeed(learnerSeed: number, quiz: Quiz, attemptNumber: number): number {
  return deriveSeed(learnerSeed, quiz.id, attemptNumber);
}

/** The 0-based question index as parseLearnerState keeps it: within [0, drawn − 1]. */
function clampIndex(index: number, drawnCount: number): number {
  const whole = Number.isFinite(index) ? Math.floor(index) : 0;
  return Math.max(0, Math.min(whole, drawnCount - 1));
}

// ---------------------------------------------------------------------------------------------
// Responses as fixed-width codes

function factorial(n: number): bigint {
  let result = 1n;
  for (let i = 2; i <= n; i++) result *= BigInt(i);
  return result;
}

/** Bits of a question's response code (after its presence bit). Depends only on the question. */
function responseBits(question: Question): number {
  const n = question.options.length;
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement':
      return bitsFor(n);
    case 'multiple':
      return n;
    case 'ordering':
      return bitsFor(factorial(n));
    case 'matching':
      return n * bitsFor(n + 1);
  }
}

/**
 * The code of a well-formed response, or undefined for a malformed one (wrong shape, unknown
 * option ids, an ordering that is not a permutation of every option).
 */
function responseCode(question: Question, response: Response): bigint | undefined {
  const ids = question.options.map((option) => option.id);
  const n = ids.length;
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement': {
      const index = typeof response === 'string' ? ids.indexOf(response) : -1;
      return index < 0 ? undefined : BigInt(index);
    }
    case 'multiple': {
      if (!Array.isArray(response) || !response.every((id) => ids.includes(id))) return undefined;
      // Bit i (from the most significant end) is option i in source order.
      return ids.reduce((mask, id) => (mask << 1n) | (response.includes(id) ? 1n : 0n), 0n);
    }
    case 'ordering': {
      if (!Array.isArray(response) || response.length !== n) return undefined;
      const positions = response.map((id) => ids.indexOf(id));
      if (positions.some((p) => p < 0) || new Set(positions).size !== n) return undefined;
      // Lehmer code: digit i counts the later positions smaller than position i.
      let rank = 0n;
      positions.forEach((position, i) => {
        const smallerLater = positions.slice(i + 1).filter((later) => later < position).length;
        rank += BigInt(smallerLater) * factorial(n - 1 - i);
      });
      return rank;
    }
    case 'matching': {
      if (typeof response !== 'object' || Array.isArray(response)) return undefined;
      const entries = Object.entries(response);
      if (!entries.every(([left, right]) => ids.includes(left) && ids.includes(right))) return undefined;
      const width = BigInt(bitsFor(n + 1));
      return ids.reduce((code, left) => {
        const right = Object.hasOwn(response, left) ? ids.indexOf(response[left] as string) + 1 : 0;
        return (code << width) | BigInt(right);
      }, 0n);
    }
  }
}

/** The response of a code; MalformedData when the code is out of range for the question. */
function responseOfCode(question: Question, code: bigint): Response {
  const ids = question.options.map((option) => option.id);
  const n = ids.length;
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement':
      return ids[Number(code)] ?? malformed();
    case 'multiple':
      return ids.filter((_, i) => ((code >> BigInt(n - 1 - i)) & 1n) === 1n);
    case 'ordering': {
      if (code >= factorial(n)) malformed();
      const remaining = ids.slice();
      const order: string[] = [];
      let rest = code;
      for (let i = n - 1; i >= 0; i--) {
        const place = factorial(i);
        const digit = Number(rest / place);
        rest %= place;
        order.push(remaining.splice(digit, 1)[0] ?? malformed());
      }
      return order;
    }
    case 'matching': {
      const width = bitsFor(n + 1);
      const mask = (1n << BigInt(width)) - 1n;
      const matches: Record<string, string> = {};
      ids.forEach((left, i) => {
        const value = Number((code >> BigInt((n - 1 - i) * width)) & mask);
        if (value > n) malformed();
        if (value > 0) matches[left] = ids[value - 1] as string;
      });
      return matches;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios

function isEndingNode(node: ScenarioNode): boolean {
  return node.choices.length === 0;
}

/** Bits of the field at a node that is not an ending: choice index + 1, 0 = stop. */
function choiceFieldBits(node: ScenarioNode): number {
  return bitsFor(node.choices.length + 1);
}

function encodeScenario(writer: BitWriter, scenario: Scenario, progress: ScenarioProgress | undefined): void {
  const start = scenario.nodes[scenario.start];
  // Progress of a scenario without its start node cannot be walked (nor parsed): dropped.
  if (!progress || !start) {
    writer.write(0, 1);
    return;
  }
  let node: ScenarioNode = start;
  writer.write(1, 1);
  writer.write(progress.done ? 1 : 0, 1);
  // The same walk as scenarioPath: a choice the node lacks, or a missing target, ends it.
  for (const choiceId of progress.choices) {
    const choice: ScenarioChoice | undefined = node.choices.find((candidate) => candidate.id === choiceId);
    const next: ScenarioNode | undefined = choice ? scenario.nodes[choice.next] : undefined;
    if (!choice || !next) break;
    writer.write(node.choices.indexOf(choice) + 1, choiceFieldBits(node));
    node = next;
  }
  if (!isEndingNode(node)) writer.write(0, choiceFieldBits(node));
}

function decodeScenario(reader: BitReader, scenario: Scenario): ScenarioProgress | undefined {
  if (reader.read(1) === 0) return undefined;
  const done = reader.read(1) === 1;
  const choices: string[] = [];
  let node = scenario.nodes[scenario.start];
  if (!node) malformed();
  while (!isEndingNode(node)) {
    const value = reader.read(choiceFieldBits(node));
    if (value === 0) break;
    const choice = node.choices[value - 1] ?? malformed();
    const next: ScenarioNode = scenario.nodes[choice.next] ?? malformed();
    choices.push(choice.id);
    node = next;
  }
  return { choices, done };
}

interface LongestPath {
  /** Bits of the choice fields along the path (the stop field included). */
  bits: number;
  /** The choice ids of the path. */
  choices: string[];
}

/**
 * The path from the start that takes the most choice-field bits. Throws a RangeError naming
 * the scenario when a cycle is reachable from the start (the content check forbids cycles).
 */
function longestPath(scenario: Scenario): LongestPath {
  const finished = new Map<string, LongestPath>();
  const onStack = new Set<string>();
  const visit = (nodeId: string): LongestPath => {
    const known = finished.get(nodeId);
    if (known) return known;
    const node = scenario.nodes[nodeId];
    if (!node || isEndingNode(node)) return { bits: 0, choices: [] };
    if (onStack.has(nodeId)) {
      throw new RangeError(`Scenario "${scenario.id}" has a cycle through node "${nodeId}": its suspend data has no bound.`);
    }
    onStack.add(nodeId);
    let best: LongestPath = { bits: 0, choices: [] };
    for (const choice of node.choices) {
      if (!scenario.nodes[choice.next]) continue;
      const rest = visit(choice.next);
      if (best.choices.length === 0 || rest.bits > best.bits) best = { bits: rest.bits, choices: [choice.id, ...rest.choices] };
    }
    onStack.delete(nodeId);
    const result = { bits: choiceFieldBits(node) + best.bits, choices: best.choices };
    finished.set(nodeId, result);
    return result;
  };
  return scenario.nodes[scenario.start] ? visit(scenario.start) : { bits: 0, choices: [] };
}

// ---------------------------------------------------------------------------------------------
// Quizzes

function encodeAttempt(writer: BitWriter, course: CourseData, quiz: Quiz, attempt: AttemptState): void {
  const drawn = drawQuestions(course, quiz, attempt.seed);
  writer.write(clampIndex(attempt.index, drawn.length), bitsFor(drawn.length));
  for (const question of drawn) {
    const response = Object.hasOwn(attempt.responses, question.id) ? attempt.responses[question.id] : undefined;
    const code = response === undefined ? undefined : responseCode(question, response);
    writer.write(code === undefined ? 0 : 1, 1);
    if (code !== undefined) writer.writeBig(code, responseBits(question));
  }
}

function decodeAttempt(reader: BitReader, course: CourseData, quiz: Quiz, seed: number, submitted: boolean): AttemptState {
  const drawn = drawQuestions(course, quiz, seed);
  const index = reader.read(bitsFor(drawn.length));
  if (index > Math.max(0, drawn.length - 1)) malformed();
  const responses: AttemptState['responses'] = {};
  for (const question of drawn) {
    if (reader.read(1) === 0) continue;
    responses[question.id] = responseOfCode(question, reader.readBig(responseBits(question)));
  }
  return { seed, responses, submitted, index };
}

/** Index of the submitted attempt with the highest percent (the earliest on ties), as bestAttempt picks it. */
function bestSubmittedIndex(course: CourseData, quiz: Quiz, attempts: readonly AttemptState[]): number {
  let bestIndex = -1;
  let bestPercent = -Infinity;
  attempts.forEach((attempt, index) => {
    if (!attempt.submitted) return;
    const percent = scoreAttempt(course, quiz, attempt).percent;
    if (percent > bestPercent) {
      bestPercent = percent;
      bestIndex = index;
    }
  });
  return bestIndex;
}

function encodeQuiz(writer: BitWriter, course: CourseData, quiz: Quiz, learnerSeed: number, attempts: readonly AttemptState[]): void {
  const cap = attemptCap(quiz);
  if (attempts.length > cap) {
    throw new RangeError(`Quiz "${quiz.id}" has ${attempts.length} attempts; suspend data holds at most ${cap}.`);
  }
  attempts.forEach((attempt, i) => {
    if (attempt.seed !== attemptSeed(learnerSeed, quiz, i + 1)) {
      throw new RangeError(`Attempt ${i + 1} of quiz "${quiz.id}" has a seed that startAttempt did not derive.`);
    }
    if (!attempt.submitted && i < attempts.length - 1) {
      throw new RangeError(`Attempt ${i + 1} of quiz "${quiz.id}" is in progress but is not the last one.`);
    }
  });
  writer.write(attempts.length, bitsFor(cap + 1));
  if (attempts.length === 0) return;
  const last = attempts[attempts.length - 1] as AttemptState;
  const current = last.submitted ? undefined : last;
  writer.write(current ? 1 : 0, 1);
  const submittedCount = attempts.length - (current ? 1 : 0);
  if (submittedCount > 0) {
    const bestIndex = bestSubmittedIndex(course, quiz, attempts);
    writer.write(bestIndex, bitsFor(submittedCount));
    encodeAttempt(writer, course, quiz, attempts[bestIndex] as AttemptState);
  }
  if (current) encodeAttempt(writer, course, quiz, current);
}

function decodeQuiz(reader: BitReader, course: CourseData, quiz: Quiz, learnerSeed: number): AttemptState[] {
  const cap = attemptCap(quiz);
  const count = reader.read(bitsFor(cap + 1));
  if (count > cap) malformed();
  if (count === 0) return [];
  const hasCurrent = reader.read(1) === 1;
  const submittedCount = count - (hasCurrent ? 1 : 0);
  let best: { index: number; attempt: AttemptState } | undefined;
  if (submittedCount > 0) {
    const index = reader.read(bitsFor(submittedCount));
    if (index >= submittedCount) malformed();
    best = { index, attempt: decodeAttempt(reader, course, quiz, attemptSeed(learnerSeed, quiz, index + 1), true) };
  }
  const current = hasCurrent ? decodeAttempt(reader, course, quiz, attemptSeed(learnerSeed, quiz, count), false) : undefined;
  return Array.from({ length: count }, (_, index): AttemptState => {
    if (best && index === best.index) return best.attempt;
    if (current && index === count - 1) return current;
    return { seed: attemptSeed(learnerSeed, quiz, index + 1), responses: {}, submitted: true, index: 0 };
  });
}

interface DrawBound {
  /** The most questions an attempt can draw. */
  count: number;
  /** The most bits the drawn questions' presence bits and response codes can take. */
  bits: number;
  /** The questions of one draw that reaches `bits`. */
  questions: Question[];
}

/**
 * The costliest draw any seed could make. Each rule draws up to `count` questions among its
 * eligible ones (every tag of the rule, not drawn by an earlier rule). The sets of questions that
 * can be spread over the rules within their counts form a transversal matroid, so the greedy
 * choice (costliest question first, kept when an augmenting path finds it a rule slot) gives the
 * maximum. Every real draw is such a set, so this is an upper bound; it is reached exactly when
 * some seed draws those questions (always when a quiz draws every eligible question, or when the
 * eligible questions of a rule cost the same).
 */
function costliestDraw(course: CourseData, quiz: Quiz): DrawBound {
  const capacities = quiz.draw.map((rule) => {
    const count = Math.floor(rule.count);
    return Number.isFinite(count) ? Math.max(0, count) : 0;
  });
  const candidates = new Map<string, { question: Question; rules: number[] }>();
  quiz.draw.forEach((rule, ruleIndex) => {
    const bank = course.banks[rule.bank];
    if (!bank) return;
    for (const id of bank.questionIds) {
      const question = bank.questions[id];
      if (!question || !isEligible(question, rule)) continue;
      const key = `${question.bankId}\u0000${question.id}`;
      const candidate = candidates.get(key) ?? { question, rules: [] };
      candidate.rules.push(ruleIndex);
      candidates.set(key, candidate);
    }
  });

  // Kuhn's augmenting paths, with a capacity per rule.
  const assigned: string[][] = quiz.draw.map(() => []);
  const ruleOf = new Map<string, number>();
  const place = (key: string, ruleIndex: number) => {
    const previous = ruleOf.get(key);
    if (previous !== undefined) assigned[previous]?.splice(assigned[previous].indexOf(key), 1);
    assigned[ruleIndex]?.push(key);
    ruleOf.set(key, ruleIndex);
  };
  const augment = (key: string, visited: Set<number>): boolean => {
    for (const ruleIndex of candidates.get(key)?.rules ?? []) {
      if (visited.has(ruleIndex)) continue;
      visited.add(ruleIndex);
      const slot = assigned[ruleIndex] ?? [];
      if (slot.length < (capacities[ruleIndex] ?? 0) || slot.slice().some((other) => augment(other, visited))) {
        place(key, ruleIndex);
        return true;
      }
    }
    return false;
  };

  const cost = (question: Question) => 1 + responseBits(question);
  const byCost = [...candidates.entries()].sort((a, b) => cost(b[1].question) - cost(a[1].question));
  const questions: Question[] = [];
  for (const [key, { question }] of byCost) {
    if (augment(key, new Set())) questions.push(question);
  }
  return { count: questions.length, bits: questions.reduce((sum, q) => sum + cost(q), 0), questions };
}

// ---------------------------------------------------------------------------------------------
// Header

function fingerprintText(course: CourseData, format: number): string {
  const versionBits = VERSION_FINGERPRINT_BITS[format] ?? 0;
  const writer = new BitWriter();
  writer.write(deriveSeed(0, 'netral-suspend-course', course.id) >>> (32 - COURSE_FINGERPRINT_BITS), COURSE_FINGERPRINT_BITS);
  writer.write(deriveSeed(0, 'netral-suspend-version', course.id, course.version) >>> (32 - versionBits), versionBits);
  return writer.toText();
}

function checksumText(textWithoutChecksum: string): string {
  const writer = new BitWriter();
  writer.write(deriveSeed(0, 'netral-suspend-check', textWithoutChecksum) >>> (32 - CHECKSUM_BITS), CHECKSUM_BITS);
  return writer.toText();
}

function isUint32(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * The learner state as suspend data for `course` (see the layout at the top of this file). ASCII
 * from `A-Za-z0-9-_` only, at most worstCaseSuspendLength(course) characters.
 *
 * What does not survive (decodeSuspendData gives the normalised form back):
 * - only the best submitted attempt and the attempt in progress of each quiz keep their
 *   responses and index; the others come back submitted, with no responses and index 0;
 * - lessonsDone comes back in course order; multiple-choice picks in source order without
 *   duplicates; a quiz without attempts, ids the course does not know and malformed responses
 *   (wrong shape, unknown option ids, an ordering that is not a full permutation) are dropped.
 *
 * Throws a RangeError for a state it cannot represent, which the core never produces: another
 * course or version, a seed that is not 32-bit unsigned, an attempt seed that is not
 * `deriveSeed(seed, quiz.id, n)`, an attempt in progress before the last one, or more attempts
 * than the quiz allows (UNLIMITED_ATTEMPTS_CAP for unlimited quizzes). Never mutates its inputs.
 */
export function encodeSuspendData(course: CourseData, state: LearnerState): string {
  if (state.courseId !== course.id || state.courseVersion !== course.version) {
    throw new RangeError(`The state belongs to "${state.courseId}" ${state.courseVersion}, not "${course.id}" ${course.version}.`);
  }
  if (!isUint32(state.seed)) throw new RangeError(`The learner seed ${state.seed} is not a 32-bit unsigned integer.`);
  const layout = layoutOf(course);
  const writer = new BitWriter();
  writer.write(state.seed, 32);
  const locationIndex = layout.items.findIndex((item) => item.id === state.location);
  writer.write(locationIndex + 1, bitsFor(layout.items.length + 1));
  for (const lesson of layout.lessons) writer.write(state.lessonsDone.includes(lesson.id) ? 1 : 0, 1);
  for (const scenario of layout.scenarios) {
    const progress = Object.hasOwn(state.scenarios, scenario.id) ? state.scenarios[scenario.id] : undefined;
    encodeScenario(writer, scenario, progress);
  }
  for (const quiz of layout.quizzes) {
    const progress = Object.hasOwn(state.quizzes, quiz.id) ? state.quizzes[quiz.id] : undefined;
    encodeQuiz(writer, course, quiz, state.seed, progress?.attempts ?? []);
  }
  const unchecked = MARKER + ALPHABET[SUSPEND_FORMAT_VERSION] + fingerprintText(course, SUSPEND_FORMAT_VERSION);
  const payload = writer.toText();
  return unchecked + checksumText(unchecked + payload) + payload;
}

/**
 * Reads suspend data written by encodeSuspendData for `course`. Never throws. Fails with
 * - 'newer-format' when the format version is above SUSPEND_FORMAT_VERSION,
 * - 'other-course' / 'other-version' when the fingerprint is another course's / version's,
 * - 'corrupt' for anything else that is not valid data for this course: empty, truncated,
 *   characters outside the alphabet, a checksum mismatch, values out of range.
 * Attempts whose responses were not stored (neither the best submitted one nor the one in
 * progress) come back submitted, with no responses, index 0 and their proper seeds, so attempt
 * counts, attempt numbers and the best score stay right. Format 1 data (written before format 2)
 * is read too: its payload is the same. The result goes through parseLearnerState, so it is a
 * valid state (`migrated` is false: the state format is the same).
 */
export function decodeSuspendData(course: CourseData, data: string): StateCheck {
  if (typeof data !== 'string' || data.length < 2 || !ALPHABET_PATTERN.test(data) || data[0] !== MARKER) {
    return { ok: false, reason: 'corrupt' };
  }
  const formatVersion = ALPHABET.indexOf(data[1] as string);
  if (formatVersion < 1) return { ok: false, reason: 'corrupt' };
  if (formatVersion > SUSPEND_FORMAT_VERSION) return { ok: false, reason: 'newer-format' };
  const header = headerLength(formatVersion);
  if (data.length < header) return { ok: false, reason: 'corrupt' };

  const unchecked = data.slice(0, header - 2);
  const payload = data.slice(header);
  if (data.slice(header - 2, header) !== checksumText(unchecked + payload)) {
    return { ok: false, reason: 'corrupt' };
  }
  const expected = fingerprintText(course, formatVersion);
  const actual = data.slice(2, header - 2);
  // The first 3 characters hold exactly the 18 course bits.
  if (actual.slice(0, 3) !== expected.slice(0, 3)) return { ok: false, reason: 'other-course' };
  if (actual !== expected) return { ok: false, reason: 'other-version' };

  try {
    const layout = layoutOf(course);
    const reader = new BitReader(payload);
    const seed = reader.read(32);
    const location = reader.read(bitsFor(layout.items.length + 1));
    if (location > layout.items.length) malformed();
    const lessonsDone: string[] = [];
    for (const lesson of layout.lessons) if (reader.read(1) === 1) lessonsDone.push(lesson.id);
    const scenarios: Record<string, ScenarioProgress> = {};
    for (const scenario of layout.scenarios) {
      const progress = decodeScenario(reader, scenario);
      if (progress) scenarios[scenario.id] = progress;
    }
    const quizzes: Record<string, { attempts: AttemptState[] }> = {};
    for (const quiz of layout.quizzes) {
      const attempts = decodeQuiz(reader, course, quiz, seed);
      if (attempts.length > 0) quizzes[quiz.id] = { attempts };
    }
    reader.expectPaddingOnly();
    const raw: LearnerState = {
      v: STATE_VERSION,
      courseId: course.id,
      courseVersion: course.version,
      seed,
      location: location === 0 ? '' : (layout.items[location - 1] as Item).id,
      lessonsDone,
      scenarios,
      quizzes,
    };
    return parseLearnerState(raw, course);
  } catch {
    // MalformedData, or anything odd in a broken course: the data cannot be read.
    return { ok: false, reason: 'corrupt' };
  }
}

function lengthOfBits(payloadBits: number): number {
  return headerLength(SUSPEND_FORMAT_VERSION) + Math.ceil(payloadBits / BITS_PER_CHAR);
}

function fixedBits(layout: CourseLayout): number {
  return 32 + bitsFor(layout.items.length + 1) + layout.lessons.length;
}

/** The most bits one attempt of `quiz` can take: index field plus the costliest draw. */
function attemptMaxBits(course: CourseData, quiz: Quiz): number {
  const draw = costliestDraw(course, quiz);
  return bitsFor(draw.count) + draw.bits;
}

function quizMaxBits(course: CourseData, quiz: Quiz): number {
  const cap = attemptCap(quiz);
  const attempt = attemptMaxBits(course, quiz);
  // The last attempt in progress: the best of the cap − 1 submitted ones and the current one.
  const withCurrent = 1 + (cap > 1 ? bitsFor(cap - 1) + attempt : 0) + attempt;
  // Every attempt submitted: only the best one.
  const allSubmitted = 1 + bitsFor(cap) + attempt;
  return bitsFor(cap + 1) + Math.max(withCurrent, allSubmitted);
}

/**
 * The longest suspend data any state of `course` can give, computed from the structure (not by
 * sampling): every lesson, every scenario along its costliest path, and per quiz the most
 * attempts allowed (UNLIMITED_ATTEMPTS_CAP when unlimited) with the best and the current attempt
 * both drawing their costliest questions, every one answered. Exact when the costliest draw is
 * reachable (see costliestDraw); otherwise an upper bound. Throws a RangeError naming the
 * scenario when a scenario has a cycle reachable from its start.
 */
export function worstCaseSuspendLength(course: CourseData): number {
  const layout = layoutOf(course);
  let bits = fixedBits(layout);
  for (const scenario of layout.scenarios) bits += 2 + longestPath(scenario).bits;
  for (const quiz of layout.quizzes) bits += quizMaxBits(course, quiz);
  return lengthOfBits(bits);
}

/** A right answer to a question (its code has the same width as any other answer's). */
function rightResponse(question: Question): Response {
  const ids = question.options.map((option) => option.id);
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement':
      return question.options.find((option) => option.correct)?.id ?? ids[0] ?? '';
    case 'multiple':
      return question.options.filter((option) => option.correct).map((option) => option.id);
    case 'ordering':
      return ids;
    case 'matching':
      return Object.fromEntries(ids.map((id) => [id, id]));
  }
}

/**
 * The "typical" state the benchmark measures: the first half of the items in course order is
 * done (lessons read, scenarios finished along their costliest path), the location is the first
 * item of the second half, and every quiz has one submitted attempt with every drawn question
 * answered. Learner seed 0x9e3779b9.
 */
export function typicalSuspendState(course: CourseData): LearnerState {
  const layout = layoutOf(course);
  const seed = 0x9e3779b9;
  const half = Math.floor(layout.items.length / 2);
  const firstHalf = new Set(layout.items.slice(0, half).map((item) => item.id));
  const scenarios: Record<string, ScenarioProgress> = {};
  for (const scenario of layout.scenarios) {
    if (firstHalf.has(scenario.id)) scenarios[scenario.id] = { choices: longestPath(scenario).choices, done: true };
  }
  const quizzes: LearnerState['quizzes'] = {};
  for (const quiz of layout.quizzes) {
    const attemptSeedValue = attemptSeed(seed, quiz, 1);
    const drawn = drawQuestions(course, quiz, attemptSeedValue);
    const responses = Object.fromEntries(drawn.map((question) => [question.id, rightResponse(question)]));
    quizzes[quiz.id] = { attempts: [{ seed: attemptSeedValue, responses, submitted: true, index: Math.max(0, drawn.length - 1) }] };
  }
  return {
    v: STATE_VERSION,
    courseId: course.id,
    courseVersion: course.version,
    seed,
    location: layout.items[half]?.id ?? '',
    lessonsDone: layout.lessons.filter((lesson) => firstHalf.has(lesson.id)).map((lesson) => lesson.id),
    scenarios,
    quizzes,
  };
}

/** The length of the suspend data of typicalSuspendState(course). */
export function typicalSuspendLength(course: CourseData): number {
  return encodeSuspendData(course, typicalSuspendState(course)).length;
}
