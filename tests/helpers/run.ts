/**
 * Runs asm in-process: `main(argv, io)` with fake streams, a fixed clock and a private
 * environment, as gh tests its commands. Much faster than spawning the binary, and the
 * same code path: only bin/asm.js (the process glue) is left out.
 */
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { IO, OutStream } from '../../src/cli/context.js';
import { MINI, ROOT } from './cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  /** Text on standard input (not a terminal). */
  input?: string;
  /** Pretend stdout (and stderr) are terminals of this width. */
  tty?: number;
  cwd?: string;
  now?: Date;
}

/** A writable that keeps what is written. */
export class Capture implements OutStream {
  text = '';
  constructor(
    readonly isTTY = false,
    readonly columns?: number,
  ) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export function fakeIO(opts: RunOptions = {}): IO & { stdout: Capture; stderr: Capture } {
  const env: NodeJS.ProcessEnv = { COLUMNS: '100', ASM_CACHE_DIR: '', HOME: '/nonexistent', ...opts.env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const stdin = Readable.from(opts.input === undefined ? [] : [opts.input]) as NodeJS.ReadableStream & { isTTY?: boolean };
  return {
    stdout: new Capture(opts.tty !== undefined, opts.tty),
    stderr: new Capture(opts.tty !== undefined, opts.tty),
    stdin,
    env,
    root: ROOT,
    cwd: opts.cwd ?? ROOT,
    now: () => opts.now ?? new Date('2026-11-29T12:00:00Z'),
  };
}

/** `asm ARGV` in-process. */
export async function asm(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  const io = fakeIO(opts);
  const code = await main(argv, io);
  return { code, stdout: io.stdout.text, stderr: io.stderr.text };
}

/** `asm --data tests/fixtures/mini ARGV` in-process. */
export function mini(argv: string[], env: Record<string, string | undefined> = {}): Promise<RunResult> {
  return asm(['--data', MINI, ...argv], { env });
}
