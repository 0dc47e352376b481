import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { courseData, type BuiltCourse, type CourseData, type Item, type Quiz, type Response, type Scenario, type Source } from '../../core/course.js';
import type { LearnerState } from '../../core/state.js';
import { carryOverState, createLearnerState, parseLearnerState, type CarryOver } from '../../core/learner-state.js';
import { newSeed } from '../../core/random.js';
import {
  completeLesson,
  isItemDone,
  courseResult,
  type CourseResult,
  isCourseComplete,
  firstUnfinishedItemId,
  itemStatus,
  moduleStatus,
  nextItemId,
  percentComplete,
  setLocation,
  withQuiz,
  withScenario,
} from '../../core/progress.js';
import { answerQuestion, currentAttempt, drawQuestions, moveTo, scoreAttempt, scoreResponse, startAttempt, submitAttempt } from '../../core/quiz.js';
import { chooseOption, restartScenario, scenarioScore } from '../../core/scenario.js';
import { IdbProgressStore, MemoryProgressStore, otherVersionKeys, progressKey, type ProgressStore, type SaveStatus } from '../../adapters/progress-store.js';
import { formatPercent, langOf, languageName, ownLanguageName, loadStrings, primaryLang, stringsFor, whenStringsArrive, type UiStrings } from '../../i18n/localize.js';
import { NetralAnswerEvent } from '../../events/netral-answer.js';
import { NetralProgressEvent, type NetralProgressDetail } from '../../events/netral-progress.js';
import { NetralCompleteEvent } from '../../events/netral-complete.js';
import { NetralExitEvent } from '../../events/netral-exit.js';
import { defineElement } from '../define.js';
import { applyBarWidths } from '../bar-width.js';
import { RendersInNewTask, childrenRendered, releaseFocus, viewRendered } from '../rendered.js';
import { sharedStyles, tokens } from '../../styles/shared.styles.js';
import { courseStyles } from './netral-course.styles.js';
import '../netral-lesson/netral-lesson.js';
import '../netral-scenario/netral-scenario.js';
import '../netral-quiz/netral-quiz.js';
import type { ScenarioChooseEvent } from '../netral-scenario/netral-scenario.js';
import type { QuizAnswerEvent, QuizMoveEvent } from '../netral-quiz/netral-quiz.js';
import type { ResultsOpenItemEvent } from '../netral-results/netral-results.js';
import type { LessonDoneEvent } from '../netral-lesson/netral-lesson.js';

/**
 * The results screen (with the certificate and its SHA-256 code) and the learner's record are
 * used once, at the end: in the embed bundle they are a chunk of their own, fetched while the
 * learner reads (so they are cached for offline use) instead of before the first lesson shows.
 * The SCORM package's single-file bundle inlines them.
 */
const loadResults = () => import('./results-screen.js');

type View = { kind: 'start' } | { kind: 'item'; id: string } | { kind: 'results' };

/**
 * @summary The whole course player: start screen, contents with progress, lessons, branching
 * scenarios, quizzes and the results screen. Progress is kept on the device and restored.
 *
 * @fires netral-answer - NetralAnswerEvent: the learner answered a quiz question.
 * @fires netral-progress - NetralProgressEvent: an item was started or finished.
 * @fires netral-complete - NetralCompleteEvent: every item of the course is done.
 * @slot logo - The agency's logo, shown in the header.
 * @csspart header - The branded header with the title and progress bar.
 * @csspart contents - The collapsible table of contents.
 * @csspart main - The area that shows the current view.
 * @cssprop --netral-color-brand - Header and primary button colour.
 */
export class NetralCourse extends RendersInNewTask {
  static override styles = [tokens, sharedStyles, courseStyles];

  /**
   * Where the built course comes from when the host sets neither `course` nor `src`, for a page
   * that embeds the bundle with one element: the URL of the course in one language (JSON, as
   * `npx netral build-json` writes, with only that language). The embed entry (src/embed.ts)
   * points it at the built-in ASN course beside the bundle, so that a page with `src` never
   * downloads it and a learner downloads only the language they read.
   */
  static defaultCourseUrl?: (lang: string) => string;
  /**
   * Loads the runtime Markdown reader (src/runtime/markdown-course.ts) for `src="….md"`. Set by
   * the embed entry only, so that bundles that never read author Markdown (the SCORM package)
   * do not carry marked, yaml and DOMPurify.
   */
  static markdownReader?: () => Promise<typeof import('../../runtime/markdown-course.js')>;

