/**
 * Quizzes: drawing questions from banks, option orders, scoring (the rules of the table in
 * content/README.md) and the attempt life cycle. Pure functions over plain data: every
 * function that changes progress returns a new object and never mutates its inputs.
 *
 * An attempt stores only its seed and the responses. The drawn questions and the option
 * orders are recomputed from (course, quiz, seed), so they are identical after a resume.
 */
import type { CourseData, DrawRule, Question, Quiz, Response } from './course.js';
import type { AttemptState, QuizProgress } from './state.js';
import { deriveSeed, shuffle } from './random.js';

export type QuizErrorCode = 'attempts-exhausted' | 'attempt-in-progress' | 'locked' | 'no-attempt';

/** Thrown when a quiz action is not allowed in the current progress. */
export class QuizError extends Error {
  readonly code: QuizErrorCode;

  constructor(code: QuizErrorCode, message: string = code) {
    super(message);
    this.name = 'QuizError';
    this.code = code;
  }
}

export type ScoreResult = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface ScoredResponse {
  earned: number;
  possible: number;
  result: ScoreResult;
}

export interface QuestionScore {
  question: Question;
  response: Response | undefined;
  scored: ScoredResponse;
}

export interface AttemptScore {
  earned: number;
  possible: number;
  /** earned / possible in percent (0-100), rounded to 2 decimals; 0 when nothing is possible. */
  percent: number;
  /** percent >= quiz.passMark */
  passed: boolean;
  /** The drawn questions in presentation order. */
  perQuestion: QuestionScore[];
  /** Tags of the questions not fully correct, most frequent first (ties: first seen first). */
  weakTags: string[];
}

// ---------------------------------------------------------------------------------------------
// Drawing and ordering

/** Whether a draw rule may pick the question: it carries every `tags` and none of `excludeTags`. */
export function isEligible(question: Question, rule: Pick<DrawRule, 'tags' | 'excludeTags'>): boolean {
  return (rule.tags ?? []).every((tag) => question.tags.includes(tag)) && !(rule.excludeTags ?? []).some((tag) => question.tags.includes(tag));
}

/**
 * The questions of one attempt, in presentation order. For each draw rule, `count` questions
 * are picked (seeded, without replacement) among the bank's questions that carry every tag of
 * the rule and that an earlier rule has not drawn already. With `quiz.shuffle` the whole list
 * is then shuffled (seeded); otherwise it keeps rule order, then bank source order.
 * Deterministic for (course, quiz, seed). A rule naming a missing bank draws nothing, and a
 * rule asks for more questions than are eligible draws all of them.
 */
export function drawQuestions(course: CourseData, quiz: Quiz, seed: number): Question[] {
  const drawnKeys = new Set<string>();
  const keyOf = (question: Question) => `${question.bankId}\u0000${question.id}`;
  const drawn: Question[] = [];

  quiz.draw.forEach((rule, ruleIndex) => {
    const bank = course.banks[rule.bank];
    if (!bank) return;
    const eligible = bank.questionIds
      .map((id) => bank.questions[id])
      .filter((question): question is Question => question !== undefined)
      .filter((question) => isEligible(question, rule) && !drawnKeys.has(keyOf(question)));
    const count = Math.max(0, Math.floor(rule.count));
    const picked = shuffle(eligible, deriveSeed(seed, 'draw', ruleIndex, rule.bank)).slice(0, count);
    const inSourceOrder = eligible.filter((question) => picked.includes(question));
    for (const question of inSourceOrder) {
      drawnKeys.add(keyOf(question));
      drawn.push(question);
    }
  });

  return quiz.shuffle ? shuffle(drawn, deriveSeed(seed, 'order', quiz.id)) : drawn;
}

