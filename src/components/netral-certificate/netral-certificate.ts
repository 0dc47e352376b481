import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { certificateCode, issueDate, type CertificateFields } from '../../core/certificate.js';
import { formatPercent, stringsFor, type UiStrings } from '../../i18n/localize.js';
import { formatLongDate } from '../../i18n/long-date.js';
import { defineElement } from '../define.js';
import { formStyles, sharedStyles, tokens } from '../../styles/shared.styles.js';

/**
 * @summary A printable certificate of completion: the learner's name and NIP (typed by the
 * learner when the host did not give them), the course title and version, the issue date, the
 * score and a verification code (src/core/certificate.ts) that staff check with
 * `npx netral verify` or `<netral-verify>`. Prints on A4 and reads on a phone; no network.
 *
 * @csspart certificate - The certificate itself (what is printed).
 */
export class NetralCertificate extends LitElement {
  static override styles = [
    tokens,
    sharedStyles,
    formStyles,
    css`
      :host { display: block; }
      .hint { color: var(--_muted); font-size: 0.9375rem; margin: 0; }
      .certificate { margin-top: 1rem; padding: 1.5rem 1.25rem; border: 3px double var(--_brand); border-radius: var(--_radius); text-align: center; background: var(--_surface); overflow-wrap: anywhere; }
      .certificate h3 { font-size: 1.375rem; margin: 0 0 1rem; letter-spacing: 0.02em; }
      .certificate .name { font-size: 1.5rem; font-weight: 800; margin: 0.25rem 0; }
      .certificate p { margin: 0.375rem 0; }
      .code { font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace; font-size: 1.125rem; font-weight: 700; letter-spacing: 0.05em; }
      .small { font-size: 0.875rem; color: var(--_muted); }
      @media (min-width: 40rem) { .certificate { padding: 2.5rem 3rem; } .certificate .name { font-size: 2rem; } }
      @media print {
        form, .actions, .hint { display: none !important; }
        .certificate { border-color: #000; max-width: 190mm; margin: 0 auto; padding: 20mm 15mm; break-inside: avoid; }
      }
    `,
  ];

  @property({ attribute: false }) t: UiStrings = stringsFor('id');
  @property() locale = 'id';
  @property() courseId = '';
  @property() courseVersion = '';
  @property() courseTitle = '';
  /** Course score in percent. */
  @property({ type: Number }) score = 0;
  /** The learner's name and NIP when the host knows them; otherwise the learner types them. */
  @property() name = '';
  @property() nip = '';
  /** The issue date (YYYY-MM-DD); default today. */
  @property() date = '';

  @state() private _name = '';
  @state() private _nip = '';
  @state() private _code = '';
  @state() private _shown = false;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('name')) this._name = this.name;
    if (changed.has('nip')) this._nip = this.nip;
  }

  private fields(): CertificateFields {
    return {
      courseId: this.courseId,
      courseVersion: this.courseVersion,
      name: this._name,
      nip: this._nip,
      date: this.date || issueDate(new Date()),
      score: this.score,
    };
  }

  private async show(e: Event): Promise<void> {
    e.preventDefault();
    if (!this._name.trim()) {
      this.renderRoot.querySelector<HTMLInputElement>('#cert-name')?.focus();
      return;
    }
    this._code = await certificateCode(this.fields());
    this._shown = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#cert-title')?.focus();
  }

  override render(): TemplateResult {
    const t = this.t;
    const f = this.fields();
    return html`
      <form @submit=${this.show}>
        <p class="hint">${t.certificateHint}</p>
        <label>${t.certificateName}
          <input id="cert-name" name="name" autocomplete="name" required .value=${this._name} @input=${(e: InputEvent) => ((this._name = (e.target as HTMLInputElement).value), (this._shown = false))} />
        </label>
        <label>${t.certificateNip}
          <input id="cert-nip" name="nip" inputmode="numeric" .value=${this._nip} @input=${(e: InputEvent) => ((this._nip = (e.target as HTMLInputElement).value), (this._shown = false))} />
        </label>
        <div class="actions"><button type="submit" class="btn btn--primary">${t.certificateShow}</button></div>
      </form>
      ${this._shown
        ? html`<section class="certificate" part="certificate" aria-labelledby="cert-title">
              <h3 id="cert-title" tabindex="-1">${t.certificateTitle}</h3>
              <p>${t.certificateGivenTo}</p>
              <p class="name">${this._name.trim()}</p>
              ${this._nip.trim() ? html`<p>NIP ${this._nip.trim()}</p>` : nothing}
              <p>${t.certificateCompleted}</p>
              <p><strong>${this.courseTitle}</strong> (${t.certificateVersion(this.courseVersion)})</p>
              <p>${t.certificateScore(formatPercent(this.score, this.locale))} · ${formatLongDate(f.date, this.locale)}</p>
              <p class="small">${t.certificateCodeLabel}</p>
              <p class="code">${this._code}</p>
              <p class="small">${t.certificateVerifyHint}</p>
            </section>
            <div class="actions"><button type="button" class="btn" @click=${() => window.print()}>${t.certificatePrint}</button></div>`
        : nothing}
    `;
  }
}

defineElement('netral-certificate', NetralCertificate);

declare global {
  interface HTMLElementTagNameMap {
    'netral-certificate': NetralCertificate;
  }
}
