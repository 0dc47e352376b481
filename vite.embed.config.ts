import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { netralCourse } from './src/build/vite-plugin.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The embed bundle for intranet pages: dist/embed/netral.js (every element, no course) and
// dist/embed/netral-asn-course.js (the built-in course, loaded on demand). ES modules only, no
// eval, no inline script, no CSS outside the elements' shadow roots: it runs under a strict CSP.
export default defineConfig({
  plugins: [netralCourse({ dir: here('content') })],
  publicDir: here('demo/embed-public'),
  build: {
    target: 'es2022',
    outDir: here('dist/embed'),
    emptyOutDir: true,
    // demo/embed-public: an example intranet page with the snippet under a strict CSP, and the
    // optional offline service worker, copied beside the bundle.
    copyPublicDir: true,
    lib: { entry: here('src/embed.ts'), formats: ['es'], fileName: () => 'netral.js' },
    rollupOptions: { output: { chunkFileNames: 'netral-[name].js' } },
  },
});
