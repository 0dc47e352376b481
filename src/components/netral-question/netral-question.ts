import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Question, QuestionOption, Response } from '../../core/course.js';
import { scoreResponse } from '../../core/quiz.js';
import { stringsFor, formatNumber, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { plainText } from '../plain-text.js';
import { RendersInNewTask } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';
import { questionStyles } from './netral-question.styles.js';

/** Internal event: the learner changed their (draft) response. Not part of the public API. */
export class QuestionInputEvent extends Event {
  static readonly eventName = 'netral-question-input';
  constructor(readonly response: Response) {
    super(QuestionInputEvent.eventName);
  }
}

const KEYWORD_TYPES = new Set(['truefalse', 'judgement']);

const arrowUp = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 5l-7 7h4.5v7h5v-7H19z"/></svg>`;
const arrowDown = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path fill="currentColor" d="M12 19l7-7h-4.5V5h-5v7H5z"/></svg>`;

/**
 * @summary One quiz question: single choice, multiple response, true/false, neutrality judgement,
 * ordering or matching, with its feedback once checked.
 *
 * A thin view: it renders `question` in the given option `order` with the learner's `response`
 * and reports edits with an internal `netral-question-input` event. Scoring comes from the core.
 */
export class NetralQuestion extends RendersInNewTask {
  static override styles = [tokens, sharedStyles, questionStyles];

  @property({ attribute: false }) question?: Question;
  /** Option ids in display order (for matching: the left sides). */
  @property({ attribute: false }) order: string[] = [];
  /** Matching only: the right sides' option ids in the order the dropdowns list them. */
  @property({ attribute: false }) matchOrder: string[] = [];
  @property({ attribute: false }) response?: Response;
  /** Read-only: the answer has been checked or the attempt submitted. */
  @property({ type: Boolean }) locked = false;
  /** Show the feedback (result, per-option feedback, the right answer, the explanation). */
  @property({ type: Boolean }) feedback = false;
  /** Visible label of the answer group, e.g. "Pertanyaan 2 dari 6". */
  @property() heading = '';
  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  @property() locale = 'id';

  /** After a move in an ordering question, which button to give focus back to. */
  private _refocus?: { optionId: string; dir: 'up' | 'down' };

  /** Moves focus to the feedback heading (called by the quiz after "check"). */
  focusFeedback(): void {
    this.renderRoot.querySelector<HTMLElement>('#feedback-heading')?.focus();
  }

  /** Moves focus to the question's heading (the group's legend), which a screen reader reads with the prompt. */
  focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('legend')?.focus();
  }

  /** Moves focus to the first answer control. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>('input, select, button')?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const q = this.question;
    if (!q) return nothing;
    return html`
      <fieldset part="question" aria-describedby="prompt">
        <legend tabindex="-1">${this.heading}</legend>
        <div id="prompt" class="prompt prose">${unsafeHTML(q.promptHtml)}</div>
        ${this.renderHint(q)}
        ${q.type === 'ordering' ? this.renderOrdering(q) : q.type === 'matching' ? this.renderMatching(q) : this.renderChoices(q)}
      </fieldset>
      ${this.feedback ? this.renderFeedback(q) : nothing}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('response') && this._refocus) {
      const { optionId, dir } = this._refocus;
      this._refocus = undefined;
      const btn =
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-move="${dir}"][data-id="${optionId}"]:not([disabled])`) ??
        this.renderRoot.querySelector<HTMLButtonElement>(`[data-id="${optionId}"]:not([disabled])`);
      btn?.focus();
    }
  }

  private renderHint(q: Question): TemplateResult | typeof nothing {
    const hint = q.type === 'multiple' ? this.t.selectAll : q.type === 'ordering' ? this.t.orderHint : q.type === 'matching' ? this.t.matchHint : '';
    return hint ? html`<p class="hint">${hint}</p>` : nothing;
  }

  private optionLabel(q: Question, o: QuestionOption): TemplateResult {
    if (KEYWORD_TYPES.has(q.type)) {
      const label = this.t.keyword[o.id as keyof UiStrings['keyword']];
      if (label) return html`${label}`;
    }
    return html`${unsafeHTML(o.html)}`;
  }

  private optionsInOrder(q: Question): QuestionOption[] {
    const byId = new Map(q.options.map((o) => [o.id, o]));
    const ordered = this.order.map((id) => byId.get(id)).filter((o): o is QuestionOption => !!o);
    return ordered.length === q.options.length ? ordered : q.options;
  }

  private renderChoices(q: Question): TemplateResult {
    const multiple = q.type === 'multiple';
    const chosen = new Set(multiple ? (Array.isArray(this.response) ? this.response : []) : typeof this.response === 'string' ? [this.response] : []);
    return html`<ul class="options" role="list">
      ${this.optionsInOrder(q).map((o) => {
        const picked = chosen.has(o.id);
        const tone = this.feedback ? (o.correct ? 'option--right' : picked ? 'option--wrong' : '') : '';
        return html`<li>
          <label class="option ${tone}">
            <input
              type=${multiple ? 'checkbox' : 'radio'}
              name="answer"
              value=${o.id}
              .checked=${picked}
              ?disabled=${this.locked}
              @change=${(e: Event) => this.onChoice(o.id, (e.target as HTMLInputElement).checked)}
            />
            <span class="option__text">
              ${this.optionLabel(q, o)}
              ${this.feedback && o.correct ? html`<span class="mark mark--right">✓ ${this.t.quizCorrectAnswer}</span>` : nothing}
              ${this.feedback && picked && !o.correct ? html`<span class="mark mark--wrong">✗ ${this.t.quizYourAnswer}</span>` : nothing}
              ${this.feedback && picked && o.feedbackHtml ? html`<span class="option-feedback prose">${unsafeHTML(o.feedbackHtml)}</span>` : nothing}
            </span>
          </label>
        </li>`;
      })}
    </ul>`;
  }

  private onChoice(optionId: string, checked: boolean): void {
    if (this.locked || !this.question) return;
    if (this.question.type === 'multiple') {
      const current = Array.isArray(this.response) ? this.response : [];
      const next = checked ? [...new Set([...current, optionId])] : current.filter((id) => id !== optionId);
      this.emit(next);
    } else if (checked) {
      this.emit(optionId);
    }
  }

  private currentOrder(q: Question): string[] {
    const ids = new Set(q.options.map((o) => o.id));
    const r = this.response;
    if (Array.isArray(r) && r.length === ids.size && r.every((id) => ids.has(id))) return r;
    return this.optionsInOrder(q).map((o) => o.id);
  }

  private renderOrdering(q: Question): TemplateResult {
    const order = this.currentOrder(q);
    const byId = new Map(q.options.map((o) => [o.id, o]));
    const correctIndex = new Map(q.options.map((o, i) => [o.id, i]));
    return html`<ol class="order" role="list">
      ${order.map((id, i) => {
        const o = byId.get(id)!;
        const right = this.feedback && correctIndex.get(id) === i;
        const tone = this.feedback ? (right ? 'option--right' : 'option--wrong') : '';
        const text = plainText(o.html);
        return html`<li class=${tone} aria-label=${`${this.t.orderPosition(i + 1, order.length)}: ${text}`}>
          <span class="option__text prose">${unsafeHTML(o.html)}</span>
          ${this.locked
            ? nothing
            : html`<span class="move">
                <button type="button" class="btn" data-move="up" data-id=${id} aria-label=${this.t.moveUp(text)} ?disabled=${i === 0} @click=${() => this.move(order, i, -1)}>${arrowUp}</button>
                <button type="button" class="btn" data-move="down" data-id=${id} aria-label=${this.t.moveDown(text)} ?disabled=${i === order.length - 1} @click=${() => this.move(order, i, 1)}>${arrowDown}</button>
              </span>`}
        </li>`;
      })}
    </ol>
    <p class="visually-hidden" aria-live="polite">${this._announce}</p>`;
  }

  private _announce = '';

  private move(order: string[], index: number, delta: -1 | 1): void {
    const target = index + delta;
    if (this.locked || target < 0 || target >= order.length) return;
    const next = [...order];
    const [id] = next.splice(index, 1);
    next.splice(target, 0, id!);
    this._refocus = { optionId: id!, dir: delta < 0 ? 'up' : 'down' };
    const o = this.question!.options.find((x) => x.id === id);
    this._announce = `${plainText(o?.html ?? '')}: ${this.t.orderPosition(target + 1, next.length)}`;
    this.emit(next);
  }

  private renderMatching(q: Question): TemplateResult {
    const pairs = (this.response && typeof this.response === 'object' && !Array.isArray(this.response) ? this.response : {}) as Record<string, string>;
    const byId = new Map(q.options.map((o) => [o.id, o]));
    const rights = (this.matchOrder.length ? this.matchOrder : q.options.map((o) => o.id)).map((id) => byId.get(id)).filter((o): o is QuestionOption => !!o);
    return html`<div class="match">
      ${this.optionsInOrder(q).map((o) => {
        const picked = pairs[o.id] ?? '';
        const tone = this.feedback ? (picked === o.id ? 'option--right' : 'option--wrong') : '';
        return html`<div class="match__row ${tone}">
          <label for=${`m-${o.id}`} class="prose">${unsafeHTML(o.html)}</label>
          <select id=${`m-${o.id}`} ?disabled=${this.locked} @change=${(e: Event) => this.onMatch(pairs, o.id, (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${picked === ''}>${this.t.matchChoose}</option>
            ${rights.map((r) => html`<option value=${r.id} ?selected=${picked === r.id}>${plainText(r.matchHtml ?? '')}</option>`)}
          </select>
          ${this.feedback && picked !== o.id
            ? html`<span class="mark mark--right">✓ ${this.t.quizCorrectAnswer}: ${unsafeHTML(o.matchHtml ?? '')}</span>`
            : nothing}
        </div>`;
      })}
    </div>`;
  }

  private onMatch(pairs: Record<string, string>, left: string, right: string): void {
    if (this.locked) return;
    const next = { ...pairs };
    if (right) next[left] = right;
    else delete next[left];
    this.emit(next);
  }

  private renderFeedback(q: Question): TemplateResult {
    const scored = scoreResponse(q, this.response);
    const tone = scored.result === 'correct' ? 'good' : scored.result === 'partial' ? 'mixed' : 'bad';
    const correctOrder = q.type === 'ordering' ? q.options : [];
    return html`<section class="feedback panel panel--${tone}" part="feedback" aria-labelledby="feedback-heading">
      <h3 id="feedback-heading" tabindex="-1">
        <span>${this.t.result[scored.result]}</span>
        <span class="badge tone-${tone}">${this.t.quizPoints(formatNumber(scored.earned, this.locale), formatNumber(scored.possible, this.locale))}</span>
      </h3>
      ${correctOrder.length
        ? html`<p>${this.t.quizCorrectAnswer}:</p>
            <ol class="correct-list">${correctOrder.map((o) => html`<li>${unsafeHTML(o.html)}</li>`)}</ol>`
        : nothing}
      <p class="explanation-title">${this.t.quizExplanation}</p>
      <div class="prose">${unsafeHTML(q.explanationHtml)}</div>
    </section>`;
  }

  private emit(response: Response): void {
    this.dispatchEvent(new QuestionInputEvent(response));
  }
}

defineElement('netral-question', NetralQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'netral-question': NetralQuestion;
  }
}
