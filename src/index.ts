/**
 * Netral: the public entry. Importing it registers every `netral-*` element (guarded, so loading
 * it twice is harmless) and exposes the typed events, the core and the adapters.
 */
export { NetralCourse } from './components/netral-course/netral-course.js';
export { NetralLesson } from './components/netral-lesson/netral-lesson.js';
export { NetralScenario } from './components/netral-scenario/netral-scenario.js';
export { NetralQuiz } from './components/netral-quiz/netral-quiz.js';
export { NetralQuestion } from './components/netral-question/netral-question.js';
export { NetralResults } from './components/netral-results/netral-results.js';
export { NetralCertificate } from './components/netral-certificate/netral-certificate.js';
export { NetralVerify } from './components/netral-verify/netral-verify.js';
export * from './events/index.js';
export * from './core/index.js';
export { IdbProgressStore, MemoryProgressStore, progressKey, type ProgressStore } from './adapters/progress-store.js';
export type { UiStrings } from './i18n/strings.js';
