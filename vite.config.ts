import { defineConfig } from 'vite';
import { netralCourse } from './src/build/vite-plugin.js';

// Legacy decorators (tsconfig experimentalDecorators) need no extra plugin: Oxc reads tsconfig.
export default defineConfig({
  plugins: [netralCourse({ dir: 'content' })],
  server: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    outDir: 'dist/demo',
    rolldownOptions: { input: 'demo/index.html' },
  },
});
