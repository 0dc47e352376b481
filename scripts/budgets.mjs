#!/usr/bin/env node
// @ts-check
// Size budgets, checked by `npm test` (and so by CI): what a learner on costly mobile data
// downloads must not grow unnoticed. Each line prints the figure beside its budget; any figure
// over its budget fails the run. KB here is 1,024 bytes, as the build's own messages count.
// Sizes are gzip level 9 of the files as built now (scripts/sizes.mjs), not of a stale dist/.
//
// Why these budgets (see the README, "Size budgets"):
// - netral.js is what every page loads before the course shows: 30 KB.
// - The code of the embed a learner's page can load (every chunk but course data, the Markdown
//   reader and the staff's certificate check): 37 KB.
// - netral-verify.js, the staff's certificate check (only on a page that has <netral-verify>): 2 KB.
// - A learner who takes the whole built-in course in Bahasa Indonesia with no LMS downloads
//   netral.js, the Indonesian course and the results screen with its certificate: 120 KB. (The
//   course's plain text alone is about 62 KB gzip: a 90-minute course cannot be smaller; the
//   budget stops growth that no one decided on, such as markup repeated at every citation.)
// - The Markdown reader (marked, yaml, DOMPurify), fetched only for src="….md": 85 KB.
// - Each SCORM package (zip): 250 KB.
import { embedSizes, scormSizes } from './sizes.mjs';

const KB = 1024;
const kb = (/** @type {number} */ n) => `${(n / KB).toFixed(1)} KB`;

const embed = await embedSizes();
const gz = (/** @type {string} */ name) => {
  const size = embed.get(name);
  if (!size) throw new Error(`dist/embed has no ${name}; files: ${[...embed.keys()].join(', ')}`);
  return size.gzip;
};
const isCourseData = (/** @type {string} */ name) => /^netral-asn-course-/.test(name);
const isMarkdownReader = (/** @type {string} */ name) => name === 'netral-markdown-course.js';
const isStaffTool = (/** @type {string} */ name) => name === 'netral-verify.js';
const code = [...embed].filter(([name]) => !isCourseData(name) && !isMarkdownReader(name) && !isStaffTool(name));

/** @type {{ what: string, bytes: number, budget: number }[]} */
const checks = [
  { what: 'netral.js (before the course shows), gzip', bytes: gz('netral.js'), budget: 30 * KB },
  { what: `embed code, all chunks but course data, Markdown reader and certificate check (${code.length} files), gzip`, bytes: code.reduce((n, [, s]) => n + s.gzip, 0), budget: 37 * KB },
  {
    what: 'whole course in Indonesian, no LMS (netral.js + netral-asn-course-id.json + netral-results-screen.js + netral-certificate.js), gzip',
    bytes: gz('netral.js') + gz('netral-asn-course-id.json') + gz('netral-results-screen.js') + gz('netral-certificate.js'),
    budget: 120 * KB,
  },
  { what: 'netral-markdown-course.js (only for src="….md"), gzip', bytes: gz('netral-markdown-course.js'), budget: 85 * KB },
  { what: 'netral-verify.js (only on a page with <netral-verify>), gzip', bytes: gz('netral-verify.js'), budget: 2 * KB },
  ...(await scormSizes()).map((p) => ({ what: `SCORM ${p.version} package ${p.file}`, bytes: p.zip, budget: 250 * KB })),
];

let failed = 0;
console.log('Size budgets (KB = 1,024 bytes)');
for (const c of checks) {
  const ok = c.bytes <= c.budget;
  if (!ok) failed++;
  const share = Math.round((c.bytes / c.budget) * 100);
  console.log(`  ${ok ? 'ok  ' : 'OVER'}  ${kb(c.bytes).padStart(9)} of ${kb(c.budget).padStart(9)} (${String(share).padStart(3)}%)  ${c.what}`);
}
console.log(`budgets: ${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
