/**
 * Spawns the real CLI (`node bin/promise-ledger.mjs …`) the way a user or the scorer does,
 * and collects exit code, stdout bytes and stderr text.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/promise-ledger.mjs', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
  ms: number;
}

/** Extra Node flags (e.g. `--import` a preload) and environment for the CLI process. */
export interface RunOptions { nodeArgs?: string[]; env?: NodeJS.ProcessEnv }

/** Runs the CLI with `args` from the project root; `input` is written to its stdin. */
export function runCli(args: string[], input?: Uint8Array | string, opts: RunOptions = {}): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...opts.env },
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => out.push(b));
  child.stderr.on('data', (b: Buffer) => err.push(b));
  child.stdin.on('error', () => {}); // the CLI may exit before reading stdin (bad arguments)
  child.stdin.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({
      code,
      stdout: Buffer.concat(out),
      stderr: Buffer.concat(err).toString('utf8'),
      ms: performance.now() - started,
    }));
  });
}

/** True when stderr holds a stack trace (a line like "    at fn (file:1:2)"). */
export function hasStackTrace(stderr: string): boolean {
  return /^\s+at\s/m.test(stderr);
}
