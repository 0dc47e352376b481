/**
 * The content pipeline (Node only): load and check a course folder, format its problems.
 * Used by the CLI (bin/netral.mjs), the Vite plugin and the test-runner plugin.
 */
export { loadCourse, type LoadOptions, type LoadResult } from './load-course.js';
export { formatProblem, sortProblems, type ContentProblem, type FormatOptions } from './problems.js';
export { isMessageLang, messagesFor, type MessageLang, type ProblemCode } from './messages.js';
