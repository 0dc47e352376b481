// @ts-check
// The "50 ms rule" of `npm run bench`: takes the complete course on the intranet page as a learner
// would (every lesson, the pledge, every scenario to an ending, every quiz answered right, the
// results), under the bench's phone emulation (4x CPU slowdown), and records for every tap the
// longest it kept the main thread busy. Two kinds of tap, as the budget names them:
//   - view: a tap that renders a view (start, next lesson, a scenario step, the next question,
//     a quiz's score, the results);
//   - answer: a tap that handles an answer (choosing, ordering or matching an option, checking it,
//     ticking the pledge), including its save.
// A tap's window runs from the tap until the page has been quiet for QUIET_MS after the next
// paint. Its figure (`longestMs`) is the longest stretch the main thread could not take input,
// rendering included: the longer of
//   - its longest task (Long Tasks API: tasks over 50 ms; script, and the layout script forces),
//   - its frames' blocking (Long Animation Frames API: a frame's longest task with the style,
//     layout and paint the browser does after it to show its result; `blockingDuration` is what
//     that is over 50 ms, so the figure is 50 + blockingDuration),
// 0 when neither was over 50 ms. A view that is expensive to lay out counts, not only its script.
// `longestTaskMs` is the long tasks alone. The tap itself is an element's click() from the bench,
// as in the quiz bench. Beside the figure the walk records each tap's longest animation frame
// (`frameMs`: from its first task to the paint, idle moments between tasks included) and its
// rendering part (`renderMs`).

/** Quiet after the paint that follows a tap, before the tap's window closes. */
const QUIET_MS = 300;
const CAP_MS = 8000;
const MAX_STEPS = 1500;

/**
 * In the page: the walker's state machine. Performs the next tap of the walk and returns what it
 * was, or { done: true } on the results screen. Only looks at tag names, classes and the elements'
 * public properties (`question`, `locked`).
 */
function tapNext() {
  /** @type {any} */
  const w = window;
  const walk = (w.__walk ??= { checked: new Set() });
  const course = document.querySelector('netral-course')?.shadowRoot;
  if (!course) return { error: 'no netral-course on the page' };
  if (course.querySelector('netral-results')) return { done: true };
  const title = course.querySelector('#view-title')?.textContent?.trim() ?? '';
  const primary = (/** @type {ParentNode | null | undefined} */ root) =>
    [...(root?.querySelectorAll('button.btn--primary') ?? [])].find((b) => !(/** @type {HTMLButtonElement} */ (b).disabled) && b.getClientRects().length > 0);
  const tap = (/** @type {Element} */ el, /** @type {'view' | 'answer'} */ kind, /** @type {string} */ what) => {
    const at = performance.now();
    /** @type {HTMLElement} */ (el).click();
    return { kind, what, title, at };
  };

  const quiz = course.querySelector('netral-quiz')?.shadowRoot;
  const qEl = /** @type {any} */ (quiz?.querySelector('netral-question'));
  if (qEl && !qEl.locked && !walk.checked.has(`${title}/${qEl.question.id}`)) {
    const q = qEl.question;
    const root = qEl.shadowRoot;
    const input = (/** @type {string} */ id) => /** @type {HTMLInputElement | null} */ (root.querySelector(`input[value="${CSS.escape(id)}"]`));
    if (q.type === 'multiple' || q.type === 'single' || q.type === 'truefalse' || q.type === 'judgement') {
      const right = q.options.filter((/** @type {any} */ o) => o.correct).map((/** @type {any} */ o) => o.id);
      for (const o of q.options) {
        const el = input(o.id);
        if (el && el.checked !== right.includes(o.id) && (q.type === 'multiple' || right.includes(o.id))) return tap(el, 'answer', `choose ${q.id}`);
      }
    } else if (q.type === 'ordering') {
      const target = q.options.map((/** @type {any} */ o) => o.id);
      const order = [...root.querySelectorAll('[data-move="up"]')].map((b) => b.getAttribute('data-id'));
      const pos = target.findIndex((/** @type {string} */ id, /** @type {number} */ i) => order[i] !== id);
      if (pos >= 0) return tap(root.querySelector(`[data-move="up"][data-id="${CSS.escape(target[pos])}"]`), 'answer', `order ${q.id}`);
    } else if (q.type === 'matching') {
      for (const o of q.options) {
        const select = /** @type {HTMLSelectElement | null} */ (root.querySelector(`#m-${CSS.escape(o.id)}`));
        if (select && select.value !== o.id) {
          const at = performance.now();
          select.value = o.id;
          select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
          return { kind: 'answer', what: `match ${q.id}`, title, at };
        }
      }
    }
    // Answered right: the quiz's primary button checks it (immediate feedback) or moves on.
    walk.checked.add(`${title}/${q.id}`);
    const button = primary(quiz);
    if (!button) return { error: `no button after answering ${q.id}` };
    const checks = /\bPeriksa\b/.test(button.textContent ?? '');
    return tap(button, checks ? 'answer' : 'view', checks ? `check ${q.id}` : `next after ${q.id}`);
  }
  if (quiz) {
    const button = primary(quiz);
    return button ? tap(button, 'view', button.textContent?.trim() ?? 'quiz') : { error: `no button in the quiz "${title}"` };
  }

  const scenario = course.querySelector('netral-scenario')?.shadowRoot;
  if (scenario) {
    if (!scenario.querySelector('.ending')) {
      const radios = /** @type {HTMLInputElement[]} */ ([...scenario.querySelectorAll('input[type=radio]')]);
      if (!radios.some((r) => r.checked) && radios[0]) return tap(radios[0], 'answer', 'scenario choice');
    }
    const button = primary(scenario);
    return button ? tap(button, 'view', scenario.querySelector('.ending') ? 'after the ending' : 'scenario step') : { error: `no button in the scenario "${title}"` };
  }

  const lesson = course.querySelector('netral-lesson')?.shadowRoot;
  if (lesson) {
    const affirm = /** @type {HTMLInputElement | null} */ (lesson.querySelector('#affirm'));
    if (affirm && !affirm.checked) return tap(affirm, 'answer', 'pledge');
    const button = primary(lesson);
    return button ? tap(button, 'view', 'lesson done') : { error: `no button in the lesson "${title}"` };
  }

  const button = primary(course);
  return button ? tap(button, 'view', button.textContent?.trim() ?? 'start') : { error: `nothing to tap on "${title}"` };
}