/** The fixed display order of keyword options; ids not listed keep their source order after. */
const KEYWORD_ORDER: Partial<Record<Question['type'], readonly string[]>> = {
  truefalse: ['benar', 'salah'],
  judgement: ['melanggar', 'tidak-melanggar', 'tergantung'],
};

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * Option ids in display order for one question of an attempt (seed = the attempt's seed).
 * - truefalse, judgement: never shuffled, fixed keyword order (benar, salah / melanggar,
 *   tidak-melanggar, tergantung).
 * - ordering: always shuffled whatever the flags, and never shown already solved: a shuffle
 *   that equals the correct order is rotated by one.
 * - single, multiple, matching (left sides): shuffled when `quiz.shuffle` and
 *   `question.shuffleOptions`, else source order.
 * Shuffles are seeded with `deriveSeed(seed, question.id)`.
 */
export function optionOrder(question: Question, quiz: Quiz, seed: number): string[] {
  const ids = question.options.map((option) => option.id);
  const keywords = KEYWORD_ORDER[question.type];
  if (keywords) {
    const rank = (id: string) => {
      const index = keywords.indexOf(id);
      return index === -1 ? keywords.length : index;
    };
    return ids.slice().sort((a, b) => rank(a) - rank(b));
  }
  const questionSeed = deriveSeed(seed, question.id);
  if (question.type === 'ordering') {
    const shuffled = shuffle(ids, questionSeed);
    if (shuffled.length >= 2 && sameOrder(shuffled, ids)) {
      return [...shuffled.slice(1), ...shuffled.slice(0, 1)];
    }
    return shuffled;
  }
  return quiz.shuffle && question.shuffleOptions ? shuffle(ids, questionSeed) : ids;
}

/**
 * Matching questions: the option ids whose right sides (`matchHtml`) fill each dropdown, in a
 * seeded shuffled order (always shuffled, since source order would give the answer away).
 */
export function matchChoices(question: Question, seed: number): string[] {
  return shuffle(
    question.options.map((option) => option.id),
    deriveSeed(seed, question.id, 'match'),
  );
}

// ---------------------------------------------------------------------------------------------
// Responses and scoring

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((item) => typeof item === 'string')
  );
}

/** True when `value` has the shape of a `Response` (string, string[] or string record). */
export function isResponse(value: unknown): value is Response {
  return typeof value === 'string' || isStringArray(value) || isStringRecord(value);
}

function optionIdSet(question: Question): Set<string> {
  return new Set(question.options.map((option) => option.id));
}

/** A matching response with only known left and right ids, else undefined. */
function validMatching(question: Question, response: Response): Record<string, string> | undefined {
  if (!isStringRecord(response)) return undefined;
  const ids = optionIdSet(question);
  const entries = Object.entries(response);
  return entries.every(([left, right]) => ids.has(left) && ids.has(right)) ? response : undefined;
}

/** The distinct picks of a multiple response when every pick is a known id, else undefined. */
function validPicks(question: Question, response: Response): Set<string> | undefined {
  if (!isStringArray(response)) return undefined;
  const ids = optionIdSet(question);
  return response.every((id) => ids.has(id)) ? new Set(response) : undefined;
}

function isPermutationOfOptions(question: Question, response: Response): response is string[] {
  if (!isStringArray(response) || response.length !== question.options.length) return false;
  const ids = optionIdSet(question);
  return new Set(response).size === response.length && response.every((id) => ids.has(id));
}

/**
 * Whether a response is a full answer: single/truefalse/judgement an existing option id;
 * multiple at least one id, all existing; ordering a permutation of every option id;
 * matching every left id mapped to an existing id (and no unknown ids).
 */
export function isComplete(question: Question, response: Response | undefined): boolean {
  if (response === undefined) return false;
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement':
      return typeof response === 'string' && optionIdSet(question).has(response);
    case 'multiple':
      return (validPicks(question, response)?.size ?? 0) >= 1;
    case 'ordering':
      return isPermutationOfOptions(question, response);
    case 'matching': {
      const matches = validMatching(question, response);
      return matches !== undefined && question.options.every((option) => option.id in matches);
    }
  }
}

function allOrNothing(right: boolean, weight: number): ScoredResponse {
  return { earned: right ? weight : 0, possible: weight, result: right ? 'correct' : 'incorrect' };
}

function fraction(rightShare: number, weight: number): ScoredResponse {
  const share = Math.min(1, Math.max(0, rightShare));
  const result = share === 1 ? 'correct' : share === 0 ? 'incorrect' : 'partial';
  return { earned: share * weight, possible: weight, result };
}

