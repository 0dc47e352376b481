/**
 * Courses built by the real pipeline, on a 360 px wide phone screen: the complete ASN course
 * (content/) taken from start to result with the keyboard alone (axe on every view, no
 * horizontal scrolling, focus on each new view's heading), and the small sample course
 * (test/fixtures/sample-course/) with the mouse.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import course from 'virtual:netral-course';
import sample from 'virtual:netral-course?dir=test/fixtures/sample-course';
import '../../src/components/netral-course/netral-course.js';
import type { NetralCourse } from '../../src/components/netral-course/netral-course.js';
import { MemoryProgressStore } from '../../src/adapters/progress-store.js';
import type { Question } from '../../src/core/course.js';
import { clickLikeUser, deepActiveElement, isButton, press, tabTo, until } from './user-input.js';
import { driveCourse, rightAnswer, settle } from './course-driver.js';

const root = (el: NetralCourse) => el.shadowRoot!;
const title = (el: NetralCourse) => root(el).querySelector('#view-title')?.textContent?.trim();

/**
 * The view fits a 360 px screen: the page does not scroll sideways and no element inside the
 * course (at any shadow depth) reaches past the right edge, where the host would clip it.
 */
function expectNoSidewaysScroll(what: string): void {
  expect(document.documentElement.scrollWidth, `${what}: the page fits 360 px`).to.be.at.most(360);
  const outside: string[] = [];
  const walk = (scope: Document | ShadowRoot) => {
    for (const node of scope.querySelectorAll('*')) {
      const r = node.getBoundingClientRect();
      if (r.width > 1 && r.right > 360.5 && !node.closest('.visually-hidden')) outside.push(`<${node.tagName.toLowerCase()} class="${node.getAttribute('class') ?? ''}"> right=${Math.round(r.right)}`);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(document);
  expect(outside, `${what}: elements past the right edge`).to.deep.equal([]);
}

describe('courses on a phone', () => {
  before(async () => {
    await setViewport({ width: 360, height: 740 });
    document.body.style.margin = '0';
  });

  it('the complete ASN course is finished by keyboard alone, from the pre-test to a passing result with the gain', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="id" .store=${new MemoryProgressStore()} .course=${course}></netral-course>`);
    await until(() => root(el).querySelector('#view-title'), 'start screen');
    const data = course.byLang.id!;
    expect(title(el)).to.equal(data.title);
    const seen: string[] = [];
    await driveCourse(el, {
      onView: async (view) => {
        seen.push(view);
        if (view !== data.title) expect(deepActiveElement()?.id, `focus on the heading of "${view}"`).to.equal('view-title');
        await expect(el).to.be.accessible();
        expectNoSidewaysScroll(view);
      },
    });
    expect(title(el)).to.equal('Hasil belajar');
    const results = root(el).querySelector('netral-results')!.shadowRoot!.textContent!;
    expect(results).to.contain('Selamat, Anda lulus.');
    expect(results, 'the learning gain from the pre-test to the post-test').to.contain('Peningkatan pemahaman');
    await expect(el).to.be.accessible();
    expectNoSidewaysScroll('results');
    expect(seen).to.include.members(Object.values(data.items).map((i) => i.title));
  });

  it('the sample course is finished with the mouse (real clicks) from start to a passing result', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="id" .store=${new MemoryProgressStore()} .course=${sample}></netral-course>`);
    await until(() => root(el).querySelector('#view-title'), 'start screen');
    const button = (scope: ParentNode, label: string) => {
      const b = [...scope.querySelectorAll('button')].find((x) => x.textContent!.includes(label));
      if (!b) throw new Error(`no button "${label}" in view "${title(el)}"`);
      return b;
    };
    await clickLikeUser(button(root(el), 'Mulai belajar'));
    await settle(el);
    for (let step = 0; step < 40 && !root(el).querySelector('netral-results'); step++) {
      const lesson = root(el).querySelector('netral-lesson');
      const sc = root(el).querySelector('netral-scenario');
      const quiz = root(el).querySelector('netral-quiz');
      if (lesson) {
        await clickLikeUser(button(lesson.shadowRoot!, 'Saya sudah membaca'));
      } else if (sc) {
        for (let i = 0; i < 10 && !sc.shadowRoot!.querySelector('.ending'); i++) {
          await clickLikeUser(sc.shadowRoot!.querySelector('.choice')!);
          await clickLikeUser(button(sc.shadowRoot!, 'Pilih'));
          await settle(el);
        }
        await clickLikeUser(button(sc.shadowRoot!, 'Lanjut'));
      } else if (quiz) {
        await clickLikeUser(button(quiz.shadowRoot!, 'Mulai kuis'));
        await settle(el);
        for (let i = 0; i < 30; i++) {
          const qEl = quiz.shadowRoot!.querySelector('netral-question') as (HTMLElement & { question: Question }) | null;
          if (!qEl) break;
          const q = qEl.question;
          const right = rightAnswer(q);
          const qs = qEl.shadowRoot!;
          if (q.type === 'ordering') {
            const target = right as string[];
            for (let pos = 0; pos < target.length; pos++) {
              for (let guard = 0; guard < target.length; guard++) {
                const order = [...qs.querySelectorAll('[data-move="up"]')].map((b) => b.getAttribute('data-id'));
                if (order.indexOf(target[pos]!) <= pos) break;
                await clickLikeUser(qs.querySelector(`[data-move="up"][data-id="${target[pos]}"]`)!);
                await settle(el);
              }
            }
          } else if (q.type === 'matching') {
            // A native <select> opens a popup the automation protocol cannot click into; pick the
            // option the way the popup does (set the value, fire change).
            for (const [left, rightId] of Object.entries(right as Record<string, string>)) {
              const sel = qs.querySelector<HTMLSelectElement>(`#m-${left}`)!;
              sel.value = rightId;
              sel.dispatchEvent(new Event('change'));
              await settle(el);
            }
          } else {
            for (const id of ([] as string[]).concat(right as string | string[])) {
              await clickLikeUser(qs.querySelector(`input[value="${id}"]`)!.closest('label')!);
              await settle(el);
            }
          }
          await clickLikeUser(button(quiz.shadowRoot!, 'Periksa jawaban'));
          await settle(el);
          const next = [...quiz.shadowRoot!.querySelectorAll('button')].find((b) => /Pertanyaan berikutnya|Lihat hasil/.test(b.textContent!))!;
          const last = next.textContent!.includes('Lihat hasil');
          await clickLikeUser(next);
          await settle(el);
          if (last) break;
        }
        expect(quiz.shadowRoot!.textContent).to.contain('Lulus');
        await clickLikeUser(button(quiz.shadowRoot!, 'Lanjut'));
      }
      await settle(el);
    }
    expect(title(el)).to.equal('Hasil belajar');
    expect(root(el).querySelector('netral-results')!.shadowRoot!.textContent).to.contain('Selamat, Anda lulus.');
  });

  it('a citation opens its source in a dialog without touching the page URL', async () => {
    const el = await fixture<NetralCourse>(html`<netral-course lang="id" .store=${new MemoryProgressStore()} .course=${sample}></netral-course>`);
    await until(() => root(el).querySelector('#view-title'), 'start screen');
    await tabTo(isButton('Mulai belajar'), 'start');
    await press('Enter');
    await settle(el);
    const lesson = root(el).querySelector('netral-lesson')!;
    const link = await tabTo((n) => n instanceof HTMLAnchorElement && n.dataset.source !== undefined && lesson.shadowRoot!.contains(n), 'a citation');
    const id = link.dataset.source!;
    const hash = location.hash;
    await press('Enter');
    await settle(el);
    const dialog = root(el).querySelector<HTMLDialogElement>('dialog.source')!;
    expect(dialog.open).to.be.true;
    expect(dialog.textContent).to.contain(sample.byLang.id!.sources[id]!.title);
    expect(location.hash).to.equal(hash);
    await expect(el).to.be.accessible();
    await press('Escape');
    await settle(el);
    expect(root(el).querySelector('dialog.source')).to.equal(null);
  });
});
