/**
 * Takes a Netral course as a learner would, with the keyboard alone: lessons, scenarios (first
 * choice at each node) and quizzes (the right answer to every question, checked one by one).
 * Works on a player in this page or inside a same-origin iframe (an LMS launch): it only looks
 * at tag names, never at `instanceof`, which differs between frames.
 */
import { expect } from '@open-wc/testing';
import type { NetralCourse } from '../../src/components/netral-course/netral-course.js';
import type { Question, Response } from '../../src/core/course.js';
import { deepActiveElement, isButton, press, tabTo } from './user-input.js';

export const playerRoot = (el: NetralCourse) => el.shadowRoot!;
export const viewTitle = (el: NetralCourse) => playerRoot(el).querySelector('#view-title')?.textContent?.trim();

export async function settle(el: NetralCourse): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

const isInput = (n: Element, type?: string) => n.tagName === 'INPUT' && (!type || (n as HTMLInputElement).type === type);

export function rightAnswer(q: Question): Response {
  switch (q.type) {
    case 'multiple':
      return q.options.filter((o) => o.correct).map((o) => o.id);
    case 'ordering':
      return q.options.map((o) => o.id);
    case 'matching':
      return Object.fromEntries(q.options.map((o) => [o.id, o.id]));
    default:
      return q.options.find((o) => o.correct)!.id;
  }
}

export interface DriveOptions {
  /** Stop inside the first quiz after this many checked answers (to test a relaunch). */
  stopAfterAnswers?: number;
  /** Runs on each view the first time it is seen (axe, layout checks). */
  onView?: (title: string) => Promise<void>;
}

/**
 * Drives the course from wherever it is to the results screen (or to the stop point).
 * Returns the number of questions answered on the way.
 */
export async function driveCourse(el: NetralCourse, options: DriveOptions = {}): Promise<{ answered: number; stopped: boolean }> {
  let answered = 0;
  const seen = new Set<string>();
  for (let step = 0; step < 200 && !playerRoot(el).querySelector('netral-results'); step++) {
    const title = viewTitle(el) ?? '';
    if (!seen.has(title)) {
      seen.add(title);
      await options.onView?.(title);
    }
    const root = playerRoot(el);
    if (!root.querySelector('netral-lesson, netral-scenario, netral-quiz')) {
      // The start screen (or the results' way back): go on.
      await tabTo((n) => isButton(/Mulai belajar|Lanjutkan belajar/)(n), 'start or resume');
      await press('Enter');
    } else if (root.querySelector('netral-lesson')) {
      const lesson = root.querySelector('netral-lesson')!;
      if (lesson.shadowRoot!.querySelector('#affirm')) {
        // A pledge: tick the statement with the space bar, then affirm.
        await tabTo((n) => isInput(n, 'checkbox') && n.id === 'affirm', 'the pledge statement');
        await press(' ');
        await tabTo(isButton('Nyatakan ikrar'), 'affirm the pledge');
      } else {
        await tabTo(isButton('Saya sudah membaca'), 'lesson done');
      }
      await press('Enter');
    } else if (root.querySelector('netral-scenario')) {
      await walkScenario(el);
    } else {
      const budget = options.stopAfterAnswers === undefined ? undefined : options.stopAfterAnswers - answered;
      const r = await takeQuiz(el, budget);
      answered += r.answered;
      if (r.stopped) return { answered, stopped: true };
    }
    await settle(el);
  }
  return { answered, stopped: false };
}

/** Takes the first choice at every node until an ending, then continues. */
export async function walkScenario(el: NetralCourse): Promise<void> {
  const sc = playerRoot(el).querySelector('netral-scenario')!;
  for (let i = 0; i < 12 && !sc.shadowRoot!.querySelector('.ending'); i++) {
    await tabTo((n) => isInput(n, 'radio') && sc.shadowRoot!.contains(n), 'a choice');
    await press('Space');
    await tabTo(isButton('Pilih'), 'choose');
    await press('Enter');
    await settle(el);
  }
  await tabTo(isButton('Lanjut'), 'continue after the ending');
  await press('Enter');
}

/**
 * Answers the quiz's questions right, checking each (immediate feedback); starts or resumes the
 * attempt first. With `budget`, stops after that many answers.
 */
