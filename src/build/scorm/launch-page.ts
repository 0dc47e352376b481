/**
 * The SCO's launch page (index.html): the runtime bundle as a module script, the course and the
 * package settings as JSON blocks, and `<netral-sco>`. No inline executable script and nothing
 * fetched at run time, so it works from file://, offline, and under a strict CSP (JSON blocks
 * are not executed).
 */
import type { BuiltCourse } from '../../core/course.js';
import type { ScoConfig } from './config.js';
import { escapeHtml, jsonForScriptBlock } from './xml.js';

/** The runtime bundle's file name in the package. */
export const RUNTIME_FILE = 'netral.js';
export const LAUNCH_FILE = 'index.html';
/** Ids of the JSON blocks the runtime reads. */
export const COURSE_BLOCK_ID = 'netral-course';
export const CONFIG_BLOCK_ID = 'netral-config';

export interface LaunchPageInput {
  course: BuiltCourse;
  config: ScoConfig;
  /** Shown when JavaScript is off; in Indonesian, the learners' language. */
  noscript: string;
}

export function launchPage({ course, config, noscript }: LaunchPageInput): string {
  const lang = course.languages[0] ?? 'id';
  const title = course.byLang[lang]?.title ?? course.id;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<script type="module" src="${RUNTIME_FILE}"></script>
</head>
<body>
<script type="application/json" id="${COURSE_BLOCK_ID}">${jsonForScriptBlock(course)}</script>
<script type="application/json" id="${CONFIG_BLOCK_ID}">${jsonForScriptBlock(config)}</script>
<netral-sco></netral-sco>
<noscript><p lang="id">${escapeHtml(noscript)}</p></noscript>
</body>
</html>
`;
}
