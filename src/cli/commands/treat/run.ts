import { treatmentPlan } from '../../../domain/clinical/treat.js';
import { treatDoc, treatJson } from '../../../present/clinical.js';
import { renderDoc } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findOf } from '../../find.js';
import type { TreatOptions } from './index.js';

export async function run(opts: TreatOptions, ctx: Context): Promise<void> {
  const catalog = await ctx.records();
  const condition = findOf(catalog, opts.condition.join(' '), ['seizure-type', 'syndrome'], 'seizure type or syndrome', {
    noMatch: '`asm list seizure-types` and `asm list syndromes` show them',
  }).record.id;
  const on = opts.on.map((name) => findOf(catalog, name, ['drug', 'comedication'], 'drug or co-medication', { noMatch: '`asm list comedications` shows the co-medications' }).record.id);
  const dup = on.find((id, i) => on.indexOf(id) !== i);
  if (dup) throw new UsageError(`--on names ${safe(catalog.nameOf(dup))} twice`, 'name each medicine once');
  if (opts.pregnant && opts.age !== undefined && opts.age < 8) throw new UsageError(`--pregnant does not fit --age ${opts.age}`, 'check the patient factors');
  const plan = treatmentPlan(catalog, condition, {
    childbearingPotential: opts.childbearingPotential,
    pregnant: opts.pregnant,
    breastfeeding: opts.breastfeeding,
    ageYears: opts.age,
    on,
    renal: opts.renal,
    hepatic: opts.hepatic,
    hlaB1502: opts.hlaB1502,
  });
  if (opts.json) {
    ctx.out.write(toJson(treatJson(plan, catalog)));
    return;
  }
  ctx.print(renderDoc(treatDoc(plan, catalog), ctx.style, ctx.width));
}
