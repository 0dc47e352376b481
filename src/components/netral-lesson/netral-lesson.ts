import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Lesson } from '../../core/course.js';
import { stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';

/** Internal event to the course shell: the learner finished reading. */
export class LessonDoneEvent extends Event {
  static readonly eventName = 'netral-lesson-done';
  constructor() {
    super(LessonDoneEvent.eventName);
  }
}

/**
 * @summary A lesson: prose, callouts (rule, sanction, legal basis, "it depends") and citations,
 * rendered from HTML the build produced, with the button that marks it read.
 */
export class NetralLesson extends LitElement {
  static override styles = [tokens, sharedStyles, css`:host { display: block; }`];

  @property({ attribute: false }) lesson?: Lesson;
  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  /** Label of the button at the end, e.g. "Saya sudah membaca, lanjut". */
  @property() doneLabel = '';

  override render(): TemplateResult | typeof nothing {
    if (!this.lesson) return nothing;
    return html`
      <div class="prose" part="lesson">${unsafeHTML(this.lesson.html)}</div>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${() => this.dispatchEvent(new LessonDoneEvent())}>
          ${this.doneLabel || this.t.finishLesson}
        </button>
      </div>
    `;
  }
}

defineElement('netral-lesson', NetralLesson);

declare global {
  interface HTMLElementTagNameMap {
    'netral-lesson': NetralLesson;
  }
}
