/** Runs the built `asm` binary as a user would, with a private cache folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin/asm.js');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const MINI = join(FIXTURES, 'mini');

const cacheDir = mkdtempSync(join(tmpdir(), 'asm-test-cache-'));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function asm(args: string[], opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, ASM_CACHE_DIR: cacheDir, COLUMNS: '100', ...opts.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'ASM_DATA']) if (!(opts.env && k in opts.env)) delete env[k];
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { env: env as NodeJS.ProcessEnv, input: opts.input ?? '', cwd: opts.cwd ?? ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** ANSI escape sequences (colour). */
// eslint-disable-next-line no-control-regex -- matching the escape character is the point
export const ANSI = /\u001b\[[0-9;]*m/;
