#!/usr/bin/env node
// The CLI launcher: registers tsx so the TypeScript sources run as they are (no build step
// after `npm ci`), then hands over to lib/cli/main.ts. See shared/CONTRACT.md, CLI section.
import { register } from 'tsx/esm/api';

register();
const { main } = await import(new URL('../lib/cli/main.ts', import.meta.url).href);
// exitCode, not process.exit(): a large JSON document on a pipe must be flushed in full.
process.exitCode = await main(process.argv.slice(2));
