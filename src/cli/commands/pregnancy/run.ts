import { baselines, rateRows } from '../../../domain/clinical/pregnancy.js';
import { pregnancyChart, pregnancyDoc, rateJson } from '../../../present/clinical.js';
import { renderDoc } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import type { DrugRecord } from '../../../records/kinds/drug.js';
import type { Context } from '../../context.js';
import { findDrug, findOf } from '../../find.js';
import type { PregnancyOptions } from './index.js';

/** The lesson whose key facts (neural-tube timing, folic acid) the page shows beside the chart. */
const FACTS_LESSON = 'teratogenicity';

export async function run(opts: PregnancyOptions, ctx: Context): Promise<void> {
  const catalog = await ctx.records();
  const drugs: DrugRecord[] = opts.drugs.map((n) => findDrug(catalog, n));
  const registry = opts.registry ? findOf(catalog, opts.registry, ['registry'], 'pregnancy registry', { noMatch: 'registries: eurap, naapr, uk-ireland' }).record.id : undefined;
  const rows = rateRows(catalog, { drugs: drugs.map((d) => d.id), registry, allYears: opts.allYears });
  if (opts.json) {
    ctx.out.write(toJson(rows.map((r) => rateJson(r, catalog))));
    return;
  }
  const base = baselines(catalog, rows);
  if (rows.length) {
    ctx.print(ctx.style.bold('Major congenital malformations (MCM), % of exposed pregnancies, monotherapy'));
    ctx.print(pregnancyChart(rows, base, ctx.style, ctx.width, opts.ascii ?? false));
    ctx.print();
  } else {
    ctx.print(`No registry rate is recorded for ${drugs.length ? drugs.map((d) => d.name).join(', ') : 'these drugs'}${registry ? ` in ${catalog.nameOf(registry)}` : ''}: that means no data, not no risk.`);
    ctx.print();
  }
  const shown = drugs.length ? drugs : [...new Set(rows.map((r) => r.id))].map((id) => catalog.drug(id)!);
  ctx.print(renderDoc(pregnancyDoc(rows, base, shown, catalog.get('lesson', FACTS_LESSON), catalog), ctx.style, ctx.width));
}
