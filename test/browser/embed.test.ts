/**
 * The embed bundle as an intranet admin uses it: the documented snippet (one module script, one
 * element) on a page under a strict Content-Security-Policy, loaded twice. The built bundle is
 * served by scripts/wtr-embed-plugin.mjs. Then `src` pointing to a course that is not there.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-course/netral-course.js';
import type { NetralCourse } from '../../src/components/netral-course/netral-course.js';
import { MemoryProgressStore } from '../../src/adapters/progress-store.js';
import { until } from './user-input.js';

describe('the embed bundle on an intranet page', () => {
  it('gives a page with <netral-verify> the certificate check, from the same one script, under the strict CSP', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Periksa sertifikat';
    frame.style.cssText = 'width: 400px; height: 700px; border: 0';
    frame.src = '/__embed__/verify-page.html';
    document.body.append(frame);
    const form = await until(() => frame.contentDocument?.querySelector('netral-verify')?.shadowRoot?.querySelector('form') ?? undefined, 'the verify form', 30000);
    expect(form.querySelector<HTMLInputElement>('input[name="course"]')!.value).to.equal('netral-asn');
    const fetched = frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, ''));
    expect(fetched).to.include('netral-verify.js');
    expect(fetched, 'no course data on a page without a course').to.not.include('netral-asn-course-id.json');
    expect((frame.contentWindow as Window & { __cspViolations?: string[] }).__cspViolations, 'CSP violations').to.deep.equal([]);
    frame.remove();
  });

  it('runs the built-in course under a strict CSP, loaded twice, with no CSP violation and no style in the page', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Halaman intranet';
    frame.style.cssText = 'width: 400px; height: 700px; border: 0';
    const violations: string[] = [];
    frame.addEventListener('load', () => {
      frame.contentDocument!.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    frame.src = '/__embed__/page.html';
    document.body.append(frame);
    const player = await until(() => {
      const el = frame.contentDocument?.querySelector('netral-course') as NetralCourse | null;
      return el?.shadowRoot?.querySelector('#view-title') ? el : undefined;
    }, 'the built-in course inside the intranet page', 30000);
    const doc = frame.contentDocument!;
    expect(player.shadowRoot!.querySelector('#view-title')!.textContent).to.contain('Netralitas ASN dalam Pemilu dan Pilkada');
    expect(doc.querySelectorAll('netral-course').length).to.equal(1);
    expect(frame.contentWindow!.customElements.get('netral-course'), 'registered once, by the first copy').to.exist;
    expect(violations, 'CSP violations after load').to.deep.equal([]);
    expect((frame.contentWindow as Window & { __cspViolations?: string[] }).__cspViolations, 'CSP violations from the start').to.deep.equal([]);
    expect(doc.querySelectorAll('head style, body style').length, 'no <style> added to the host page').to.equal(0);
    expect(frame.contentWindow!.getComputedStyle(doc.querySelector('.host-text')!).fontFamily, 'the host text keeps its own font').to.not.contain('system-ui');

    // The learner downloads the course in the language they read, and the other only on demand.
    const fetched = () => frame.contentWindow!.performance.getEntriesByType('resource').map((e) => e.name.replace(/^.*\//, ''));
    expect(fetched()).to.include('netral-asn-course-id.json');
    expect(fetched()).to.not.include('netral-asn-course-en.json');
    expect(fetched(), 'the staff tool, on a page without it').to.not.include('netral-verify.js');
    const select = player.shadowRoot!.querySelector<HTMLSelectElement>('.lang select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    await until(() => player.shadowRoot!.querySelector('#view-title')!.textContent!.includes('ASN Neutrality in General and Regional Elections'), 'the English course');
    expect(fetched()).to.include('netral-asn-course-en.json');
    expect(violations, 'CSP violations after switching language').to.deep.equal([]);
    frame.remove();
  });

  it('`src` loads a built course (netral build-json) when the host sets no `course`', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="id" src="/__embed__/sample-course.json" .store=${new MemoryProgressStore()}></netral-course>`);
    const title = await until(() => el.shadowRoot!.querySelector('#view-title'), 'the course from src', 10000);
    expect(title.textContent).to.contain('Netralitas ASN dalam Pemilu dan Pilkada');
    expect(el.shadowRoot!.textContent, 'the sample course, not the built-in one').to.contain('Kuis akhir');
    await expect(el).to.be.accessible();
  });

  it('a `src` that is not there shows a located error in the element, in Indonesian', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="id" src="/kursus/tidak-ada.json" .store=${new MemoryProgressStore()}></netral-course>`);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the load error');
    expect(alert.textContent).to.contain('Kursus tidak dapat dimuat.');
    expect(alert.textContent).to.contain('/kursus/tidak-ada.json: server menjawab 404');
    await expect(el).to.be.accessible();
  });

  it('a `src` that is not a built course says so', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="en" src="/package.json" .store=${new MemoryProgressStore()}></netral-course>`);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the load error');
    expect(alert.textContent).to.contain('/package.json: this file is not a built Netral course');
  });
});
