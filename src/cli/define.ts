/**
 * Commands as data. Each command declares its arguments and an options table once; that
 * table feeds commander's parsing, the defaults, the validation of every value (a bad
 * value is a usage error that names the allowed range) and `--help`. A command's body is
 * `run(options, ctx)` in its own module, imported only when the command runs, and tests
 * call it in-process with a fake context.
 *
 * After vitest's cli-config (a typed table: an option cannot be added without a
 * description) and gh's options struct + `listRun(opts)` split.
 */
import type { Context } from './context.js';
import { UsageError } from './errors.js';

/** One option: its flags, its help, how its text becomes a value, its default. */
export interface OptionSpec<T> {
  /** Commander flags, e.g. `-s, --section <name>`, `--json`, `--no-cache`. */
  readonly flags: string;
  readonly description: string;
  /** Text to value; throws a UsageError naming the option and what is allowed. */
  readonly parse?: (raw: string, flag: string) => T;
  /** Value when the option is not given (also shown in the help). */
  readonly default?: T;
  /** How the default reads in the help, when `String(default)` would not do. */
  readonly defaultText?: string;
  /** May be given more than once; the values are collected in a list. */
  readonly repeatable?: boolean;
  /** Not shown in the help. */
  readonly hidden?: boolean;
  /** What shell completion offers for the value. */
  readonly complete?: Completer;
  /** Phantom: the value type, for {@link OptionsOf}. */
  readonly __type?: T;
}

/** A positional argument. `variadic` collects the rest of the words. */
export interface ArgSpec {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly variadic?: boolean;
  /** What shell completion offers here. */
  readonly complete?: Completer;
}

/**
 * What shell completion offers for an argument or an option's value: fixed words, the
 * ids of records of some kinds (all named kinds when the list is empty), words computed
 * when asked (imported lazily), or file names.
 */
export type Completer = readonly string[] | { readonly records: readonly string[] } | { readonly load: () => Promise<readonly string[]> } | 'file';

export type OptionTable = Record<string, OptionSpec<unknown>>;

type ValueOf<S> = S extends OptionSpec<infer T> ? T : never;
type HasDefault<S> = S extends { default: unknown } ? true : S extends { repeatable: true } ? true : false;

/** The options object a command's `run` receives: every option of the table, typed. */
export type OptionsOf<T extends OptionTable> = {
  -readonly [K in keyof T as HasDefault<T[K]> extends true ? K : never]: ValueOf<T[K]>;
} & {
  -readonly [K in keyof T as HasDefault<T[K]> extends true ? never : K]?: ValueOf<T[K]>;
};

export type RunFn<O> = (options: O, ctx: Context) => Promise<number | void>;

/** Draws the command's plot alone, for a lesson's ```figure block (`asm pregnancy valproate`). */
export type FigureFn = (args: string[], ctx: Context, onProgress?: (fraction: number) => void) => Promise<string>;

export interface CommandSpec<O = Record<string, unknown>> {
  readonly name: string;
  readonly aliases?: readonly string[];
  /** One line for the command list. */
  readonly summary: string;
  /** The paragraph at the top of the command's help. */
  readonly description: string;
  readonly args?: readonly ArgSpec[];
  readonly options: OptionTable;
  readonly examples: readonly (readonly [command: string, explanation: string])[];
  /** Subcommands (asm quiz stats, asm quiz export, ...). */
  readonly subcommands?: readonly CommandSpec<never>[];
  /** Not listed in `asm --help` (asm __complete). */
  readonly hidden?: boolean;
  /** Imports the command's body: only the command that runs pays for its code. */
  readonly load: () => Promise<{ run: RunFn<O> }>;
  /** Commands that draw a plot can draw it for a lesson's figure. */
  readonly figure?: () => Promise<{ figure: FigureFn }>;
}

/** Declares a command; the type ties the table to the options its `run` receives. */
export function defineCommand<O>(spec: CommandSpec<O>): CommandSpec<O> {
  return spec;
}

// ---------------------------------------------------------------------------
// Option kinds

/** A flag such as --json: true when given. */
export function flag(flags: string, description: string): OptionSpec<boolean> {
  return { flags, description };
}

/** Free text. */
export function text<D extends string | undefined = undefined>(
  flags: string,
  description: string,
  opts: { default?: D; hidden?: boolean; complete?: Completer } = {},
): OptionSpec<string> & (D extends string ? { default: string } : unknown) {
  const spec: OptionSpec<string> = { flags, description, parse: (raw) => raw, ...opts };
  return spec as OptionSpec<string> & (D extends string ? { default: string } : unknown);
}

