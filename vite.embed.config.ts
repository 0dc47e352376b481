import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { netralCourse } from './src/build/vite-plugin.js';
import { minifyTemplates } from './src/build/minify-templates.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The embed bundle for intranet pages: dist/embed/netral.js (every element, no course) and, fetched
// on demand, the built-in course as one JSON file per language (netral-asn-course-id.json, -en.json),
// the English interface, the results screen and netral-markdown-course.js (author Markdown at run
// time). ES modules only, no eval, no inline script, no CSS outside the elements'
// shadow roots: it runs under a strict CSP. Built as an application entry, not in library mode,
// because library mode leaves whitespace unminified and learners pay for every byte; the
// entry's exports are kept for pages that import from it.
export default defineConfig({
  plugins: [minifyTemplates(), netralCourse({ dir: here('content'), jsonFiles: (lang) => `netral-asn-course-${lang}.json` })],
  // demo/embed-public: an example intranet page with the snippet under a strict CSP, and the
  // optional offline service worker, copied beside the bundle.
  publicDir: here('demo/embed-public'),
  build: {
    target: 'es2022',
    outDir: here('dist/embed'),
    emptyOutDir: true,
    copyPublicDir: true,
    modulePreload: false,
    rollupOptions: {
      input: here('src/embed.ts'),
      preserveEntrySignatures: 'allow-extension',
      output: { entryFileNames: 'netral.js', chunkFileNames: 'netral-[name].js', format: 'es' },
    },
  },
});
