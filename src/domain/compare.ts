/**
 * Comparison rows for `asm compare`: for each field, one short cell per drug and
 * whether the drugs differ there. Pure: records in, rows out.
 */
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/schema.js';
import { formatRange, words } from './format.js';

export interface CompareField {
  key: string;
  label: string;
  /** The cell for one drug: short, plain text (the presenter wraps it). */
  cell(drug: DrugRecord, catalog: Catalog): string;
  /** What is compared to decide whether drugs differ (defaults to the cell). */
  same?(drug: DrugRecord, catalog: Catalog): string;
}

const list = (items: string[], none = '—') => (items.length ? items.join('; ') : none);

/**
 * A condition's name for a narrow cell: the name itself when short ("Dravet syndrome"),
 * else its first acronym alias in the record's order (JME, LGS, SeLECTS, GTCS).
 */
export function shortName(catalog: Catalog, id: string): string {
  const rec = catalog.byId.get(id)?.record;
  if (!rec) return id;
  if (rec.name.length <= 20) return rec.name;
  return rec.aliases.find((a) => /^[A-Za-z0-9-]{2,8}$/.test(a) && (a.match(/[A-Z]/g)?.length ?? 0) >= 2) ?? rec.name;
}

export const COMPARE_FIELDS: CompareField[] = [
  {
    key: 'class',
    label: 'Class',
    cell: (d) => d.class,
  },
  {
    key: 'mechanism',
    label: 'Mechanism',
    cell: (d, c) =>
      list(
        [...d.mechanisms]
          .sort((a, b) => Number(b.primary) - Number(a.primary))
          .map((m) => `${c.nameOf(m.pillar)}${m.primary ? '' : ' (secondary)'}`),
      ),
    same: (d) => d.mechanisms.map((m) => `${m.pillar}:${m.primary}`).sort().join(','),
  },
  {
    key: 'spectrum',
    label: 'Spectrum',
    cell: (d, c) => {
      const roles = new Map<string, string[]>();
      for (const i of d.indications) roles.set(i.role, [...(roles.get(i.role) ?? []), shortName(c, i.id)]);
      const extra = c.conditionsTreatedBy(d).filter((id) => !d.indications.some((i) => i.id === id));
      if (extra.length) roles.set('also', [...(roles.get('also') ?? []), ...extra.map((id) => shortName(c, id))]);
      const order = ['first-line', 'alternative', 'adjunct', 'rescue', 'also'];
      return list(order.filter((r) => roles.has(r)).map((r) => `${words(r)}: ${roles.get(r)!.join(', ')}`));
    },
    same: (d, c) => c.conditionsTreatedBy(d).sort().join(','),
  },
  {
    key: 'worsens',
    label: 'May worsen',
    cell: (d, c) => list(d.worsens.map((w) => shortName(c, w.id))),
    same: (d) => d.worsens.map((w) => w.id).sort().join(','),
  },
  {
    key: 'enzymes',
    label: 'Enzyme effect',
    cell: (d) => {
      const e = d.enzymes;
      const detail = [e.induces.length ? `induces ${e.induces.join(', ')}` : '', e.inhibits.length ? `inhibits ${e.inhibits.join(', ')}` : '']
        .filter(Boolean)
        .join('; ');
      return words(e.effect) + (detail ? ` (${detail})` : '');
    },
    same: (d) => d.enzymes.effect,
  },
  {
    key: 'half-life',
    label: 'Half-life',
    cell: (d) => formatRange(d.halfLife.hours, 'h'),
  },
  {
    key: 'elimination',
    label: 'Elimination',
    cell: (d) => d.elimination.route,
  },
  {
    key: 'protein-binding',
    label: 'Protein binding',
    cell: (d) => formatRange(d.proteinBinding.percent, '%'),
  },
  {
    key: 'levels',
    label: 'Therapeutic range',
    cell: (d) => (d.therapeuticRange ? formatRange([d.therapeuticRange.low, d.therapeuticRange.high], d.therapeuticRange.unit) : 'not routinely monitored'),
  },
  {
    key: 'adverse',
    label: 'Key adverse effects',
    cell: (d) => {
      const boxed = d.adverseEffects.filter((a) => a.boxed).map((a) => `BOXED: ${a.effect}`);
      const other = d.adverseEffects.filter((a) => !a.boxed).map((a) => a.effect);
      return list([...boxed, ...other.slice(0, Math.max(2, 5 - boxed.length))]);
    },
  },
  {
    key: 'pregnancy',
    label: 'Pregnancy',
    cell: (d) => {
      // The first two registry figures (records list the main ones first); dose strata stay in lookup.
      const all = d.pregnancy.malformationRates;
      const rates = all.slice(0, 2).map((r) => `${r.percent}% MCM (${r.registry})`);
      if (all.length > 2) rates.push(`${all.length - 2} more in lookup`);
      return rates.length ? rates.join('; ') : 'no registry rate published; see lookup';
    },
  },
  {
    key: 'iv',
    label: 'IV form',
    cell: (d) => (d.iv.available ? 'yes' : 'no'),
  },
];

/** Fields shown when --fields is not given (the comparison). */
export const DEFAULT_COMPARE_FIELDS = ['mechanism', 'spectrum', 'worsens', 'enzymes', 'half-life', 'adverse', 'pregnancy'];

export interface CompareRow {
  key: string;
  label: string;
  cells: string[];
  /** True when at least two drugs differ in this field. */
  differs: boolean;
}

export function compareRows(drugs: DrugRecord[], fieldKeys: string[], catalog: Catalog): CompareRow[] {
  return fieldKeys.map((key) => {
    const field = COMPARE_FIELDS.find((f) => f.key === key);
    if (!field) throw new RangeError(`unknown compare field ${key}`);
    const cells = drugs.map((d) => field.cell(d, catalog));
    const keys = drugs.map((d) => (field.same ?? field.cell)(d, catalog));
    return { key, label: field.label, cells, differs: new Set(keys).size > 1 };
  });
}
