import { COMPARE_FIELDS, compareRows } from '../../../domain/compare.js';
import { toJson } from '../../../present/json.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findDrug } from '../../find.js';
import type { CompareOptions } from './index.js';

export async function run(opts: CompareOptions, ctx: Context): Promise<void> {
  const names = opts.drugs;
  if (names.length < 2) throw new UsageError('compare needs at least two drugs', 'e.g. asm compare carbamazepine valproate');
  const fields = opts.fields.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  const known = COMPARE_FIELDS.map((f) => f.key);
  const unknown = fields.filter((f) => !known.includes(f));
  if (unknown.length || fields.length === 0) {
    throw new UsageError(`unknown field${unknown.length === 1 ? '' : 's'}: ${unknown.map((f) => safe(f)).join(', ') || '(none given)'}`, `fields: ${known.join(', ')}`);
  }
  const catalog = await ctx.records();
  const drugs = names.map((n) => findDrug(catalog, n));
  const seen = new Set<string>();
  for (const [i, d] of drugs.entries()) {
    if (seen.has(d.id)) throw new UsageError(`"${safe(names[i]!)}" is ${d.name} again`, 'name each drug once');
    seen.add(d.id);
  }
  const rows = compareRows(drugs, fields, catalog);
  if (opts.json) {
    ctx.out.write(
      toJson({
        drugs: drugs.map((d) => ({ id: d.id, name: d.name })),
        rows: rows.map((r) => ({ key: r.key, label: r.label, differs: r.differs, cells: Object.fromEntries(drugs.map((d, i) => [d.id, r.cells[i]])) })),
      }),
    );
    return;
  }
  // Tables (cli-table3) load only for the commands that draw them.
  const { renderCompare } = await import('../../../present/compare.js');
  ctx.print(renderCompare(drugs.map((d) => d.name), rows, ctx.style, ctx.width));
}
