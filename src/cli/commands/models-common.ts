/**
 * What the model commands share: a model's input error becomes a user error with its
 * hint, and a lesson's figure line (`asm withdraw pregabalin --taper 8`) becomes the
 * options object the command's `run` would receive, read through the same options table.
 */
import { ModelInputError } from '../../domain/models/inputs.js';
import { renderDoc, type Doc } from '../../present/doc.js';
import { toJson } from '../../present/json.js';
import type { PlotStyle } from '../../present/models.js';
import type { Catalog } from '../../records/catalog.js';
import type { Context } from '../context.js';
import { longFlag, safe, type CommandSpec, type FigureFn, type RunFn } from '../define.js';
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

/** One model command: how it computes its view from the options, and the view's JSON, plot and page. */
export interface ModelPage<O, V> {
  spec: CommandSpec<O>;
  compute(opts: O, ctx: Context): Promise<{ catalog: Catalog; view: V }>;
  json(view: V): unknown;
  plot(view: V, o: PlotStyle): string;
  doc(view: V, catalog: Catalog): Doc;
}

/**
 * The command's `run` (JSON, or the plot then the page) and its `figure` (the plot alone,
 * for a lesson's figure block), from one description.
 */
export function modelPage<O extends { json?: boolean; ascii?: boolean }, V>(m: ModelPage<O, V>): { run: RunFn<O>; figure: FigureFn } {
  const plotStyle = (opts: O, ctx: Context): PlotStyle => ({ style: ctx.style, width: ctx.width, ascii: opts.ascii === true });
  return {
    run: async (opts, ctx) => {
      const { catalog, view } = await m.compute(opts, ctx);
      if (opts.json) {
        ctx.out.write(toJson(m.json(view)));
        return;
      }
      ctx.print(m.plot(view, plotStyle(opts, ctx)));
      ctx.print();
      ctx.print(renderDoc(m.doc(view, catalog), ctx.style, ctx.width));
    },
    figure: async (args, ctx) => {
      const opts = figureOptions(m.spec, args);
      const { view } = await m.compute(opts, ctx);
      return m.plot(view, plotStyle(opts, ctx));
    },
  };
}
