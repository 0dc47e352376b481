#!/usr/bin/env node
// `npm start`: the demo course in a dev server on this machine. Prints the URL to open.
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
const server = await createServer({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, server: { host: '127.0.0.1', port } });
await server.listen();
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nNetral demo: ${url}\n(Ctrl+C to stop)`);
