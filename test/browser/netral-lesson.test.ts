import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-lesson/netral-lesson.js';
import type { NetralLesson } from '../../src/components/netral-lesson/netral-lesson.js';
import type { Lesson } from '../../src/core/course.js';

/** A lesson as long as the longest in the ASN course: 60 blocks, ~9,000 characters of text. */
function longLesson(id = 'panjang'): Lesson {
  const blocks = Array.from({ length: 60 }, (_, i) =>
    i % 5 === 4
      ? `<aside class="callout callout--aturan" role="note"><p class="callout__title">Aturan ${i}</p><p>ASN dilarang memberikan dukungan kepada calon ${i}.</p></aside>`
      : `<p id="p-${id}-${i}">Paragraf ${i}: ASN wajib menjaga netralitas dalam setiap tahapan pemilihan umum dan pemilihan kepala daerah, juga di media sosial.</p>`,
  );
  return { kind: 'lesson', id, moduleId: 'm1', title: 'Pelajaran panjang', minutes: 5, file: `lessons/${id}.id.md`, html: blocks.join('\n'), cites: [] };
}

const paragraphs = (el: NetralLesson) => el.shadowRoot!.querySelectorAll('.prose > p, .prose > aside').length;

describe('netral-lesson', () => {
  it('renders a long lesson a first screen first, then the rest, and updateComplete waits for all of it', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson><p class="after">Sumber</p></netral-lesson>`);
    el.lesson = longLesson();
    await el.firstScreenComplete;
    const first = paragraphs(el);
    expect(first).to.be.greaterThan(0).and.lessThan(60);
    // Nothing that follows the lesson is there yet to be pushed down as chunks arrive.
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(el.querySelector('.after')!.getClientRects().length).to.equal(0);

    await el.updateComplete;
    expect(paragraphs(el)).to.equal(60);
    expect(el.shadowRoot!.querySelector('.prose > p:last-of-type')!.textContent).to.contain('Paragraf 58');
    expect(el.shadowRoot!.querySelector('button')).to.exist;
    expect(el.querySelector('.after')!.getClientRects().length).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('a long list after the lesson (its sources) arrives in a frame of its own, not with the last chunk', async () => {
    const sources = Array.from({ length: 30 }, (_, i) => `<li>Sumber ${i}: Peraturan Pemerintah tentang disiplin pegawai negeri sipil, pasal demi pasal.</li>`).join('');
    const el = await fixture<NetralLesson>(html`<netral-lesson></netral-lesson>`);
    el.innerHTML = `<ol class="after">${sources}</ol>`;
    const lesson = { ...longLesson('dua'), html: '<p>Paragraf pertama yang pendek.</p><p>Paragraf kedua yang juga pendek.</p>' };
    el.lesson = lesson;
    await el.firstScreenComplete;
    expect(paragraphs(el), 'the whole short lesson at once').to.equal(2);
    expect(!!el.shadowRoot!.querySelector('slot'), 'its sources not yet').to.equal(false);
    await el.updateComplete;
    expect(el.querySelector('.after')!.getClientRects().length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('button')).to.exist;

    // With a short list after it, a short lesson is whole at once, end and all.
    const short = await fixture<NetralLesson>(html`<netral-lesson><p>Satu sumber.</p></netral-lesson>`);
    short.lesson = lesson;
    await short.firstScreenComplete;
    expect(short.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('keeps the blocks already shown in place while the next ones arrive', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson></netral-lesson>`);
    el.lesson = longLesson();
    await el.firstScreenComplete;
    const firstBlock = el.shadowRoot!.querySelector('.prose > p');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.prose > p')).to.equal(firstBlock);
  });

  it('a short lesson is whole at once, with its button', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson></netral-lesson>`);
    el.lesson = { ...longLesson('pendek'), html: '<p>Satu paragraf saja.</p>' };
    await el.firstScreenComplete;
    expect(paragraphs(el)).to.equal(1);
    expect(el.shadowRoot!.querySelector('button')).to.exist;
  });

  it('a new lesson given while one is still arriving replaces it', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson></netral-lesson>`);
    el.lesson = longLesson('a');
    await el.firstScreenComplete;
    el.lesson = longLesson('b');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[id^="p-a-"]').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[id^="p-b-"]').length).to.equal(48);
  });

  it('the same lesson in another language replaces it whole, so the page keeps its height', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson></netral-lesson>`);
    el.lesson = longLesson('sama');
    await el.updateComplete;
    const height = el.getBoundingClientRect().height;
    el.lesson = { ...longLesson('sama'), html: longLesson('sama').html.replaceAll('Paragraf', 'Paragraph') };
    await el.firstScreenComplete;
    expect(paragraphs(el)).to.equal(60);
    expect(el.getBoundingClientRect().height).to.be.closeTo(height, height * 0.05);
  });
});
