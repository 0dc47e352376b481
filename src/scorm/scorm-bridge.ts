/**
 * The tracking bridge between the course player and the LMS. Components never call the LMS:
 * the player saves its learner state through this object (it is the player's ProgressStore)
 * and announces answers and progress as events, which the bridge turns into SCORM 1.2 or 2004
 * values. Every state and answer goes to the durable journal on the device first, then to the
 * LMS; what the LMS has not committed stays pending and is replayed, in this launch or the next.
 */
import type { BuiltCourse, CourseData, Question, Response } from '../core/course.js';
import type { LearnerState } from '../core/state.js';
import { courseResult, isItemDone } from '../core/progress.js';
import { optionOrder, scoreResponse } from '../core/quiz.js';
import { decodeSuspendData, encodeSuspendData } from '../core/suspend-codec.js';
import {
  exitValue,
  interactionFor,
  scenarioInteractionFor,
  affirmationInteractionFor,
  scoreValues,
  scorm12Timespan,
  scorm2004Duration,
  scormIdentifier,
  statusValues,
} from '../core/scorm-values.js';
import { progressKey, sameVersionKeys, type ProgressStore, type SaveStatus } from '../adapters/progress-store.js';
import type { NetralAnswerEvent } from '../events/netral-answer.js';
import type { NetralProgressEvent } from '../events/netral-progress.js';
import { findScormApi, type ScormVersion } from './api-discovery.js';
import { ScormSession } from './scorm-session.js';
import { MemoryJournal, type Journal, type JournalEntry, type PendingInteraction } from './journal.js';

export interface BridgeOptions {
  course: BuiltCourse;
  journal: Journal;
  /** The window the SCO runs in (the API is looked for here and above). */
  win: Window;
  /** The version the package was built for; the other is used only when this one is absent. */
  version: ScormVersion;
  /** Use only `version` (a `?scorm=` launch override). */
  versionOnly?: boolean;
  /** Wait this long after an answer before committing, so page turns are not round trips. */
  commitDebounceMs?: number;
  /** Commit right before Terminate (off for LMSs that cut a commit short while unloading). */
  commitBeforeTerminate?: boolean;
  /** 2004: set adl.nav.request on exit (suspendAll / exitAll) for LMSs that need it. */
  navRequestOnExit?: boolean;
  /** Commit this often while the course is open, so the LMS session does not expire (0 = off). */
  keepAliveMs?: number;
  /** Look for the API again this often while it is missing or failing. */
  retryDelaysMs?: number[];
  now?: () => number;
}

/** What the LMS told us at launch. */
export interface LmsLaunch {
  version: ScormVersion;
  entry: string;
  mode: 'normal' | 'browse' | 'review';
  credit: 'credit' | 'no-credit';
  learnerId: string;
  learnerName: string;
  /** The pass mark the LMS holds (1.2 mastery score, 2004 scaled passing score ×100). */
  passMark?: number;
}

const DEFAULT_RETRY_MS = [1000, 2000, 5000, 10000, 30000];

export class ScormBridge implements ProgressStore {
  readonly kind = 'device' as const;
  session: ScormSession | undefined;
  launch: LmsLaunch | undefined;

  private readonly opts: Required<Omit<BridgeOptions, 'versionOnly'>> & { versionOnly: boolean };
  private readonly data: CourseData;
  private entry: JournalEntry | undefined;
  private key = '';
  private listeners = new Set<(s: SaveStatus) => void>();
  private status: SaveStatus = 'pending';
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryIndex = 0;
  private startedAt = 0;
  /** Pending interactions already set in this session but not yet committed. */
  private inFlight = 0;
  private objectivesSet = 0;
  private finished = false;
  private writeChain: Promise<void> = Promise.resolve();
  private detach: (() => void) | undefined;
  /** The journal key used instead of the player's when the LMS was missing at launch (see load). */
  private keyAlias: { from: string; to: string } | undefined;

