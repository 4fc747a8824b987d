/**
 * The treatment plan for a seizure type or syndrome, for one patient: NICE's ladder from
 * the condition's record, what to avoid or use with caution (the condition's own warnings
 * and, for a syndrome, those of its seizure types), and the patient's factors applied to
 * every drug from the drugs' records (MHRA rules, HLA-B*15:02, kidney and liver, age,
 * breastfeeding) and from the interaction records (what the patient already takes).
 * Every note carries its reason and its source. Pure: records and patient in, plan out.
 */
import type { Catalog } from '../../records/catalog.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import type { ConditionRecord } from '../../records/relations.js';
import { TIER_TITLES, TIERS, type HepaticBand, type PatientFactor, type RenalBand, type Tier } from '../../records/vocab.js';
import { interactionsAmong, type Citation, type Finding } from './interact.js';


export interface Patient {
  childbearingPotential?: boolean;
  pregnant?: boolean;
  breastfeeding?: boolean;
  ageYears?: number;
  /** Drugs and co-medications the patient already takes (ids). */
  on?: string[];
  renal?: RenalBand;
  hepatic?: HepaticBand;
  hlaB1502?: boolean;
}

/** How a note weighs on a drug, worst last. */
export const VERDICTS = ['ok', 'info', 'caution', 'specialist', 'avoid'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface Note {
  /** What raised it: the condition's warning, a patient factor, an interaction. */
  about: 'worsens' | PatientFactor | 'age' | 'interaction' | 'predicted-interaction';
  verdict: Exclude<Verdict, 'ok'>;
  text: string;
  sources: Citation[];
}

export interface PlanDrug {
  id: string;
  name: string;
  /** The ladder's note on this drug (conditions, off-label ages). */
  note: string | null;
  noteSources: Citation[];
  /** The worst of the notes. */
  verdict: Verdict;
  notes: Note[];
}

export interface PlanTier {
  tier: Tier;
  title: string;
  drugs: PlanDrug[];
  other: { name: string; note: string | null; cite: string[] }[];
}

export interface Warning {
  id: string;
  name: string;
  reason: string;
  /** The condition whose record says so (the condition itself, or one of its seizure types). */
  from: string;
  sources: Citation[];
}

export interface Plan {
  condition: ConditionRecord;
  kind: 'seizure-type' | 'syndrome';
  tiers: PlanTier[];
  /** First-line drugs for this patient, best first (none ruled out). */
  firstLine: string[];
  /** Every other drug on the ladder, in ladder order (none ruled out). */
  alternatives: string[];
  avoid: Warning[];
  cautions: Warning[];
  /** Interactions between the ladder's drugs and what the patient takes. */
  interactions: Finding[];
  patient: Patient;
}

const worst = (notes: Note[]): Verdict => notes.reduce<Verdict>((w, n) => (VERDICTS.indexOf(n.verdict) > VERDICTS.indexOf(w) ? n.verdict : w), 'ok');

/** The patient factors that are present, by the name drug records use for them. */
export function factorsOf(p: Patient): Set<PatientFactor> {
  const f = new Set<PatientFactor>();
  if (p.childbearingPotential || p.pregnant) f.add('childbearing-potential');
  if (p.pregnant) f.add('pregnancy');
  if (p.breastfeeding) f.add('breastfeeding');
  if (p.ageYears !== undefined && p.ageYears < 55) f.add('under-55');
  if (p.ageYears !== undefined && p.ageYears < 18) f.add('children');
  if (p.ageYears !== undefined && p.ageYears >= 65) f.add('older-adults');
  if (p.hlaB1502) f.add('hla-b1502');
  if (p.renal && p.renal !== 'normal') f.add('renal');
  if (p.hepatic && p.hepatic !== 'none') f.add('hepatic');
  return f;
}

/** The youngest age, in years, a label gives for this drug and condition ("from 4 years", "from 1 month"). */
export function licensedFromYears(drug: DrugRecord, conditionId: string): number | undefined {
  const ages = drug.licensed
    .filter((l) => l.condition === conditionId && l.ages)
    .map((l) => /from (\d+(?:\.\d+)?) (year|month|week)s?/i.exec(l.ages!))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]) / (m[2]!.toLowerCase() === 'year' ? 1 : m[2]!.toLowerCase() === 'month' ? 12 : 52));
  return ages.length ? Math.min(...ages) : undefined;
}