  /** The built course (all languages). */
  @property({ attribute: false }) course?: BuiltCourse;
  /**
   * URL of a built course (the JSON of `npx netral build-json`) to load when `course` is not
   * set. Without both, the bundle's built-in course, if it has one.
   */
  @property() src = '';
  /** The learner's id when the host knows it (keeps learners apart on a shared device). */
  @property() learner = '';
  /** The learner's name and NIP when the host knows them: printed on the certificate. */
  @property({ attribute: 'learner-name' }) learnerName = '';
  @property({ attribute: 'learner-nip' }) learnerNip = '';
  /** Where progress is kept. Default: IndexedDB on this device, memory if that is refused. */
  @property({ attribute: false }) store?: ProgressStore;
  /** Overrides the course's pass mark (percent), e.g. the LMS's mastery score or an agency's policy. */
  @property({ type: Number, attribute: 'pass-mark' }) passMark?: number;
  /** Shows a "save and exit" button (for LMS launches); it fires `netral-exit`. */
  @property({ type: Boolean }) exitable = false;

  @state() private _state?: LearnerState;
  @state() private _view: View = { kind: 'start' };
  @state() private _announce = '';
  @state() private _save: 'idle' | SaveStatus = 'idle';
  @state() private _ended = false;
  private _unsubscribe?: () => void;
  @state() private _uiLang = 'id';
  /** The source a learner opened from a citation, shown in a dialog. */
  @state() private _source?: Source;
  /** The course loaded from `src` or the built-in default, when the host set no `course`. */
  @state() private _loaded?: BuiltCourse;
  /** Why the course could not be loaded (shown in the element, never only in the console). */
  @state() private _loadProblem = '';
  /** A one-time message on the start screen: progress carried over from an older version, or unreadable. */
  @state() private _notice = '';
  /**
   * The language whose course text could not be downloaded (the course stays in the one it has).
   * The notice is worded at render time, so it follows the interface strings when they arrive.
   */
  @state() private _langUnavailable = '';
  private _langLoading?: string;
  /** The results screen's code could not be downloaded (offline before it was ever fetched). */
  @state() private _resultsProblem = false;
  /**
   * Whether the learner has opened the contents during a lesson, quiz or scenario. Closed, its
   * list (every item with its status: some 250 elements in the ASN course) is not built at all: it
   * was a third of the course's work on the first tap into the course, on a slow phone.
   */
  @state() private _contentsOpen = false;
  private _loadingFrom?: string;