  constructor(options: BridgeOptions) {
    this.opts = {
      commitDebounceMs: 2000,
      commitBeforeTerminate: true,
      navRequestOnExit: false,
      keepAliveMs: 0,
      retryDelaysMs: DEFAULT_RETRY_MS,
      now: () => Date.now(),
      versionOnly: false,
      ...options,
    };
    this.data = options.course.byLang[options.course.languages[0]!]!;
  }

  // ---- Launch ----------------------------------------------------------------------------

  /** Finds the LMS, opens the session and reads what the course needs. False: no LMS (yet). */
  connect(): boolean {
    if (this.session?.isOpen) return true;
    if (this.finished) return false;
    const found = findScormApi(this.opts.win, this.opts.version, this.opts.versionOnly);
    if (!found) return false;
    const session = new ScormSession(found);
    if (!session.initialize()) return false;
    this.session = session;
    this.startedAt = this.opts.now();
    this.inFlight = 0;
    this.launch = this.readLaunch(session);
    const count = Number(session.get(this.v('cmi.objectives._count', 'cmi.objectives._count')) ?? '0');
    this.objectivesSet = Number.isFinite(count) ? count : 0;
    const status = session.get(this.v('cmi.core.lesson_status', 'cmi.completion_status'));
    if (this.writesResults() && (status === 'not attempted' || status === 'unknown' || status === '')) {
      session.set(this.v('cmi.core.lesson_status', 'cmi.completion_status'), 'incomplete');
      session.commit();
    }
    return true;
  }

  private readLaunch(s: ScormSession): LmsLaunch {
    const v = (a: string, b: string) => s.get(this.v(a, b)) ?? '';
    const mode = v('cmi.core.lesson_mode', 'cmi.mode');
    const credit = v('cmi.core.credit', 'cmi.credit');
    const launch: LmsLaunch = {
      version: s.version,
      entry: v('cmi.core.entry', 'cmi.entry'),
      mode: mode === 'browse' || mode === 'review' ? mode : 'normal',
      credit: credit === 'no-credit' ? 'no-credit' : 'credit',
      learnerId: v('cmi.core.student_id', 'cmi.learner_id'),
      learnerName: v('cmi.core.student_name', 'cmi.learner_name'),
    };
    const mastery = s.version === '1.2' ? Number.parseFloat(v('cmi.student_data.mastery_score', '')) : Number.parseFloat(v('', 'cmi.scaled_passing_score')) * 100;
    if (Number.isFinite(mastery) && mastery >= 0 && mastery <= 100) launch.passMark = mastery;
    return launch;
  }

  /** Whether status and score may be written (normal mode with credit). */
  private writesResults(): boolean {
    return this.launch?.mode === 'normal' && this.launch.credit === 'credit';
  }

  /** The element name for the session's version. */
  private v(el12: string, el2004: string): string {
    return this.session?.version === '1.2' ? el12 : el2004;
  }

  // ---- ProgressStore -----------------------------------------------------------------------

  /**
   * The learner state to resume from: the device's journal when it holds something the LMS has
   * not committed (or the LMS holds nothing), otherwise the LMS's suspend data.
   */
  async load(key: string): Promise<unknown> {
    this.key = key;
    this.connect();
    const anonymous = progressKey(this.data.id, this.data.version, '');
    if (key === anonymous && !this.session?.isOpen) {
      // No LMS at this launch, so no learner id: continue the progress of the learner who last
      // learned on this device (a fresh start would leave their journal behind, and the answers
      // given now would later lose to it).
      const last = await this.lastLearnerKey();
      if (last) {
        this.keyAlias = { from: key, to: last };
        this.key = last;
      }
    }
    this.entry = await this.opts.journal.read(this.key);
    if (!this.entry && key !== anonymous) {
      // A launch where the LMS was missing kept its progress under no learner: adopt what it
      // could not deliver, now that the LMS says who the learner is.
      const orphan = await this.opts.journal.read(anonymous);
      if (orphan && (!orphan.stateSent || orphan.pending.length > 0)) {
        this.entry = orphan;
        await this.writeJournal();
        await this.opts.journal.remove(anonymous);
      }
    }
    const fromLms = this.session?.isOpen ? this.session.get(this.v('cmi.suspend_data', 'cmi.suspend_data')) ?? '' : '';
    const decoded = fromLms ? decodeSuspendData(this.data, fromLms) : undefined;
    const state = this.chooseState(this.entry, decoded?.ok ? decoded.state : undefined, fromLms);
    // The LMS is ahead of this device (another device, or a new attempt): drop the device copy.
    if (this.entry && state !== this.entry.state) this.entry = undefined;
    this.dropDelivered();
    if (this.entry && (this.entry.pending.length > 0 || !this.entry.stateSent)) {
      // Replay what an earlier launch could not deliver.
      this.queue(() => this.push());
    } else {
      this.setStatus(this.session?.isOpen ? 'sent' : 'pending');
    }
    if (!this.session?.isOpen) this.scheduleRetry();
    return state;
  }

