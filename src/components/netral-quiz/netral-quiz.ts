import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CourseData, Question, Quiz, Response } from '../../core/course.js';
import type { AttemptState, QuizProgress } from '../../core/state.js';
import {
  attemptsLeft,
  canStartAttempt,
  currentAttempt,
  drawQuestions,
  isComplete,
  matchChoices,
  optionOrder,
  scoreAttempt,
} from '../../core/quiz.js';
import { formatNumber, formatPercent, stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { applyBarWidths } from '../bar-width.js';
import { RendersInNewTask, releaseFocus, viewRendered } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';
import { quizStyles } from './netral-quiz.styles.js';
import '../netral-question/netral-question.js';
import { QuestionInputEvent, type NetralQuestion } from '../netral-question/netral-question.js';

/** Internal events to the course shell (not public API). */
export class QuizStartEvent extends Event {
  static readonly eventName = 'netral-quiz-start';
  constructor() {
    super(QuizStartEvent.eventName);
  }
}
export class QuizAnswerEvent extends Event {
  static readonly eventName = 'netral-quiz-answer';
  constructor(readonly questionId: string, readonly response: Response, readonly latencyMs: number) {
    super(QuizAnswerEvent.eventName);
  }
}
export class QuizMoveEvent extends Event {
  static readonly eventName = 'netral-quiz-move';
  constructor(readonly index: number) {
    super(QuizMoveEvent.eventName);
  }
}
export class QuizSubmitEvent extends Event {
  static readonly eventName = 'netral-quiz-submit';
  constructor() {
    super(QuizSubmitEvent.eventName);
  }
}
export class QuizContinueEvent extends Event {
  static readonly eventName = 'netral-quiz-continue';
  constructor() {
    super(QuizContinueEvent.eventName);
  }
}

/**
 * @summary A quiz: intro, one question at a time with immediate or end-of-attempt feedback,
 * the attempt's result with a review of every answer, and retries within the attempts limit.
 *
 * The drawn questions and option orders come from the core, seeded by the attempt, so they are
 * identical after a reload. Every recorded answer goes to the course shell at once. Its first
 * render runs in a task of its own (see RendersInNewTask): the view change that shows a quiz
 * builds the course's view in one task and the quiz in the next.
 */
export class NetralQuiz extends RendersInNewTask {
  static override styles = [tokens, sharedStyles, quizStyles];

  @property({ attribute: false }) course?: CourseData;
  @property({ attribute: false }) quiz?: Quiz;
  @property({ attribute: false }) progress?: QuizProgress;
  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  @property() locale = 'id';

  /** Responses being edited under "immediate" feedback, before the learner checks them. */
  @state() private _draft: Record<string, Response> = {};
  @state() private _error = '';
  @state() private _confirmSubmit = false;
  @state() private _review = false;
  private _shownAt = performance.now();
  private _shownKey = '';
  private _focusAfterUpdate: 'question' | 'feedback' | 'heading' | '' = '';

  /**
   * A tap that shows something new (the next question, the feedback, the result) records the
   * answer in its own task; the quiz renders in the next (see RendersInNewTask), so that the tap's
   * work and the rendering of what it shows do not add up in one frame.
   */
  protected override get updateInNewTask(): boolean {
    return !this.hasUpdated || this._focusAfterUpdate !== '';
  }

  override render(): TemplateResult | typeof nothing {
    const { course, quiz } = this;
    if (!course || !quiz) return nothing;
    const attempt = currentAttempt(this.progress);
    if (attempt) return this.renderAttempt(course, quiz, attempt);
    const last = this.progress?.attempts.filter((a) => a.submitted).at(-1);
    return last ? this.renderResult(course, quiz, last) : this.renderIntro(quiz);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('progress')) {
      const attempt = currentAttempt(this.progress);
      const key = attempt ? `${this.progress!.attempts.length}:${attempt.index}` : '';
      if (key !== this._shownKey) {
        this._shownKey = key;
        this._shownAt = performance.now();
        this._error = '';
        this._confirmSubmit = false;
      }
    }
  }

  protected override updated(): void {
    applyBarWidths(this.renderRoot);
    const what = this._focusAfterUpdate;
    if (!what) return;
    this._focusAfterUpdate = '';
    const q = this.renderRoot.querySelector<NetralQuestion>('netral-question');
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    // Once the question has rendered too (see viewRendered).
    this.focusWhen(viewRendered(this.renderRoot), () => {
      if (what === 'feedback') q?.focusFeedback();
      else if (heading) heading.focus();
      else q?.focusHeading();
    });
  }

  private renderIntro(quiz: Quiz): TemplateResult {
    const count = quiz.draw.reduce((n, r) => n + r.count, 0);
    return html`
      ${quiz.introHtml ? html`<div class="prose">${unsafeHTML(quiz.introHtml)}</div>` : nothing}
      <ul class="meta">
        <li>${this.t.quizDrawInfo(count, formatPercent(quiz.passMark, this.locale))}</li>
        <li>${quiz.feedback === 'immediate' ? this.t.quizFeedbackImmediate : this.t.quizFeedbackEnd}</li>
        <li>${this.t.quizAttemptsLeft(attemptsLeft(this.progress, quiz))}</li>
      </ul>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${this.start}>${this.t.quizStart}</button>
      </div>
    `;
  }

  private renderAttempt(course: CourseData, quiz: Quiz, attempt: AttemptState): TemplateResult {
    const questions = drawQuestions(course, quiz, attempt.seed);
    const index = Math.min(Math.max(attempt.index, 0), questions.length - 1);
    const q = questions[index]!;
    const recorded = attempt.responses[q.id];
    const immediate = quiz.feedback === 'immediate';
    const checked = immediate && recorded !== undefined;
    const response = immediate ? (recorded ?? this._draft[q.id]) : recorded;
    const last = index === questions.length - 1;
    const heading = this.t.quizQuestionOf(index + 1, questions.length);
    const unanswered = questions.filter((x) => attempt.responses[x.id] === undefined).length;
    return html`
      <div class="bar" aria-hidden="true"><div class="bar__fill" data-width=${((index + (checked ? 1 : 0)) / questions.length) * 100}></div></div>
      <netral-question
        .question=${q}
        .order=${optionOrder(q, quiz, attempt.seed)}
        .matchOrder=${q.type === 'matching' ? matchChoices(q, attempt.seed) : []}
        .response=${response}
        .t=${this.t}
        locale=${this.locale}
        heading=${heading}
        ?locked=${checked}
        ?feedback=${checked}
        @netral-question-input=${(e: QuestionInputEvent) => this.onInput(q, e.response, immediate)}
      ></netral-question>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${this._confirmSubmit ? this.renderConfirm(unanswered) : nothing}
      <div class="actions">
        ${immediate
          ? checked
            ? html`<button type="button" class="btn btn--primary" @click=${() => (last ? this.submit(0) : this.move(index + 1))}>
                ${last ? this.t.viewResults : this.t.quizNextQuestion}
              </button>`
            : html`<button type="button" class="btn btn--primary" @click=${() => this.check(q, optionOrder(q, quiz, attempt.seed))}>${this.t.quizCheck}</button>`
          : html`
              ${index > 0 ? html`<button type="button" class="btn" @click=${() => this.leave(q, quiz, attempt, () => this.move(index - 1))}>${this.t.quizPrevQuestion}</button>` : nothing}
              ${last
                ? html`<button type="button" class="btn btn--primary" @click=${() => this.leave(q, quiz, attempt, (answered) => this.submit(unanswered - (answered ? 1 : 0)))}>${this.t.quizSubmit}</button>`
                : html`<button type="button" class="btn btn--primary" @click=${() => this.leave(q, quiz, attempt, () => this.move(index + 1))}>${this.t.quizNextQuestion}</button>`}
            `}
      </div>
    `;
  }

  private renderConfirm(unanswered: number): TemplateResult {
    return html`<div class="confirm panel panel--mixed" role="alertdialog" aria-labelledby="confirm-text">
      <p id="confirm-text">${this.t.quizSubmitConfirm(unanswered)}</p>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${() => this.submit(0)}>${this.t.quizSubmit}</button>
        <button type="button" class="btn" @click=${() => (this._confirmSubmit = false)}>${this.t.quizPrevQuestion}</button>
      </div>
    </div>`;
  }

  private renderResult(course: CourseData, quiz: Quiz, attempt: AttemptState): TemplateResult {
    const score = scoreAttempt(course, quiz, attempt);
    const tone = score.passed ? 'good' : 'bad';
    const canRetry = canStartAttempt(this.progress, quiz);
    return html`
      <section class="panel ${quiz.graded ? `panel--${tone}` : ''}" aria-labelledby="quiz-score">
        <p id="quiz-score" class="score" tabindex="-1" data-heading>${this.t.quizScore(formatPercent(score.percent, this.locale))}</p>
        ${quiz.graded
          ? html`<p><span class="badge tone-${tone}">${score.passed ? this.t.quizPassed : this.t.quizFailed(formatPercent(quiz.passMark, this.locale))}</span></p>`
          : html`<p>${quiz.role === 'pretest' ? this.t.quizPretestNote : this.t.quizUngradedNote}</p>`}
        <p>${this.t.quizPoints(formatNumber(score.earned, this.locale), formatNumber(score.possible, this.locale))}</p>
        <p>${canRetry ? this.t.quizAttemptsLeft(attemptsLeft(this.progress, quiz)) : score.passed ? '' : this.t.quizNoAttemptsLeft}</p>
      </section>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${() => this.dispatchEvent(new QuizContinueEvent())}>${this.t.scenarioContinue}</button>
        <button type="button" class="btn" aria-expanded=${this._review ? 'true' : 'false'} aria-controls="review" @click=${() => (this._review = !this._review)}>${this.t.quizReview}</button>
        ${canRetry && !score.passed ? html`<button type="button" class="btn" @click=${this.start}>${this.t.quizRetry}</button>` : nothing}
        ${canRetry && score.passed ? html`<button type="button" class="btn btn--quiet" @click=${this.start}>${this.t.quizRetry}</button>` : nothing}
      </div>
      <ol class="review" id="review" role="list" ?hidden=${!this._review}>
        ${this._review
          ? score.perQuestion.map(
              (pq, i) => html`<li>
                <netral-question
                  .question=${pq.question}
                  .order=${optionOrder(pq.question, quiz, attempt.seed)}
                  .matchOrder=${pq.question.type === 'matching' ? matchChoices(pq.question, attempt.seed) : []}
                  .response=${pq.response}
                  .t=${this.t}
                  locale=${this.locale}
                  heading=${this.t.quizQuestionOf(i + 1, score.perQuestion.length)}
                  locked
                  feedback
                ></netral-question>
              </li>`,
            )
          : nothing}
      </ol>
    `;
  }

  private onInput(q: Question, response: Response, immediate: boolean): void {
    this._error = '';
    if (immediate) {
      this._draft = { ...this._draft, [q.id]: response };
    } else {
      // Under end-of-attempt feedback every change is recorded at once: nothing is lost on reload.
      this.dispatchEvent(new QuizAnswerEvent(q.id, response, performance.now() - this._shownAt));
    }
  }

  private check(q: Question, shownOrder: string[]): void {
    // An ordering question always shows a complete order: checking it untouched is an answer.
    if (this.replacing) return;
    const response = this._draft[q.id] ?? (q.type === 'ordering' ? shownOrder : undefined);
    if (!isComplete(q, response)) {
      this._error = this.t.quizAnswerFirst;
      return;
    }
    this._focusAfterUpdate = 'feedback';
    this.dispatchEvent(new QuizAnswerEvent(q.id, response!, performance.now() - this._shownAt));
  }

  /**
   * Under end-of-attempt feedback, leaving an ordering question the learner did not touch
   * records the order shown: an ordering always shows a complete order, so the learner who
   * agrees with it has answered (as "Periksa jawaban" does under immediate feedback).
   * `then` learns whether that recorded an answer.
   */
  private leave(q: Question, quiz: Quiz, attempt: AttemptState, then: (answered: boolean) => void): void {
    if (this.replacing) return;
    const untouched = q.type === 'ordering' && attempt.responses[q.id] === undefined;
    if (untouched) this.dispatchEvent(new QuizAnswerEvent(q.id, optionOrder(q, quiz, attempt.seed), performance.now() - this._shownAt));
    then(untouched);
  }

  private move(index: number): void {
    if (this.replacing) return;
    releaseFocus(this.shadowRoot!);
    this._focusAfterUpdate = 'heading';
    this.dispatchEvent(new QuizMoveEvent(index));
  }

  private submit(unanswered: number): void {
    if (this.replacing) return;
    if (unanswered > 0 && !this._confirmSubmit) {
      this._confirmSubmit = true;
      return;
    }
    releaseFocus(this.shadowRoot!);
    this._focusAfterUpdate = 'heading';
    this.dispatchEvent(new QuizSubmitEvent());
  }

  private start(): void {
    if (this.replacing) return;
    this._draft = {};
    this._review = false;
    releaseFocus(this.shadowRoot!);
    this._focusAfterUpdate = 'heading';
    this.dispatchEvent(new QuizStartEvent());
  }
}

defineElement('netral-quiz', NetralQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'netral-quiz': NetralQuiz;
  }
}