/**
 * In the page: resolves when the page has been quiet for `quietMs` after the paint that follows
 * the tap at `at`, with the long tasks and the long animation frames that ended after the tap.
 * @param {number} at @param {number} quietMs @param {number} capMs
 */
async function settleAfter(at, quietMs, capMs) {
  /** @type {any} */
  const bench = /** @type {any} */ (window).__bench;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const paintAt = performance.now();
  const mine = () => bench.longTasks.filter((/** @type {any} */ t) => t.start + t.duration > at);
  const lastBusy = () => Math.max(paintAt, ...mine().map((/** @type {any} */ t) => t.start + t.duration));
  while (performance.now() - lastBusy() < quietMs && performance.now() - at < capMs) await new Promise((r) => setTimeout(r, 25));
  const frames = (/** @type {any} */ (window).__walkFrames ?? []).filter((/** @type {any} */ f) => f.start + f.duration > at);
  return { tasks: mine(), frames };
}

/**
 * A tap's figures (see the top of this file) from its long tasks and long animation frames.
 * @param {{ tasks: { duration: number }[]; frames: { start: number; duration: number; renderStart: number; blocking: number }[] }} seen
 */
export function tapFigures({ tasks, frames }) {
  const longestTaskMs = Math.max(0, ...tasks.map((t) => t.duration));
  const frameBlockingMs = Math.max(0, ...frames.map((f) => (f.blocking > 0 ? 50 + f.blocking : 0)));
  return {
    longestMs: Math.max(longestTaskMs, frameBlockingMs),
    longestTaskMs,
    longTasks: tasks.length,
    frameMs: Math.max(0, ...frames.map((f) => f.duration)),
    renderMs: Math.max(0, ...frames.map((f) => (f.renderStart ? f.start + f.duration - f.renderStart : 0))),
  };
}

