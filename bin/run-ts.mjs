#!/usr/bin/env node
// Runs a TypeScript script through tsx in this process: `node bin/run-ts.mjs scripts/x.ts args…`.
// Used by `npm run bench` and `npm run demo`; the script sees its own arguments in process.argv.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { register } from 'tsx/esm/api';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node bin/run-ts.mjs <script.ts> [args…]');
  process.exit(2);
}
register();
// Make the script's argv look like `node script.ts args…`.
process.argv = [process.argv[0], resolve(script), ...args];
await import(pathToFileURL(resolve(script)).href);
