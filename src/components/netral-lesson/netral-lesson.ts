import { css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { chunkBlocks } from '../../core/chunks.js';
import type { Lesson } from '../../core/course.js';
import { stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { RendersInNewTask, nextFrame, type RendersInFrames } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';

/** Internal event to the course shell: the learner finished reading (and affirmed a pledge). */
export class LessonDoneEvent extends Event {
  static readonly eventName = 'netral-lesson-done';
  /** True when the lesson is a pledge and the learner ticked its statement. */
  constructor(readonly affirmed = false) {
    super(LessonDoneEvent.eventName);
  }
}

/** Most text in a lesson's first chunk: its opening paragraph or two (see chunkBlocks). */
const FIRST_CHUNK = 400;
/** Most text in each later chunk, laid out in a frame of its own. */
const CHUNK = 1000;

/**
 * @summary A lesson: prose, callouts (rule, sanction, legal basis, "it depends") and citations,
 * rendered from HTML the build produced, with the button that marks it read.
 *
 * A long lesson renders its opening paragraph first (in a task after the one that created the
 * element: see RendersInNewTask) and the rest a chunk per frame (see chunkBlocks). The button
 * that ends it, and the element's children (the course puts the lesson's sources and the pager
 * there), come last, so nothing on screen moves down as chunks arrive. `updateComplete` waits for
 * all of it.
 */
export class NetralLesson extends RendersInNewTask implements RendersInFrames {
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

  /** The lesson's top-level nodes, grouped in the chunks they render in. */
  private _chunks: DocumentFragment[] = [];
  /** How many chunks are on the page. */
  @state() private _shown = 0;
  /** Resolves when the next chunk has been added (while some are still to come). */
  private _nextChunk?: Promise<void>;

  override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('lesson')) return;
    this._showAffirmError = false;
    this._chunks = this.lesson ? lessonChunks(this.lesson.html, this.textContent?.length ?? 0) : [];
    // The same lesson again (in the other language): all at once, so that the page keeps its
    // height and the learner's place in it.
    const same = (changed.get('lesson') as Lesson | undefined)?.id === this.lesson?.id;
    this._shown = same ? this._chunks.length : Math.min(1, this._chunks.length);
  }

  protected override updated(): void {
    if (this._shown >= this._chunks.length) return;
    const chunks = this._chunks;
    this._nextChunk = nextFrame().then(() => {
      if (this._chunks === chunks) this._shown++;
    });
  }

  /** Resolves when the first chunk (the opening paragraph) of the lesson is on the page. */
  get firstScreenComplete(): Promise<boolean> {
    return super.getUpdateComplete();
  }

  /** `updateComplete` waits for every chunk of the lesson. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._shown < this._chunks.length && this._nextChunk) {
      await this._nextChunk;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.lesson) return nothing;
    return html`
      <div class="prose" part="lesson">${this._chunks.slice(0, this._shown)}</div>
      ${this._shown < this._chunks.length ? nothing : html`${this.renderEnd(this.lesson)}<slot></slot>`}
    `;
  }

  /** What follows the lesson's last chunk: the pledge's statement to tick, and the button. */
  private renderEnd(lesson: Lesson): TemplateResult {
    const pledge = lesson.affirm !== undefined && !this.affirmed;
    return html`
      ${pledge
        ? html`<label class="affirm" part="affirm">
              <input
                id="affirm"
                type="checkbox"
                aria-invalid=${this._showAffirmError ? 'true' : 'false'}
                aria-describedby=${this._showAffirmError ? 'affirm-error' : nothing}
                @change=${() => (this._showAffirmError = false)}
              />
              <span>${lesson.affirm}</span>
            </label>
            <p id="affirm-error" class="affirm-error" role="alert">${this._showAffirmError ? this.t.affirmRequired : nothing}</p>`
        : lesson.affirm !== undefined
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
      const box = this.renderRoot.querySelector<HTMLInputElement>('#affirm');
      if (!box?.checked) {
        this._showAffirmError = true;
        box?.focus();
        return;
      }
      this.dispatchEvent(new LessonDoneEvent(true));
      return;
    }
    this.dispatchEvent(new LessonDoneEvent());
  }
}

/**
 * A lesson's HTML (produced and sanitised by the build) as its top-level nodes in chunks, each
 * chunk a fragment: one rendered value (two markers) per chunk, not per node. A fragment empties
 * as it is inserted, and stays the value rendered, so chunks already on the page stay as they are
 * when the next one is added. What follows the lesson (its button, and the sources and pager the
 * course puts in its slot: `endSize` characters) counts as a last block, so that a long list of
 * sources arrives in a frame of its own instead of with the lesson's last chunk; its chunk may
 * then be an empty fragment.
 */
function lessonChunks(lessonHtml: string, endSize: number): DocumentFragment[] {
  const template = document.createElement('template');
  template.innerHTML = lessonHtml;
  const nodes = [...template.content.childNodes];
  const counts = chunkBlocks([...nodes.map((node) => node.textContent?.length ?? 0), endSize], FIRST_CHUNK, CHUNK);
  let at = 0;
  return counts.map((count) => {
    const chunk = document.createDocumentFragment();
    chunk.append(...nodes.slice(at, (at += count)));
    return chunk;
  });
}

defineElement('netral-lesson', NetralLesson);

declare global {
  interface HTMLElementTagNameMap {
    'netral-lesson': NetralLesson;
  }
}
