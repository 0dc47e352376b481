/**
 * Driving the player like a user in browser tests: real key presses and mouse clicks through
 * @web/test-runner-commands (sent by the browser's automation protocol, so they behave like a
 * user's input), and a helper that finds where focus is across shadow roots.
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';

/** The element that has focus, looking inside open shadow roots and same-origin frames. */
export function deepActiveElement(): Element | null {
  let el: Element | null = document.activeElement;
  for (;;) {
    if (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    else if (el?.tagName === 'IFRAME' && (el as HTMLIFrameElement).contentDocument?.activeElement) el = (el as HTMLIFrameElement).contentDocument!.activeElement;
    else return el;
  }
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element satisfies `match`; fails after `max`
 * presses. Returns the element. Only the keyboard moves focus here.
 */
export async function tabTo(match: (el: Element) => boolean, what: string, max = 60, backwards = false): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const el = deepActiveElement();
    if (el && match(el)) return el as HTMLElement;
    await press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Keyboard: could not reach ${what} within ${max} Tab presses (focus is on ${describe(deepActiveElement())})`);
}

export function describe(el: Element | null): string {
  if (!el) return 'nothing';
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
  return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`;
}

export const isButton = (label: string | RegExp) => (el: Element) =>
  el.tagName === 'BUTTON' && (typeof label === 'string' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim().includes(label) : label.test(el.textContent ?? ''));

/** Waits until `check` returns a truthy value (polling each animation frame). */
export async function until<T>(check: () => T | undefined | null | false, what: string, timeoutMs = 3000): Promise<T> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v) return v;
    if (performance.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * A real mouse click (through the browser's automation protocol) in the middle of `el`, after
 * scrolling it into view, the way a learner taps or clicks.
 */
export async function clickLikeUser(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  await new Promise((r) => requestAnimationFrame(r));
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.left + Math.min(r.width / 2, 24)), Math.round(r.top + r.height / 2)] });
}
