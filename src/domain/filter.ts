/** Drug filters for `asm list`: every filter given must hold (they combine with AND). */
import type { Catalog } from '../records/catalog.js';
import type { DrugRecord } from '../records/kinds/drug.js';

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
  /** Broad or narrow spectrum. */
  spectrum?: 'broad' | 'narrow';
  /** Class record id. */
  class?: string;
}

export function isInducer(d: DrugRecord): boolean {
  const e = d.enzymes.effect;
  return e === 'strong-inducer' || e === 'weak-inducer' || e === 'inducer' || (e === 'mixed' && d.enzymes.induces.length > 0);
}

export function filterDrugs(catalog: Catalog, f: DrugFilter): DrugRecord[] {
  const treating = f.treats ? new Set(catalog.drugsTreating(f.treats).map((l) => l.drug.id)) : undefined;
  // The condition's record is the one home of "may worsen" (both strengths: avoid and caution).
  const worsening = f.worsens ? new Set(catalog.drugsWorsening(f.worsens).map((w) => w.drug)) : undefined;
  return catalog.drugs.filter(
    (d) =>
      (!f.pillar || d.mechanisms.some((m) => m.mechanism === f.pillar)) &&
      (!treating || treating.has(d.id)) &&
      (!worsening || worsening.has(d.id)) &&
      (!f.inducer || isInducer(d)) &&
      (!f.iv || d.iv.available) &&
      (!f.spectrum || d.spectrum?.value === f.spectrum) &&
      (!f.class || d.classes.includes(f.class)),
  );
}
