/**
 * Author Markdown at run time: `<netral-course src="modul-kami.md">` for an agency that publishes
 * its own short module (a lesson or a scenario) without a build step. The file is checked by
 * the same parser and messages as `npx netral check` (src/build/content-file.ts), so a mistake
 * shows the same located error inside the element; and every piece of HTML it produces is then
 * sanitised with DOMPurify, since a file fetched at run time was never reviewed by a build.
 * Links to other origins open in a new tab with rel="noopener noreferrer".
 *
 * This module is loaded only when `src` names a Markdown file, so the embed bundle stays small.
 */
import DOMPurify from 'dompurify';
import type { BuiltCourse, CourseData, Item, Lesson, Scenario } from '../core/course.js';
import { parseContentFile } from '../build/content-file.js';
import { ProblemList, formatProblem } from '../build/problems.js';
import type { MessageLang } from '../build/messages.js';

export type MarkdownCourseResult = { ok: true; course: BuiltCourse } | { ok: false; problems: string[] };

/** Tags and attributes the course's own renderer produces; everything else is dropped. */
const PURIFY = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'cite', 'aside', 'div', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'hr', 'img'],
  ALLOWED_ATTR: ['href', 'title', 'class', 'data-source', 'alt', 'src', 'target', 'rel', 'align', 'start'],
  ALLOW_DATA_ATTR: false,
};

let hooked = false;

/** Sanitises one piece of HTML produced from author Markdown. */
export function sanitize(html: string): string {
  if (!hooked) {
    hooked = true;
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof Element && node.tagName === 'A' && node.hasAttribute('href')) {
        const href = node.getAttribute('href') ?? '';
        let external = false;
        try {
          external = new URL(href, document.baseURI).origin !== location.origin;
        } catch {
          node.removeAttribute('href');
        }
        if (external) {
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        } else {
          node.removeAttribute('target');
        }
      }
    });
  }
  return DOMPurify.sanitize(html, PURIFY) as unknown as string;
}

function sanitizeItem(item: Lesson | Scenario): Lesson | Scenario {
  if (item.kind === 'lesson') return { ...item, html: sanitize(item.html) };
  const nodes: Scenario['nodes'] = {};
  for (const [id, node] of Object.entries(item.nodes)) {
    nodes[id] = {
      ...node,
      html: sanitize(node.html),
      choices: node.choices.map((c) => ({ ...c, html: sanitize(c.html), feedbackHtml: sanitize(c.feedbackHtml) })),
    };
  }
  return { ...item, introHtml: sanitize(item.introHtml), nodes };
}

/**
 * Parses and checks one author Markdown file (a lesson or a scenario) fetched from `url`, and
 * wraps it as a one-item course. Problems come back formatted exactly as the CLI prints them.
 */
export function markdownCourse(text: string, url: string, lang: MessageLang): MarkdownCourseResult {
  const file = decodeURIComponent(new URL(url, document.baseURI).pathname.split('/').pop() || 'kursus.md');
  const problems = new ProblemList(lang);
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const contentLang = /\.([a-z]{2})\.md$/i.exec(file)?.[1]?.toLowerCase() ?? lang;
  const entry = parseContentFile({ file, lang: contentLang, text: normalized, sources: new Map(), problems });
  const found = problems.sorted();
  if (found.length > 0 || !entry) return { ok: false, problems: found.map((p) => formatProblem(p, lang)) };
  if (entry.kind !== 'lesson' && entry.kind !== 'scenario') {
    return { ok: false, problems: [lang === 'en' ? `${file}: only a lesson or a scenario can be loaded on its own (type: ${entry.kind}); build a course folder with npx netral build-json.` : `${file}: hanya materi atau studi kasus yang dapat dimuat sendiri (type: ${entry.kind}); bangun folder kursus dengan npx netral build-json.`] };
  }
  const moduleId = 'modul';
  // The version follows the text: an edited file is a new version, so a learner's progress on
  // the old text is carried over (lessons and scenarios kept) with a notice, never mixed in.
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalized.length; i++) hash = Math.imul(hash ^ normalized.charCodeAt(i), 0x01000193) >>> 0;
  const item = { ...sanitizeItem(entry.data), moduleId } as Item;
  const data: CourseData = {
    id: `md-${entry.id}`,
    version: `md-${hash.toString(36)}`,
    lang: contentLang,
    title: item.title,
    descriptionHtml: '',
    passMark: 0,
    navigation: 'linear',
    minutes: item.minutes,
    modules: [{ id: moduleId, title: item.title, itemIds: [item.id] }],
    items: { [item.id]: item },
    sources: {},
    banks: {},
  };
  return { ok: true, course: { format: 1, id: data.id, version: data.version, languages: [contentLang], byLang: { [contentLang]: data } } };
}
