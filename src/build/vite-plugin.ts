/**
 * Vite plugin: `import course from 'virtual:netral-course'` gives the BuiltCourse of a course
 * folder, built and checked at build time. With `jsonFiles`, a build also writes the course as
 * one JSON file per language (for a bundle that fetches only the learner's language). Any content
 * problem fails `vite build` with every problem listed (file:line, field, what to do); in dev it
 * shows in Vite's error overlay, and any change to the course files reloads the page.
 */
import { relative, resolve, sep } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { loadCourse } from './load-course.js';
import { messagesFor, type MessageLang } from './messages.js';
import { formatProblem } from './problems.js';
import { courseInLanguage, type BuiltCourse } from '../core/course.js';

export const VIRTUAL_COURSE_ID = 'virtual:netral-course';
const RESOLVED_ID = `\0${VIRTUAL_COURSE_ID}`;

export interface NetralCourseOptions {
  /** Course folder, relative to Vite's root (or absolute). */
  dir: string;
  /** Language of problem messages (default "id"). */
  lang?: MessageLang;
  /**
   * Also write the course as one JSON file per language, named by this function (e.g.
   * `(l) => \`netral-asn-course-${l}.json\``): each holds the course with that language only.
   * A JSON file fetched at run time costs a phone far less than the same data as a JavaScript
   * module, which must be compiled before it runs.
   */
  jsonFiles?: (lang: string) => string;
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
      return id === VIRTUAL_COURSE_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // A JSON string given to JSON.parse, not an object literal: engines parse JSON several times
      // faster than JavaScript, and the course is hundreds of KB.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(await builtCourse(this)))});\n`;
    },
    async generateBundle() {
      if (!opts.jsonFiles) return;
      const course = await builtCourse(this);
      for (const l of course.languages) {
        this.emitFile({ type: 'asset', fileName: opts.jsonFiles(l), source: JSON.stringify(courseInLanguage(course, l)) });
      }
    },
    hotUpdate({ file }) {
      if (!isCourseFile(file)) return undefined;
      const graph = this.environment.moduleGraph;
      const mod = graph.getModuleById(RESOLVED_ID);
      if (mod) graph.invalidateModule(mod);
      if (this.environment.name === 'client') this.environment.hot.send({ type: 'full-reload' });
      return [];
    },
  };

  /** The course folder built and checked; every problem fails the build, located. */
  async function builtCourse(ctx: Rollup.PluginContext): Promise<BuiltCourse> {
    const result = await loadCourse(dir, { lang });
    for (const file of result.files) ctx.addWatchFile(file);
    if (!result.course) {
      const shown = relative(root, dir) || '.';
      const lines = result.problems.map((p) => formatProblem(p, lang, { dir: shown }));
      const files = new Set(result.problems.map((p) => p.file)).size;
      const first = result.problems[0];
      ctx.error({
        message: [...lines, '', messagesFor(lang).cli.summaryProblems(result.problems.length, files)].join('\n'),
        id: first?.file ? resolve(dir, first.file) : dir,
        ...(first?.file ? { loc: { file: resolve(dir, first.file), line: first.line, column: (first.column ?? 1) - 1 } } : {}),
      });
    }
    return result.course!;
  }
}
