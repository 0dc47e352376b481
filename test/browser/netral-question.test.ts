import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-question/netral-question.js';
import type { NetralQuestion, QuestionInputEvent } from '../../src/components/netral-question/netral-question.js';
import type { QuestionType, Response } from '../../src/core/course.js';
import { en } from '../../src/i18n/en.js';
import { makeQuestion } from '../node/core/fixture.js';
import { deepActiveElement, press, tabTo } from './user-input.js';

const TYPES: QuestionType[] = ['single', 'multiple', 'truefalse', 'judgement', 'ordering', 'matching'];

async function render(type: QuestionType, props: Partial<NetralQuestion> = {}): Promise<NetralQuestion> {
  const q = makeQuestion(`q-${type}`, type);
  const el = await fixture<NetralQuestion>(html`<netral-question .question=${q} .order=${q.options.map((o) => o.id).reverse()} heading="Pertanyaan 1 dari 6"></netral-question>`);
  Object.assign(el, props);
  await el.updateComplete;
  return el;
}

function lastInput(el: NetralQuestion): Promise<Response> {
  return new Promise((resolve) => el.addEventListener('netral-question-input', (e) => resolve((e as QuestionInputEvent).response), { once: true }));
}

describe('netral-question', () => {
  for (const type of TYPES) {
    it(`${type}: renders an accessible answer group`, async () => {
      const el = await render(type);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent).to.equal('Pertanyaan 1 dari 6');
      await expect(el).to.be.accessible();
    });
    it(`${type}: feedback view is accessible`, async () => {
      const el = await render(type, { locked: true, feedback: true });
      expect(el.shadowRoot!.querySelector('#feedback-heading')).to.exist;
      await expect(el).to.be.accessible();
    });
  }

  it('shows options in the given order', async () => {
    const el = await render('single');
    const values = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].map((i) => i.value);
    expect(values).to.deep.equal(['c', 'b', 'a']);
  });

  it('labels keyword options from the UI strings, in Indonesian and English', async () => {
    const el = await render('judgement');
    const text = () => [...el.shadowRoot!.querySelectorAll('.option__text')].map((n) => n.textContent!.trim());
    expect(text()).to.include.members(['Melanggar', 'Tidak melanggar', 'Tergantung']);
    el.t = en;
    await el.updateComplete;
    expect(text()).to.include.members(['Violation', 'Not a violation', 'It depends']);
  });

  it('single: arrow keys choose within the group and report the response', async () => {
    const el = await render('single');
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
    first.focus();
    const got = lastInput(el);
    await press('ArrowDown');
    expect(await got).to.equal('b');
  });

  it('multiple: Space toggles checkboxes and the response lists every pick', async () => {
    const el = await render('multiple');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="d"]')!.focus();
    let got = lastInput(el);
    await press('Space');
    expect(await got).to.deep.equal(['d']);
    el.response = ['d'];
    await el.updateComplete;
    await press('Tab');
    got = lastInput(el);
    await press('Space');
    expect(await got).to.deep.equal(['d', 'c']);
  });

  it('ordering: move buttons reorder by keyboard and keep focus on the moved item', async () => {
    const el = await render('ordering');
    el.addEventListener('netral-question-input', (e) => {
      el.response = (e as QuestionInputEvent).response;
    });
    // Display order d c b a; move "a" (last) up once.
    const up = await tabTo((n) => n.getAttribute('aria-label') === 'Naikkan: Option a', 'move-up of a');
    expect(up).to.exist;
    await press('Enter');
    await el.updateComplete;
    expect(el.response).to.deep.equal(['d', 'c', 'a', 'b']);
    expect(deepActiveElement()?.getAttribute('aria-label')).to.equal('Naikkan: Option a');
    await press('Enter');
    await el.updateComplete;
    expect(el.response).to.deep.equal(['d', 'a', 'c', 'b']);
  });

  it('matching: each left side has a labelled select; choosing reports the pairs', async () => {
    const el = await render('matching');
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select#m-a')!;
    expect(el.shadowRoot!.querySelector('label[for="m-a"]')!.textContent!.trim()).to.equal('Option a');
    const got = lastInput(el);
    select.value = 'a';
    select.dispatchEvent(new Event('change'));
    expect(await got).to.deep.equal({ a: 'a' });
  });

  it('locked: inputs are disabled and changes are not reported', async () => {
    const el = await render('single', { locked: true, response: 'a' });
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.every((i) => i.disabled)).to.be.true;
  });

  it('feedback marks the right answer and the wrong pick in text, not colour only', async () => {
    const el = await render('single', { locked: true, feedback: true, response: 'b' });
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('✓ Jawaban yang tepat');
    expect(text).to.contain('✗ Jawaban Anda');
    expect(el.shadowRoot!.querySelector('#feedback-heading')!.textContent).to.contain('Kurang tepat');
  });

  it('does not fire input events for programmatic changes', async () => {
    const el = await render('single');
    let fired = 0;
    el.addEventListener('netral-question-input', () => fired++);
    el.response = 'a';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});
