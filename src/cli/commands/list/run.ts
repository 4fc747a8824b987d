import { filterDrugs } from '../../../domain/filter.js';
import { formatRange, words } from '../../../domain/format.js';
import { drugJson, recordJson, toJson } from '../../../present/json.js';
import { allRecords, KINDS, type KindId } from '../../../records/collections.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findOf } from '../../find.js';
import type { ListOptions } from './index.js';

/** The kind a word names: its id, its plural, its label ("seizure types", "seizure-type", "classes"). */
export function kindOfWord(word: string): KindId | undefined {
  const w = word.toLowerCase().replace(/[\s_]+/g, '-');
  const forms = (k: (typeof KINDS)[number]) => [k.kind, k.key.toLowerCase(), k.label.replace(/ /g, '-'), k.plural.replace(/ /g, '-'), k.key.replace(/([A-Z])/g, '-$1').toLowerCase()];
  const found = KINDS.find((k) => forms(k).includes(w));
  if (found) return found.kind;
  return ({ pillars: 'mechanism', seizures: 'seizure-type', meds: 'comedication', comeds: 'comedication' } as Record<string, KindId>)[w];
}

export async function run(opts: ListOptions, ctx: Context): Promise<void> {
  const kindWord = opts.kind ?? 'drugs';
  const kind = kindOfWord(kindWord);
  if (!kind) throw new UsageError(`cannot list "${safe(kindWord)}"`, `list one of: ${KINDS.map((k) => k.plural.replace(/ /g, '-')).join(', ')}`);
  const filtered = Boolean(opts.pillar || opts.treats || opts.worsens || opts.inducer || opts.iv || opts.spectrum || opts.class);
  if (kind !== 'drug' && filtered) throw new UsageError('the filters apply to drugs only', 'drop the filters, or run `asm list drugs ...`');
  const catalog = await ctx.records();
  // Tables (cli-table3) load only for the commands that draw them.
  const { renderTable } = await import('../../../present/table.js');
  if (kind !== 'drug') {
    const entries = allRecords(catalog.set).filter((e) => e.kind === kind);
    if (opts.json) {
      ctx.out.write(toJson(entries.map((e) => recordJson(e, catalog))));
      return;
    }
    const rows = entries.map((e) => {
      const r = e.record;
      const about = 'summary' in r ? r.summary.text : 'effect' in r ? `${r.direction === 'additive' ? 'added effect' : `level ${r.direction}`} (${r.severity}): ${r.effect}` : '';
      return [r.id, catalog.titleOf(e), about];
    });
    ctx.print(renderTable(['Id', 'Name', 'About'], rows, ctx.width));
    ctx.print(ctx.style.dim(count(rows.length, catalog.kindLabel(kind), KINDS.find((k) => k.kind === kind)!.plural)));
    return;
  }
  const conditionKinds: KindId[] = ['seizure-type', 'syndrome'];
  const filter = {
    pillar: opts.pillar ? findOf(catalog, opts.pillar, ['mechanism'], 'mechanism').record.id : undefined,
    treats: opts.treats ? findOf(catalog, opts.treats, conditionKinds, 'seizure type or syndrome').record.id : undefined,
    worsens: opts.worsens ? findOf(catalog, opts.worsens, conditionKinds, 'seizure type or syndrome').record.id : undefined,
    class: opts.class ? findOf(catalog, opts.class, ['class'], 'drug class').record.id : undefined,
    spectrum: opts.spectrum,
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
      .filter((m) => m.primary || filter.pillar === m.mechanism)
      .map((m) => catalog.nameOf(m.mechanism) + (m.primary ? '' : ' (secondary)'))
      .join('; '),
    d.spectrum?.value ?? '—',
    words(d.enzymes.effect),
    formatRange(d.halfLife.hours, 'h'),
    d.iv.available ? 'yes' : 'no',
  ]);
  ctx.print(renderTable(['Drug', 'Main mechanism', 'Spectrum', 'Enzymes', 'Half-life', 'IV'], rows, ctx.width));
  ctx.print(ctx.style.dim(`${drugs.length} of ${count(catalog.drugs.length, 'drug', 'drugs')}`));
}

/** "1 syndrome", "9 syndromes". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