  /** The journal key of the learner who saved last on this device, when it is not the anonymous one. */
  private async lastLearnerKey(): Promise<string | undefined> {
    const anonymous = progressKey(this.data.id, this.data.version, '');
    let newest: { key: string; savedAt: number } | undefined;
    try {
      for (const k of sameVersionKeys(await this.opts.journal.keys(), this.data.id, this.data.version)) {
        const e = await this.opts.journal.read(k);
        if (e && (!newest || e.savedAt > newest.savedAt)) newest = { key: k, savedAt: e.savedAt };
      }
    } catch {
      return undefined;
    }
    return newest && newest.key !== anonymous ? newest.key : undefined;
  }

  /**
   * Which learner state wins at launch:
   * - the device's, when the LMS never committed it (an earlier launch was cut off or offline);
   * - the device's, when there is no LMS now (the learner continues offline);
   * - the device's, when the LMS holds the same state (the device has full detail; the suspend
   *   data keeps only what resuming needs);
   * - otherwise the LMS's (progress made on another device), or nothing when the LMS holds
   *   nothing although the device had sent it (the LMS started a new attempt).
   */
  private chooseState(entry: JournalEntry | undefined, fromLms: LearnerState | undefined, raw: string): LearnerState | undefined {
    if (!entry) return fromLms;
    if (!entry.stateSent || !this.session?.isOpen) return entry.state;
    if (fromLms && safeEncode(this.data, entry.state) === raw) return entry.state;
    return fromLms;
  }

  /**
   * Forgets answers an earlier session set and the LMS committed (their index is below the
   * LMS's `_count`), although the page closed before the journal could record the delivery.
   */
  private dropDelivered(): void {
    if (!this.entry || !this.session?.isOpen) return;
    const count = Number(this.session.get(this.v('cmi.interactions._count', 'cmi.interactions._count')) ?? 'NaN');
    if (!Number.isFinite(count)) return;
    const pending = this.entry.pending.filter((p) => p.sentAs === undefined || p.sentAs >= count);
    if (pending.length !== this.entry.pending.length) this.entry = { ...this.entry, pending: pending.map(({ sentAs: _, ...p }) => p) };
  }

  /**
   * Saves on the device first, then sends to the LMS, in one queued step so a commit never
   * marks as sent a state that was not yet pushed. Resolves once the device has it. Never
   * rejects: when the device refuses storage the journal continues in memory and the LMS still
   * gets everything.
   */
  save(key: string, value: unknown): Promise<void> {
    this.key = key === this.keyAlias?.from ? this.keyAlias.to : key;
    const state = value as LearnerState;
    return this.queue(async () => {
      this.entry = { v: 1, state, stateSent: false, pending: this.entry?.pending ?? [], savedAt: this.opts.now() };
      await this.writeJournal();
      this.push();
    });
  }

