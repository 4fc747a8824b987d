import { compensationsFor, typicalHalfLife } from '../../../domain/models/inputs.js';
import { withdraw, WITHDRAW_PARAMETERS, type WithdrawInputs } from '../../../domain/models/withdraw.js';
import { renderDoc } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import { withdrawDoc, withdrawJson, withdrawPlot } from '../../../present/models.js';
import type { Context } from '../../context.js';
import { findDrug } from '../../find.js';
import { withdraw as withdrawSpec, type WithdrawOptions } from './index.js';
import { figureOptions } from '../models-common.js';

async function compute(opts: WithdrawOptions, ctx: Context) {
  const catalog = await ctx.records();
  const drug = findDrug(catalog, opts.drug.join(' '));
  const typical = typicalHalfLife(drug);
  const given = opts.halfLifeHours as number | undefined;
  const halfLife = given !== undefined ? { hours: given, source: 'given' as const } : { hours: typical.hours, source: typical.fromRange ? ('range' as const) : ('typical' as const) };
  const inputs = Object.fromEntries(WITHDRAW_PARAMETERS.map((p) => [p.key, opts[p.key] as number])) as unknown as WithdrawInputs;
  inputs.halfLifeHours = halfLife.hours;
  return { catalog, view: { drug, result: withdraw(inputs), compensations: compensationsFor(catalog, drug), halfLife } };
}

export async function run(opts: WithdrawOptions, ctx: Context): Promise<void> {
  const { catalog, view } = await compute(opts, ctx);
  if (opts.json) {
    ctx.out.write(toJson(withdrawJson(view)));
    return;
  }
  ctx.print(withdrawPlot(view, { style: ctx.style, width: ctx.width, ascii: opts.ascii === true }));
  ctx.print();
  ctx.print(renderDoc(withdrawDoc(view, catalog), ctx.style, ctx.width));
}

/** The plot alone, for a lesson's figure (`asm withdraw pregabalin`). */
export async function figure(args: string[], ctx: Context): Promise<string> {
  const opts = figureOptions(withdrawSpec, args);
  const { view } = await compute(opts, ctx);
  return withdrawPlot(view, { style: ctx.style, width: ctx.width, ascii: opts.ascii === true });
}
