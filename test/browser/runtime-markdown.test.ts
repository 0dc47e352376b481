/**
 * Author Markdown at run time (`<netral-course src="….md">`): a valid module renders, a broken one
 * shows the CLI's located error inside the element, and a corpus of known XSS payloads is inert.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-course/netral-course.js';
import { NetralCourse as NetralCourseElement, type NetralCourse } from '../../src/components/netral-course/netral-course.js';
import { MemoryProgressStore } from '../../src/adapters/progress-store.js';
import { markdownCourse, sanitize } from '../../src/runtime/markdown-course.js';
import { until } from './user-input.js';

declare global {
  interface Window {
    __xss: number[];
  }
}

const mount = (src: string, lang = 'id') =>
  fixture<NetralCourse>(html`<netral-course lang=${lang} src=${src} .store=${new MemoryProgressStore()}></netral-course>`);

describe('runtime Markdown', () => {
  // The embed entry (src/embed.ts) sets this; the test loads the element on its own.
  before(() => {
    NetralCourseElement.markdownReader = () => import('../../src/runtime/markdown-course.js');
  });

  it('a module published as Markdown loads, renders and opens external links safely', async () => {
    const el = await mount('/test/fixtures/runtime/modul-instansi.id.md');
    await until(() => el.shadowRoot!.querySelector('#view-title'), 'the module', 10000);
    expect(el.shadowRoot!.querySelector('#view-title')!.textContent).to.contain('Netralitas di lingkungan Dinas Contoh');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.btn--primary')!.click();
    const lesson = await until(() => el.shadowRoot!.querySelector('netral-lesson')?.shadowRoot?.querySelector('.prose a'), 'the lesson link');
    expect(lesson.getAttribute('target')).to.equal('_blank');
    expect(lesson.getAttribute('rel')).to.equal('noopener noreferrer');
    await expect(el).to.be.accessible();
  });

  it('a broken Markdown file shows the same located error as netral check, inside the element', async () => {
    const el = await mount('/test/fixtures/runtime/rusak.id.md');
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the error', 10000);
    const text = alert.textContent!;
    expect(text).to.contain('Kursus tidak dapat dimuat.');
    expect(text).to.match(/rusak\.id\.md:\d+/);
    expect(text).to.contain('minutes');
    await expect(el).to.be.accessible();
  });

  const PAYLOADS = [
    '[klik](javascript:window.__xss.push(1))',
    '[klik](JaVaScRiPt:window.__xss.push(2))',
    '[klik](&#106;avascript:window.__xss.push(3))',
    '<javascript:window.__xss.push(4)>',
    '![gambar](javascript:window.__xss.push(5))',
    '[klik](data:text/html,<script>window.__xss.push(6)</script>)',
    '<img src=x onerror="window.__xss.push(7)">',
    '<script>window.__xss.push(8)</script>',
    '<svg onload="window.__xss.push(9)"></svg>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss.push(10)">',
    '[x](https://example.com" onmouseover="window.__xss.push(11))',
    '`<img src=x onerror=window.__xss.push(12)>`',
    '<a href="javascript:window.__xss.push(13)">tautan yang tidak ditutup',
    '> [!aturan] <img src=x onerror=window.__xss.push(14)>\n> isi',
    'Teks [@<img src=x onerror=window.__xss.push(15)>] lagi',
    '<iframe srcdoc="<script>parent.__xss.push(16)</script>"></iframe>',
    '**tebal <b onmouseover=window.__xss.push(17)>x</b>**',
    '[klik](vbscript:window.__xss.push(18))',
    '<details open ontoggle="window.__xss.push(19)">x</details>',
    '<!--><img src=x onerror=window.__xss.push(20)>-->',
  ];

  it(`a corpus of ${PAYLOADS.length} XSS payloads is inert: a located error or sanitised output, nothing runs`, async () => {
    window.__xss = [];
    const outcomes: string[] = [];
    for (const [i, payload] of PAYLOADS.entries()) {
      const md = `---\ntype: lesson\nid: uji-${i}\ntitle: Uji ${i}\nminutes: 1\n---\n\nAwal.\n\n${payload}\n\nAkhir.\n`;
      const result = markdownCourse(md, `/uji/uji-${i}.id.md`, 'id');
      if (!result.ok) {
        expect(result.problems.length, `payload ${i}: a located problem`).to.be.greaterThan(0);
        expect(result.problems[0]).to.match(/^uji-\d+\.id\.md:\d+/);
        outcomes.push('error');
        continue;
      }
      const el = await fixture<NetralCourse>(html`<netral-course lang="id" .course=${result.course} .store=${new MemoryProgressStore()}></netral-course>`);
      await until(() => el.shadowRoot!.querySelector('.btn--primary'), 'start');
      el.shadowRoot!.querySelector<HTMLButtonElement>('.btn--primary')!.click();
      const prose = await until(() => el.shadowRoot!.querySelector('netral-lesson')?.shadowRoot?.querySelector('.prose'), `payload ${i}: the lesson`);
      for (const node of prose.querySelectorAll('*')) {
        for (const attr of node.getAttributeNames()) {
          expect(attr.startsWith('on'), `payload ${i}: event handler ${attr} on <${node.tagName}>`).to.be.false;
          if (attr === 'href' || attr === 'src' || attr === 'srcdoc') {
            expect(node.getAttribute(attr)!.trim().toLowerCase(), `payload ${i}: ${attr}`).to.not.match(/^(javascript|vbscript|data):/);
          }
        }
        expect(['SCRIPT', 'IFRAME', 'SVG', 'MATH', 'STYLE', 'OBJECT', 'EMBED'], `payload ${i}: element`).to.not.include(node.tagName.toUpperCase());
        node.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      }
      outcomes.push('rendered');
    }
    await new Promise((r) => setTimeout(r, 200)); // give any onerror/onload a chance to fire
    expect(window.__xss, 'payloads that ran').to.deep.equal([]);
    expect(outcomes).to.include('rendered'); // the sanitised path was exercised, not only the checker
  });

  it('the sanitiser itself strips what a renderer bug could let through', () => {
    const out = sanitize('<p>ok</p><img src="x" onerror="window.__xss.push(99)"><a href="javascript:alert(1)">x</a><svg><script>1</script></svg><a href="https://example.org">luar</a>');
    expect(out).to.not.match(/onerror|javascript:|<svg|<script/i);
    expect(out).to.contain('<p>ok</p>');
    expect(out).to.contain('target="_blank"');
    expect(out).to.contain('rel="noopener noreferrer"');
  });
});