  /** Writes the journal entry; a device that refuses storage switches the journal to memory. */
  private async writeJournal(): Promise<void> {
    if (!this.entry) return;
    try {
      await this.opts.journal.write(this.key, this.entry);
    } catch {
      this.opts.journal = new MemoryJournal();
      await this.opts.journal.write(this.key, this.entry);
    }
  }

  async remove(): Promise<void> {
    // Progress in an LMS is the LMS's to reset; nothing to remove here.
  }

  subscribe(listener: (s: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    listener(this.status);
    return () => this.listeners.delete(listener);
  }

  private setStatus(s: SaveStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const l of this.listeners) l(s);
  }

  /** Serialises journal writes and LMS pushes so they never interleave. */
  private queue(task: () => Promise<void> | void): Promise<void> {
    const next = this.writeChain.then(task, task);
    this.writeChain = next.catch(() => undefined);
    return next;
  }

  // ---- Answers and progress from the player ------------------------------------------------

  /** Listens to the player's events and the page's lifecycle. */
  attach(el: HTMLElement): void {
    const record = (p: PendingInteraction) =>
      void this.queue(async () => {
        if (!this.entry) return;
        this.entry = { ...this.entry, pending: [...this.entry.pending, p] };
        await this.writeJournal();
        this.push();
      });
    const onAnswer = (e: NetralAnswerEvent) => {
      const d = e.detail;
      record({ kind: 'answer', quizId: d.quizId, attempt: d.attempt, questionId: d.questionId, response: d.response, at: this.opts.now(), latencyMs: d.latencyMs });
    };
    const started = new Map<string, number>();
    const onProgress = (e: NetralProgressEvent) => {
      const d = e.detail;
      const now = this.opts.now();
      if (d.status === 'in-progress') started.set(d.itemId, now);
      const latencyMs = now - (started.get(d.itemId) ?? now);
      if (d.itemKind === 'scenario' && d.status === 'done' && d.path) {
        record({ kind: 'scenario', scenarioId: d.itemId, choices: d.path, at: now, latencyMs });
      } else if (d.itemKind === 'lesson' && d.affirmed) {
        record({ kind: 'affirmation', lessonId: d.itemId, at: now, latencyMs });
      } else {
        void this.queue(() => this.push(true)); // a finished item or a graded quiz: commit at once
      }
    };
    const onGraded = () => void this.queue(() => this.push(true));
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void this.queue(() => this.push(true));
    };
    const onPageHide = () => this.finish();
    const keepAlive = this.opts.keepAliveMs > 0 ? setInterval(() => void this.queue(() => this.commitNow()), this.opts.keepAliveMs) : undefined;
    el.addEventListener('netral-answer', onAnswer);
    el.addEventListener('netral-complete', onGraded);
    el.addEventListener('netral-progress', onProgress);
    document.addEventListener('visibilitychange', onHidden);
    this.opts.win.addEventListener('pagehide', onPageHide);
    this.detach = () => {
      el.removeEventListener('netral-answer', onAnswer);
      el.removeEventListener('netral-complete', onGraded);
      el.removeEventListener('netral-progress', onProgress);
      document.removeEventListener('visibilitychange', onHidden);
      this.opts.win.removeEventListener('pagehide', onPageHide);
      clearInterval(keepAlive);
    };
  }

  // ---- Sending -------------------------------------------------------------------------------

  /**
   * Projects the journal onto the LMS: suspend data, location, status and score, objectives,
   * then the pending answers as interactions; commits at once when `commitNow`, otherwise
   * after the debounce.
   */
  private push(commitNow = false): void {
    const entry = this.entry;
    if (!entry) return;
    if (!this.connect() || !this.session) {
      this.setStatus('pending');
      this.scheduleRetry();
      return;
    }
    const s = this.session;
    const state = entry.state;
    const suspend = safeEncode(this.data, state);
    const ok =
      (suspend === undefined || s.set(this.v('cmi.suspend_data', 'cmi.suspend_data'), suspend)) &&
      s.set(this.v('cmi.core.lesson_location', 'cmi.location'), state.location) &&
      this.pushResults(state) &&
      this.pushObjectives(state) &&
      this.pushInteractions(entry);
    if (!ok) {
      this.setStatus('pending');
      this.scheduleRetry();
      return;
    }
    if (commitNow) this.commitNow();
    else this.scheduleCommit();
  }

  private pushResults(state: LearnerState): boolean {
    if (!this.writesResults() || !this.session) return true;
    const course = this.courseWithLmsPassMark();
    const result = courseResult(course, state);
    const graded = result.completed && result.score !== undefined;
    const writes: Array<[string, string]> = [
      ...statusValues({
        version: this.session.version,
        completed: result.completed,
        passed: result.completed ? result.passed : undefined,
        mode: this.launch!.mode,
        credit: this.launch!.credit,
      }),
      ...(graded ? scoreValues(result.score!, this.session.version) : []),
    ];
    if (this.session.version === '2004') writes.push(['cmi.progress_measure', String(Math.round(result.percentComplete) / 100)]);
    return writes.every(([el, val]) => this.session!.set(el, val));
  }

  /** The course with the pass mark the LMS holds, when the LMS has one. */
  private courseWithLmsPassMark(): CourseData {
    const pm = this.launch?.passMark;
    return pm === undefined ? this.data : { ...this.data, passMark: pm };
  }

  /** One objective per module: completion (and, in 2004, success of its graded quizzes). */
  private pushObjectives(state: LearnerState): boolean {
    const s = this.session!;
    return this.data.modules.every((m, i) => {
      const prefix = `cmi.objectives.${i}.`;
      if (i >= this.objectivesSet) {
        if (i > this.objectivesSet) return true; // never skip an index
        if (!s.set(`${prefix}id`, scormIdentifier('modul', m.id))) return false;
        this.objectivesSet = i + 1;
      }
      if (!this.writesResults()) return true;
      const done = m.itemIds.every((id) => isItemDone(this.data, state, id));
      return s.version === '1.2'
        ? s.set(`${prefix}status`, done ? 'completed' : 'incomplete')
        : s.set(`${prefix}completion_status`, done ? 'completed' : 'incomplete');
    });
  }

  /** Sets the pending answers not yet in the LMS as interactions n = _count, n+1, …. */
  private pushInteractions(entry: JournalEntry): boolean {
    const s = this.session!;
    while (this.inFlight < entry.pending.length) {
      const p = entry.pending[this.inFlight]!;
      const values = this.interactionValues(p, entry.state, s.version);
      if (!values) {
        this.inFlight++; // from another course version: nothing to send
        continue;
      }
      const count = Number(s.get(this.v('cmi.interactions._count', 'cmi.interactions._count')) ?? 'NaN');
      if (!Number.isFinite(count)) return false;
      for (const [suffix, value] of values) {
        if (!s.set(`cmi.interactions.${count}.${suffix}`, value)) return false;
      }
      entry.pending[this.inFlight] = { ...p, sentAs: count };
      this.inFlight++;
      void this.writeJournal();
    }
    return true;
  }

  /** The cmi.interactions.n values of a journal entry, or undefined when the course has no such item. */
  private interactionValues(p: PendingInteraction, state: LearnerState, version: ScormVersion) {
    if (p.kind === 'affirmation') {
      const lesson = this.data.items[p.lessonId];
      if (lesson?.kind !== 'lesson') return undefined;
      return affirmationInteractionFor({ version, lesson, at: new Date(p.at), latencyMs: p.latencyMs, lang: this.data.lang });
    }
    if (p.kind === 'scenario') {
      const scenario = this.data.items[p.scenarioId];
      if (scenario?.kind !== 'scenario') return undefined;
      return scenarioInteractionFor({ version, scenario, choices: p.choices, at: new Date(p.at), latencyMs: p.latencyMs, lang: this.data.lang });
    }
    const question = findQuestion(this.data, p.questionId);
    const quiz = this.data.items[p.quizId];
    if (!question || quiz?.kind !== 'quiz') return undefined;
    const attemptSeed = this.attemptSeed(state, p.quizId, p.attempt);
    const order = attemptSeed === undefined ? undefined : optionOrder(question, quiz, attemptSeed);
    return interactionFor({
      version,
      quiz,
      attempt: p.attempt,
      question,
      ...(order ? { order } : {}),
      response: p.response as Response,
      scored: scoreResponse(question, p.response as Response),
      at: new Date(p.at),
      latencyMs: p.latencyMs,
      lang: this.data.lang,
    });
  }

  private attemptSeed(state: LearnerState, quizId: string, attempt: number): number | undefined {
    return state.quizzes[quizId]?.attempts[attempt - 1]?.seed;
  }

  private scheduleCommit(): void {
    if (this.commitTimer) return;
    this.setStatus('pending');
    this.commitTimer = setTimeout(() => {
      this.commitTimer = undefined;
      void this.queue(() => this.commitNow());
    }, this.opts.commitDebounceMs);
  }

  /** Commits; on success the journal records that the LMS holds the state and the answers. */
  private commitNow(): void {
    if (this.commitTimer) {
      clearTimeout(this.commitTimer);
      this.commitTimer = undefined;
    }
    if (!this.session?.isOpen || !this.entry) return;
    if (!this.session.commit()) {
      this.setStatus('pending');
      this.scheduleRetry();
      return;
    }
    this.markSent();
  }

  private markSent(): void {
    const entry = this.entry!;
    const delivered = this.inFlight;
    this.entry = { ...entry, stateSent: true, pending: entry.pending.slice(delivered) };
    this.inFlight = 0;
    this.retryIndex = 0;
    void this.writeJournal();
    this.setStatus('sent');
  }

  private scheduleRetry(): void {
    if (this.retryTimer || this.finished) return;
    const delays = this.opts.retryDelaysMs;
    const delay = delays[Math.min(this.retryIndex, delays.length - 1)] ?? 30000;
    this.retryIndex++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.queue(() => this.push(true));
    }, delay);
  }

  // ---- Finish --------------------------------------------------------------------------------

  /**
   * Ends the session: session time, exit (suspend while unfinished), a last commit, Terminate
   * exactly once. Safe to call more than once (pagehide and an exit button may both fire).
   */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.retryTimer);
    clearTimeout(this.commitTimer);
    this.detach?.();
    const s = this.session;
    if (!s?.isOpen) return;
    // Anything still queued is in the journal; push the latest state synchronously now.
    if (this.entry) this.push(false);
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    const finishedCourse = this.entry ? courseResult(this.courseWithLmsPassMark(), this.entry.state).completed : false;
    const elapsed = this.opts.now() - this.startedAt;
    if (s.version === '1.2') {
      s.set('cmi.core.session_time', scorm12Timespan(elapsed));
      s.set('cmi.core.exit', exitValue('1.2', finishedCourse));
    } else {
      s.set('cmi.session_time', scorm2004Duration(elapsed));
      s.set('cmi.exit', exitValue('2004', finishedCourse));
      if (this.opts.navRequestOnExit) s.set('adl.nav.request', finishedCourse ? 'exitAll' : 'suspendAll');
    }
    const committed = this.opts.commitBeforeTerminate ? s.commit() : true;
    const terminated = s.terminate();
    // Terminate commits implicitly; count the data as delivered when it said "true".
    if (this.entry && terminated && committed) this.markSent();
  }
}

/**
 * The suspend data for a state, or undefined for a state the codec cannot represent (the core
 * never produces one; the journal on the device still keeps it whole).
 */
function safeEncode(course: CourseData, state: LearnerState): string | undefined {
  try {
    return encodeSuspendData(course, state);
  } catch {
    return undefined;
  }
}

function findQuestion(course: CourseData, questionId: string): Question | undefined {
  for (const bank of Object.values(course.banks)) {
    const q = bank.questions[questionId];
    if (q) return q;
  }
  return undefined;
}
