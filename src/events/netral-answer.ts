import type { QuestionType, Response } from '../core/course.js';

export interface NetralAnswerDetail {
  courseId: string;
  quizId: string;
  questionId: string;
  questionType: QuestionType;
  /** 1-based attempt number. */
  attempt: number;
  response: Response;
  result: 'correct' | 'partial' | 'incorrect' | 'unanswered';
  earned: number;
  possible: number;
  /** Milliseconds from showing the question to answering it. */
  latencyMs: number;
}

/**
 * Fired when the learner answers a quiz question (under "immediate" feedback, when they check it;
 * under "end" feedback, for every question when they submit). Bubbles and crosses shadow roots,
 * so the host page can listen on the `<netral-course>` element or any ancestor.
 */
export class NetralAnswerEvent extends Event {
  static readonly eventName = 'netral-answer';
  constructor(readonly detail: NetralAnswerDetail) {
    super(NetralAnswerEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netral-answer': NetralAnswerEvent;
  }
}
