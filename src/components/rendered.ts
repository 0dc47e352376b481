import { LitElement, ReactiveElement } from 'lit';

/**
 * An element that renders its content over several frames, a first screen first (a long lesson).
 * Its `updateComplete` waits for all of it; `firstScreenComplete` for what the first frame shows.
 */
export interface RendersInFrames {
  readonly firstScreenComplete: Promise<unknown>;
}

const rendersInFrames = (el: object): el is RendersInFrames => 'firstScreenComplete' in el;

/**
 * Resolves when every Lit element rendered inside `root`, and inside theirs, has finished its
 * pending update (with `firstScreen`, the first screen of an element that renders in frames).
 * A parent's `updated()` runs before its children render; moving focus there lays the page out
 * for a view that is not built yet, and the browser lays it out again once the children have
 * rendered: measured, ~19 ms of the 64 ms a "Lanjut" tap took under 4x CPU slowdown.
 */
export async function childrenRendered(root: ParentNode, firstScreen = false): Promise<void> {
  const children = [...root.querySelectorAll('*')].filter((el): el is ReactiveElement => el instanceof ReactiveElement);
  await Promise.all(
    children.map(async (el) => {
      await (firstScreen && rendersInFrames(el) ? el.firstScreenComplete : el.updateComplete);
      await childrenRendered(el.renderRoot, firstScreen);
    }),
  );
}

/**
 * Resolves at the start of the next frame, before its layout and paint. A hidden page runs no
 * frames, so a timer stands in for the frame there.
 */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });
}

/**
 * Resolves when a new view inside `root` has rendered its first screen, at the start of the next
 * frame: the moment to move focus into it. focus() lays the page out; called in the task that
 * built the view, that layout (40-80 ms for a long lesson under 4x CPU slowdown) lands in the
 * same long task. In the frame's animation callback the same layout is the frame's own, done once,
 * before the first paint, so the learner never sees the view at the old scroll position.
 */
export async function viewRendered(root: ParentNode): Promise<void> {
  await childrenRendered(root, true);
  await nextFrame();
}

/**
 * Lets go of focus if it is in `root` (at any depth), before a view change removes the element
 * that has it. Chrome takes ~25 ms under 4x CPU slowdown to remove a focused element (a quiz's
 * feedback, 12 elements), against ~1 ms once focus has left it; focus moves to the new view's
 * heading a frame later (see viewRendered) either way.
 */
export function releaseFocus(root: ShadowRoot): void {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  (active as HTMLElement | null)?.blur();
}

/** Resolves in a task of its own, after the current one (and after a frame, if one is due). */
const newTask = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve));

/**
 * A Lit element whose first render runs in a task of its own, after the task that created it.
 * A view change built the course's view (title, pager) and the view's element (a lesson's first
 * screen, a quiz, its question, the results) in one task: 51-56 ms under 4x CPU slowdown the first
 * time, over the 50 ms a task may keep input waiting. In two tasks the browser can take a tap in
 * between. The element's `updateComplete` includes that render, as for any Lit element, and any
 * focus it moves after it (focusWhen).
 */
export class RendersInNewTask extends LitElement {
  /** Whether the pending update waits for a task of its own: the first, unless overridden. */
  protected get updateInNewTask(): boolean {
    return !this.hasUpdated;
  }

  protected override async scheduleUpdate(): Promise<unknown> {
    if (this.updateInNewTask) await newTask();
    return super.scheduleUpdate();
  }

  /**
   * An update after a tap waits for its own task (see updateInNewTask): until it has rendered,
   * the buttons on screen are those of the view it replaces, and a second tap on them (a double
   * tap) must be ignored instead of starting, checking or choosing twice.
   */
  protected get replacing(): boolean {
    return this.hasUpdated && this.isUpdatePending && this.updateInNewTask;
  }

  private _focusing?: Promise<unknown>;

  /** Moves focus with `move` once `ready` resolves (the next frame, a view rendered). */
  protected focusWhen(ready: Promise<unknown>, move: () => void): void {
    this._focusing = ready.then(move);
  }

  /** `updateComplete` includes moving focus (see focusWhen). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this._focusing;
    return done;
  }
}
