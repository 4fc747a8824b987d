/**
 * The loaded records with the indexes every command needs: by id and by name, and the
 * derived links (which drugs act at a mechanism, which treat or worsen a condition) so
 * that nothing is written twice in data/.
 */
import { allRecords, type AnyRecord, type RecordSet } from './kinds.js';
import { buildNameIndex, resolveName, suggestNames, type NameIndex, type Suggestion } from './names.js';
import type { DrugRecord, MechanismRecord, SeizureTypeRecord, SyndromeRecord } from './schema.js';

export interface DrugLink {
  drug: DrugRecord;
  /** For mechanisms: primary or secondary. For conditions: the role or "may worsen". */
  detail: string;
}

export class Catalog {
  readonly byId: Map<string, AnyRecord>;
  readonly names: NameIndex;

  constructor(readonly set: RecordSet) {
    this.byId = new Map(allRecords(set).map((r) => [r.record.id, r]));
    this.names = buildNameIndex(set);
  }

  get drugs(): DrugRecord[] {
    return this.set.drugs;
  }

  resolve(name: string): AnyRecord | undefined {
    return resolveName(this.names, name);
  }

  suggest(name: string, max = 3, kinds?: readonly AnyRecord['kind'][]): Suggestion[] {
    return suggestNames(this.names, name, max, kinds);
  }

  drug(id: string): DrugRecord | undefined {
    const r = this.byId.get(id);
    return r?.kind === 'drug' ? r.record : undefined;
  }

  mechanism(id: string): MechanismRecord | undefined {
    const r = this.byId.get(id);
    return r?.kind === 'mechanism' ? r.record : undefined;
  }

  condition(id: string): SeizureTypeRecord | SyndromeRecord | undefined {
    const r = this.byId.get(id);
    return r?.kind === 'seizure-type' || r?.kind === 'syndrome' ? r.record : undefined;
  }

  /** Drugs acting at a mechanism, primary actions first. */
  drugsActingAt(mechanismId: string): DrugLink[] {
    const links: DrugLink[] = [];
    for (const drug of this.set.drugs) {
      const m = drug.mechanisms.find((x) => x.pillar === mechanismId);
      if (m) links.push({ drug, detail: m.primary ? 'primary' : 'secondary' });
    }
    return links.sort((a, b) => Number(b.detail === 'primary') - Number(a.detail === 'primary') || a.drug.id.localeCompare(b.drug.id));
  }

  /**
   * Drugs used for a condition, with the role: from the drug's own indications, or
   * from the condition's first-line and alternative lists (the condition's word wins).
   */
  drugsTreating(conditionId: string): DrugLink[] {
    const cond = this.condition(conditionId);
    const roles = new Map<string, string>();
    for (const drug of this.set.drugs) {
      const ind = drug.indications.find((i) => i.id === conditionId);
      if (ind) roles.set(drug.id, ind.role);
    }
    for (const c of cond?.alternatives ?? []) roles.set(c.drug, 'alternative');
    for (const c of cond?.firstLine ?? []) roles.set(c.drug, 'first-line');
    return this.set.drugs.filter((d) => roles.has(d.id)).map((drug) => ({ drug, detail: roles.get(drug.id)! }));
  }

  /**
   * Seizure types and syndromes a drug is used for: its own indications plus the
   * conditions whose records list it first-line or as an alternative.
   */
  conditionsTreatedBy(drug: DrugRecord): string[] {
    const ids = new Set(drug.indications.map((i) => i.id));
    for (const cond of [...this.set.seizureTypes, ...this.set.syndromes]) {
      if (cond.firstLine.some((c) => c.drug === drug.id) || cond.alternatives.some((c) => c.drug === drug.id)) ids.add(cond.id);
    }
    return [...ids];
  }

  /** A condition's or mechanism's display name, or the id when unknown. */
  nameOf(id: string): string {
    return this.byId.get(id)?.record.name ?? id;
  }

  /** Drugs whose records say they may worsen a condition. */
  drugsWorsening(conditionId: string): DrugLink[] {
    return this.set.drugs.flatMap((drug) => {
      const w = drug.worsens.find((i) => i.id === conditionId);
      return w ? [{ drug, detail: w.why }] : [];
    });
  }
}
