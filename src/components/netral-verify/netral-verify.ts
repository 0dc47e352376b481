import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { verifyCertificate } from '../../core/certificate.js';
import { langOf, primaryLang, stringsFor, whenStringsArrive } from '../../i18n/localize.js';
import { defineElement } from '../define.js';
import { formStyles, sharedStyles, tokens } from '../../styles/shared.styles.js';

/**
 * In the embed bundle this element is a chunk of its own (netral-verify.js, see src/embed.ts), so
 * the learner's bundle carries neither its form nor the check's arithmetic.
 *
 * @summary For training staff: checks a certificate's verification code against the details
 * printed on it, in the browser, with no network (the same check as `npx netral verify`).
 */
export class NetralVerify extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    formStyles,
    css`
      :host { display: block; }
      .result { margin-top: 1rem; }
    `,
  ];

  /** Prefilled course id and version (the agency's own course). */
  @property({ attribute: 'course-id' }) courseId = '';
  @property({ attribute: 'course-version' }) courseVersion = '';

  @state() private _result?: boolean;

  private get t() {
    return stringsFor(primaryLang(langOf(this)) || 'id');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    whenStringsArrive(langOf(this), () => this.requestUpdate());
  }

  private async check(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const value = (name: string) => String(data.get(name) ?? '');
    this._result = await verifyCertificate(
      { courseId: value('course'), courseVersion: value('version'), name: value('name'), nip: value('nip'), date: value('date'), score: Number(value('score').replace(',', '.')) },
      value('code'),
    );
  }

  override render(): TemplateResult {
    const t = this.t;
    return html`
      <form @submit=${this.check} @input=${() => (this._result = undefined)}>
        <label>${t.certificateCodeLabel}<input name="code" required autocomplete="off" placeholder="NTRL-XXXX-XXXX-XXXX" /></label>
        <label>${t.certificateName}<input name="name" required /></label>
        <label>${t.certificateNip}<input name="nip" inputmode="numeric" /></label>
        <label>${t.verifyCourse}<input name="course" required .value=${this.courseId} /></label>
        <label>${t.verifyVersion}<input name="version" required .value=${this.courseVersion} /></label>
        <label>${t.verifyDate}<input name="date" type="date" required /></label>
        <label>${t.verifyScore}<input name="score" inputmode="decimal" required pattern="[0-9]+([.,][0-9]+)?" /></label>
        <div class="actions"><button type="submit" class="btn btn--primary">${t.verifyCheck}</button></div>
      </form>
      <div class="result" role="status">
        ${this._result === undefined
          ? nothing
          : html`<div class="panel ${this._result ? 'panel--good' : 'panel--bad'}">
              <p><strong>${this._result ? t.verifyMatch : t.verifyNoMatch}</strong></p>
              <p>${t.verifyCaveat}</p>
            </div>`}
      </div>
    `;
  }
}

defineElement('netral-verify', NetralVerify);

declare global {
  interface HTMLElementTagNameMap {
    'netral-verify': NetralVerify;
  }
}