/** The notes a patient's factors put on one drug, from its record (and its interactions with what the patient takes). */
export function patientNotes(catalog: Catalog, drug: DrugRecord, patient: Patient, conditionId: string, interactions: Finding[]): Note[] {
  const notes: Note[] = [];
  const factors = factorsOf(patient);
  const own = (cite: string[]): Citation[] => [{ kind: 'drug', id: drug.id, cite }];
  const applies = (r: DrugRecord['restrictions'][number]) =>
    factors.has(r.when) && (r.belowAgeYears === undefined || (patient.ageYears !== undefined && patient.ageYears < r.belowAgeYears));
  for (const r of drug.restrictions.filter(applies)) notes.push({ about: r.when, verdict: r.action, text: r.text, sources: own(r.cite) });
  const restricted = new Set(drug.restrictions.filter(applies).map((r) => r.when));
  if (factors.has('breastfeeding') && drug.breastfeeding && !restricted.has('breastfeeding')) {
    notes.push({ about: 'breastfeeding', verdict: 'info', text: drug.breastfeeding.text, sources: own(drug.breastfeeding.cite) });
  }
  if (factors.has('renal') && !restricted.has('renal')) {
    const cleared = drug.elimination.route !== 'hepatic';
    const band = patient.renal === 'dialysis' ? 'on dialysis' : `creatinine clearance band "${patient.renal}"`;
    notes.push({ about: 'renal', verdict: cleared && patient.renal !== 'mild' ? 'caution' : 'info', text: `Kidney (${band}; ${drug.elimination.route} elimination): ${drug.renal.text}`, sources: own(drug.renal.cite) });
  }
  if (factors.has('hepatic') && !restricted.has('hepatic')) {
    const cleared = drug.elimination.route !== 'renal';
    notes.push({ about: 'hepatic', verdict: cleared && patient.hepatic !== 'mild' ? 'caution' : 'info', text: `Liver (${patient.hepatic} impairment; ${drug.elimination.route} elimination): ${drug.hepatic.text}`, sources: own(drug.hepatic.cite) });
  }
  if (patient.ageYears !== undefined) {
    const from = licensedFromYears(drug, conditionId);
    if (from !== undefined && patient.ageYears < from) {
      const when = from < 1 ? `${Math.round(from * 12)} months` : `${from} years`;
      const cite = drug.licensed.filter((l) => l.condition === conditionId).flatMap((l) => l.cite);
      notes.push({ about: 'age', verdict: 'caution', text: `Not licensed for this below ${when} (the label's lower age): off-label at ${patient.ageYears} years.`, sources: own([...new Set(cite)]) });
    }
  }
  for (const f of interactions) {
    if (f.perpetrator !== drug.id && f.victim !== drug.id) continue;
    const other = f.perpetrator === drug.id ? f.victim : f.perpetrator;
    if (!(patient.on ?? []).includes(other)) continue;
    const arrow = `${catalog.nameOf(f.perpetrator)} → ${catalog.nameOf(f.victim)} ${f.direction === 'up' ? '↑' : f.direction === 'down' ? '↓' : '+'}`;
    notes.push({
      about: f.documented ? 'interaction' : 'predicted-interaction',
      verdict: f.documented && f.severity === 'major' ? 'caution' : 'info',
      text: f.documented ? `${arrow} (${f.severity}): ${f.effect} What to do: ${f.advice}` : `${arrow} (predicted from the mechanism, not documented in the records): ${f.reasoning.join(' ')}`,
      sources: f.sources,
    });
  }
  return notes;
}

