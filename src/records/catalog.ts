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

  suggest(name: string, max = 3): Suggestion[] {
    return suggestNames(this.names, name, max);
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

  /** Drugs whose records list a condition among their indications, with the role. */
  drugsTreating(conditionId: string): DrugLink[] {
    return this.set.drugs.flatMap((drug) => {
      const ind = drug.indications.find((i) => i.id === conditionId);
      return ind ? [{ drug, detail: ind.role }] : [];
    });
  }

  /** Drugs whose records say they may worsen a condition. */
  drugsWorsening(conditionId: string): DrugLink[] {
    return this.set.drugs.flatMap((drug) => {
      const w = drug.worsens.find((i) => i.id === conditionId);
      return w ? [{ drug, detail: w.why }] : [];
    });
  }
}
