import { allRecords, NAMED_KINDS } from '../../../records/collections.js';
import type { Context } from '../../context.js';
import type { CommandSpec, Completer, OptionSpec } from '../../define.js';
import { COMMANDS } from '../index.js';
import type { CompleteOptions } from './index.js';

const GLOBAL_FLAGS = ['--data', '--no-color', '--help', '--version'];

const takesValue = (o: OptionSpec<unknown>) => /[<[]/.test(o.flags);
const flagNames = (o: OptionSpec<unknown>) => o.flags.split(/[ ,]+/).filter((f) => f.startsWith('-'));

function findOption(spec: CommandSpec, word: string): OptionSpec<unknown> | undefined {
  return Object.values(spec.options).find((o) => flagNames(o).includes(word));
}

function findCommand(list: readonly CommandSpec[], word: string): CommandSpec | undefined {
  return list.find((c) => c.name === word || (c.aliases ?? []).includes(word));
}

/** The candidates for the last of `words` (the words after "asm"), unfiltered. */
async function candidates(words: string[], ctx: Context): Promise<string[]> {
  const before = words.slice(0, -1);
  const current = words.at(-1) ?? '';
  let spec: CommandSpec | undefined;
  let level: readonly CommandSpec[] = COMMANDS.filter((c) => !c.hidden);
  let positional = 0;
  let pending: OptionSpec<unknown> | 'data' | undefined;
  for (const w of before) {
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w === '--data') {
      pending = 'data';
      continue;
    }
    if (w.startsWith('-')) {
      const o = spec ? findOption(spec, w) : undefined;
      if (o && takesValue(o) && !w.includes('=')) pending = o;
      continue;
    }
    const sub = findCommand(level, w);
    if (sub && positional === 0) {
      spec = sub;
      level = (sub.subcommands ?? []) as readonly CommandSpec[];
      continue;
    }
    positional++;
  }
  if (pending === 'data') return complete('file', ctx);
  if (pending) return complete(pending.complete, ctx);
  if (current.startsWith('-')) return spec ? [...Object.values(spec.options).flatMap(flagNames).filter((f) => f.startsWith('--')), '--help'] : GLOBAL_FLAGS;
  if (!spec) return level.map((c) => c.name);
  const args = spec.args ?? [];
  const arg = args[positional] ?? (args.at(-1)?.variadic ? args.at(-1) : undefined);
  const subs = positional === 0 ? level.map((c) => c.name) : [];
  return [...subs, ...(await complete(arg?.complete, ctx))];
}

async function complete(completer: Completer | undefined, ctx: Context): Promise<string[]> {
  if (completer === undefined || completer === 'file') return [];
  if (isWords(completer)) return [...completer];
  if ('load' in completer) return [...(await completer.load())];
  const kinds = completer.records;
  const catalog = await ctx.records();
  return allRecords(catalog.set)
    .filter((e) => (kinds.length === 0 ? NAMED_KINDS.includes(e.kind) : kinds.includes(e.kind)))
    .map((e) => e.record.id);
}

const isWords = (c: Completer): c is readonly string[] => Array.isArray(c);

export async function run(opts: CompleteOptions, ctx: Context): Promise<void> {
  const words = opts.words.length ? opts.words : [''];
  const current = (words.at(-1) ?? '').toLowerCase();
  let found: string[];
  try {
    found = await candidates(words, ctx);
  } catch {
    // Completion must never print an error into the user's command line.
    return;
  }
  const unique = [...new Set(found)].filter((c) => c.toLowerCase().startsWith(current)).sort();
  if (unique.length) ctx.out.write(`${unique.join('\n')}\n`);
}