export async function takeQuiz(el: NetralCourse, budget?: number): Promise<{ answered: number; stopped: boolean }> {
  const quiz = playerRoot(el).querySelector('netral-quiz')!;
  const startBtn = [...quiz.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Mulai kuis'));
  if (startBtn) {
    await tabTo(isButton('Mulai kuis'), 'start quiz');
    await press('Enter');
    await settle(el);
  }
  let answered = 0;
  const endFeedback = (quiz as HTMLElement & { quiz?: { feedback: string } }).quiz?.feedback === 'end';
  for (let i = 0; i < 40 && endFeedback; i++) {
    // End-of-attempt feedback: answer, go on; the last question submits the attempt.
    const qEl = quiz.shadowRoot!.querySelector('netral-question') as (HTMLElement & { question: Question }) | null;
    if (!qEl) break;
    if (budget !== undefined && answered >= budget) return { answered, stopped: true };
    await answer(el, qEl, qEl.question, rightAnswer(qEl.question));
    answered++;
    const next = await tabTo((n) => isButton('Pertanyaan berikutnya')(n) || isButton('Kirim semua jawaban')(n), 'next or submit');
    const last = next.textContent!.includes('Kirim semua jawaban');
    await press('Enter');
    await settle(el);
    if (last) break;
    expect(deepActiveElement()?.tagName, 'focus moves to the next question heading').to.equal('LEGEND');
  }
  for (let i = 0; i < 40 && !endFeedback; i++) {
    const qEl = quiz.shadowRoot!.querySelector('netral-question') as (HTMLElement & { question: Question; locked: boolean }) | null;
    if (!qEl) break;
    if (!qEl.locked) {
      if (budget !== undefined && answered >= budget) return { answered, stopped: true };
      const q = qEl.question;
      await answer(el, qEl, q, rightAnswer(q));
      await tabTo(isButton('Periksa jawaban'), 'check');
      await press('Enter');
      await settle(el);
      expect(qEl.shadowRoot!.querySelector('#feedback-heading')!.textContent, `feedback for ${q.id}`).to.contain('Benar');
      expect(deepActiveElement()?.id, 'focus moves to the feedback').to.equal('feedback-heading');
      answered++;
    }
    const next = await tabTo((n) => isButton('Pertanyaan berikutnya')(n) || isButton('Lihat hasil')(n), 'next');
    const last = next.textContent!.includes('Lihat hasil');
    await press('Enter');
    await settle(el);
    if (last) break;
    expect(deepActiveElement()?.tagName, 'focus moves to the next question heading').to.equal('LEGEND');
  }
  const graded = (quiz as HTMLElement & { quiz?: { graded: boolean } }).quiz?.graded !== false;
  expect(quiz.shadowRoot!.textContent).to.contain(graded ? 'Lulus' : 'Nilai');
  await tabTo(isButton('Lanjut'), 'continue after the quiz');
  await press('Enter');
  return { answered, stopped: false };
}

export async function answer(el: NetralCourse, qEl: HTMLElement, q: Question, right: Response): Promise<void> {
  const inQ = (n: Element) => qEl.shadowRoot!.contains(n);
  if (q.type === 'multiple') {
    for (const id of right as string[]) {
      await tabTo((n) => inQ(n) && isInput(n) && (n as HTMLInputElement).value === id, `checkbox ${id}`);
      await press('Space');
    }
  } else if (q.type === 'ordering') {
    const target = right as string[];
    for (let pos = 0; pos < target.length; pos++) {
      for (let guard = 0; guard < target.length; guard++) {
        const order = [...qEl.shadowRoot!.querySelectorAll('[data-move="up"]')].map((b) => b.getAttribute('data-id'));
        if (order.indexOf(target[pos]!) <= pos) break;
        await tabTo((n) => inQ(n) && n.getAttribute('data-move') === 'up' && n.getAttribute('data-id') === target[pos], 'move up');
        await press('Enter');
        await settle(el);
      }
    }
  } else if (q.type === 'matching') {
    for (const [left, rightId] of Object.entries(right as Record<string, string>)) {
      const sel = (await tabTo((n) => inQ(n) && n.id === `m-${left}`, `select ${left}`)) as HTMLSelectElement;
      for (let i = 0; i < 10 && sel.value !== rightId; i++) {
        await press('ArrowDown');
        await settle(el);
      }
    }
  } else {
    await tabTo((n) => inQ(n) && isInput(n), 'an option');
    for (let i = 0; i < 6 && (deepActiveElement() as HTMLInputElement).value !== right; i++) await press('ArrowDown');
    if (!(deepActiveElement() as HTMLInputElement).checked) await press('Space');
  }
  await settle(el);
}
