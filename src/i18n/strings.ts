/**
 * The user-interface strings, one typed table per language. Bahasa Indonesia is the default;
 * English is the second language. Entries with parameters are functions so plurals and counts
 * read naturally in each language. Numbers, language names and dates are formatted by
 * localize.ts and long-date.ts, from these tables for the shipped languages and Intl for others.
 */
export interface UiStrings {
  /** Names of the shipped UI languages in this language, keyed by primary tag. */
  languageNames: Record<string, string>;
  /** How this language writes numbers (as Intl.NumberFormat does for it). */
  numberSeparators: { decimal: string; group: string };
  languageLabel: string;
  courseLabel: string;
  start: string;
  resume: string;
  restartCourse: string;
  minutes: (n: number) => string;
  modulesAndItems: (modules: number, items: number) => string;
  progressLabel: string;
  percentDone: (pct: string) => string;
  contents: string;
  moduleN: (n: number, title: string) => string;
  itemKind: { lesson: string; scenario: string; quiz: string };
  status: { locked: string; available: string; 'in-progress': string; done: string };
  lockedHint: string;
  previous: string;
  next: string;
  finishLesson: string;
  /** The button of a pledge lesson (a lesson with an affirmation checkbox). */
  affirmLesson: string;
  /** Shown when the learner presses the pledge button without ticking the box. */
  affirmRequired: string;
  /** Shown on a pledge lesson already affirmed. */
  affirmedNote: string;
  backToContents: string;
  /** Download the learner's own record (JSON). */
  downloadRecord: string;
  viewResults: string;
  // Scenario
  scenarioChoose: string;
  scenarioConfirm: string;
  scenarioYourChoice: string;
  scenarioEnding: { good: string; mixed: string; bad: string };
  scenarioRestart: string;
  scenarioContinue: string;
  // Quiz
  quizStart: string;
  quizRetry: string;
  quizQuestionOf: (n: number, total: number) => string;
  quizCheck: string;
  quizNextQuestion: string;
  quizPrevQuestion: string;
  quizSubmit: string;
  quizSubmitConfirm: (unanswered: number) => string;
  quizAnswerFirst: string;
  quizDrawInfo: (count: number, passMark: string) => string;
  quizAttemptsLeft: (left: number | 'unlimited') => string;
  quizNoAttemptsLeft: string;
  quizFeedbackImmediate: string;
  quizFeedbackEnd: string;
  quizScore: (pct: string) => string;
  quizPassed: string;
  /** After a pre-test: no pass/fail, only what it is for. */
  quizPretestNote: string;
  /** After an ungraded quiz. */
  quizUngradedNote: string;
  quizFailed: (passMark: string) => string;
  quizReview: string;
  quizYourAnswer: string;
  quizCorrectAnswer: string;
  quizExplanation: string;
  quizPoints: (earned: string, possible: string) => string;
  result: { correct: string; partial: string; incorrect: string; unanswered: string };
  keyword: Record<'benar' | 'salah' | 'melanggar' | 'tidak-melanggar' | 'tergantung', string>;
  selectAll: string;
  orderHint: string;
  moveUp: (item: string) => string;
  moveDown: (item: string) => string;
  orderPosition: (pos: number, total: number) => string;
  matchHint: string;
  matchChoose: string;
  matchFor: (left: string) => string;
  // Results
  resultsTitle: string;
  resultsScore: string;
  resultsPassed: string;
  resultsFailed: (passMark: string) => string;
  resultsIncomplete: string;
  resultsRevisit: string;
  resultsNothingToRevisit: string;
  revisitReason: { 'not-done': string; 'quiz-failed': string; 'weak-tag': string };
  resultsWeakTopics: string;
  resultsBestOf: (attempts: number) => string;
  gainTitle: string;
  certificateSection: string;
  certificateHint: string;
  certificateName: string;
  certificateNip: string;
  certificateShow: string;
  certificateTitle: string;
  certificateGivenTo: string;
  certificateCompleted: string;
  certificateVersion: (version: string) => string;
  certificateScore: (pct: string) => string;
  certificateCodeLabel: string;
  certificateVerifyHint: string;
  certificatePrint: string;
  verifyCourse: string;
  verifyVersion: string;
  verifyDate: string;
  verifyScore: string;
  verifyCheck: string;
  verifyMatch: string;
  verifyNoMatch: string;
  verifyCaveat: string;
  gainBefore: string;
  gainAfter: string;
  gainChange: string;
  /** The change in percentage points, already formatted with its sign. */
  gainPoints: (points: string) => string;
  // Announcements and errors
  announceView: (title: string) => string;
  saveLocal: string;
  saveSent: string;
  savePending: string;
  saveAndExit: string;
  exited: string;
  exitedHint: string;
  saveFailed: string;
  pager: string;
  sources: string;
  sourceRepealed: string;
  close: string;
  loadError: string;
  /** The course was updated since the learner's last visit; their progress was carried over. */
  courseUpdated: (from: string, to: string, quizzesReset: boolean) => string;
  /** Saved progress could not be read (damaged, or saved by a newer release). */
  progressUnreadable: string;
  /** Why a course given by URL (`src`) could not be loaded; `where` is the URL. */
  /** The learner chose a language whose course text could not be downloaded. */
  languageUnavailable: (wanted: string, shown: string) => string;
  /** The results screen's code could not be downloaded (the embed fetches it while the learner reads). */
  resultsUnavailable: string;
  loadProblem: { http: (where: string, status: number) => string; format: (where: string) => string; network: (where: string) => string };
}
