import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/netral-course/netral-course.js';
import { NetralCourse } from '../../src/components/netral-course/netral-course.js';
import { courseInLanguage, type BuiltCourse } from '../../src/core/course.js';
import { defineElement } from '../../src/components/define.js';
import { MemoryProgressStore, type ProgressStore, type SaveStatus } from '../../src/adapters/progress-store.js';
import type { NetralAnswerEvent, NetralCompleteEvent, NetralProgressEvent } from '../../src/events/index.js';
import { makeBuiltCourse } from './course-fixture.js';
import { RIGHT_ANSWERS } from '../node/core/fixture.js';
import { deepActiveElement, describe as describeEl, isButton, press, tabTo, until } from './user-input.js';
import type { CourseOptions } from '../node/core/fixture.js';

async function mount(store: ProgressStore = new MemoryProgressStore(), options: CourseOptions = {}): Promise<NetralCourse> {
  const el = await fixture<NetralCourse>(html`<netral-course lang="id" learner="t1" .store=${store} .course=${makeBuiltCourse(options)}></netral-course>`);
  await until(() => el.shadowRoot!.querySelector('#view-title'), 'the start screen');
  return el;
}

const root = (el: NetralCourse) => el.shadowRoot!;
const title = (el: NetralCourse) => root(el).querySelector('#view-title')?.textContent?.trim();
const inner = <T extends Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);

async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await (el as NetralCourse).updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

async function clickButton(scope: ParentNode, label: string): Promise<void> {
  const btn = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.includes(label));
  if (!btn) throw new Error(`no button "${label}"`);
  btn.click();
}

