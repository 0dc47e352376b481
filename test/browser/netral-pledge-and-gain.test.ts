import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/netral-lesson/netral-lesson.js';
import '../../src/components/netral-results/netral-results.js';
import '../../src/components/netral-quiz/netral-quiz.js';
import type { LessonDoneEvent, NetralLesson } from '../../src/components/netral-lesson/netral-lesson.js';
import type { NetralResults } from '../../src/components/netral-results/netral-results.js';
import type { Lesson } from '../../src/core/course.js';
import type { CourseResult } from '../../src/core/progress.js';
import { stringsFor } from '../../src/i18n/localize.js';
import { en } from '../../src/i18n/en.js';
import { makeCourse, quizOf } from '../node/core/fixture.js';
import { deepActiveElement, isButton, press, tabTo } from './user-input.js';

const PLEDGE: Lesson = {
  kind: 'lesson',
  id: 'ikrar-netralitas',
  moduleId: 'm9',
  title: 'Ikrar netralitas',
  minutes: 3,
  file: 'lessons/ikrar-netralitas.id.md',
  html: '<p>Saya, pegawai ASN, berjanji menjaga netralitas.</p>',
  cites: [],
  affirm: 'Saya telah membaca dan menyatakan ikrar netralitas ini.',
};

describe('a pledge lesson (affirm)', () => {
  it('by keyboard: the button without the tick says why and moves focus to the box; ticked, it affirms', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson lang="id" .lesson=${PLEDGE} .t=${stringsFor('id')}></netral-lesson>`);
    const done: LessonDoneEvent[] = [];
    el.addEventListener('netral-lesson-done', (e) => done.push(e as LessonDoneEvent));
    await expect(el).to.be.accessible();

    await tabTo(isButton('Nyatakan ikrar dan lanjut'), 'the pledge button');
    await press('Enter');
    await el.updateComplete;
    expect(done, 'nothing is affirmed without the tick').to.have.length(0);
    const error = el.shadowRoot!.querySelector('#affirm-error')!;
    expect(error.textContent).to.contain('Centang kotak pernyataan');
    const box = deepActiveElement() as HTMLInputElement;
    expect(box.id, 'focus is on the statement box').to.equal('affirm');
    expect(box.getAttribute('aria-describedby')).to.equal('affirm-error');
    await expect(el).to.be.accessible();

    await press(' ');
    await el.updateComplete;
    expect(box.checked).to.equal(true);
    expect(error.textContent!.trim(), 'ticking clears the message').to.equal('');
    await tabTo(isButton('Nyatakan ikrar dan lanjut'), 'the pledge button');
    await press('Enter');
    expect(done.map((e) => e.affirmed)).to.deep.equal([true]);
  });

  it('once affirmed, it says so and only continues', async () => {
    const el = await fixture<NetralLesson>(html`<netral-lesson lang="en" affirmed .lesson=${PLEDGE} .t=${en}></netral-lesson>`);
    expect(el.shadowRoot!.querySelector('#affirm')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('You have affirmed this pledge.');
    const done: LessonDoneEvent[] = [];
    el.addEventListener('netral-lesson-done', (e) => done.push(e as LessonDoneEvent));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.btn--primary')!.click();
    expect(done.map((e) => e.affirmed)).to.deep.equal([false]);
    await expect(el).to.be.accessible();
  });

  it('an ordinary lesson has no statement box', async () => {
    const { affirm: _affirm, ...plain } = PLEDGE;
    const el = await fixture<NetralLesson>(html`<netral-lesson lang="id" .lesson=${plain} .t=${stringsFor('id')}></netral-lesson>`);
    expect(el.shadowRoot!.querySelector('#affirm')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.btn--primary')!.textContent).to.contain('Saya sudah membaca');
  });
});

describe('results with a pre-test and a post-test', () => {
  it('shows what the learner knew before and after, and the gain in points', async () => {
    const course = makeCourse();
    const quiz = quizOf(course);
    const result: CourseResult = {
      completed: true,
      score: 85,
      passed: true,
      percentComplete: 100,
      quizzes: [],
      revisit: [],
      gain: { pretest: { ...quiz, id: 'tes-awal', role: 'pretest' }, posttest: { ...quiz, role: 'posttest' }, before: 40, after: 85, points: 45 },
    };
    const el = await fixture<NetralResults>(
      html`<netral-results lang="id" locale="id" .course=${course} .result=${result} .t=${stringsFor('id')}></netral-results>`,
    );
    const gain = el.shadowRoot!.querySelector('[part="gain"]')!;
    const text = gain.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Peningkatan pemahaman');
    expect(text).to.match(/Tes awal\s*40\s*%/);
    expect(text).to.match(/Tes akhir\s*85\s*%/);
    expect(text).to.contain('+45 poin');
    await expect(el).to.be.accessible();
  });

  it('names the modules of the missed questions instead of raw tags', async () => {
    const course = makeCourse();
    const result: CourseResult = {
      completed: true,
      score: 50,
      passed: false,
      percentComplete: 100,
      quizzes: [],
      revisit: [{ itemId: 'q1', reason: 'quiz-failed', tags: ['m1', 'kat-hadir'] }],
    };
    const el = await fixture<NetralResults>(
      html`<netral-results lang="id" locale="id" .course=${course} .result=${result} .t=${stringsFor('id')}></netral-results>`,
    );
    const badges = [...el.shadowRoot!.querySelectorAll('.badge')].map((b) => b.textContent!.trim());
    expect(badges).to.deep.equal(['Modul 1']);
    await expect(el).to.be.accessible();
  });
});

describe('a quiz with feedback at the end', () => {
  it('an ordering question left as shown counts as answered: the order shown is the answer', async () => {
    const course = makeCourse({ quiz: { feedback: 'end', draw: [{ bank: 'b1', count: 6 }], shuffle: false } });
    const quiz = { ...quizOf(course), draw: [{ bank: 'b1', count: 6 }] };
    const ordering = course.banks.b1!.questionIds.indexOf('q-ordering');
    const progress = { attempts: [{ seed: 7, responses: {}, submitted: false, index: ordering }] };
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<netral-quiz lang="id" locale="id" .course=${course} .quiz=${quiz} .progress=${progress} .t=${stringsFor('id')}></netral-quiz>`,
    );
    const events: Array<{ type: string; id?: string; response?: unknown }> = [];
    el.addEventListener('netral-quiz-answer', (e) => events.push({ type: 'answer', id: (e as unknown as { questionId: string }).questionId, response: (e as unknown as { response: unknown }).response }));
    el.addEventListener('netral-quiz-move', () => events.push({ type: 'move' }));
    await tabTo(isButton('Pertanyaan berikutnya'), 'next');
    await press('Enter');
    expect(events.map((e) => e.type)).to.deep.equal(['answer', 'move']);
    expect(events[0]!.id).to.equal('q-ordering');
    expect(events[0]!.response).to.have.length(4);
  });
});
