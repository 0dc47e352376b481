// @ts-check
// @web/test-runner (dev-server) plugin: lets browser tests `import course from
// 'virtual:netral-course'` and get the BuiltCourse of this repository's content/ folder, built by
// src/build exactly as the Vite plugin builds it. `virtual:netral-course?dir=test/fixtures/x` loads
// another course folder (relative to the repository root) instead. A course with problems is
// served as a module that throws an Error listing every problem, so the test fails with the cause.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VIRTUAL_ID = 'virtual:netral-course';
const SERVED_PATH = '/__netral__/course.js';

/** @type {Promise<typeof import('../src/build/index.js')> | undefined} */
let pipeline;
function loadPipeline() {
  pipeline ??= tsImport('../src/build/index.ts', import.meta.url);
  return pipeline;
}

/**
 * @param {{ dir?: string }} [options] default course folder, relative to the repository root
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function netralCourseDevPlugin(options = {}) {
  const defaultDir = options.dir ?? 'content';
  return {
    name: 'netral-course',
    resolveImport({ source }) {
      if (source === VIRTUAL_ID) return SERVED_PATH;
      if (source.startsWith(`${VIRTUAL_ID}?`)) return SERVED_PATH + source.slice(VIRTUAL_ID.length);
      return undefined;
    },
    async serve(context) {
      if (context.path !== SERVED_PATH) return undefined;
      const dir = context.URL.searchParams.get('dir') || defaultDir;
      const { loadCourse, formatProblem, messagesFor } = await loadPipeline();
      const result = await loadCourse(resolve(ROOT, dir));
      let body;
      if (result.course) {
        body = `export default ${JSON.stringify(result.course)};\n`;
      } else {
        const files = new Set(result.problems.map((p) => p.file)).size;
        const text = [
          ...result.problems.map((p) => formatProblem(p, 'id', { dir })),
          messagesFor('id').cli.summaryProblems(result.problems.length, files),
        ].join('\n');
        body = `throw new Error(${JSON.stringify(text)});\n`;
      }
      return { body, type: 'js', headers: { 'cache-control': 'no-store' } };
    },
  };
}