/** A repeatable text option: the values in the order given. */
export function list(flags: string, description: string, opts: { complete?: Completer } = {}): OptionSpec<string[]> & { default: string[] } {
  // parse returns one value; the parser collects them into the list.
  return { flags, description, repeatable: true, default: [], defaultText: '', ...opts } as OptionSpec<string[]> & { default: string[] };
}

export interface NumberOpts<D extends number | undefined> {
  min?: number;
  max?: number;
  /** Whole numbers only. */
  integer?: boolean;
  /** Unit for messages and help, e.g. "ms", "µA/cm²". */
  unit?: string;
  default?: D;
  defaultText?: string;
  /** Exclusive bounds: min < x, x < max. */
  exclusive?: boolean;
}

/** A number with its range and unit: a value out of range is a usage error that says the range. */
export function number<D extends number | undefined = undefined>(flags: string, description: string, opts: NumberOpts<D> = {}): OptionSpec<number> & (D extends number ? { default: number } : unknown) {
  const spec: OptionSpec<number> = {
    flags,
    description,
    parse: (raw, name) => parseNumber(raw, name, opts),
    ...(opts.default !== undefined ? { default: opts.default } : {}),
    ...(opts.defaultText !== undefined ? { defaultText: opts.defaultText } : {}),
  };
  return spec as OptionSpec<number> & (D extends number ? { default: number } : unknown);
}

/** One of a fixed set of words (case-insensitive). */
export function choice<const C extends string, D extends C | undefined = undefined>(
  flags: string,
  description: string,
  choices: readonly C[],
  opts: { default?: D } = {},
): OptionSpec<C> & (D extends C ? { default: C } : unknown) {
  const spec: OptionSpec<C> = {
    flags,
    description,
    complete: choices,
    parse: (raw, name) => {
      const v = raw.trim().toLowerCase() as C;
      if (!choices.includes(v)) throw new UsageError(`${name} must be one of ${choices.join(', ')}, not "${safe(raw)}"`);
      return v;
    },
    ...(opts.default !== undefined ? { default: opts.default } : {}),
  };
  return spec as OptionSpec<C> & (D extends C ? { default: C } : unknown);
}

/** Describes a number option's range for help and messages: "from 1 to 100 ms". */
export function describeRange(opts: NumberOpts<number | undefined>): string {
  const unit = opts.unit ? ` ${opts.unit}` : '';
  const kind = opts.integer ? 'a whole number' : 'a number';
  if (opts.min !== undefined && opts.max !== undefined) return `${kind} ${opts.exclusive ? 'between' : 'from'} ${opts.min} ${opts.exclusive ? 'and' : 'to'} ${opts.max}${unit}`;
  if (opts.min !== undefined) return `${kind} of at least ${opts.min}${unit}`;
  if (opts.max !== undefined) return `${kind} of at most ${opts.max}${unit}`;
  return `${kind}${unit ? ` (${unit.trim()})` : ''}`;
}

export function parseNumber(raw: string, name: string, opts: NumberOpts<number | undefined>): number {
  const n = Number(raw);
  const bad = raw.trim() === '' || !Number.isFinite(n) || (opts.integer && !Number.isInteger(n));
  const low = opts.min !== undefined && (opts.exclusive ? n <= opts.min : n < opts.min);
  const high = opts.max !== undefined && (opts.exclusive ? n >= opts.max : n > opts.max);
  if (bad || low || high) throw new UsageError(`${name} must be ${describeRange(opts)}, not "${safe(raw)}"`);
  return n;
}

/** User input shown in a message: control characters (escape codes) made visible, length capped. */
export function safe(input: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- replacing control characters is the point
  const visible = input.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => (c === '\u001b' ? '^[' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
  return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

/** The long name of an option from its flags: `-s, --section <name>` -> "--section". */
export function longFlag(flags: string): string {
  return /--[a-z0-9-]+/i.exec(flags)?.[0] ?? flags;
}

/** The camel-case key commander stores an option under: "--step-ms" -> "stepMs", "--no-cache" -> "cache". */
export function optionKey(flags: string): string {
  return longFlag(flags)
    .replace(/^--(no-)?/, '')
    .replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
