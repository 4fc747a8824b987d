/**
 * Comparison rows for `asm compare`: for each field, one short cell per drug and
 * whether the drugs differ there. Pure: records in, rows out.
 */
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import { TIER_TITLES, TIERS } from '../records/vocab.js';
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
  const rec = catalog.condition(id);
  if (!rec) return catalog.nameOf(id);
  if (rec.name.length <= 20) return rec.name;
  return rec.aliases.find((a) => /^[A-Za-z0-9-]{2,8}$/.test(a) && (a.match(/[A-Z]/g)?.length ?? 0) >= 2) ?? rec.name;
}

/** Where a drug stands on the guideline ladders, grouped by tier, in ladder order. */
function usesCell(d: DrugRecord, c: Catalog): string {
  const byTier = new Map<string, string[]>();
  for (const p of c.tiersOf(d.id)) byTier.set(p.tier, [...(byTier.get(p.tier) ?? []), shortName(c, p.condition.id)]);
  const laddered = new Set(c.tiersOf(d.id).map((p) => p.condition.id));
  const licensedOnly = [...new Set(d.licensed.filter((l) => !laddered.has(l.condition)).map((l) => shortName(c, l.condition)))];
  const parts = TIERS.filter((t) => byTier.has(t)).map((t) => `${TIER_TITLES[t].replace(/ monotherapy$/, '')}: ${[...new Set(byTier.get(t))].join(', ')}`);
  if (licensedOnly.length) parts.push(`licensed: ${licensedOnly.join(', ')}`);
  return list(parts);
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
          .map((m) => `${c.nameOf(m.mechanism)}${m.primary ? '' : ' (secondary)'}`),
      ),
    same: (d) => d.mechanisms.map((m) => `${m.mechanism}:${m.primary}`).sort().join(','),
  },
  {
    key: 'spectrum',
    label: 'Spectrum',
    cell: (d) => d.spectrum?.value ?? '—',
  },
  {
    key: 'uses',
    label: 'Guideline tiers (NICE) and licences',
    cell: usesCell,
    same: (d, c) => c.conditionsTreatedBy(d).sort().join(','),
  },
  {
    key: 'worsens',
    label: 'May worsen',
    cell: (d, c) => list(c.conditionsWorsenedBy(d.id).map((w) => shortName(c, w.condition.id) + (w.strength === 'caution' ? ' (caution)' : ''))),
    same: (d, c) => c.conditionsWorsenedBy(d.id).map((w) => `${w.condition.id}:${w.strength}`).sort().join(','),
  },
  {
    key: 'enzymes',
    label: 'Enzyme effect',
    cell: (d, c) => {
      const e = d.enzymes;
      const names = (xs: { enzyme: string }[]) => xs.map((x) => c.nameOf(x.enzyme)).join(', ');
      const detail = [e.induces.length ? `induces ${names(e.induces)}` : '', e.inhibits.length ? `inhibits ${names(e.inhibits)}` : ''].filter(Boolean).join('; ');
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
    key: 'dosing',
    label: 'Adult maintenance',
    cell: (d) => {
      const m = d.dosing?.adult?.maintenance;
      if (!m) return '—';
      if (!m.mgPerDay) return m.text;
      const [lo, hi] = m.dosesPerDay ?? [0, 0];
      return `${formatRange(m.mgPerDay, 'mg/day')}${hi ? ` in ${lo === hi ? lo : `${lo}–${hi}`} doses` : ''}`;
    },
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
    label: 'Pregnancy: major congenital malformations',
    cell: (d, c) => {
      // The two largest all-dose registry figures; dose bands stay in lookup and asm pregnancy.
      const all = d.pregnancy.rates;
      const main = [...all].filter((r) => !r.doseBand).sort((a, b) => (b.n ?? 0) - (a.n ?? 0));
      const rates = main.slice(0, 2).map((r) => `${r.percent}% (${c.nameOf(r.registry)} ${r.year})`);
      if (all.length > rates.length) rates.push(`${all.length - rates.length} more in asm pregnancy`);
      return rates.length ? rates.join('; ') : 'no registry rate published; see lookup';
    },
  },
  {
    key: 'iv',
    label: 'IV form',
    cell: (d) => (d.iv.available ? 'yes' : 'no'),
  },
];

/** Fields shown when --fields is not given (the issue's comparison). */
export const DEFAULT_COMPARE_FIELDS = ['mechanism', 'spectrum', 'uses', 'worsens', 'enzymes', 'half-life', 'adverse', 'pregnancy'];

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
