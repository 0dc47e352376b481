/**
 * The content pipeline (Node only): load and check a course folder, format its problems, and
 * package it as SCORM 1.2 / 2004 zips. Used by the CLI (bin/netral.mjs), the Vite plugin and
 * the test-runner plugin.
 */
export { loadCourse, type LoadOptions, type LoadResult } from './load-course.js';
export { formatProblem, sortProblems, type ContentProblem, type FormatOptions } from './problems.js';
export { isMessageLang, messagesFor, type MessageLang, type ProblemCode } from './messages.js';
export {
  buildScormPackages,
  packageFileName,
  ScormBuildError,
  type ScormBuildOptions,
  type ScormBuildResult,
  type ScormPackage,
} from './scorm/build-packages.js';
export { checkManifest, type CheckManifestOptions } from './scorm/check-manifest.js';
export { PROFILES, scoConfig, SCORM_PROFILES, type ScoConfig, type ScormProfile, type ScormVersion } from './scorm/config.js';
export { scorm12Manifest, scorm2004Manifest, type ManifestInput } from './scorm/manifest.js';
