// @ts-check
// Browser tests run in real Chromium: Debian's /usr/bin/chromium (or $CHROME_PATH) when it is
// installed, otherwise the headless build that ships inside the @sparticuz/chromium npm package,
// so `npm test` works on a machine where nobody installed a browser. Nothing is downloaded.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { netralCourseDevPlugin } from './scripts/wtr-course-plugin.mjs';
import { netralScormPackagesPlugin } from './scripts/wtr-scorm-plugin.mjs';
import { netralEmbedPlugin } from './scripts/wtr-embed-plugin.mjs';

async function browserLaunch() {
  const force = process.env.WTR_BROWSER; // 'system' | 'sparticuz' | undefined
  const system = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (force !== 'sparticuz' && existsSync(system)) return { executablePath: system, headless: true };
  const { default: chromium } = await import('@sparticuz/chromium');
  return { executablePath: await chromium.executablePath(), headless: /** @type {const} */ ('shell') };
}

const launch = await browserLaunch();

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
        args: [
          '--no-sandbox', // CI runs as root
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
  testsFinishTimeout: 900000, // one file holds every SCORM run, the complete course's among them
  testFramework: { config: { timeout: 240000 } }, // the keyboard run of the complete course takes a minute or two
  coverageConfig: { include: ['src/**/*.ts'], reportDir: 'coverage', reporters: ['lcov', 'text-summary'] },
};