/** Warnings a condition's record gives, and, for a syndrome, those of its seizure types. */
function warnings(catalog: Catalog, condition: ConditionRecord): { avoid: Warning[]; cautions: Warning[] } {
  const own = catalog.drugsWorsening(condition.id);
  const inherited = 'seizureTypes' in condition ? condition.seizureTypes.flatMap((s) => catalog.drugsWorsening(s)) : [];
  const avoid: Warning[] = [];
  const cautions: Warning[] = [];
  const seen = new Map<string, Warning[]>();
  for (const w of [...own, ...inherited]) {
    const list = w.strength === 'avoid' ? avoid : cautions;
    const key = `${w.strength}:${w.drug}`;
    if (seen.has(key)) continue;
    const kind = 'onset' in w.condition ? 'seizure-type' : 'syndrome';
    const from = w.condition.id === condition.id ? '' : ` (${w.condition.name}, a seizure type of ${condition.name})`;
    const warning: Warning = { id: w.drug, name: catalog.nameOf(w.drug), reason: `${w.why}${from}`, from: w.condition.id, sources: [{ kind, id: w.condition.id, cite: w.cite }] };
    list.push(warning);
    seen.set(key, list);
  }
  // A drug to avoid is not also listed as one to use with caution.
  const avoided = new Set(avoid.map((w) => w.id));
  return { avoid, cautions: cautions.filter((w) => !avoided.has(w.id)) };
}

export function treatmentPlan(catalog: Catalog, conditionId: string, patient: Patient = {}): Plan {
  const condition = catalog.condition(conditionId);
  if (!condition) throw new RangeError(`no condition ${conditionId}`);
  const kind = 'onset' in condition ? 'seizure-type' : 'syndrome';
  const laddered = [...new Set(condition.tiers.flatMap((t) => t.drugs.map((d) => d.drug)))];
  const interactions = (patient.on ?? []).length ? interactionsAmong(catalog, [...new Set([...laddered, ...(patient.on ?? [])])]) : [];
  const { avoid, cautions } = warnings(catalog, condition);
  const warned = new Map(cautions.map((w) => [w.id, w]));

  const tiers: PlanTier[] = TIERS.flatMap((tier) =>
    condition.tiers
      .filter((t) => t.tier === tier)
      .map((t) => {
        const drugs = t.drugs.map((x): PlanDrug => {
          const drug = catalog.drug(x.drug)!;
          const notes = patientNotes(catalog, drug, patient, condition.id, interactions);
          const caution = warned.get(x.drug);
          if (caution) notes.unshift({ about: 'worsens', verdict: 'caution', text: `May worsen: ${caution.reason}`, sources: caution.sources });
          return { id: drug.id, name: drug.name, note: x.note ?? null, noteSources: [{ kind, id: condition.id, cite: x.cite }], verdict: worst(notes), notes };
        });
        // Re-rank within the tier: the patient's factors push a drug down, never up a tier.
        const ranked = drugs.map((d, i) => ({ d, i })).sort((a, b) => VERDICTS.indexOf(a.d.verdict) - VERDICTS.indexOf(b.d.verdict) || a.i - b.i).map((x) => x.d);
        return { tier, title: t.title ?? TIER_TITLES[tier], drugs: ranked, other: t.other.map((o) => ({ name: o.name, note: o.note ?? null, cite: o.cite })) };
      }),
  );

  // Drugs a patient factor rules out join the list to avoid, with the reason.
  const ruledOut = new Map<string, Warning>();
  for (const t of tiers) {
    for (const d of t.drugs) {
      const n = d.notes.find((x) => x.verdict === 'avoid');
      if (n && !avoid.some((w) => w.id === d.id) && !ruledOut.has(d.id)) ruledOut.set(d.id, { id: d.id, name: d.name, reason: n.text, from: n.about, sources: n.sources });
    }
  }
  const usable = (d: PlanDrug) => d.verdict !== 'avoid';
  const firstLine = [...new Set(tiers.filter((t) => t.tier === 'first-line').flatMap((t) => t.drugs.filter(usable).map((d) => d.id)))];
  const alternatives = [...new Set(tiers.flatMap((t) => t.drugs.filter(usable).map((d) => d.id)))].filter((id) => !firstLine.includes(id));
  return {
    condition,
    kind,
    tiers,
    firstLine,
    alternatives,
    avoid: [...avoid, ...ruledOut.values()],
    cautions,
    interactions: interactions.filter((f) => (patient.on ?? []).some((m) => m === f.perpetrator || m === f.victim)),
    patient,
  };
}
