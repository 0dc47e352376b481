export interface NetralCompleteDetail {
  courseId: string;
  courseVersion: string;
  /** Course score in percent (average of the best attempt of each graded quiz). */
  score: number | undefined;
  passed: boolean;
  passMark: number;
}

/** Fired once when the learner finishes every item of the course. Bubbles and is composed. */
export class NetralCompleteEvent extends Event {
  static readonly eventName = 'netral-complete';
  constructor(readonly detail: NetralCompleteDetail) {
    super(NetralCompleteEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netral-complete': NetralCompleteEvent;
  }
}