describe('netral-course', () => {
  it('start screen: title, contents with locked module, accessible', async () => {
    const el = await mount();
    expect(title(el)).to.equal('Kursus uji');
    const items = [...root(el).querySelectorAll<HTMLButtonElement>('.item')];
    expect(items.map((b) => b.disabled)).to.deep.equal([false, false, true, true]);
    await expect(el).to.be.accessible();
  });

  it('the contents during a lesson: built when the learner opens them (Enter on the summary), with the current item marked, and they go to an item', async () => {
    const el = await mount();
    await clickButton(root(el), 'Mulai belajar');
    await settle(el);
    const toc = root(el).querySelector<HTMLDetailsElement>('details.toc')!;
    expect(toc.open).to.equal(false);
    expect(toc.querySelectorAll('.item').length, 'closed: no list built').to.equal(0);
    await tabTo((n) => n.localName === 'summary', 'the contents');
    await press('Enter');
    await until(() => toc.querySelectorAll('.item').length === 4, 'the list of items');
    await settle(el);
    expect(toc.open).to.equal(true);
    const current = toc.querySelector<HTMLButtonElement>('.item[aria-current="page"]')!;
    expect(current.textContent).to.contain(title(el)!);
    await expect(el).to.be.accessible();
    // Another item, from the list: the view changes, the contents close and their list goes.
    const other = [...toc.querySelectorAll<HTMLButtonElement>('.item')].find((b) => !b.disabled && b !== current)!;
    const name = other.querySelector('.item__name')!.textContent!;
    await tabTo((n) => n === other, 'another item');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal(name);
    expect(deepActiveElement()?.id).to.equal('view-title');
    expect(toc.open).to.equal(false);
    await until(() => toc.querySelectorAll('.item').length === 0, 'the list removed');
  });

  it('follows the nearest lang and can be switched to English', async () => {
    const el = await mount();
    expect(root(el).textContent).to.contain('Mulai belajar');
    const select = root(el).querySelector<HTMLSelectElement>('.lang select')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change'));
    // The English interface is fetched on the switch (a chunk of its own in the embed bundle).
    await until(() => root(el).textContent!.includes('Start learning'), 'the English interface', 10000);
    expect(title(el)).to.equal('Test course');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  describe('a built-in course delivered one language at a time', () => {
    const saved = NetralCourse.defaultCourseUrl;
    afterEach(() => (NetralCourse.defaultCourseUrl = saved));
    /** The course in one language as a JSON file the element fetches (a blob: URL in this page). */
    const jsonUrl = (course: BuiltCourse, lang: string) =>
      URL.createObjectURL(new Blob([JSON.stringify(courseInLanguage(course, lang))], { type: 'application/json' }));

    it('asks only for the learner\'s language, and for English when the learner switches', async () => {
      const full = makeBuiltCourse();
      const asked: string[] = [];
      NetralCourse.defaultCourseUrl = (lang) => (asked.push(lang), jsonUrl(full, lang));
      const el = await fixture<NetralCourse>(html`<netral-course lang="id" learner="t1" .store=${new MemoryProgressStore()}></netral-course>`);
      await until(() => el.shadowRoot!.querySelector('#view-title'), 'the start screen');
      expect(asked).to.deep.equal(['id']);
      const select = root(el).querySelector<HTMLSelectElement>('.lang select')!;
      expect([...select.options].map((o) => o.value), 'every language of the course is offered').to.deep.equal(['id', 'en']);
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      await until(() => title(el) === 'Test course', 'the English course');
      expect(asked).to.deep.equal(['id', 'en']);
      expect(root(el).querySelector('.lang-problem')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('stays in the language it has, and says so, when the other cannot be downloaded', async () => {
      const full = makeBuiltCourse();
      NetralCourse.defaultCourseUrl = (lang) => (lang === 'en' ? '/tidak-ada/kursus-en.json' : jsonUrl(full, lang));
      const el = await fixture<NetralCourse>(html`<netral-course lang="id" learner="t1" .store=${new MemoryProgressStore()}></netral-course>`);
      await until(() => el.shadowRoot!.querySelector('#view-title'), 'the start screen');
      const indonesianTitle = title(el);
      const select = root(el).querySelector<HTMLSelectElement>('.lang select')!;
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      const problem = await until(() => root(el).querySelector('.lang-problem[role="alert"]'), 'the notice');
      expect(problem.textContent).to.equal('The English version could not be downloaded (check your connection). The course stays in Indonesian.');
      expect(title(el), 'the course is still there, in Indonesian').to.equal(indonesianTitle);
      await expect(el).to.be.accessible();
    });
  });

  it('can be finished with the keyboard alone, with events for the host and axe on every view', async () => {
    const el = await mount();
    const progress: NetralProgressEvent['detail'][] = [];
    const answers: NetralAnswerEvent['detail'][] = [];
    el.addEventListener('netral-progress', (e) => progress.push(e.detail));
    el.addEventListener('netral-answer', (e) => answers.push(e.detail));
    const complete = oneEvent(el, 'netral-complete') as Promise<NetralCompleteEvent>;

    await tabTo(isButton('Mulai belajar'), 'the start button');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Lesson l1');
    expect(deepActiveElement()?.id, 'focus moves to the new view').to.equal('view-title');
    await expect(el).to.be.accessible();

    await tabTo(isButton('Saya sudah membaca'), 'lesson done');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Scenario');
    await expect(el).to.be.accessible();

    // Scenario: mulai -b-> tanya -a-> aman (good ending). Radios by arrow keys, confirm by Enter.
    for (const choice of ['b', 'a']) {
      await tabTo((n) => n instanceof HTMLInputElement && n.type === 'radio', 'a scenario choice');
      const radio = deepActiveElement() as HTMLInputElement;
      if (radio.value !== choice) await press('ArrowDown');
      if (!(deepActiveElement() as HTMLInputElement).checked) await press('Space');
      await until(() => (deepActiveElement() as HTMLInputElement).value === choice && (deepActiveElement() as HTMLInputElement).checked, `choice ${choice} checked`);
      await tabTo(isButton('Pilih'), 'the choose button');
      await press('Enter');
      await settle(el);
    }
    const scenario = root(el).querySelector('netral-scenario')!;
    expect(scenario.shadowRoot!.textContent).to.contain('Akhir yang baik');
    await expect(el).to.be.accessible();
    await tabTo(isButton('Lanjut'), 'continue after the ending');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Lesson l2');
    await tabTo(isButton('Saya sudah membaca'), 'lesson done');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Kuis');
    await expect(el).to.be.accessible();

    await tabTo(isButton('Mulai kuis'), 'start quiz');
    await press('Enter');
    await settle(el);
    for (let i = 0; i < 6; i++) {
      const quiz = root(el).querySelector('netral-quiz')!;
      const q = inner<HTMLElement & { question: { id: string; type: string } }>(quiz, 'netral-question')!;
      const right = RIGHT_ANSWERS[q.question.id]!;
      await answerByKeyboard(q, q.question.type, right);
      await settle(el);
      if (i === 0) await expect(el).to.be.accessible();
      const label = i === 5 ? 'Kirim semua jawaban' : 'Pertanyaan berikutnya';
      await tabTo(isButton(label), label);
      await press('Enter');
      await settle(el);
    }
    const quiz = root(el).querySelector('netral-quiz')!;
    expect(quiz.shadowRoot!.textContent).to.contain('Nilai Anda 100%');
    await expect(el).to.be.accessible();
    const done = await complete;
    expect(done.detail).to.include({ courseId: 'netral-test', passed: true, score: 100, passMark: 80 });
    expect(answers).to.have.length(6);
    expect(answers.every((a) => a.result === 'correct')).to.be.true;
    expect(progress.filter((p) => p.status === 'done').map((p) => p.itemId)).to.deep.equal(['l1', 's1', 'l2', 'q1']);
    expect(progress.find((p) => p.itemId === 's1' && p.status === 'done')!.path).to.deep.equal(['b', 'a']);

    await tabTo(isButton('Lanjut'), 'continue after the quiz');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Hasil belajar');
    expect(root(el).querySelector('netral-results')!.shadowRoot!.textContent).to.contain('Selamat, Anda lulus.');
    await expect(el).to.be.accessible();

    // The learner downloads their own record: a JSON file with every answer.
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), original.call(URL, blob));
    try {
      await tabTo(isButton('Unduh catatan belajar saya'), 'download the record');
      await press('Enter');
      await until(() => blobs.length > 0, 'the record file');
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const record = JSON.parse(await blobs[0]!.text());
    expect(record.format).to.equal('netral-catatan-belajar/1');
    expect(record.result.passed).to.equal(true);
    expect(record.quizzes[0].attempts[0].answers).to.have.length(6);
  });

  it('a reload resumes where the learner was, with every answer kept', async () => {
    const store = new MemoryProgressStore();
    const el = await mount(store, { navigation: 'free' });
    root(el).querySelectorAll<HTMLButtonElement>('.item')[3]!.click(); // the quiz
    await settle(el);
    await clickButton(inner(root(el).querySelector('netral-quiz')!, '.actions')!.parentNode!, 'Mulai kuis');
    await settle(el);
    const quiz = root(el).querySelector('netral-quiz')!;
    const q = inner<HTMLElement & { question: { id: string; type: string } }>(quiz, 'netral-question')!;
    const first = q.question.id;
    q.dispatchEvent(Object.assign(new Event('netral-question-input'), { response: RIGHT_ANSWERS[first] }));
    await settle(el);
    el.remove();

    const again = await mount(store, { navigation: 'free' });
    expect(root(again).textContent).to.contain('Lanjutkan belajar');
    await clickButton(root(again), 'Lanjutkan belajar');
    await settle(again);
    expect(title(again)).to.equal('Kuis');
    const quiz2 = root(again).querySelector('netral-quiz')!;
    const q2 = inner<HTMLElement & { question: { id: string }; response: unknown }>(quiz2, 'netral-question')!;
    expect(q2.question.id, 'same question after reload').to.equal(first);
    expect(q2.response).to.deep.equal(RIGHT_ANSWERS[first]);
  });

  it('a new course version carries the learner over with a notice, and keeps the old record', async () => {
    const store = new MemoryProgressStore();
    const old = makeBuiltCourse();
    const oldState = {
      v: 1, courseId: old.id, courseVersion: '0.9.0', seed: 5, location: 'l2',
      lessonsDone: ['l1'], scenarios: { s1: { choices: ['b', 'a'], done: true } }, quizzes: { q1: { attempts: [{ seed: 9, responses: {}, submitted: true, index: 0 }] } },
    };
    await store.save(`${old.id}@0.9.0:t1`, oldState);
    const el = await mount(store);
    await until(() => root(el).querySelector('[part="notice"]'), 'the update notice');
    const notice = root(el).querySelector('[part="notice"]')!.textContent!;
    expect(notice).to.contain('diperbarui dari versi 0.9.0 ke 1.0.0');
    expect(notice).to.contain('Kuis perlu dikerjakan ulang');
    expect(root(el).textContent, 'the learner resumes, not restarts').to.contain('Lanjutkan belajar');
    const saved = (await store.load(`${old.id}@1.0.0:t1`)) as { lessonsDone: string[]; scenarios: Record<string, unknown>; quizzes: Record<string, unknown> };
    expect(saved.lessonsDone).to.deep.equal(['l1']);
    expect(Object.keys(saved.scenarios)).to.deep.equal(['s1']);
    expect(saved.quizzes).to.deep.equal({});
    expect(await store.load(`${old.id}@0.9.0:t1`), 'the old record is untouched').to.deep.equal(oldState);
    await expect(el).to.be.accessible();
  });

  it('an unreadable saved record starts fresh, says so, and is kept aside', async () => {
    const store = new MemoryProgressStore();
    const course = makeBuiltCourse();
    await store.save(`${course.id}@1.0.0:t1`, { v: 1, courseId: course.id, courseVersion: '1.0.0', seed: 'rusak' });
    const el = await mount(store);
    await until(() => root(el).querySelector('[part="notice"]'), 'the notice');
    expect(root(el).querySelector('[part="notice"]')!.textContent).to.contain('tidak dapat dibaca');
    expect(root(el).textContent).to.contain('Mulai belajar');
    expect(await store.load(`${course.id}@1.0.0:t1#tak-terbaca`)).to.deep.include({ seed: 'rusak' });
  });

  it('storage refused (private mode, quota full, blocked): the course goes on from memory and says progress will not survive a reload', async () => {
    const refusing: ProgressStore = {
      kind: 'device',
      load: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      save: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      remove: () => Promise.resolve(),
    };
    const el = await mount(refusing);
    await tabTo(isButton('Mulai belajar'), 'start');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Lesson l1');
    const notices = () => [...root(el).querySelectorAll('.save--failed')].map((n) => n.textContent!.trim());
    await until(() => notices().length > 0, 'the storage notice');
    expect(notices(), 'said once').to.have.length(1);
    expect(notices()[0]).to.contain('tidak dapat disimpan di perangkat ini');
    // The learner keeps going: the next view works and the state lives in memory.
    await tabTo(isButton('Saya sudah membaca'), 'lesson done');
    await press('Enter');
    await settle(el);
    expect(title(el)).to.equal('Scenario');
    expect(notices()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('shows the status a forwarding store reports (e.g. sent to the LMS)', async () => {
    const memory = new MemoryProgressStore();
    let report: (s: SaveStatus) => void = () => {};
    const store: ProgressStore = {
      kind: 'device',
      load: (k) => memory.load(k),
      save: (k, v) => memory.save(k, v),
      remove: (k) => memory.remove(k),
      subscribe(fn) {
        report = fn;
        fn('pending');
        return () => {};
      },
    };
    const el = await mount(store as MemoryProgressStore);
    await settle(el);
    expect(root(el).querySelector('.save')!.textContent).to.contain('Belum terkirim ke LMS');
    report('sent');
    await settle(el);
    expect(root(el).querySelector('.save')!.textContent).to.contain('Terkirim ke LMS');
  });

  it('with exitable, "Simpan & keluar" fires netral-exit and says progress is saved', async () => {
    const el = await mount();
    el.exitable = true;
    await settle(el);
    const exit = oneEvent(el, 'netral-exit');
    const btn = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Simpan & keluar'))!;
    btn.click();
    const e = await exit;
    expect(e.detail).to.deep.equal({ courseId: 'netral-test', percentComplete: 0 });
    await settle(el);
    expect(title(el)).to.equal('Kemajuan Anda tersimpan');
    await expect(el).to.be.accessible();
  });

  it('registering the elements a second time (a second copy of the bundle) is harmless', async () => {
    const original = customElements.get('netral-course');
    expect(() => defineElement('netral-course', class extends HTMLElement {})).not.to.throw();
    expect(customElements.get('netral-course')).to.equal(original);
  });
});

/** Answers one question with key presses only. */
async function answerByKeyboard(q: HTMLElement, type: string, right: unknown): Promise<void> {
  const inQ = (n: Element) => q.shadowRoot!.contains(n);
  if (type === 'single' || type === 'truefalse' || type === 'judgement') {
    await tabTo((n) => inQ(n) && n instanceof HTMLInputElement, 'the first option');
    for (let i = 0; i < 6 && (deepActiveElement() as HTMLInputElement).value !== right; i++) await press('ArrowDown');
    const input = deepActiveElement() as HTMLInputElement;
    if (!input.checked) await press('Space');
  } else if (type === 'multiple') {
    for (const id of right as string[]) {
      await tabTo((n) => inQ(n) && n instanceof HTMLInputElement && n.value === id, `checkbox ${id}`);
      await press('Space');
      await new Promise((r) => requestAnimationFrame(r));
    }
  } else if (type === 'ordering') {
    const target = right as string[];
    for (let pos = 0; pos < target.length; pos++) {
      const id = target[pos]!;
      for (let guard = 0; guard < target.length; guard++) {
        const current = [...q.shadowRoot!.querySelectorAll('[data-move="up"]')].map((b) => b.getAttribute('data-id'));
        if (current.indexOf(id) <= pos) break;
        await tabTo((n) => inQ(n) && n.getAttribute('data-move') === 'up' && n.getAttribute('data-id') === id, `move up ${id}`);
        await press('Enter');
        await new Promise((r) => requestAnimationFrame(r));
      }
    }
  } else if (type === 'matching') {
    for (const [left, rightId] of Object.entries(right as Record<string, string>)) {
      const sel = await tabTo((n) => inQ(n) && n.id === `m-${left}`, `select ${left}`);
      for (let i = 0; i < 8 && (sel as HTMLSelectElement).value !== rightId; i++) {
        await press('ArrowDown');
        await new Promise((r) => requestAnimationFrame(r));
      }
      if ((sel as HTMLSelectElement).value !== rightId) throw new Error(`could not pick ${rightId} for ${left}: ${describeEl(sel)}`);
    }
  }
}
