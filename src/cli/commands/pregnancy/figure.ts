/** The pregnancy chart alone, for a lesson's figure: `asm pregnancy [DRUG ...] [--registry R]`. */
import { baselines, rateRows } from '../../../domain/clinical/pregnancy.js';
import { pregnancyChart } from '../../../present/clinical.js';
import type { Context } from '../../context.js';
import { findDrug, findOf } from '../../find.js';

export async function figure(args: string[], ctx: Context): Promise<string> {
  const catalog = await ctx.records();
  const at = args.indexOf('--registry');
  const registry = at >= 0 && args[at + 1] ? findOf(catalog, args[at + 1]!, ['registry'], 'pregnancy registry').record.id : undefined;
  const names = args.filter((a, i) => !a.startsWith('-') && (at < 0 || i !== at + 1));
  const rows = rateRows(catalog, { drugs: names.map((n) => findDrug(catalog, n).id), registry });
  return pregnancyChart(rows, baselines(catalog, rows), ctx.style, ctx.width, false);
}
