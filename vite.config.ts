import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { netralCourse } from './src/build/vite-plugin.js';
import { minifyTemplates } from './src/build/minify-templates.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The demo page is the app: `npm start` serves demo/ at the server root, `npm run build` writes
// it to dist/demo. The course comes from content/ through the `virtual:netral-course` module,
// validated at build time (a content problem fails the build with file and line).
// Legacy decorators (tsconfig experimentalDecorators) need no extra plugin: Oxc reads tsconfig.
export default defineConfig({
  root: here('demo'),
  plugins: [minifyTemplates(), netralCourse({ dir: here('content') })],
  server: { host: '127.0.0.1', fs: { allow: [here('.')] } },
  build: {
    target: 'es2022',
    outDir: here('dist/demo'),
    emptyOutDir: true,
    rollupOptions: { input: { index: here('demo/index.html'), embed: here('demo/embed.html'), verify: here('demo/verify.html') } },
  },
});
