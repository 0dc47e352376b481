export interface NetralProgressDetail {
  courseId: string;
  /** The item whose status changed. */
  itemId: string;
  itemKind: 'lesson' | 'scenario' | 'quiz';
  status: 'in-progress' | 'done';
  /** Whole-course completion, 0-100. */
  percentComplete: number;
  /** The scenario path (choice ids) when the item is a scenario. */
  path?: string[];
  /** Quiz score in percent when a quiz attempt was submitted. */
  score?: number;
  passed?: boolean;
  /** True when the item is a pledge lesson the learner has just affirmed. */
  affirmed?: true;
}

/** Fired when the learner starts or finishes an item. Bubbles and is composed (public API). */
export class NetralProgressEvent extends Event {
  static readonly eventName = 'netral-progress';
  constructor(readonly detail: NetralProgressDetail) {
    super(NetralProgressEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netral-progress': NetralProgressEvent;
  }
}
