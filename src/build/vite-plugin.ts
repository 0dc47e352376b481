/**
 * Vite plugin: `import course from 'virtual:netral-course'` gives the BuiltCourse of a course
 * folder, built and checked at build time; `virtual:netral-course?lang=id` gives it with one
 * language only (for a bundle that loads each language on demand). Any content problem fails
 * `vite build` with every problem listed (file:line, field, what to do); in dev it shows in
 * Vite's error overlay, and any change to the course files reloads the page.
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { loadCourse } from './load-course.js';
import { messagesFor, type MessageLang } from './messages.js';
import { formatProblem } from './problems.js';
import { courseInLanguage } from '../core/course.js';

export const VIRTUAL_COURSE_ID = 'virtual:netral-course';
const RESOLVED_ID = `\0${VIRTUAL_COURSE_ID}`;

export interface NetralCourseOptions {
  /** Course folder, relative to Vite's root (or absolute). */
  dir: string;
  /** Language of problem messages (default "id"). */
  lang?: MessageLang;
}

export function netralCourse(opts: NetralCourseOptions): Plugin {
  const lang = opts.lang ?? 'id';
  let root = process.cwd();
  let dir = resolve(opts.dir);
  const isCourseFile = (file: string): boolean =>
    (file === dir || file.startsWith(dir + sep)) && /\.(md|ya?ml)$/i.test(file);

  return {
    name: 'netral-course',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, opts.dir);
    },
    configureServer(server) {
      // Vite watches its root; a course folder elsewhere must be added.
      if (relative(root, dir).startsWith('..')) server.watcher.add(dir);
    },
    resolveId(id) {
      if (id === VIRTUAL_COURSE_ID || id.startsWith(`${VIRTUAL_COURSE_ID}?`)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && !id.startsWith(`${RESOLVED_ID}?`)) return undefined;
      const only = new URLSearchParams(id.slice(RESOLVED_ID.length + 1)).get('lang');
      const result = await loadCourse(dir, { lang });
      for (const file of result.files) this.addWatchFile(file);
      if (!result.course) {
        const shown = relative(root, dir) || '.';
        const lines = result.problems.map((p) => formatProblem(p, lang, { dir: shown }));
        const files = new Set(result.problems.map((p) => p.file)).size;
        const first = result.problems[0];
        this.error({
          message: [...lines, '', messagesFor(lang).cli.summaryProblems(result.problems.length, files)].join('\n'),
          id: first?.file ? resolve(dir, first.file) : dir,
          ...(first?.file ? { loc: { file: resolve(dir, first.file), line: first.line, column: (first.column ?? 1) - 1 } } : {}),
        });
      }
      const course = result.course!;
      if (only && !course.languages.includes(only)) {
        this.error(`${id.slice(1)}: ${relative(root, dir) || '.'}/course.yaml has no language "${only}" (it has ${course.languages.join(', ')}).`);
      }
      // A JSON string given to JSON.parse, not an object literal: engines parse JSON several times
      // faster than JavaScript, and this module is hundreds of KB that a low-end phone must parse
      // before the course shows.
      const json = JSON.stringify(only ? courseInLanguage(course, only) : course);
      return `export default JSON.parse(${JSON.stringify(json)});\n`;
    },
    hotUpdate({ file }) {
      if (!isCourseFile(file)) return undefined;
      const graph = this.environment.moduleGraph;
      for (const [id, mod] of graph.idToModuleMap) if (id === RESOLVED_ID || id.startsWith(`${RESOLVED_ID}?`)) graph.invalidateModule(mod);
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };
}