/**
 * Scores one response by the rules in content/README.md:
 * - single, truefalse, judgement: weight if the chosen option is correct, else 0.
 * - multiple: max(0, (right picks − wrong picks) / number of right options) × weight
 *   (duplicate picks count once).
 * - ordering: weight if the whole order is the source order, else 0.
 * - matching: right pairs / pairs × weight (unmapped left sides are wrong pairs).
 * `undefined` is 'unanswered'; a malformed response (wrong shape, unknown option ids, an
 * ordering that is not a permutation) is 'incorrect' with 0 points. Never throws.
 */
export function scoreResponse(question: Question, response: Response | undefined): ScoredResponse {
  const weight = question.weight;
  if (response === undefined) return { earned: 0, possible: weight, result: 'unanswered' };
  switch (question.type) {
    case 'single':
    case 'truefalse':
    case 'judgement': {
      const chosen = typeof response === 'string' ? question.options.find((o) => o.id === response) : undefined;
      return allOrNothing(chosen?.correct === true, weight);
    }
    case 'multiple': {
      const picks = validPicks(question, response);
      if (!picks) return allOrNothing(false, weight);
      const rightOptions = question.options.filter((option) => option.correct);
      if (rightOptions.length === 0) return allOrNothing(picks.size === 0, weight);
      const rightPicks = rightOptions.filter((option) => picks.has(option.id)).length;
      const wrongPicks = picks.size - rightPicks;
      return fraction((rightPicks - wrongPicks) / rightOptions.length, weight);
    }
    case 'ordering':
      return allOrNothing(
        isPermutationOfOptions(question, response) &&
          sameOrder(response, question.options.map((option) => option.id)),
        weight,
      );
    case 'matching': {
      const matches = validMatching(question, response);
      if (!matches || question.options.length === 0) return allOrNothing(false, weight);
      const rightPairs = question.options.filter((option) => matches[option.id] === option.id).length;
      return fraction(rightPairs / question.options.length, weight);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Attempts

function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** The last attempt when it is not submitted yet. */
export function currentAttempt(progress: QuizProgress | undefined): AttemptState | undefined {
  const last = progress?.attempts.at(-1);
  return last && !last.submitted ? last : undefined;
}

/** Further attempts the learner may start (an attempt in progress counts as used). */
export function attemptsLeft(progress: QuizProgress | undefined, quiz: Quiz): number | 'unlimited' {
  if (quiz.attempts <= 0) return 'unlimited';
  return Math.max(0, quiz.attempts - (progress?.attempts.length ?? 0));
}

/**
 * The most attempts a learner state holds for a quiz with unlimited attempts (`attempts: 0`):
 * what the suspend data can store (12 bits), so that every state can reach the LMS. A learner
 * who somehow took 4,095 attempts cannot start another.
 */
export const UNLIMITED_ATTEMPTS_CAP = 4095;

/** The most attempts a learner state may hold for `quiz`: its limit, or the cap when unlimited. */
export function attemptCap(quiz: Quiz): number {
  return quiz.attempts > 0 ? Math.floor(quiz.attempts) : UNLIMITED_ATTEMPTS_CAP;
}

/** True when no attempt is in progress and the attempt limit (or the cap) is not reached. */
export function canStartAttempt(progress: QuizProgress | undefined, quiz: Quiz): boolean {
  return currentAttempt(progress) === undefined && (progress?.attempts.length ?? 0) < attemptCap(quiz);
}

/**
 * Appends a fresh attempt whose seed is `deriveSeed(learnerSeed, quiz.id, n)`, with n the
 * 1-based number of the new attempt. Throws QuizError 'attempt-in-progress' when the last
 * attempt is not submitted, 'attempts-exhausted' when the quiz's limit is reached.
 */
export function startAttempt(progress: QuizProgress | undefined, quiz: Quiz, learnerSeed: number): QuizProgress {
  if (currentAttempt(progress)) {
    throw new QuizError('attempt-in-progress', `Quiz "${quiz.id}" already has an attempt in progress.`);
  }
  if (!canStartAttempt(progress, quiz)) {
    throw new QuizError('attempts-exhausted', `Quiz "${quiz.id}" allows ${quiz.attempts} attempt(s).`);
  }
  const attempts = progress?.attempts ?? [];
  const attempt: AttemptState = {
    seed: deriveSeed(learnerSeed, quiz.id, attempts.length + 1),
    responses: {},
    submitted: false,
    index: 0,
  };
  return { attempts: [...attempts, attempt] };
}

/** The progress with its in-progress attempt replaced; throws 'no-attempt' when there is none. */
function updateCurrentAttempt(
  progress: QuizProgress,
  update: (attempt: AttemptState) => AttemptState,
): QuizProgress {
  const attempt = currentAttempt(progress);
  if (!attempt) throw new QuizError('no-attempt', 'No quiz attempt is in progress.');
  return { attempts: [...progress.attempts.slice(0, -1), update(attempt)] };
}

/**
 * Records a response in the attempt in progress (replacing an earlier one under 'end'
 * feedback). Under 'immediate' feedback an answered question is locked: QuizError 'locked'.
 * Throws 'no-attempt' when no attempt is in progress.
 */
export function answerQuestion(
  progress: QuizProgress,
  quiz: Quiz,
  questionId: string,
  response: Response,
): QuizProgress {
  return updateCurrentAttempt(progress, (attempt) => {
    if (quiz.feedback === 'immediate' && Object.hasOwn(attempt.responses, questionId)) {
      throw new QuizError('locked', `Question "${questionId}" is already answered.`);
    }
    return { ...attempt, responses: { ...attempt.responses, [questionId]: response } };
  });
}

/**
 * Sets the current question index of the attempt in progress: an integer, at least 0 and,
 * when `questionCount` is given, at most questionCount − 1. Throws 'no-attempt' when none.
 * (`questionCount` is an addition to the agreed signature: without it only the lower bound
 * can be enforced; pass `drawQuestions(...).length`.)
 */
export function moveTo(progress: QuizProgress, index: number, questionCount?: number): QuizProgress {
  let clamped = Number.isFinite(index) ? Math.floor(index) : 0;
  if (questionCount !== undefined) clamped = Math.min(clamped, questionCount - 1);
  clamped = Math.max(0, clamped);
  return updateCurrentAttempt(progress, (attempt) => ({ ...attempt, index: clamped }));
}

/**
 * Marks the attempt in progress as submitted. Responses to questions that are not part of the
 * attempt's draw are dropped. Throws 'no-attempt' when no attempt is in progress.
 */
export function submitAttempt(progress: QuizProgress, course: CourseData, quiz: Quiz): QuizProgress {
  return updateCurrentAttempt(progress, (attempt) => {
    const drawnIds = new Set(drawQuestions(course, quiz, attempt.seed).map((question) => question.id));
    const responses = Object.fromEntries(
      Object.entries(attempt.responses).filter(([questionId]) => drawnIds.has(questionId)),
    );
    return { ...attempt, responses, submitted: true };
  });
}

/** Tags of the not-fully-correct questions, most frequent first; ties keep first-seen order. */
function weakTagsOf(perQuestion: readonly QuestionScore[]): string[] {
  const counts = new Map<string, number>();
  for (const { question, scored } of perQuestion) {
    if (scored.result === 'correct') continue;
    for (const tag of new Set(question.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([tag]) => tag);
}

/** Scores one attempt (submitted or not) over the questions its seed draws. */
export function scoreAttempt(course: CourseData, quiz: Quiz, attempt: AttemptState): AttemptScore {
  const perQuestion = drawQuestions(course, quiz, attempt.seed).map((question): QuestionScore => {
    const response = Object.hasOwn(attempt.responses, question.id) ? attempt.responses[question.id] : undefined;
    return { question, response, scored: scoreResponse(question, response) };
  });
  const earned = perQuestion.reduce((sum, { scored }) => sum + scored.earned, 0);
  const possible = perQuestion.reduce((sum, { scored }) => sum + scored.possible, 0);
  const percent = possible > 0 ? roundTo2((earned / possible) * 100) : 0;
  return {
    earned,
    possible,
    percent,
    passed: percent >= quiz.passMark,
    perQuestion,
    weakTags: weakTagsOf(perQuestion),
  };
}

/** The submitted attempt with the highest percent (the earliest on ties), scored. */
export function bestAttempt(course: CourseData, quiz: Quiz, progress: QuizProgress | undefined): AttemptScore | undefined {
  let best: AttemptScore | undefined;
  for (const attempt of progress?.attempts ?? []) {
    if (!attempt.submitted) continue;
    const score = scoreAttempt(course, quiz, attempt);
    if (!best || score.percent > best.percent) best = score;
  }
  return best;
}
