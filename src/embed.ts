/**
 * The single-file embed bundle (dist/embed/netral.js): an intranet page adds one
 * `<script type="module" src=".../netral.js">` and one `<netral-course>` element. Importing it
 * registers every `netral-*` element (guarded: a second copy of the bundle on the page is
 * harmless) and gives `<netral-course>` the built-in ASN course, one JSON file per language
 * (netral-asn-course-id.json, netral-asn-course-en.json), fetched only when the element has
 * neither `course` nor `src`, and only in the language the learner reads.
 *
 * `<netral-results>` and `<netral-certificate>` are registered by a chunk of their own, which
 * `<netral-course>` fetches while the learner reads (they are shown only at the end).
 * `<netral-verify>`, the staff's certificate check, is a chunk of its own too (netral-verify.js),
 * fetched when the page has one as the bundle runs; a page that adds one later imports it itself.
 *
 * It exports what a host page uses (the element classes, the typed events and the progress
 * stores), not the whole core: the core's SCORM mapping and suspend-data codec are for the SCORM
 * package and npm users (src/index.ts), and a learner on mobile data would pay for them here.
 */
import { NetralCourse } from './components/netral-course/netral-course.js';

export { NetralCourse };
export { NetralLesson } from './components/netral-lesson/netral-lesson.js';
export { NetralScenario } from './components/netral-scenario/netral-scenario.js';
export { NetralQuiz } from './components/netral-quiz/netral-quiz.js';
export { NetralQuestion } from './components/netral-question/netral-question.js';
export * from './events/index.js';
export { IdbProgressStore, MemoryProgressStore, type ProgressStore } from './adapters/progress-store.js';
export type { BuiltCourse, CourseData } from './core/course.js';

// The built-in course, one JSON file per language beside this bundle (written by the embed
// build). The base is a variable so that Vite leaves this URL to the browser.
const here = import.meta.url;
NetralCourse.defaultCourseUrl ??= (lang) => new URL(`netral-asn-course-${lang === 'en' ? 'en' : 'id'}.json`, here).href;
NetralCourse.markdownReader ??= () => import('./runtime/markdown-course.js');
if (document.querySelector('netral-verify')) void import('./components/netral-verify/verify.js');
