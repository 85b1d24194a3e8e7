#!/usr/bin/env node
// The CLI launcher: runs the prebuilt bundle (dist/cli, see bin/load-cli.mjs), or the
// TypeScript sources through tsx when the bundle is missing or older than the sources.
// See shared/CONTRACT.md, CLI section.
import { cliModule, importModule } from './load-cli.mjs';

const cli = cliModule('promise-ledger');
const { main, processIo } = await importModule(cli);
// Batch workers start from bin/batch-worker.mjs and load what this process loaded.
const workers = { script: new URL('./batch-worker.mjs', import.meta.url), sources: cli.typescript };
// exitCode, not process.exit(): a large JSON document on a pipe must be flushed in full.
process.exitCode = await main(process.argv.slice(2), processIo(), workers);
