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
import type { LitElement } from 'lit';
import type { CourseResult } from '../../src/core/progress.js';
import { stringsFor } from '../../src/i18n/localize.js';
import { makeCourse, quizOf } from '../node/core/fixture.js';

const course = makeCourse();
const t = stringsFor('id');
const result: CourseResult = { completed: true, score: 85, passed: true, percentComplete: 100, quizzes: [], revisit: [] };
const question = course.banks.b1!.questions[course.banks.b1!.questionIds[0]!]!;

const views: Array<{ tag: string; props: Record<string, unknown>; shows: string }> = [
  { tag: 'netral-lesson', props: { lesson: course.items.l1, t }, shows: '.prose' },
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
