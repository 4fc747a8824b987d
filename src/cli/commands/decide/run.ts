import { decide, DECIDE_PARAMETERS, type DecideInputs } from '../../../domain/models/decide.js';
import { presetFor } from '../../../domain/models/inputs.js';
import { decideDoc, decideJson, decidePlot, presetInputs } from '../../../present/models.js';
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { decide as decideSpec, type DecideOptions } from './index.js';
import { modelError, modelPage } from '../models-common.js';

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

export const { run, figure } = modelPage({ spec: decideSpec, compute, json: decideJson, plot: decidePlot, doc: decideDoc });
