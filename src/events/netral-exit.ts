export interface NetralExitDetail {
  courseId: string;
  /** Whole-course completion, 0-100, when the learner left. */
  percentComplete: number;
}

/**
 * Fired when the learner chooses "Simpan & keluar" (shown with the `exitable` attribute). The
 * player has saved by then; the host (an LMS launch page) ends the session. Bubbles, composed.
 */
export class NetralExitEvent extends Event {
  static readonly eventName = 'netral-exit';
  constructor(readonly detail: NetralExitDetail) {
    super(NetralExitEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'netral-exit': NetralExitEvent;
  }
}
