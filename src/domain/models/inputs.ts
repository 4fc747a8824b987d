/**
 * The models' inputs taken from the records: a drug's pharmacokinetics and interactions
 * for `asm pk`, its half-life and named compensation for `asm withdraw`, the P-gp
 * substrates for `asm resistance`, and presets for `asm decide`. Pure: records in, model
 * inputs and their citations out; a drug the records cannot support is an error that
 * names the drugs that are supported.
 */
import type { Catalog } from '../../records/catalog.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import type { PresetRecord } from '../../records/kinds/preset.js';
import type { CompensationEvidence, ModelId } from '../../records/vocab.js';
import type { Citation } from '../clinical/interact.js';
import type { PkDrug, Regimen } from './pk.js';

export class ModelInputError extends Error {
  override readonly name = 'ModelInputError';
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

const mid = ([lo, hi]: readonly [number, number]) => (lo + hi) / 2;

/** The half-life the models use: the record's typical value, else the middle of its range. */
export function typicalHalfLife(drug: DrugRecord): { hours: number; fromRange: boolean } {
  return drug.halfLife.typicalHours !== undefined ? { hours: drug.halfLife.typicalHours, fromRange: false } : { hours: mid(drug.halfLife.hours), fromRange: true };
}

// ---------------------------------------------------------------------------
// asm pk

/** Drugs whose records carry what the pk model needs (volume, bioavailability, a typical half-life). */
export function pkDrugs(catalog: Catalog): DrugRecord[] {
  return catalog.drugs.filter((d) => d.pk !== undefined && d.halfLife.typicalHours !== undefined);
}

/** Measures whose % change maps onto clearance, and how. */
const CLEARANCE_FROM: Record<string, (p: number) => number> = {
  level: (p) => 1 / (1 + p / 100),
  auc: (p) => 1 / (1 + p / 100),
  cmin: (p) => 1 / (1 + p / 100),
  clearance: (p) => 1 + p / 100,
  'half-life': (p) => 1 / (1 + p / 100),
};

export interface PkInteraction {
  perpetrator: string;
  /** The interaction record. */
  id: string;
  measure: string;
  /** The middle of the record's % range. */
  percent: number;
  /** What it does to clearance (0.5 halves it). */
  clearanceFactor: number;
  cite: Citation;
}

export interface PkSetup {
  drug: DrugRecord;
  params: PkDrug;
  weightKg: number;
  interactions: PkInteraction[];
  /** Carbamazepine-like autoinduction, from the drug's self-interaction record. */
  autoinduction: { id: string; percent: number; fullEffectDays: number; cite: Citation } | null;
  /** Where each number comes from. */
  sources: Citation[];
}

function interactionOn(catalog: Catalog, perpetrator: string, victim: string) {
  return catalog.interactionsOf(victim).find((p) => p.perpetrator === perpetrator && p.victim === victim);
}

/** The pk model's drug parameters for an adult of `weightKg`, with interacting drugs applied. */
export function pkSetup(catalog: Catalog, drug: DrugRecord, weightKg: number, withIds: readonly string[]): PkSetup {
  const pk = drug.pk;
  if (!pk || drug.halfLife.typicalHours === undefined) {
    throw new ModelInputError(`${drug.name} is not in the pk model: its record has no volume of distribution, bioavailability and typical half-life`, `the model supports ${pkDrugs(catalog).map((d) => d.id).join(', ')}`);
  }
  const sources: Citation[] = [
    { kind: 'drug', id: drug.id, cite: drug.halfLife.cite },
    { kind: 'drug', id: drug.id, cite: pk.cite },
  ];
  const params: PkDrug = {
    halfLifeHours: drug.halfLife.typicalHours,
    volumeL: mid(pk.volumeLPerKg) * weightKg,
    bioavailability: mid(pk.bioavailabilityPercent) / 100,
  };
  if (pk.michaelisMenten) {
    const m = pk.michaelisMenten;
    params.michaelisMenten = { vmaxMgPerDay: m.vmaxMgPerDay * (weightKg / m.forWeightKg) ** m.weightExponent, kmMgL: m.kmMgL };
    sources.push({ kind: 'drug', id: drug.id, cite: m.cite });
  }
  let autoinduction: PkSetup['autoinduction'] = null;
  const self = interactionOn(catalog, drug.id, drug.id);
  if (self?.record.magnitude && self.record.magnitude.measure === 'half-life' && self.record.fullEffectDays) {
    const percent = mid(self.record.magnitude.percent);
    const fullEffectDays = mid(self.record.fullEffectDays);
    params.autoinduction = { initialHalfLifeHours: drug.halfLife.typicalHours / (1 + percent / 100), fullEffectDays };
    autoinduction = { id: self.record.id, percent, fullEffectDays, cite: { kind: 'interaction', id: self.record.id, cite: self.record.cite } };
    sources.push(autoinduction.cite);
  }
  const interactions: PkInteraction[] = [];
  for (const other of withIds) {
    if (other === drug.id) throw new ModelInputError(`--with names ${drug.name} itself`, 'name another drug or co-medication');
    const pair = interactionOn(catalog, other, drug.id);
    if (!pair) {
      throw new ModelInputError(
        `no interaction is recorded with ${catalog.nameOf(other)} as the perpetrator and ${drug.name} as the victim`,
        `\`asm interact ${other} ${drug.id}\` shows what is known; recorded perpetrators: ${
          catalog
            .interactionsOf(drug.id)
            .filter((p) => p.victim === drug.id && p.perpetrator !== drug.id && p.record.magnitude && CLEARANCE_FROM[p.record.magnitude.measure])
            .map((p) => p.perpetrator)
            .join(', ') || 'none with a size'
        }`,
      );
    }
    const mag = pair.record.magnitude;
    const map = mag ? CLEARANCE_FROM[mag.measure] : undefined;
    if (!mag || !map) {
      throw new ModelInputError(`the interaction ${pair.record.id} records no size the model can use (${mag ? mag.measure : 'no magnitude'})`, `\`asm interact ${other} ${drug.id}\` describes it in words`);
    }
    const percent = mid(mag.percent);
    const factor = map(percent);
    interactions.push({ perpetrator: other, id: pair.record.id, measure: mag.measure, percent, clearanceFactor: factor, cite: { kind: 'interaction', id: pair.record.id, cite: pair.record.cite } });
    sources.push({ kind: 'interaction', id: pair.record.id, cite: pair.record.cite });
  }
  const factor = interactions.reduce((f, x) => f * x.clearanceFactor, 1);
  if (factor !== 1) params.clearanceFactor = factor;
  return { drug, params, weightKg, interactions, autoinduction, sources };
}

/**
 * The default regimen from the record's usual adult maintenance: the middle of the daily
 * range (the bottom for a saturable drug, whose middle already saturates), twice a day when
 * the record allows it (else the nearest number of doses it gives: with instant absorption,
 * one large daily dose would overstate the peak), rounded to 5 mg.
 */
export function defaultRegimen(drug: DrugRecord): { doseMg: number; everyHours: number } | null {
  const m = drug.dosing?.adult?.maintenance;
  if (!m?.mgPerDay) return null;
  const daily = drug.pk?.michaelisMenten ? m.mgPerDay[0] : mid(m.mgPerDay);
  const [fewest, most] = m.dosesPerDay ?? [2, 2];
  const perDay = Math.min(most, Math.max(fewest, 2));
  return { doseMg: Math.max(5, Math.round(daily / perDay / 5) * 5), everyHours: 24 / perDay };
}

/** Days to show by default: long enough to reach steady state (and to see autoinduction). */
export function defaultDays(setup: PkSetup, reg: Pick<Regimen, 'everyHours'>): number {
  const hl = (setup.params.autoinduction?.initialHalfLifeHours ?? setup.params.halfLifeHours) / (setup.params.clearanceFactor ?? 1);
  const base = Math.ceil((8 * hl) / 24);
  const auto = setup.params.autoinduction ? Math.ceil(setup.params.autoinduction.fullEffectDays * 1.5) : 0;
  const mm = setup.params.michaelisMenten ? 28 : 0;
  return Math.min(120, Math.max(7, base, auto, mm, Math.ceil((3 * reg.everyHours) / 24)));
}

// ---------------------------------------------------------------------------
// asm withdraw

export interface NamedCompensation {
  mechanism: string;
  adaptation: string;
  evidence: CompensationEvidence;
  text: string;
  cite: Citation;
}

/** The compensations the mechanism records name for a drug: its primary mechanisms', narrowed by `appliesTo`. */
export function compensationsFor(catalog: Catalog, drug: DrugRecord): NamedCompensation[] {
  return drug.mechanisms
    .filter((m) => m.primary)
    .flatMap((m) => {
      const rec = catalog.mechanism(m.mechanism);
      return (rec?.compensation ?? [])
        .filter((c) => c.appliesTo.length === 0 || c.appliesTo.includes(drug.id) || c.appliesTo.some((id) => drug.classes.includes(id)))
        .map((c) => ({ mechanism: m.mechanism, adaptation: c.adaptation, evidence: c.evidence, text: c.text, cite: { kind: 'mechanism' as const, id: m.mechanism, cite: c.cite } }));
    });
}

// ---------------------------------------------------------------------------
// asm resistance

export interface TransportEvidence {
  id: string;
  name: string;
  substrate: boolean;
  /** The sentences of the drug's enzyme note about P-gp, or null when it says nothing. */
  evidence: string | null;
  cite: Citation;
}

const PGP = /P-gp|P-glycoprotein/;

/**
 * Drugs the records mark as P-gp substrates, and drugs whose records discuss P-gp
 * without marking them (the comparison: disputed or not transported), with the evidence
 * sentences of their enzyme notes.
 */
export function pgpDrugs(catalog: Catalog): TransportEvidence[] {
  return catalog.drugs
    .map((d) => {
      const substrate = d.enzymes.substrateOf.some((s) => s.enzyme === 'p-gp');
      // Sentences about P-gp transporting the drug (not about the drug inducing P-gp).
      const sentences = (d.enzymes.note ?? '').split(/(?<=[.;])\s+(?=[A-Z])/).filter((s) => PGP.test(s) && /substrate|transport/i.test(s));
      return { id: d.id, name: d.name, substrate, evidence: sentences.length ? sentences.join(' ') : null, cite: { kind: 'drug' as const, id: d.id, cite: d.enzymes.cite } };
    })
    .filter((d) => d.substrate || d.evidence !== null);
}

// ---------------------------------------------------------------------------
// asm decide

/** A preset of one model, by id. */
export function presetFor(catalog: Catalog, model: ModelId, id: string): PresetRecord {
  const all = (catalog.set.presets ?? []).filter((p) => p.model === model);
  const found = all.find((p) => p.id === id.trim().toLowerCase());
  if (!found) throw new ModelInputError(`no ${model} preset named "${id}"`, all.length ? `presets: ${all.map((p) => p.id).join(', ')}` : 'no presets are recorded for this model');
  return found;
}
