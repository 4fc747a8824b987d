/**
 * The JSON views scripts rely on (documented in the README). A drug's view starts with
 * the contract fields (id, name, brands, mechanisms, treats, mayWorsen, enzymeEffect,
 * halfLifeHours, boxedWarnings, sources) and then carries the rest of the record.
 */
import type { Catalog } from '../records/catalog.js';
import type { AnyRecord } from '../records/kinds.js';
import type { DrugRecord } from '../records/schema.js';

export function drugJson(drug: DrugRecord, catalog: Catalog) {
  const { id, name, brands, aliases, mechanisms, sources, ...rest } = drug;
  return {
    id,
    name,
    kind: 'drug' as const,
    brands,
    aliases,
    mechanisms,
    treats: catalog.conditionsTreatedBy(drug),
    mayWorsen: drug.worsens.map((w) => w.id),
    enzymeEffect: drug.enzymes.effect,
    halfLifeHours: drug.halfLife.hours,
    boxedWarnings: drug.adverseEffects.filter((a) => a.boxed).map((a) => a.effect),
    ...rest,
    sources,
  };
}

/** Any record as JSON: drugs in the contract view; others with their derived drug lists. */
export function recordJson(entry: AnyRecord, catalog: Catalog): object {
  switch (entry.kind) {
    case 'drug':
      return drugJson(entry.record, catalog);
    case 'mechanism':
      return {
        kind: entry.kind,
        ...entry.record,
        drugs: catalog.drugsActingAt(entry.record.id).map((l) => ({ id: l.drug.id, primary: l.detail === 'primary' })),
      };
    case 'seizure-type':
    case 'syndrome':
      return {
        kind: entry.kind,
        ...entry.record,
        treatedBy: catalog.drugsTreating(entry.record.id).map((l) => ({ id: l.drug.id, role: l.detail })),
        mayBeWorsenedBy: catalog.drugsWorsening(entry.record.id).map((l) => l.drug.id),
      };
  }
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
