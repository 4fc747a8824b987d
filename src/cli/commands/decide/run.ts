import { decide, DECIDE_PARAMETERS, type DecideInputs } from '../../../domain/models/decide.js';
import { presetFor } from '../../../domain/models/inputs.js';
import { renderDoc } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import { decideDoc, decideJson, decidePlot, presetInputs } from '../../../present/models.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { decide as decideSpec, type DecideOptions } from './index.js';
import { figureOptions, modelError } from '../models-common.js';

async function compute(opts: DecideOptions, ctx: Context) {
  const catalog = await ctx.records();
  const preset = opts.preset === undefined ? undefined : modelError(() => presetFor(catalog, 'decide', opts.preset!));
  const fromPreset = presetInputs(preset);
  const given = new Set(DECIDE_PARAMETERS.filter((p) => opts[p.key] !== undefined).map((p) => p.key as string));
  const missing: string[] = [];
  const inputs = Object.fromEntries(
    DECIDE_PARAMETERS.map((p) => {
      const value = (opts[p.key] as number | undefined) ?? fromPreset[p.key] ?? p.default;
      if (value === undefined) missing.push(`--${p.flag}`);
      return [p.key, value];
    }),
  ) as DecideInputs;
  if (missing.length) throw new UsageError(`the model needs ${missing.join(', ')}`, 'give them, or load a case with --preset bects and change what you like');
  const result = decide(inputs);
  return { catalog, view: { result, preset, given, explain: opts.explain === true } };
}

export async function run(opts: DecideOptions, ctx: Context): Promise<void> {
  const { catalog, view } = await compute(opts, ctx);
  if (opts.json) {
    ctx.out.write(toJson(decideJson(view)));
    return;
  }
  ctx.print(decidePlot(view, { style: ctx.style, width: ctx.width, ascii: opts.ascii === true }));
  ctx.print();
  ctx.print(renderDoc(decideDoc(view, catalog), ctx.style, ctx.width));
}

/** The plot alone, for a lesson's figure (`asm decide --preset bects`). */
export async function figure(args: string[], ctx: Context): Promise<string> {
  const opts = figureOptions(decideSpec, args);
  const { view } = await compute(opts, ctx);
  return decidePlot(view, { style: ctx.style, width: ctx.width, ascii: opts.ascii === true });
}
