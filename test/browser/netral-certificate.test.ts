import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-certificate/netral-certificate.js';
import '../../src/components/netral-verify/netral-verify.js';
import type { NetralCertificate } from '../../src/components/netral-certificate/netral-certificate.js';
import type { NetralVerify } from '../../src/components/netral-verify/netral-verify.js';
import { stringsFor } from '../../src/i18n/localize.js';
import { deepActiveElement, isButton, press, tabTo, until } from './user-input.js';

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('certificate and its verification', () => {
  it('the learner types a name by keyboard, sees the certificate, and staff verify it; a raised score does not verify', async () => {
    const cert = await fixture<NetralCertificate>(
      html`<netral-certificate lang="id" .t=${stringsFor('id')} locale="id" courseId="netral-asn" courseVersion="1.0.0" courseTitle="Netralitas ASN dalam Pemilu dan Pilkada" .score=${92.5} date="2026-12-05" nip="199001012015032001"></netral-certificate>`,
    );
    await expect(cert).to.be.accessible();
    // Asking without a name keeps the learner in the name field.
    await tabTo(isButton('Tampilkan sertifikat'), 'show');
    await press('Enter');
    await cert.updateComplete;
    expect((deepActiveElement() as HTMLInputElement).id).to.equal('cert-name');
    await typeInto(deepActiveElement() as HTMLInputElement, 'Ketut Ayu Lestari');
    await tabTo(isButton('Tampilkan sertifikat'), 'show');
    await press('Enter');
    const sheet = await until(() => cert.shadowRoot!.querySelector('[part="certificate"]'), 'the certificate');
    const text = sheet.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Sertifikat Penyelesaian');
    expect(text).to.contain('Ketut Ayu Lestari');
    expect(text).to.contain('NIP 199001012015032001');
    expect(text).to.contain('versi 1.0.0');
    expect(text).to.contain('5 Desember 2026');
    expect(deepActiveElement()?.id, 'focus on the certificate title').to.equal('cert-title');
    await expect(cert).to.be.accessible();
    const code = sheet.querySelector('.code')!.textContent!.trim();
    expect(code).to.match(/^NTRL-\w{4}-\w{4}-\w{4}$/);

    const check = async (score: string) => {
      const el = await fixture<NetralVerify>(html`<netral-verify lang="id" course-id="netral-asn" course-version="1.0.0"></netral-verify>`);
      const field = (name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
      await typeInto(field('code'), code.toLowerCase());
      await typeInto(field('name'), 'KETUT AYU LESTARI');
      await typeInto(field('nip'), '199001012015032001');
      field('date').value = '2026-12-05';
      await typeInto(field('score'), score);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      const status = await until(() => el.shadowRoot!.querySelector('[role="status"] .panel'), 'the verdict');
      await expect(el).to.be.accessible();
      return status.textContent!;
    };
    expect(await check('92,5')).to.contain('Cocok');
    expect(await check('97.5')).to.contain('Tidak cocok');
  });
});
