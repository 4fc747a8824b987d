import { compensationsFor, typicalHalfLife } from '../../../domain/models/inputs.js';
import { withdraw, WITHDRAW_PARAMETERS, type WithdrawInputs } from '../../../domain/models/withdraw.js';
import { withdrawDoc, withdrawJson, withdrawPlot } from '../../../present/models.js';
import type { Context } from '../../context.js';
import { findDrug } from '../../find.js';
import { withdraw as withdrawSpec, type WithdrawOptions } from './index.js';
import { modelPage } from '../models-common.js';

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

export const { run, figure } = modelPage({ spec: withdrawSpec, compute, json: withdrawJson, plot: withdrawPlot, doc: withdrawDoc });
