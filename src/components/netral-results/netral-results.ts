import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { CourseData } from '../../core/course.js';
import type { CourseResult } from '../../core/progress.js';
import { formatNumber, formatPercent, stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import '../netral-certificate/netral-certificate.js';
import { RendersInNewTask } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';

/** Internal event to the course shell: open an item from the revisit list. */
export class ResultsOpenItemEvent extends Event {
  static readonly eventName = 'netral-results-open';
  constructor(readonly itemId: string) {
    super(ResultsOpenItemEvent.eventName);
  }
}

/**
 * @summary The course result: score, pass/fail verdict against the pass mark, each quiz's best
 * attempt, and what to revisit (unfinished items, failed quizzes, weak topics).
 */
export class NetralResults extends RendersInNewTask {
  static override styles = [
    tokens,
    sharedStyles,
    css`
      :host { display: block; }
      .score { font-size: 2.5rem; font-weight: 800; margin: 0; }
      .verdict { font-size: 1.125rem; font-weight: 700; margin: 0.25rem 0 0; }
      .list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
      .list li { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; align-items: baseline; justify-content: space-between; padding: 0.625rem 0; border-bottom: 1px solid var(--_border); }
      .reason { color: var(--_muted); font-size: 0.9375rem; }
      .link { font: inherit; color: var(--_brand-strong); background: none; border: 0; padding: 0.5rem 0; min-height: 44px; text-decoration: underline; cursor: pointer; text-align: left; }
      section { margin-top: 1.5rem; }
      .tags { display: flex; flex-wrap: wrap; gap: 0.5rem; list-style: none; padding: 0; margin: 0; }
      .gain { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.5rem; margin: 0; }
      .gain div { border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.5rem 0.75rem; }
      .gain dt { color: var(--_muted); font-size: 0.9375rem; }
      .gain dd { margin: 0; font-size: 1.375rem; font-weight: 800; }
    `,
  ];

  @property({ attribute: false }) course?: CourseData;
  @property({ attribute: false }) result?: CourseResult;
  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  @property() locale = 'id';
  /** The learner's name and NIP when the host knows them (prefilled on the certificate). */
  @property() learnerName = '';
  @property() learnerNip = '';

  override render(): TemplateResult | typeof nothing {
    const { course, result } = this;
    if (!course || !result) return nothing;
    const tone = result.passed ? 'good' : result.completed ? 'bad' : 'mixed';
    const passMark = formatPercent(course.passMark, this.locale);
    const verdict = result.passed ? this.t.resultsPassed : result.completed ? this.t.resultsFailed(passMark) : this.t.resultsIncomplete;
    const weakTags = [...new Set(result.revisit.flatMap((r) => r.tags ?? []))];
    // Tags that name a module are shown as the module's title; the rest only when none does.
    const weakModules = course.modules.filter((module) => weakTags.includes(module.id)).map((module) => module.title);
    const weakTopics = weakModules.length ? weakModules : weakTags;
    const gain = result.gain;
    return html`
      <div class="panel panel--${tone}" part="verdict">
        <p>${this.t.resultsScore}</p>
        <p class="score">${result.score === undefined ? '–' : formatPercent(result.score, this.locale)}</p>
        <p class="verdict">${verdict}</p>
      </div>
      ${gain
        ? html`<section aria-labelledby="gain-title" part="gain">
            <h3 id="gain-title">${this.t.gainTitle}</h3>
            <dl class="gain">
              <div><dt>${this.t.gainBefore}</dt><dd>${formatPercent(gain.before, this.locale)}</dd></div>
              <div><dt>${this.t.gainAfter}</dt><dd>${formatPercent(gain.after, this.locale)}</dd></div>
              <div>
                <dt>${this.t.gainChange}</dt>
                <dd>${this.t.gainPoints(`${gain.points > 0 ? '+' : ''}${formatNumber(gain.points, this.locale)}`)}</dd>
              </div>
            </dl>
          </section>`
        : nothing}
      ${result.quizzes.length
        ? html`<section aria-labelledby="quizzes-title">
            <h3 id="quizzes-title">${this.t.itemKind.quiz}</h3>
            <ul class="list" role="list">
              ${result.quizzes.map(
                (q) => html`<li>
                  <span>${q.quiz.title}</span>
                  <span class="reason">
                    ${q.best ? html`${formatPercent(q.best.percent, this.locale)} · ${this.t.resultsBestOf(q.attemptsUsed)}` : this.t.status.available}
                  </span>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      ${result.passed
        ? html`<section aria-labelledby="certificate-title">
            <h3 id="certificate-title">${this.t.certificateSection}</h3>
            <netral-certificate
              .t=${this.t}
              locale=${this.locale}
              .courseId=${course.id}
              .courseVersion=${course.version}
              .courseTitle=${course.title}
              .score=${result.score ?? 100}
              .name=${this.learnerName}
              .nip=${this.learnerNip}
            ></netral-certificate>
          </section>`
        : nothing}
      <section aria-labelledby="revisit-title">
        <h3 id="revisit-title">${this.t.resultsRevisit}</h3>
        ${result.revisit.length === 0
          ? html`<p>${this.t.resultsNothingToRevisit}</p>`
          : html`<ul class="list" role="list">
              ${result.revisit.map((r) => {
                const item = course.items[r.itemId];
                if (!item) return nothing;
                return html`<li>
                  <button type="button" class="link" @click=${() => this.dispatchEvent(new ResultsOpenItemEvent(r.itemId))}>
                    ${this.t.itemKind[item.kind]}: ${item.title}
                  </button>
                  <span class="reason">${this.t.revisitReason[r.reason]}</span>
                </li>`;
              })}
            </ul>`}
        ${weakTopics.length
          ? html`<h4>${this.t.resultsWeakTopics}</h4>
              <ul class="tags" role="list">${weakTopics.map((topic) => html`<li class="badge">${topic}</li>`)}</ul>`
          : nothing}
      </section>
    `;
  }
}

defineElement('netral-results', NetralResults);

declare global {
  interface HTMLElementTagNameMap {
    'netral-results': NetralResults;
  }
}