  private _loadedKey = '';
  private _focusView = false;
  private _completeSent = false;
  private _langObserver?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._uiLang = this.resolveLang();
    // Follow the nearest lang attribute when the host page switches language.
    this._langObserver = new MutationObserver(() => (this._uiLang = this.resolveLang()));
    this._langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    this.addEventListener('click', this.onCitationClick);
  }

  /**
   * Citations (`<a data-source>` in any view, at any shadow depth) open the source in a dialog
   * instead of following their `#src-…` link, which would change the host page's URL.
   */
  private onCitationClick = (e: MouseEvent): void => {
    const link = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.dataset.source !== undefined);
    const source = link && this.data?.sources[link.dataset.source!];
    if (!source) return;
    e.preventDefault();
    this._source = source;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLDialogElement>('dialog.source')?.showModal());
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._langObserver?.disconnect();
    this._unsubscribe?.();
    this.removeEventListener('click', this.onCitationClick);
  }

  private resolveLang(): string {
    return primaryLang(langOf(this)) || this.builtCourse?.languages[0] || 'id';
  }

  private get t(): UiStrings {
    return stringsFor(this._uiLang);
  }

  /** The course in use: the host's `course`, else the one loaded from `src` or the default. */
  private get builtCourse(): BuiltCourse | undefined {
    return this.course ?? this._loaded;
  }

  /** The course in the current language (the course's first language when it lacks the UI's). */
  private get data(): CourseData | undefined {
    const c = this.builtCourse;
    if (!c) return undefined;
    const data = courseData(c, this._uiLang);
    const pm = this.passMark;
    return data && pm !== undefined && Number.isFinite(pm) && pm >= 0 && pm <= 100 ? { ...data, passMark: pm } : data;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.course && (changed.has('src') || changed.has('course'))) void this.loadCourse();
    if (changed.has('course') || changed.has('_loaded' as keyof NetralCourse)) this._uiLang = this.resolveLang();
    if (changed.has('_uiLang' as keyof NetralCourse) || changed.has('_loaded' as keyof NetralCourse)) void this.loadLanguage(this._uiLang);
    if (changed.has('store')) this.listenToStore();
    if ((changed.has('course') || changed.has('_loaded' as keyof NetralCourse) || changed.has('learner') || changed.has('store')) && this.builtCourse) void this.restore();
  }

  /** Loads the course from `src`, or the built-in default, when the host gave no `course`. */
  private async loadCourse(): Promise<void> {
    const from = this.src || (NetralCourse.defaultCourseUrl ? '(default)' : '');
    if (!from || from === this._loadingFrom) return;
    this._loadingFrom = from;
    this._loadProblem = '';
    // The UI strings of the learner's language come with the course (a failure falls back to Indonesian).
    const strings = loadStrings(this._uiLang).catch(() => undefined);
    try {
      const url = new URL(this.src || NetralCourse.defaultCourseUrl!(this._uiLang), document.baseURI).href;
      if (/\.md$/i.test(new URL(url).pathname)) {
        if (!NetralCourse.markdownReader) throw new CourseLoadError('format');
        const text = await fetchText(url);
        const { markdownCourse } = await NetralCourse.markdownReader();
        const result = markdownCourse(text, url, this._uiLang === 'en' ? 'en' : 'id');
        await strings;
        if (this._loadingFrom !== from) return;
        if (result.ok) this._loaded = result.course;
        else this._loadProblem = result.problems.join('\n');
        return;
      }
      const loaded = await fetchBuiltCourse(url);
      await strings;
      if (this._loadingFrom === from) this._loaded = loaded;
    } catch (error) {
      await strings;
      if (this._loadingFrom !== from) return;
      const problem = error instanceof CourseLoadError ? error : new CourseLoadError('network');
      const where = this.src || this.t.courseLabel;
      this._loadProblem = problem.reason === 'http' ? this.t.loadProblem.http(where, problem.status ?? 0) : this.t.loadProblem[problem.reason](where);
    }
  }

  /**
   * The interface and the built-in course arrive one language at a time: when the learner (or the
   * host page) switches to a language that is not here yet, it is fetched and added. Until the
   * course text arrives, or if it cannot (offline), the course stays in the language it has, and
   * says so.
   */
  private async loadLanguage(lang: string): Promise<void> {
    whenStringsArrive(lang, () => this.requestUpdate());
    const loaded = this._loaded;
    if (this.course || this.src || !loaded || !NetralCourse.defaultCourseUrl) return;
    if (loaded.byLang[lang] || !loaded.languages.includes(lang) || this._langLoading === lang) return;
    this._langLoading = lang;
    this._langUnavailable = '';
    try {
      const more = await fetchBuiltCourse(new URL(NetralCourse.defaultCourseUrl(lang), document.baseURI).href);
      const current = this._loaded;
      if (!current || more.id !== current.id || more.version !== current.version || !more.byLang[lang]) throw new CourseLoadError('format');
      this._loaded = { ...current, byLang: { ...current.byLang, [lang]: more.byLang[lang]! } };
    } catch {
      if (this._uiLang === lang) this._langUnavailable = lang;
    } finally {
      this._langLoading = undefined;
    }
  }

  /**
   * A new view renders in a task after the tap's (which saves the learner's progress), and its
   * element in another (see RendersInNewTask): each within the 50 ms rule on a slow phone.
   */
  protected override get updateInNewTask(): boolean {
    return this._focusView;
  }

  protected override updated(): void {
    applyBarWidths(this.renderRoot);
    if (!this._focusView) return;
    this._focusView = false;
    // Focus moves to a new view's title once its first screen has rendered; then the rest renders.
    this.focusWhen(viewRendered(this.renderRoot), () => this.renderRoot.querySelector<HTMLElement>('#view-title')?.focus());
  }

  /** `updateComplete` includes moving focus to the new view, and the whole view rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await childrenRendered(this.renderRoot);
    return done;
  }

  /** Stores that forward progress (an LMS bridge) report their own status. */
  private listenToStore(): void {
    this._unsubscribe?.();
    this._unsubscribe = this.store?.subscribe?.((status) => (this._save = status));
  }

  private key(): string {
    const c = this.builtCourse!;
    return progressKey(c.id, c.version, this.learner);
  }

  private storeInUse(): ProgressStore {
    if (!this.store) {
      this.store = new IdbProgressStore();
      this.listenToStore();
    }
    return this.store;
  }

  private async restore(): Promise<void> {
    const course = this.data!;
    const key = this.key();
    if (key === this._loadedKey) return;
    this._loadedKey = key;
    let saved: unknown;
    try {
      saved = await this.storeInUse().load(key);
    } catch {
      this.store = new MemoryProgressStore();
      this._save = 'memory';
    }
    if (key !== this._loadedKey) return; // the course or learner changed while loading
    const parsed = saved === undefined ? undefined : parseLearnerState(saved, course);
    this._notice = '';
    if (parsed?.ok) {
      this._state = parsed.state;
    } else {
      const carried = saved === undefined ? await this.carryOverFromOtherVersion(course) : undefined;
      if (key !== this._loadedKey) return;
      this._state = carried?.state ?? createLearnerState(course, newSeed());
      if (carried) {
        this._notice = this.t.courseUpdated(carried.fromVersion, course.version, carried.quizzesReset);
        this.commit(carried.state); // saved under the new version; the old record stays as it was
      } else if (parsed) {
        // Keep the unreadable record beside the new one (support can still look at it).
        void this.storeInUse().save(`${key}#tak-terbaca`, saved).catch(() => undefined);
        this._notice = this.t.progressUnreadable;
      }
    }
    this._completeSent = isCourseComplete(course, this._state);
    this._view = { kind: 'start' };
    // Fetch the results screen while the learner reads, so it is there (and cached) at the end.
    const whenIdle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 2000));
    whenIdle(() => void this.loadResultsScreen());
  }

  /** The results screen's code (a chunk of its own in the embed bundle); says so if it cannot come. */
  private async loadResultsScreen(): Promise<void> {
    try {
      await loadResults();
      this._resultsProblem = false;
    } catch {
      this._resultsProblem = true;
    }
  }

  /** The learner's progress under another version of this course, carried over, if there is one. */
  private async carryOverFromOtherVersion(course: CourseData): Promise<Extract<CarryOver, { ok: true }> | undefined> {
    const store = this.storeInUse();
    try {
      const all = (await store.keys?.()) ?? [];
      for (const key of otherVersionKeys(all, course.id, course.version, this.learner)) {
        const carried = carryOverState(await store.load(key), course);
        if (carried.ok) return carried;
      }
    } catch {
      // Storage refused while looking: start fresh; the save status says what happens next.
    }
    return undefined;
  }

  /** The learner's own record as a JSON file (for a host with no backend and no LMS). */
  private downloadRecord = async (): Promise<void> => {
    const course = this.data;
    if (!course || !this._state) return;
    const { learnerRecord } = await loadResults();
    const record = learnerRecord(course, this._state, { learnerId: this.learner, learnerName: this.learnerName, learnerNip: this.learnerNip, now: new Date() });
    const blob = new Blob([JSON.stringify(record, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `catatan-${course.id}-${course.version}${this.learner ? `-${this.learner}` : ''}.json`;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  };

  /** Applies a new learner state: render it and save it at once. */
  private commit(next: LearnerState): void {
    this._state = next;
    const key = this.key();
    this.storeInUse()
      .save(key, next)
      .then(
        () => {
          if (!this.storeInUse().subscribe) this._save = this.storeInUse().kind === 'device' ? 'device' : 'memory';
        },
        () => {
          // Storage refused (private mode, quota, blocked): keep working from memory, say so once.
          this.store = new MemoryProgressStore();
          void this.store.save(key, next);
          this._save = 'memory';
        },
      );
    this.maybeComplete();
  }

  /** The course result for the current state, worked out once per state (it scores every quiz). */
  private result(course: CourseData): CourseResult {
    const [c, state, result] = this._result ?? [];
    if (c === course && state === this._state && result) return result;
    return (this._result = [course, this._state!, courseResult(course, this._state!)])[2];
  }

  private _result?: [CourseData, LearnerState, CourseResult];

  private maybeComplete(): void {
    const course = this.data;
    if (!course || !this._state || this._completeSent) return;
    // Every save comes here; the full result (every quiz's best attempt) only once all is done.
    if (!isCourseComplete(course, this._state)) return;
    const result = this.result(course);
    this._completeSent = true;
    this.dispatchEvent(
      new NetralCompleteEvent({ courseId: course.id, courseVersion: course.version, score: result.score, passed: result.passed, passMark: course.passMark }),
    );
  }

  private go(view: View): void {
    const course = this.data!;
    if (view.kind === 'item') {
      const item = course.items[view.id];
      if (!item || itemStatus(course, this._state!, view.id) === 'locked') return;
      const wasNew = itemStatus(course, this._state!, view.id) === 'available';
      this.commit(setLocation(this._state!, view.id));
      if (wasNew) this.emitProgress(item, 'in-progress');
      this._announce = this.t.announceView(item.title);
    } else {
      this._announce = this.t.announceView(view.kind === 'results' ? this.t.resultsTitle : course.title);
      if (view.kind === 'results') void this.loadResultsScreen();
    }
    releaseFocus(this.shadowRoot!);
    this._view = view;
    this._focusView = true;
    const toc = this.renderRoot.querySelector('details');
    if (toc) toc.open = false;
  }

  private goNext(fromId: string): void {
    const course = this.data!;
    const next = nextItemId(course, this._state!, fromId);
    if (next && itemStatus(course, this._state!, next) !== 'locked') this.go({ kind: 'item', id: next });
    else this.go({ kind: 'results' });
  }

  private emitProgress(item: Item, status: 'in-progress' | 'done', extra: Pick<NetralProgressDetail, 'path' | 'score' | 'passed' | 'affirmed'> = {}): void {
    const course = this.data!;
    this.dispatchEvent(
      new NetralProgressEvent({ courseId: course.id, itemId: item.id, itemKind: item.kind, status, percentComplete: percentComplete(course, this._state!), ...extra }),
    );
  }

  // ---- Rendering ---------------------------------------------------------------------------

  override render(): TemplateResult {
    const course = this.data;
    const t = this.t;
    if (!course || !this._state) {
      return html`<div class="header" part="header"><p class="header__title">${course?.title ?? t.courseLabel}</p></div>
        ${this._loadProblem
          ? html`<div class="main" part="main"><div class="panel panel--bad" role="alert"><p><strong>${t.loadError}</strong></p><ul class="load-problem">${this._loadProblem.split('\n').map((line) => html`<li>${line}</li>`)}</ul></div></div>`
          : html`<div class="main" part="main" aria-busy="true"></div>`}`;
    }
    const pct = percentComplete(course, this._state);
    return html`
      <div class="header" part="header">
        <div class="header__top">
          <div class="header__brand">
            <slot name="logo"></slot>
            <div>
              <p class="header__kicker">${t.courseLabel}</p>
              <p class="header__title">${course.title}</p>
            </div>
          </div>
          <div class="header__tools">
            ${this.renderLangSwitch()}
            ${this.exitable && !this._ended ? html`<button type="button" class="btn btn--on-brand" @click=${this.exit}>${t.saveAndExit}</button>` : nothing}
          </div>
        </div>
        ${this._langUnavailable === this._uiLang && !this.builtCourse?.byLang[this._uiLang]
          ? html`<p class="lang-problem" role="alert">${t.languageUnavailable(languageName(this._uiLang, this._uiLang), languageName(course.lang, this._uiLang))}</p>`
          : nothing}
        <div class="progress">
          <div class="progress__label" id="progress-label"><span>${t.progressLabel}</span><span>${t.percentDone(formatPercent(pct, this._uiLang))}</span></div>
          <div class="progress__track" role="progressbar" aria-labelledby="progress-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${pct}>
            <div class="progress__fill" data-width=${pct}></div>
          </div>
        </div>
      </div>
      ${this._view.kind === 'start' || this._ended ? nothing : this.renderContents(course, false)}
      <div class="main" part="main">
        ${this._ended ? html`<h2 id="view-title" tabindex="-1">${t.exited}</h2><p>${t.exitedHint}</p>` : this.renderView(course)}
      </div>
      ${this.renderSaveStatus()}
      <div class="visually-hidden" aria-live="polite">${this._announce}</div>
      ${this.renderSourceDialog()}
    `;
  }

  private renderSourceDialog(): TemplateResult | typeof nothing {
    const s = this._source;
    if (!s) return nothing;
    return html`<dialog class="source" aria-labelledby="source-title" @close=${() => (this._source = undefined)}>
      <p class="view-kicker">${this.t.sources}</p>
      <h2 id="source-title">${s.short}</h2>
      <p>${s.title}</p>
      ${s.status === 'dicabut' ? html`<p class="badge tone-bad">${this.t.sourceRepealed}</p>` : nothing}
      ${s.note ? html`<p class="reason">${s.note}</p>` : nothing}
      ${s.url ? html`<p><a href=${s.url} target="_blank" rel="noopener noreferrer">${s.url}</a></p>` : nothing}
      <form method="dialog" class="actions"><button class="btn btn--primary" autofocus>${this.t.close}</button></form>
    </dialog>`;
  }

  /** A quiet, truthful line about where the learner's progress is. */
  private renderSaveStatus(): TemplateResult | typeof nothing {
    const t = this.t;
    switch (this._save) {
      case 'memory':
        return html`<p class="save save--failed" role="alert">${t.saveFailed}</p>`;
      case 'device':
        return html`<p class="save">${t.saveLocal}</p>`;
      case 'sent':
        return html`<p class="save">${t.saveSent}</p>`;
      case 'pending':
        return html`<p class="save">${t.savePending}</p>`;
      default:
        return nothing;
    }
  }

  private exit(): void {
    const course = this.data!;
    this._ended = true;
    this._announce = this.t.exited;
    this._focusView = true;
    this.dispatchEvent(new NetralExitEvent({ courseId: course.id, percentComplete: percentComplete(course, this._state!) }));
  }

  private renderLangSwitch(): TemplateResult | typeof nothing {
    const langs = this.builtCourse?.languages ?? [];
    if (langs.length < 2) return nothing;
    return html`<label class="lang">
      <span class="visually-hidden">${this.t.languageLabel}</span>
      <select @change=${(e: Event) => this.switchLang((e.target as HTMLSelectElement).value)}>
        ${langs.map((l) => html`<option value=${l} ?selected=${l === this._uiLang} lang=${l}>${ownLanguageName(l)}</option>`)}
      </select>
    </label>`;
  }

  private switchLang(lang: string): void {
    this.setAttribute('lang', lang);
    this._uiLang = lang;
  }

  private renderContents(course: CourseData, asOverview: boolean): TemplateResult {
    const t = this.t;
    const list = (): TemplateResult => html`<ol class="modules" role="list">
      ${course.modules.map((m, mi) => {
        const mStatus = moduleStatus(course, this._state!, m.id);
        return html`<li>
          <p class="module__title">${t.moduleN(mi + 1, m.title)}</p>
          ${mStatus === 'locked' ? html`<p class="module__hint">${t.lockedHint}</p>` : nothing}
          <ul class="items" role="list">
            ${m.itemIds.map((id) => {
              const item = course.items[id]!;
              const status = itemStatus(course, this._state!, id);
              const current = this._view.kind === 'item' && this._view.id === id;
              return html`<li>
                <button type="button" class="item" ?disabled=${status === 'locked'} aria-current=${current ? 'page' : nothing}
                  @click=${() => this.go({ kind: 'item', id })}>
                  <span><span class="item__name">${item.title}</span><span class="item__kind">${t.itemKind[item.kind]} · ${t.minutes(item.minutes)}</span></span>
                  <span class="item__status ${status === 'done' ? 'item__status--done' : ''}">${status === 'done' ? '✓ ' : ''}${t.status[status]}</span>
                </button>
              </li>`;
            })}
          </ul>
        </li>`;
      })}
    </ol>`;
    if (asOverview) return list();
    return html`<nav aria-label=${t.contents}>
      <details class="toc" part="contents" @toggle=${(e: Event) => (this._contentsOpen = (e.target as HTMLDetailsElement).open)}>
        <summary>${t.contents}</summary><div class="toc__body">${this._contentsOpen ? list() : nothing}</div>
      </details>
    </nav>`;
  }

  private renderView(course: CourseData): TemplateResult {
    const view = this._view;
    if (view.kind === 'results') return this.renderResults(course);
    if (view.kind === 'start') return this.renderStart(course);
    const item = course.items[view.id];
    if (!item) return this.renderStart(course);
    const module = course.modules.find((m) => m.id === item.moduleId)!;
    const mIndex = course.modules.indexOf(module);
    return html`
      <p class="view-kicker">${this.t.moduleN(mIndex + 1, module.title)}</p>
      <h2 id="view-title" tabindex="-1">${item.title}</h2>
      <p class="view-meta">${this.t.itemKind[item.kind]} · ${this.t.minutes(item.minutes)}</p>
      ${item.kind === 'lesson'
        ? html`<netral-lesson
              .lesson=${item}
              .t=${this.t}
              ?affirmed=${isItemDone(course, this._state!, item.id)}
              @netral-lesson-done=${(e: LessonDoneEvent) => this.onLessonDone(item.id, e.affirmed)}
              >${this.renderSources(item.cites, course)}${this.renderPager(course, item.id)}</netral-lesson
            >`
        : html`${item.kind === 'scenario' ? this.renderScenario(course, item) : this.renderQuiz(course, item)}${this.renderPager(course, item.id)}`}
    `;
  }

  private renderSources(cites: string[], course: CourseData): TemplateResult | typeof nothing {
    const sources = cites.map((id) => course.sources[id]).filter((s) => !!s);
    if (!sources.length) return nothing;
    return html`<section class="sources" aria-labelledby="sources-title">
      <h3 id="sources-title">${this.t.sources}</h3>
      <ol>
        ${sources.map(
          (s) => html`<li id=${`src-${s!.id}`}>
            ${s!.url ? html`<a href=${s!.url} target="_blank" rel="noopener noreferrer">${s!.title}</a>` : s!.title}
            ${s!.note ? html`<br /><span class="reason">${s!.note}</span>` : nothing}
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderPager(course: CourseData, itemId: string): TemplateResult {
    const order = course.modules.flatMap((m) => m.itemIds);
    const i = order.indexOf(itemId);
    const prev = order[i - 1];
    const next = order[i + 1];
    // During a quiz attempt the quiz's own buttons are the way on; a second "next" would compete.
    const inAttempt = course.items[itemId]?.kind === 'quiz' && currentAttempt(this._state!.quizzes[itemId]) !== undefined;
    const forward = inAttempt
      ? nothing
      : next === undefined
        ? html`<button type="button" class="btn" @click=${() => this.go({ kind: 'results' })}>${this.t.viewResults}</button>`
        : itemStatus(course, this._state!, next) !== 'locked'
          ? html`<button type="button" class="btn" @click=${() => this.go({ kind: 'item', id: next })}>${this.t.next} →</button>`
          : nothing;
    return html`<nav class="pager" aria-label=${this.t.pager}>
      ${prev ? html`<button type="button" class="btn" @click=${() => this.go({ kind: 'item', id: prev })}>← ${this.t.previous}</button>` : html`<span></span>`}
      ${forward}
    </nav>`;
  }

  private renderStart(course: CourseData): TemplateResult {
    const t = this.t;
    const started = this._state!.location !== '' || percentComplete(course, this._state!) > 0;
    const resumeId = this._state!.location || firstUnfinishedItemId(course, this._state!);
    const itemCount = Object.keys(course.items).length;
    return html`
      <h2 id="view-title" tabindex="-1">${course.title}</h2>
      ${this._notice ? html`<div class="panel panel--mixed notice" role="status" part="notice"><p>${this._notice}</p></div>` : nothing}
      <div class="prose start__desc">${unsafeHTML(course.descriptionHtml)}</div>
      <p class="start__facts">${t.modulesAndItems(course.modules.length, itemCount)} · ${t.minutes(course.minutes)}</p>
      <div class="actions">
        <button type="button" class="btn btn--primary" @click=${() => this.start(started ? resumeId : undefined)}>${started ? t.resume : t.start}</button>
        ${started && isCourseComplete(course, this._state!)
          ? html`<button type="button" class="btn" @click=${() => this.go({ kind: 'results' })}>${t.viewResults}</button>`
          : nothing}
      </div>
      <h3 class="start__contents">${t.contents}</h3>
      ${this.renderContents(course, true)}
    `;
  }

  private start(itemId: string | undefined): void {
    const course = this.data!;
    const first = course.modules[0]?.itemIds[0];
    const target = itemId ?? first;
    if (!target) return;
    if (isCourseComplete(course, this._state!) && !itemId) this.go({ kind: 'results' });
    else this.go({ kind: 'item', id: target });
  }

  private renderResults(course: CourseData): TemplateResult {
    return html`
      <h2 id="view-title" tabindex="-1">${this.t.resultsTitle}</h2>
      ${this._resultsProblem && !customElements.get('netral-results')
        ? html`<p class="panel panel--mixed" role="alert">${this.t.resultsUnavailable}</p>`
        : nothing}
      <netral-results .course=${course} .result=${this.result(course)} .t=${this.t} locale=${this._uiLang}
        .learnerName=${this.learnerName} .learnerNip=${this.learnerNip}
        @netral-results-open=${(e: ResultsOpenItemEvent) => this.go({ kind: 'item', id: e.itemId })}></netral-results>
      <div class="actions">
        <button type="button" class="btn" @click=${() => this.go({ kind: 'start' })}>${this.t.backToContents}</button>
        <button type="button" class="btn btn--quiet" @click=${this.downloadRecord}>${this.t.downloadRecord}</button>
      </div>
    `;
  }

  private renderScenario(course: CourseData, sc: Scenario): TemplateResult {
    return html`<netral-scenario
      .scenario=${sc}
      .progress=${this._state!.scenarios[sc.id]}
      .t=${this.t}
      @netral-scenario-choose=${(e: ScenarioChooseEvent) => this.onScenarioChoose(course, sc, e.choiceId)}
      @netral-scenario-restart=${() => this.commit(withScenario(this._state!, sc.id, restartScenario(this._state!.scenarios[sc.id])))}
      @netral-scenario-continue=${() => this.goNext(sc.id)}
    ></netral-scenario>`;
  }

  private onScenarioChoose(course: CourseData, sc: Scenario, choiceId: string): void {
    const before = itemStatus(course, this._state!, sc.id);
    const progress = chooseOption(sc, this._state!.scenarios[sc.id], choiceId);
    this.commit(withScenario(this._state!, sc.id, progress));
    if (progress.done && before !== 'done') {
      const { score, max } = scenarioScore(sc, progress);
      this.emitProgress(sc, 'done', { path: progress.choices, ...(max > 0 ? { score: (score / max) * 100 } : {}) });
    }
  }

  private renderQuiz(course: CourseData, quiz: Quiz): TemplateResult {
    return html`<netral-quiz
      .course=${course}
      .quiz=${quiz}
      .progress=${this._state!.quizzes[quiz.id]}
      .t=${this.t}
      locale=${this._uiLang}
      @netral-quiz-start=${() => this.commit(withQuiz(this._state!, quiz.id, startAttempt(this._state!.quizzes[quiz.id], quiz, this._state!.seed)))}
      @netral-quiz-answer=${(e: QuizAnswerEvent) => this.onQuizAnswer(course, quiz, e)}
      @netral-quiz-move=${(e: QuizMoveEvent) => this.commit(withQuiz(this._state!, quiz.id, moveTo(this._state!.quizzes[quiz.id]!, e.index)))}
      @netral-quiz-submit=${() => this.onQuizSubmit(course, quiz)}
      @netral-quiz-continue=${() => this.goNext(quiz.id)}
    ></netral-quiz>`;
  }

  private onQuizAnswer(course: CourseData, quiz: Quiz, e: QuizAnswerEvent): void {
    const progress = answerQuestion(this._state!.quizzes[quiz.id]!, quiz, e.questionId, e.response);
    this.commit(withQuiz(this._state!, quiz.id, progress));
    // Under end-of-attempt feedback the answers are announced to the host on submit.
    if (quiz.feedback === 'immediate') this.emitAnswer(course, quiz, e.questionId, e.response, progress.attempts.length, e.latencyMs);
  }

  private onQuizSubmit(course: CourseData, quiz: Quiz): void {
    const progress = this._state!.quizzes[quiz.id]!;
    const attempt = currentAttempt(progress);
    if (!attempt) return;
    const submitted = submitAttempt(progress, course, quiz);
    this.commit(withQuiz(this._state!, quiz.id, submitted));
    if (quiz.feedback === 'end') {
      for (const q of drawQuestions(course, quiz, attempt.seed)) {
        const r = attempt.responses[q.id];
        if (r !== undefined) this.emitAnswer(course, quiz, q.id, r, submitted.attempts.length, 0);
      }
    }
    const score = scoreAttempt(course, quiz, submitted.attempts.at(-1)!);
    this.emitProgress(quiz, 'done', { score: score.percent, passed: score.passed });
  }

  private emitAnswer(course: CourseData, quiz: Quiz, questionId: string, response: Response, attemptNo: number, latencyMs: number): void {
    const question = Object.values(course.banks).map((b) => b.questions[questionId]).find((q) => !!q);
    if (!question) return;
    const scored = scoreResponse(question, response);
    this.dispatchEvent(
      new NetralAnswerEvent({
        courseId: course.id,
        quizId: quiz.id,
        questionId,
        questionType: question.type,
        attempt: attemptNo,
        response,
        result: scored.result,
        earned: scored.earned,
        possible: scored.possible,
        latencyMs: Math.round(latencyMs),
      }),
    );
  }

  private onLessonDone(lessonId: string, affirmed: boolean): void {
    const course = this.data!;
    const wasDone = itemStatus(course, this._state!, lessonId) === 'done';
    this.commit(completeLesson(this._state!, lessonId));
    if (!wasDone) this.emitProgress(course.items[lessonId]!, 'done', affirmed ? { affirmed: true } : {});
    this.goNext(lessonId);
  }
}

defineElement('netral-course', NetralCourse);

declare global {
  interface HTMLElementTagNameMap {
    'netral-course': NetralCourse;
  }
}

/** Fetches `url`, turning a network failure or an HTTP error into a CourseLoadError. */
async function fetchOk(url: string): Promise<globalThis.Response> {
  let response: globalThis.Response;
  try {
    response = await fetch(url);
  } catch {
    throw new CourseLoadError('network');
  }
  if (!response.ok) throw new CourseLoadError('http', response.status);
  return response;
}

/** The text of an author Markdown file. */
async function fetchText(url: string): Promise<string> {
  return (await fetchOk(url)).text();
}

/**
 * Fetches a built course (the JSON `npx netral build-json` writes) and checks that it is one:
 * the build validated its content; this only guards against the wrong file or a broken download.
 */
async function fetchBuiltCourse(url: string): Promise<BuiltCourse> {
  const response = await fetchOk(url);
  let data: Partial<BuiltCourse> | null;
  try {
    data = (await response.json()) as Partial<BuiltCourse> | null;
  } catch {
    throw new CourseLoadError('format');
  }
  // Every language the file holds is one of the course's, and it holds at least one (a course
  // delivered one language at a time holds one; `npx netral build-json` writes them all).
  const held = data && typeof data.byLang === 'object' && data.byLang ? Object.keys(data.byLang) : [];
  if (!data || data.format !== 1 || typeof data.id !== 'string' || !Array.isArray(data.languages) || held.length === 0 || !held.every((l) => data.languages!.includes(l))) {
    throw new CourseLoadError('format');
  }
  return data as BuiltCourse;
}

class CourseLoadError extends Error {
  constructor(
    readonly reason: 'http' | 'format' | 'network',
    readonly status?: number,
  ) {
    super(reason);
  }
}
