#!/usr/bin/env node
// Launcher for the `netral` content CLI. The CLI is TypeScript (src/build/cli.ts); tsx lets
// Node run it directly, so there is no build step before `npx netral check`.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/build/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
