import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Scenario } from '../../core/course.js';
import type { ScenarioProgress } from '../../core/state.js';
import { scenarioPath } from '../../core/scenario.js';
import { stringsFor, type UiStrings } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { RendersInNewTask, nextFrame, releaseFocus } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';
import { scenarioStyles } from './netral-scenario.styles.js';

/** Internal events to the course shell (not public API). */
export class ScenarioChooseEvent extends Event {
  static readonly eventName = 'netral-scenario-choose';
  constructor(readonly choiceId: string) {
    super(ScenarioChooseEvent.eventName);
  }
}
export class ScenarioRestartEvent extends Event {
  static readonly eventName = 'netral-scenario-restart';
  constructor() {
    super(ScenarioRestartEvent.eventName);
  }
}
export class ScenarioContinueEvent extends Event {
  static readonly eventName = 'netral-scenario-continue';
  constructor() {
    super(ScenarioContinueEvent.eventName);
  }
}

/**
 * @summary A branching scenario: the path so far (each situation, the choice taken and its
 * consequence), then the current situation's choices or the ending.
 *
 * Choices are radio buttons confirmed with one button, so a mis-tap on a phone is never final.
 * A choice (or starting over) is recorded in the tap's task and the scenario renders in the next
 * (see RendersInNewTask), then focus moves to the newest part of the path in the frame after.
 */
export class NetralScenario extends RendersInNewTask {
  static override styles = [tokens, sharedStyles, scenarioStyles];

  @property({ attribute: false }) scenario?: Scenario;
  @property({ attribute: false }) progress?: ScenarioProgress;
  @property({ attribute: false }) t: UiStrings = stringsFor('id');

  @state() private _picked = '';
  @state() private _error = '';
  /** A choice or a restart was tapped: the path changes, and focus moves to its newest part. */
  private _stepTapped = false;

  protected override get updateInNewTask(): boolean {
    return !this.hasUpdated || this._stepTapped;
  }

  protected override updated(): void {
    if (!this._stepTapped) return;
    this._stepTapped = false;
    // In the next frame, before its paint: the layout that focus() needs is that frame's own.
    this.focusWhen(nextFrame(), () => this.focusLatest());
  }

  /** Focuses the newest part of the path: the last consequence, or the first situation. */
  private focusLatest(): void {
    const all = this.renderRoot.querySelectorAll<HTMLElement>('[data-focus-target]');
    all[all.length - 1]?.focus();
  }

  override render(): TemplateResult | typeof nothing {
    const sc = this.scenario;
    if (!sc) return nothing;
    const steps = scenarioPath(sc, this.progress);
    const current = steps[steps.length - 1];
    return html`
      ${sc.introHtml ? html`<div class="prose intro">${unsafeHTML(sc.introHtml)}</div>` : nothing}
      <ol class="steps" role="list">
        ${steps.map(
          (step, i) => html`<li class="step">
            ${step.node.ending ? this.renderEnding(step.node.ending.outcome, step.node.html) : html`<div class="situation prose" tabindex="-1" ?data-focus-target=${i === 0}>${unsafeHTML(step.node.html)}</div>`}
            ${step.choice
              ? html`<div class="taken" tabindex="-1" data-focus-target>
                  <p class="taken__label">${this.t.scenarioYourChoice}</p>
                  <div class="taken__choice prose">${unsafeHTML(step.choice.html)}</div>
                  <div class="prose">${unsafeHTML(step.choice.feedbackHtml)}</div>
                </div>`
              : nothing}
          </li>`,
        )}
      </ol>
      ${current && !current.node.ending ? this.renderChoices(current.node.id) : nothing}
    `;
  }

  private renderEnding(outcome: 'good' | 'mixed' | 'bad', body: string): TemplateResult {
    return html`<section class="ending panel panel--${outcome}" tabindex="-1" data-focus-target aria-labelledby="ending-title">
        <h3 id="ending-title"><span class="badge tone-${outcome}">${this.t.scenarioEnding[outcome]}</span></h3>
        <div class="prose">${unsafeHTML(body)}</div>
      </section>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${() => this.dispatchEvent(new ScenarioContinueEvent())}>${this.t.scenarioContinue}</button>
        <button type="button" class="btn" @click=${this.restart}>${this.t.scenarioRestart}</button>
      </div>`;
  }

  private renderChoices(nodeId: string): TemplateResult {
    const node = this.scenario!.nodes[nodeId]!;
    return html`<form @submit=${this.confirm} novalidate>
      <fieldset aria-describedby=${this._error ? 'choice-error' : nothing}>
        <legend>${this.t.scenarioChoose}</legend>
        <ul class="choices" role="list">
          ${node.choices.map(
            (c) => html`<li>
              <label class="choice">
                <input type="radio" name=${`choice-${nodeId}`} value=${c.id} .checked=${this._picked === c.id}
                  @change=${() => { this._picked = c.id; this._error = ''; }} />
                <span class="prose">${unsafeHTML(c.html)}</span>
              </label>
            </li>`,
          )}
        </ul>
        ${this._error ? html`<p id="choice-error" class="error" role="alert">${this._error}</p>` : nothing}
      </fieldset>
      <div class="actions"><button type="submit" class="btn btn--primary">${this.t.scenarioConfirm}</button></div>
    </form>`;
  }

  private confirm(e: Event): void {
    e.preventDefault();
    if (this.replacing) return;
    if (!this._picked) {
      this._error = this.t.quizAnswerFirst;
      return;
    }
    const id = this._picked;
    this.tapStep();
    this.dispatchEvent(new ScenarioChooseEvent(id));
  }

  private restart(): void {
    if (this.replacing) return;
    this.tapStep();
    this.dispatchEvent(new ScenarioRestartEvent());
  }

  /** Before a tap that changes the path: focus leaves the controls that go (see releaseFocus). */
  private tapStep(): void {
    this._picked = '';
    this._stepTapped = true;
    releaseFocus(this.shadowRoot!);
  }
}

defineElement('netral-scenario', NetralScenario);

declare global {
  interface HTMLElementTagNameMap {
    'netral-scenario': NetralScenario;
  }
}
