// @ts-check
// @web/test-runner (dev-server) plugin: serves the real embed bundle to browser tests. On the
// first request it builds dist/embed in memory with vite.embed.config.ts (the same build as
// `npm run build`) and serves its files at /__embed__/<file>, together with an intranet-like page
// (test/fixtures/embed-page.html; embed-verify-page.html for the staff's certificate check) under
// a strict Content-Security-Policy, so a test can prove the documented snippet runs with no
// inline script, no eval and no style injected into the page.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PREFIX = '/__embed__/';

/** The policy of the test page: the one the README documents for agencies. */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

/** @type {Promise<Map<string, string>> | undefined} */
let files;

async function buildEmbed() {
  const result = await build({ configFile: `${ROOT}vite.embed.config.ts`, logLevel: 'warn', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const map = new Map();
  for (const out of outputs) map.set(out.fileName, out.type === 'chunk' ? out.code : String(out.source));
  return map;
}

/** @returns {import('@web/dev-server-core').Plugin} */
export function netralEmbedPlugin() {
  return {
    name: 'netral-embed',
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const name = context.path.slice(PREFIX.length);
      if (name === 'page.html' || name === 'verify-page.html') {
        const body = await readFile(`${ROOT}test/fixtures/embed-${name}`, 'utf8');
        return { body, type: 'html', headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' } };
      }
      if (name === 'sample-course.json') {
        // A built course as `npx netral build-json` writes it, for `<netral-course src>`.
        const { loadCourse } = await tsImport('../src/build/load-course.ts', import.meta.url);
        const { course } = await loadCourse(`${ROOT}test/fixtures/sample-course`);
        return { body: JSON.stringify(course), type: 'json', headers: { 'cache-control': 'no-store' } };
      }
      if (name === 'csp-probe.js') {
        // Runs first on the page and keeps every CSP violation, even those during parsing.
        const body = "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";
        return { body, type: 'js', headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' } };
      }
      files ??= buildEmbed();
      const body = (await files).get(name);
      if (body === undefined) return { body: `Not in the embed bundle: ${name}`, status: 404 };
      return { body, type: 'js', headers: { 'content-security-policy': STRICT_CSP, 'cache-control': 'no-store' } };
    },
  };
}
