/** Drug filters for `asm list`: every filter given must hold (they combine with AND). */
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/schema.js';

export interface DrugFilter {
  /** Mechanism id: the drug acts there (primary or secondary). */
  pillar?: string;
  /** Seizure-type or syndrome id the drug is used for. */
  treats?: string;
  /** Seizure-type or syndrome id the drug may worsen. */
  worsens?: string;
  /** Induces drug-metabolising enzymes (strong or weak inducer, or mixed with induction). */
  inducer?: boolean;
  /** Has an intravenous form. */
  iv?: boolean;
}

export function isInducer(d: DrugRecord): boolean {
  const e = d.enzymes.effect;
  return e === 'strong-inducer' || e === 'weak-inducer' || (e === 'mixed' && d.enzymes.induces.length > 0);
}

export function filterDrugs(catalog: Catalog, f: DrugFilter): DrugRecord[] {
  const treating = f.treats ? new Set(catalog.drugsTreating(f.treats).map((l) => l.drug.id)) : undefined;
  return catalog.drugs.filter(
    (d) =>
      (!f.pillar || d.mechanisms.some((m) => m.pillar === f.pillar)) &&
      (!treating || treating.has(d.id)) &&
      (!f.worsens || d.worsens.some((w) => w.id === f.worsens)) &&
      (!f.inducer || isInducer(d)) &&
      (!f.iv || d.iv.available),
  );
}
