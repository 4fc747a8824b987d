/**
 * What the model commands share: a model's input error becomes a user error with its
 * hint, and a lesson's figure line (`asm withdraw pregabalin --taper 8`) becomes the
 * options object the command's `run` would receive, read through the same options table.
 */
import { ModelInputError } from '../../domain/models/inputs.js';
import { longFlag, safe, type CommandSpec } from '../define.js';
import { UsageError, UserError } from '../errors.js';

export function modelError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModelInputError) throw new UserError(e.message, e.hint);
    throw e;
  }
}

/** The arguments of a figure line as the command's options: positional arguments, then every option with its default. */
export function figureOptions<O>(spec: CommandSpec<O>, args: readonly string[]): O {
  const values: Record<string, unknown> = {};
  const byFlag = new Map(Object.entries(spec.options).map(([key, o]) => [longFlag(o.flags), { key, o }]));
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (!word.startsWith('--')) {
      positional.push(word);
      continue;
    }
    const found = byFlag.get(word);
    if (!found) throw new UsageError(`asm ${spec.name} has no option ${safe(word)}`, `\`asm ${spec.name} --help\` lists them`);
    const { key, o } = found;
    if (!o.flags.includes('<')) {
      values[key] = true;
      continue;
    }
    const raw = args[++i];
    if (raw === undefined) throw new UsageError(`${word} needs a value`, `\`asm ${spec.name} --help\` lists them`);
    const value = o.parse ? o.parse(raw, word) : raw;
    values[key] = o.repeatable ? [...((values[key] as unknown[]) ?? []), value] : value;
  }
  for (const [key, o] of Object.entries(spec.options)) values[key] ??= o.default;
  (spec.args ?? []).forEach((a, i) => (values[a.name] = a.variadic ? positional.slice(i) : positional[i]));
  return values as O;
}
