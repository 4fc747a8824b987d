import { filterDrugs } from '../../../domain/filter.js';
import { formatRange, words } from '../../../domain/format.js';
import { drugJson, recordJson, toJson } from '../../../present/json.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findOf } from '../../find.js';
import type { ListOptions } from './index.js';

const KIND_WORDS: Record<string, 'drugs' | 'mechanisms' | 'seizureTypes' | 'syndromes'> = {
  drugs: 'drugs',
  drug: 'drugs',
  mechanisms: 'mechanisms',
  mechanism: 'mechanisms',
  pillars: 'mechanisms',
  'seizure-types': 'seizureTypes',
  'seizure-type': 'seizureTypes',
  seizures: 'seizureTypes',
  syndromes: 'syndromes',
  syndrome: 'syndromes',
};

export async function run(opts: ListOptions, ctx: Context): Promise<void> {
  const kindWord = opts.kind ?? 'drugs';
  const kind = KIND_WORDS[kindWord.toLowerCase()];
  if (!kind) throw new UsageError(`cannot list "${safe(kindWord)}"`, 'list drugs, mechanisms, seizure-types or syndromes');
  const filtered = Boolean(opts.pillar || opts.treats || opts.worsens || opts.inducer || opts.iv);
  if (kind !== 'drugs' && filtered) throw new UsageError('the filters apply to drugs only', 'drop the filters, or run `asm list drugs ...`');
  const catalog = await ctx.records();
  // Tables (cli-table3) load only for the commands that draw them.
  const { renderTable } = await import('../../../present/table.js');
  if (kind !== 'drugs') {
    const records = catalog.set[kind];
    if (opts.json) {
      ctx.out.write(toJson(records.map((r) => recordJson(catalog.byId.get(r.id)!, catalog))));
    } else {
      ctx.print(renderTable(['Id', 'Name', 'Summary'], records.map((r) => [r.id, r.name, r.summary]), ctx.width));
    }
    return;
  }
  const conditionKinds = ['seizure-type', 'syndrome'] as const;
  const filter = {
    pillar: opts.pillar ? findOf(catalog, opts.pillar, ['mechanism'], 'mechanism').record.id : undefined,
    treats: opts.treats ? findOf(catalog, opts.treats, [...conditionKinds], 'seizure type or syndrome').record.id : undefined,
    worsens: opts.worsens ? findOf(catalog, opts.worsens, [...conditionKinds], 'seizure type or syndrome').record.id : undefined,
    inducer: opts.inducer,
    iv: opts.iv,
  };
  const drugs = filterDrugs(catalog, filter);
  if (opts.json) {
    ctx.out.write(toJson(drugs.map((d) => drugJson(d, catalog))));
    return;
  }
  if (drugs.length === 0) {
    ctx.print('No drug in the records passes all these filters.');
    return;
  }
  const rows = drugs.map((d) => [
    ctx.style.bold(d.name),
    d.mechanisms
      .filter((m) => m.primary || filter.pillar === m.pillar)
      .map((m) => catalog.nameOf(m.pillar) + (m.primary ? '' : ' (secondary)'))
      .join('; '),
    words(d.enzymes.effect),
    formatRange(d.halfLife.hours, 'h'),
    d.iv.available ? 'yes' : 'no',
  ]);
  ctx.print(renderTable(['Drug', 'Main mechanism', 'Enzymes', 'Half-life', 'IV'], rows, ctx.width));
  ctx.print(ctx.style.dim(`${drugs.length} of ${catalog.drugs.length} drugs`));
}
