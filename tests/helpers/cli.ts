/**
 * Runs the built `asm` binary as a user would, for the few end-to-end tests that need a
 * real process (the cache, EPIPE and a full disk, the shell completion script). Every
 * other command test runs in-process (run.ts). Temporary folders are removed after the
 * test file (`tempDir` registers them).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/asm.js');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const MINI = join(FIXTURES, 'mini');

const made: string[] = [];
let cleanupRegistered = false;

/** A new temporary folder, removed when the test file ends. */
export function tempDir(prefix = 'asm-test-'): string {
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    afterAll(() => {
      for (const d of made) rmSync(d, { recursive: true, force: true });
    });
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

let sharedCache: string | undefined;

/**
 * The built binary, with a cache folder private to the test file (filled by the first
 * run, as a student's first run fills theirs) unless the test sets ASM_CACHE_DIR.
 */
export function asmBinary(args: string[], opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string; shell?: string } = {}): RunResult {
  sharedCache ??= tempDir('asm-cache-');
  const env: Record<string, string | undefined> = { ...process.env, ASM_CACHE_DIR: opts.env && 'ASM_CACHE_DIR' in opts.env ? undefined : sharedCache, COLUMNS: '100', ...opts.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'ASM_DATA']) if (!(opts.env && k in opts.env)) delete env[k];
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = opts.shell
    ? spawnSync('sh', ['-c', opts.shell], { env: env as NodeJS.ProcessEnv, cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000 })
    : spawnSync(process.execPath, [BIN, ...args], { env: env as NodeJS.ProcessEnv, input: opts.input ?? '', cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** ANSI escape sequences (colour). */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
export const ANSI = /\u001b\[[0-9;]*m/;

/** No line of a stack trace ("    at fn (file:1:2)"). */
export const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

/** The built binary (older name, kept for the simulate tests). */
export const asm = asmBinary;
