/**
 * Every element that is a view of the course renders first in a task after the one that created
 * it (RendersInNewTask in src/components/rendered.ts): a view change is then several shorter tasks,
 * each within the 50 ms rule, instead of one that keeps a tap waiting.
 */
import { expect } from '@open-wc/testing';
import '../../src/components/netral-lesson/netral-lesson.js';
import '../../src/components/netral-quiz/netral-quiz.js';
import '../../src/components/netral-question/netral-question.js';
import '../../src/components/netral-results/netral-results.js';
import '../../src/components/netral-scenario/netral-scenario.js';
import type { LitElement } from 'lit';
import type { CourseResult } from '../../src/core/progress.js';
import { stringsFor } from '../../src/i18n/localize.js';
import { answerQuestion, currentAttempt, drawQuestions, moveTo, startAttempt } from '../../src/core/quiz.js';
import type { QuizProgress } from '../../src/core/state.js';
import type { NetralQuiz } from '../../src/components/netral-quiz/netral-quiz.js';
import { chooseOption, restartScenario } from '../../src/core/scenario.js';
import type { ScenarioProgress } from '../../src/core/state.js';
import { makeCourse, quizOf, scenarioOf } from '../node/core/fixture.js';
import { deepActiveElement } from './user-input.js';

const course = makeCourse();
const t = stringsFor('id');
const result: CourseResult = { completed: true, score: 85, passed: true, percentComplete: 100, quizzes: [], revisit: [] };
const question = course.banks.b1!.questions[course.banks.b1!.questionIds[0]!]!;

const views: Array<{ tag: string; props: Record<string, unknown>; shows: string }> = [
  { tag: 'netral-lesson', props: { lesson: course.items.l1, t }, shows: '.prose' },
  { tag: 'netral-scenario', props: { scenario: scenarioOf(course), t }, shows: 'fieldset' },
  { tag: 'netral-quiz', props: { course, quiz: quizOf(course), progress: { attempts: [] }, t }, shows: 'button.btn--primary' },
  { tag: 'netral-question', props: { question, order: question.options.map((o) => o.id), heading: 'Pertanyaan 1 dari 1', t }, shows: 'fieldset' },
  { tag: 'netral-results', props: { course, result, t }, shows: '[part="verdict"]' },
];

describe('a view element renders first in a task of its own', () => {
  for (const { tag, props, shows } of views) {
    it(`${tag}: not in the task that created it; updateComplete includes that render`, async () => {
      const el = Object.assign(document.createElement(tag) as LitElement, props);
      el.setAttribute('lang', 'id');
      document.body.append(el);
      // Every microtask of the creating task has run: Lit would have rendered by now.
      await Promise.resolve();
      await Promise.resolve();
      expect(el.hasUpdated).to.equal(false);
      expect(!!el.shadowRoot!.querySelector(shows)).to.equal(false);
      await el.updateComplete;
      expect(!!el.shadowRoot!.querySelector(shows)).to.equal(true);
      await expect(el).to.be.accessible();
      el.remove();
    });
  }
});

describe('a double tap while the new view is pending', () => {
  it('netral-scenario: a second tap chooses or starts over only once, and focus moves to the newest part of the path', async () => {
    const sc = scenarioOf(course);
    const el = Object.assign(document.createElement('netral-scenario'), { scenario: sc, t }) as LitElement & { progress?: ScenarioProgress };
    const events: string[] = [];
    el.addEventListener('netral-scenario-choose', (e) => {
      const id = (e as unknown as { choiceId: string }).choiceId;
      events.push(`choose ${id}`);
      el.progress = chooseOption(sc, el.progress, id);
    });
    el.addEventListener('netral-scenario-restart', () => {
      events.push('restart');
      el.progress = restartScenario(el.progress);
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    document.body.append(el);
    const root = el.shadowRoot!;
    const choose = async (id: string) => {
      await el.updateComplete;
      root.querySelector<HTMLInputElement>(`input[value="${id}"]`)!.click();
      await el.updateComplete;
      const confirm = root.querySelector<HTMLButtonElement>('button[type="submit"]')!;
      confirm.click();
      confirm.click();
      await el.updateComplete;
    };
    try {
      await choose('b');
      expect(events).to.deep.equal(['choose b']);
      expect(root.querySelectorAll('.taken').length).to.equal(1);
      expect(deepActiveElement()?.classList.contains('taken'), 'focus on the consequence of the choice').to.equal(true);
      expect(!!root.querySelector('#choice-error'), 'no "choose first" on the new step').to.equal(false);
      await choose('a');
      const restart = [...root.querySelectorAll('button')].find((b) => b.textContent!.trim() === t.scenarioRestart)!;
      restart.click();
      restart.click();
      await el.updateComplete;
      expect(events).to.deep.equal(['choose b', 'choose a', 'restart']);
      expect(root.querySelectorAll('.taken').length).to.equal(0);
      expect(deepActiveElement()?.classList.contains('situation'), 'focus on the first situation after starting over').to.equal(true);
      await expect(el).to.be.accessible();
      expect(errors.length).to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
  });

  it("netral-quiz: a second tap on the old view's button starts, checks or moves only once", async () => {
    const quiz = { ...quizOf(course), feedback: 'immediate' as const, shuffle: false };
    const el = Object.assign(document.createElement('netral-quiz') as NetralQuiz, { course, quiz, progress: { attempts: [] } as QuizProgress, t });
    const events: string[] = [];
    // The course's part: every event changes the progress it passes back down.
    el.addEventListener('netral-quiz-start', () => {
      events.push('start');
      el.progress = startAttempt(el.progress, quiz, 7);
    });
    el.addEventListener('netral-quiz-answer', (e) => {
      const { questionId, response } = e as unknown as { questionId: string; response: never };
      events.push(`answer ${questionId}`);
      el.progress = answerQuestion(el.progress!, quiz, questionId, response);
    });
    el.addEventListener('netral-quiz-move', (e) => {
      events.push(`move ${(e as unknown as { index: number }).index}`);
      el.progress = moveTo(el.progress!, (e as unknown as { index: number }).index);
    });
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    document.body.append(el);
    const doubleTap = async (label: string) => {
      await el.updateComplete;
      const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === label)!;
      button.click();
      button.click();
      await el.updateComplete;
    };
    try {
      await doubleTap(t.quizStart);
      const first = drawQuestions(course, quiz, currentAttempt(el.progress)!.seed)[0]!;
      const question = el.shadowRoot!.querySelector('netral-question')!;
      await question.updateComplete;
      question.shadowRoot!.querySelector<HTMLInputElement>('input')!.click();
      await doubleTap(t.quizCheck);
      await doubleTap(t.quizNextQuestion);
      expect(events).to.deep.equal(['start', `answer ${first.id}`, 'move 1']);
      expect(errors.length).to.equal(0);
    } finally {
      window.removeEventListener('error', onError);
      el.remove();
    }
  });
});
