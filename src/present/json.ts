/**
 * The JSON views scripts rely on (documented in the README). A drug's view starts with
 * the contract fields (id, name, brands, mechanisms, treats, mayWorsen, enzymeEffect,
 * halfLifeHours, boxedWarnings, sources) and then carries the rest of the record and the
 * relations derived from other records (tiers, warnings, interactions).
 */
import type { Catalog } from '../records/catalog.js';
import type { AnyRecord } from '../records/collections.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import type { InteractionPair } from '../records/relations.js';
import { findingFromPair } from '../domain/clinical/interact.js';

/** One interaction pair as scripts see it (the drug JSON's `interactions`; `asm interact --json` adds more). */
export function pairJson(p: InteractionPair) {
  const { id, perpetrator, victim, direction, mechanism, magnitude, severity, effect, advice } = findingFromPair(p);
  return { id, perpetrator, victim, direction, mechanism, magnitude, severity, effect, advice };
}

export function drugJson(drug: DrugRecord, catalog: Catalog) {
  const { id, name, brands, aliases, mechanisms, sources, ...rest } = drug;
  const worse = catalog.conditionsWorsenedBy(id);
  return {
    id,
    name,
    kind: 'drug' as const,
    brands,
    aliases,
    // `pillar` keeps its old meaning for scripts: the mechanism's id (now also `mechanism`).
    mechanisms: mechanisms.map((m) => ({ pillar: m.mechanism, ...m })),
    treats: catalog.conditionsTreatedBy(drug),
    mayWorsen: worse.map((w) => w.condition.id),
    mayWorsenDetail: worse.map((w) => ({ id: w.condition.id, strength: w.strength, why: w.why })),
    tiers: catalog.tiersOf(id).map((p) => ({ condition: p.condition.id, tier: p.tier, note: p.note ?? null })),
    enzymeEffect: drug.enzymes.effect,
    halfLifeHours: drug.halfLife.hours,
    boxedWarnings: drug.adverseEffects.filter((a) => a.boxed).map((a) => a.effect),
    interactions: catalog.interactionsOf(id).map(pairJson),
    ...rest,
    sources,
  };
}

/** Any record as JSON: drugs in the contract view; others with their derived relations. */
export function recordJson(entry: AnyRecord, catalog: Catalog): object {
  switch (entry.kind) {
    case 'drug':
      return drugJson(entry.record, catalog);
    case 'mechanism':
      return { kind: entry.kind, ...entry.record, drugs: catalog.drugsActingAt(entry.record.id).map((l) => ({ id: l.drug.id, primary: l.detail === 'primary' })) };
    case 'seizure-type':
    case 'syndrome':
      return {
        kind: entry.kind,
        ...entry.record,
        treatedBy: catalog.drugsTreating(entry.record.id).map((l) => ({ id: l.drug.id, role: l.detail })),
        mayBeWorsenedBy: entry.record.mayWorsen.map((w) => w.drug),
      };
    case 'class':
      return { kind: entry.kind, ...entry.record, drugs: catalog.classMembers(entry.record.id).map((d) => d.id) };
    case 'comedication':
      return { kind: entry.kind, ...entry.record, interactions: catalog.interactionsOf(entry.record.id).map(pairJson) };
    default:
      return { kind: entry.kind, ...entry.record };
  }
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