/** In the page: records long animation frames (LoAF: tasks and the style, layout and paint after them). */
function observeFrames() {
  /** @type {any} */
  const w = window;
  w.__walkFrames = [];
  new PerformanceObserver((list) => {
    for (const e of /** @type {any[]} */ (list.getEntries())) w.__walkFrames.push({ start: e.startTime, duration: e.duration, renderStart: e.renderStart, blocking: e.blockingDuration });
  }).observe({ type: 'long-animation-frame' });
}

/**
 * Walks the course on a loaded, quiet page (instrumented by the bench: `__bench.longTasks`).
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ steps: { kind: string; what: string; title: string; longestMs: number; longestTaskMs: number; longTasks: number; frameMs: number; renderMs: number }[] }>}
 */
export async function walkCourse(page) {
  await page.evaluate(observeFrames);
  const steps = [];
  for (let i = 0; i < MAX_STEPS; i++) {
    const tap = await page.evaluate(tapNext);
    if ('done' in tap) return { steps };
    if ('error' in tap) throw new Error(`course walk, step ${i + 1}: ${tap.error}`);
    const seen = await page.evaluate(settleAfter, tap.at, QUIET_MS, CAP_MS);
    steps.push({ kind: tap.kind, what: tap.what, title: tap.title, ...tapFigures(seen) });
  }
  throw new Error(`course walk: no results screen after ${MAX_STEPS} taps`);
}

/**
 * The walk's figures per kind of tap: how many, how many kept the main thread busy over 50 ms
 * (rendering included), the longest, the longest task alone, and the worst few with where they
 * happened.
 * @param {{ kind: string; what: string; title: string; longestMs: number; longestTaskMs: number; frameMs: number; renderMs: number }[]} steps
 */
export function summariseWalk(steps) {
  /** @param {string} kind */
  const of = (kind) => {
    const list = steps.filter((s) => s.kind === kind);
    const sorted = [...list].sort((a, b) => b.longestMs - a.longestMs);
    const byFrame = [...list].sort((a, b) => b.frameMs - a.frameMs);
    return {
      taps: list.length,
      over: list.filter((s) => s.longestMs > 0).length,
      longestMs: sorted[0]?.longestMs ?? 0,
      longestTaskMs: Math.max(0, ...list.map((s) => s.longestTaskMs)),
      worst: sorted.slice(0, 5).filter((s) => s.longestMs > 0).map((s) => `${Math.round(s.longestMs)} ms: ${s.what} (${s.title})`),
      longestFrameMs: byFrame[0]?.frameMs ?? 0,
      longestFrameRenderMs: byFrame[0]?.renderMs ?? 0,
      worstFrame: byFrame[0] && byFrame[0].frameMs > 0 ? `${byFrame[0].what} (${byFrame[0].title})` : '',
    };
  };
  return { view: of('view'), answer: of('answer') };
}

/**
 * The 50 ms rule over several walks, tap by tap: for each tap (its kind, its place among the taps
 * of its kind, and its view), the shortest of its longest tasks over the walks that made it; then
 * the longest of those. Noise (the machine busy for a moment) puts a different tap over in each
 * walk, and so no tap over in all of them; a regression puts the same tap over in every walk.
 * @param {{ kind: string; what: string; title: string; longestMs: number }[][]} walks the steps of each walk
 * @param {string} kind
 * @param {number} [budgetMs] the rule's budget: taps over it are listed in `over`
 * @returns {{ longestMs: number; taps: number; over: string[] }}
 */
export function overInEveryWalk(walks, kind, budgetMs = 50) {
  /** @type {Map<string, { ms: number; label: string }>} */
  const best = new Map();
  for (const steps of walks) {
    steps
      .filter((s) => s.kind === kind)
      .forEach((s, i) => {
        const key = `${i} ${s.title}`;
        const seen = best.get(key);
        if (!seen || s.longestMs < seen.ms) best.set(key, { ms: s.longestMs, label: `${s.what} (${s.title})` });
      });
  }
  const taps = [...best.values()].sort((a, b) => b.ms - a.ms);
  return {
    longestMs: taps[0]?.ms ?? 0,
    taps: Math.max(0, ...walks.map((steps) => steps.filter((s) => s.kind === kind).length)),
    over: taps.filter((t) => t.ms > budgetMs).slice(0, 5).map((t) => `${Math.round(t.ms)} ms: ${t.label}`),
  };
}
