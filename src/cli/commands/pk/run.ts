import { defaultDays, defaultRegimen, pkDrugs, pkSetup } from '../../../domain/models/inputs.js';
import { pk, type Regimen } from '../../../domain/models/pk.js';
import { pkDoc, pkJson, pkPlot, type PkRun } from '../../../present/models.js';
import type { Context } from '../../context.js';
import { num } from '../../../present/models.js';
import { safe } from '../../define.js';
import { UsageError, UserError } from '../../errors.js';
import { findDrug, findOf } from '../../find.js';
import { modelError, modelPage } from '../models-common.js';
import { pk as pkSpec, type PkOptions } from './index.js';

/** For a saturable drug, the second panel's extra daily dose: a small step (the page's dose table shows more). */
const SATURABLE_STEP_MG_PER_DAY = 50;

async function compute(opts: PkOptions, ctx: Context) {
  const catalog = await ctx.records();
  const drug = findDrug(catalog, opts.drug.join(' '), { noMatch: `the model supports ${pkDrugs(catalog).map((d) => d.id).join(', ')}` });
  const withIds = opts.with.map((n) => findOf(catalog, n, ['drug', 'comedication'], 'drug or co-medication').record.id);
  const dup = withIds.find((id, i) => withIds.indexOf(id) !== i);
  if (dup) throw new UsageError(`--with names ${safe(catalog.nameOf(dup))} twice`, 'name each medicine once');
  const setup = modelError(() => pkSetup(catalog, drug, opts.weight, withIds));
  const fallback = defaultRegimen(drug);
  const doseMg = opts.dose ?? fallback?.doseMg;
  const everyHours = opts.every ?? fallback?.everyHours;
  if (doseMg === undefined || everyHours === undefined) throw new UserError(`${drug.name}'s record gives no usual adult maintenance dose`, 'give --dose MG and --every HOURS');
  let days = opts.days ?? defaultDays(setup, { everyHours });
  if (opts.days === undefined && setup.params.michaelisMenten) {
    // Saturable: show the time it takes to reach steady state, however long (within 120 days).
    const ss = pk(setup.params, { doseMg, everyHours, days: 1 }).steadyStateHours;
    if (ss !== null) days = Math.min(120, Math.max(days, Math.ceil((ss * 1.15) / 24)));
  }
  const regimen: Regimen = { doseMg, everyHours, days, loadingDoseMg: opts.load, missedDose: opts.miss };
  const doses = Math.ceil((days * 24) / everyHours);
  if (opts.miss !== undefined && opts.miss > doses) throw new UsageError(`--miss ${opts.miss} is after the last dose (${doses} doses in ${days} days)`, 'miss an earlier dose or show more --days');
  const label = setup.interactions.length ? `${drug.name} with ${setup.interactions.map((i) => catalog.nameOf(i.perpetrator)).join(' and ')}` : drug.name;
  const dailyText = setup.params.michaelisMenten && !setup.interactions.length ? ` at ${num((doseMg * 24) / everyHours)} mg/day` : '';
  const runs: PkRun[] = [{ label: `${label}${dailyText}: plasma level, mg/L`, result: pk(setup.params, regimen) }];
  if (setup.interactions.length) {
    const alone = pkSetup(catalog, drug, opts.weight, []);
    runs.push({ label: `${drug.name} alone`, result: pk(alone.params, regimen) });
  } else if (setup.params.michaelisMenten) {
    // Saturable elimination: the same regimen a small step higher, to see the level jump.
    const step = (SATURABLE_STEP_MG_PER_DAY * everyHours) / 24;
    runs.push({ label: `${num((doseMg + step) * (24 / everyHours))} mg/day: ${num(SATURABLE_STEP_MG_PER_DAY)} mg/day more`, result: pk(setup.params, { ...regimen, doseMg: doseMg + step }) });
  }
  return { catalog, view: { setup, regimen, runs } };
}

export const { run, figure } = modelPage({ spec: pkSpec, compute, json: pkJson, plot: pkPlot, doc: pkDoc });
