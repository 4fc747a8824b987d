/**
 * The one object every command receives: streams, environment, colour, width, paths,
 * clock and the records. Nothing below the entry point touches `process`, so commands
 * run in tests with fake streams and a fixed clock.
 */
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { Catalog } from '../records/catalog.js';
import { formatProblem } from '../records/problems.js';
import { openRecords } from '../records/open.js';
import { colorLevel, makeStyle, type Style } from '../present/style.js';
import { UserError } from './errors.js';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  rows?: number;
}

export interface IO {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  /** The package's root folder (holds data/). */
  root: string;
  /** Working directory, for relative paths the user gives. */
  cwd: string;
  now: () => Date;
}

export interface GlobalOptions {
  data?: string;
  color?: boolean;
}

export interface Context {
  io: IO;
  out: OutStream;
  err: OutStream;
  env: NodeJS.ProcessEnv;
  /** Colours for stdout and for stderr (each off unless that stream is a terminal). */
  style: Style;
  errStyle: Style;
  /** Columns to wrap stdout to. */
  width: number;
  dataDir: string;
  cacheDir: string | undefined;
  now: () => Date;
  /** Writes a line (or lines) to stdout. */
  print(text?: string): void;
  /** Loads (once) and returns the records, or throws a UserError listing the problems. */
  records(): Promise<Catalog>;
}

export function terminalWidth(out: OutStream, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.COLUMNS);
  const cols = out.isTTY && out.columns ? out.columns : Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(40, Math.min(cols, 200));
}

/**
 * asm's folder under an XDG base directory: `$XDG_CACHE_HOME/asm` or `~/.cache/asm`,
 * `$XDG_DATA_HOME/asm` or `~/.local/share/asm`. Only an absolute folder: with HOME unset, a
 * relative path would put the files in the working folder.
 */
export function userFolder(env: NodeJS.ProcessEnv, xdg: 'XDG_CACHE_HOME' | 'XDG_DATA_HOME', underHome: string): string | undefined {
  const base = env[xdg];
  if (base && isAbsolute(base)) return join(base, 'asm');
  try {
    const home = env.HOME ?? homedir();
    return home && isAbsolute(home) ? join(home, underHome, 'asm') : undefined;
  } catch {
    return undefined;
  }
}

function defaultCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  if (env.ASM_CACHE_DIR !== undefined) return env.ASM_CACHE_DIR === '' ? undefined : env.ASM_CACHE_DIR;
  return userFolder(env, 'XDG_CACHE_HOME', '.cache');
}

export function createContext(io: IO, global: GlobalOptions): Context {
  const noColor = global.color === false;
  const style = makeStyle(colorLevel({ isTTY: Boolean(io.stdout.isTTY), noColor, env: io.env }));
  const errStyle = makeStyle(colorLevel({ isTTY: Boolean(io.stderr.isTTY), noColor, env: io.env }));
  const dataArg = global.data ?? (io.env.ASM_DATA || undefined);
  const dataDir = dataArg ? resolve(io.cwd, dataArg) : join(io.root, 'data');
  let catalog: Promise<Catalog> | undefined;
  const ctx: Context = {
    io,
    out: io.stdout,
    err: io.stderr,
    env: io.env,
    style,
    errStyle,
    width: terminalWidth(io.stdout, io.env),
    dataDir,
    cacheDir: defaultCacheDir(io.env),
    now: io.now,
    print: (text = '') => void io.stdout.write(`${text}\n`),
    records: () => (catalog ??= loadCatalog(dataDir, ctx.cacheDir, Boolean(dataArg))),
  };
  return ctx;
}

async function loadCatalog(dataDir: string, cacheDir: string | undefined, fromUser: boolean): Promise<Catalog> {
  if (!existsSync(dataDir)) {
    throw new UserError(`data folder not found: ${dataDir}`, fromUser ? 'check the path given to --data or ASM_DATA' : 'reinstall asm, or point --data at a records folder');
  }
  const result = await openRecords(dataDir, cacheDir);
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map(formatProblem);
    if (result.problems.length > 5) shown.push(`... and ${result.problems.length - 5} more`);
    throw new UserError(
      `the records in ${dataDir} have ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
      `run \`asm validate ${dataDir}\` to list them all`,
      1,
      shown,
    );
  }
  return new Catalog(result.records);
}
