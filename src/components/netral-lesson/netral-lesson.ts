import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Lesson } from '../../core/course.js';
import { stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';

/** Internal event to the course shell: the learner finished reading (and affirmed a pledge). */
export class LessonDoneEvent extends Event {
  static readonly eventName = 'netral-lesson-done';
  /** True when the lesson is a pledge and the learner ticked its statement. */
  constructor(readonly affirmed = false) {
    super(LessonDoneEvent.eventName);
  }
}

/**
 * @summary A lesson: prose, callouts (rule, sanction, legal basis, "it depends") and citations,
 * rendered from HTML the build produced, with the button that marks it read.
 */
export class NetralLesson extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    css`
      :host { display: block; }
      .affirm { display: flex; gap: 0.75rem; align-items: flex-start; margin-top: 1.5rem; padding: 0.875rem 1rem; border: 2px solid var(--_brand); border-radius: var(--_radius); font-weight: 700; cursor: pointer; }
      .affirm input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; flex: none; accent-color: var(--_brand); }
      .affirm-error { color: var(--_error); font-weight: 700; margin: 0.5rem 0 0; }
      .affirmed { margin-top: 1.5rem; font-weight: 700; }
    `,
  ];

  @property({ attribute: false }) lesson?: Lesson;
  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  /** Label of the button at the end, e.g. "Saya sudah membaca, lanjut". */
  @property() doneLabel = '';
  /** A pledge lesson the learner has already affirmed. */
  @property({ type: Boolean }) affirmed = false;

  @state() private _showAffirmError = false;
  @query('#affirm') private _affirmBox?: HTMLInputElement;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('lesson')) this._showAffirmError = false;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.lesson) return nothing;
    const pledge = this.lesson.affirm !== undefined && !this.affirmed;
    return html`
      <div class="prose" part="lesson">${unsafeHTML(this.lesson.html)}</div>
      ${pledge
        ? html`<label class="affirm" part="affirm">
              <input
                id="affirm"
                type="checkbox"
                aria-invalid=${this._showAffirmError ? 'true' : 'false'}
                aria-describedby=${this._showAffirmError ? 'affirm-error' : nothing}
                @change=${() => (this._showAffirmError = false)}
              />
              <span>${this.lesson.affirm}</span>
            </label>
            <p id="affirm-error" class="affirm-error" role="alert">${this._showAffirmError ? this.t.affirmRequired : nothing}</p>`
        : this.lesson.affirm !== undefined
          ? html`<p class="affirmed">${this.t.affirmedNote}</p>`
          : nothing}
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${this.onDone}>
          ${pledge ? this.t.affirmLesson : this.doneLabel || this.t.finishLesson}
        </button>
      </div>
    `;
  }

  private onDone(): void {
    if (this.lesson?.affirm !== undefined && !this.affirmed) {
      if (!this._affirmBox?.checked) {
        this._showAffirmError = true;
        this._affirmBox?.focus();
        return;
      }
      this.dispatchEvent(new LessonDoneEvent(true));
      return;
    }
    this.dispatchEvent(new LessonDoneEvent());
  }
}

defineElement('netral-lesson', NetralLesson);

declare global {
  interface HTMLElementTagNameMap {
    'netral-lesson': NetralLesson;
  }
}
