// @ts-check
// Browser tests run in real Chromium: Debian's /usr/bin/chromium (apt-get install -y chromium), or
// the browser $CHROME_PATH names. Nothing downloads a browser of its own; without one, the run
// stops at once with a message that says what to install.
import { CHROME_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { netralCourseDevPlugin } from './scripts/wtr-course-plugin.mjs';
import { netralScormPackagesPlugin } from './scripts/wtr-scorm-plugin.mjs';
import { netralEmbedPlugin } from './scripts/wtr-embed-plugin.mjs';

const launch = { executablePath: chromiumPath(), headless: true };

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1, // >1 makes background tabs throttle and time out (modernweb-dev/web#2403)
  plugins: [netralCourseDevPlugin(), netralScormPackagesPlugin(), netralEmbedPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        ...launch,
        args: CHROME_ARGS,
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testsFinishTimeout: 900000, // one file holds every SCORM run, the complete course's among them
  testFramework: { config: { timeout: 240000 } }, // the keyboard run of the complete course takes a minute or two
  coverageConfig: { include: ['src/**/*.ts'], reportDir: 'coverage', reporters: ['lcov', 'text-summary'] },
};
