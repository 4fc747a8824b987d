/**
 * Relations between records, each written once in data/ and derived here for the other
 * side: what may worsen a condition (condition records) seen from the drug, the guideline
 * tiers (condition records) seen from the drug, interactions (interaction records) seen
 * from either drug, class members (drug records) seen from the class. Pure functions of
 * a RecordSet, shared by the catalog (for pages and commands) and by the validator
 * (for the contradictions below).
 */
import type { RecordSet } from './collections.js';
import type { DrugRecord } from './kinds/drug.js';
import type { InteractionRecord } from './kinds/interaction.js';
import type { SeizureTypeRecord } from './kinds/seizure-type.js';
import type { SyndromeRecord } from './kinds/syndrome.js';
import type { Tier, WorsenStrength } from './vocab.js';

export type ConditionRecord = SeizureTypeRecord | SyndromeRecord;

export function conditions(set: RecordSet): ConditionRecord[] {
  return [...set.seizureTypes, ...set.syndromes];
}

/** A drug's place on a condition's ladder. */
export interface TierPlace {
  condition: ConditionRecord;
  tier: Tier;
  note?: string;
  cite: string[];
}

/** A condition a drug may worsen, as that condition's record says. */
export interface Worsening {
  condition: ConditionRecord;
  drug: string;
  strength: WorsenStrength;
  why: string;
  cite: string[];
}

/** One perpetrator -> victim pair of an interaction record (a record may name several). */
export interface InteractionPair {
  record: InteractionRecord;
  perpetrator: string;
  victim: string;
}

export function tierPlaces(set: RecordSet, drugId: string): TierPlace[] {
  return conditions(set).flatMap((condition) =>
    condition.tiers.flatMap((t) => t.drugs.filter((d) => d.drug === drugId).map((d) => ({ condition, tier: t.tier, note: d.note, cite: d.cite }))),
  );
}

export function worsenings(set: RecordSet): Worsening[] {
  return conditions(set).flatMap((condition) => condition.mayWorsen.map((w) => ({ condition, drug: w.drug, strength: w.strength, why: w.why, cite: w.cite })));
}

export function interactionPairs(set: RecordSet): InteractionPair[] {
  return set.interactions.flatMap((record) => record.perpetrator.flatMap((perpetrator) => record.victim.map((victim) => ({ record, perpetrator, victim }))));
}

export function classMembers(set: RecordSet, classId: string): DrugRecord[] {
  return set.drugs.filter((d) => d.classes.includes(classId));
}

/** Measures whose % change goes the same way as the victim's level. */
const LEVEL_MEASURES = new Set(['level', 'auc', 'cmin', 'free-level']);

type Report = (kind: string, id: string, path: (string | number)[], message: string) => void;

/** Every contradiction between the relations of a record set. */
export function relationProblems(set: RecordSet, report: Report): void {
  const avoidIn = new Map<string, Set<string>>();
  for (const c of conditions(set)) avoidIn.set(c.id, new Set(c.mayWorsen.filter((w) => w.strength === 'avoid').map((w) => w.drug)));

  for (const c of conditions(set)) {
    const kind = 'onset' in c ? 'seizure-type' : 'syndrome';
    const onLadder = new Map<string, string>();
    c.tiers.forEach((t, ti) => {
      const inTier = new Set<string>();
      t.drugs.forEach((d, di) => {
        if (inTier.has(d.drug)) report(kind, c.id, ['tiers', ti, 'drugs', di, 'drug'], `"${d.drug}" is listed twice in the ${t.tier} tier`);
        inTier.add(d.drug);
        if (!onLadder.has(d.drug)) onLadder.set(d.drug, t.tier);
      });
    });
    const warned = new Set<string>();
    c.mayWorsen.forEach((w, i) => {
      if (warned.has(w.drug)) report(kind, c.id, ['mayWorsen', i, 'drug'], `"${w.drug}" is listed twice in mayWorsen`);
      warned.add(w.drug);
      const tier = onLadder.get(w.drug);
      if (w.strength === 'avoid' && tier) report(kind, c.id, ['mayWorsen', i, 'strength'], `"${w.drug}" is on the ladder (${tier}) and also to be avoided: make it "caution", or take it off the ladder`);
    });
    // A syndrome's first-line drug must not be one to avoid in a seizure type of that syndrome.
    if ('seizureTypes' in c) {
      c.tiers.forEach((t, ti) => {
        if (t.tier !== 'first-line') return;
        t.drugs.forEach((d, di) => {
          const against = c.seizureTypes.find((s) => avoidIn.get(s)?.has(d.drug));
          if (against) report(kind, c.id, ['tiers', ti, 'drugs', di, 'drug'], `"${d.drug}" is first-line here, but the record of "${against}" (a seizure type of this syndrome) says to avoid it`);
        });
      });
    }
  }

  for (const drug of set.drugs) {
    const seen = new Set<string>();
    drug.licensed.forEach((l, i) => {
      const key = `${l.condition}/${l.region}/${l.use}`;
      if (seen.has(key)) report('drug', drug.id, ['licensed', i, 'condition'], `"${l.condition}" is listed twice as ${l.use} for the same region (${l.region})`);
      seen.add(key);
      if (avoidIn.get(l.condition)?.has(drug.id)) {
        report('drug', drug.id, ['licensed', i, 'condition'], `licensed for "${l.condition}", but that condition's record says to avoid ${drug.id}: one of the two is wrong`);
      }
    });
  }

  for (const l of set.lessons) {
    const keys = new Set(l.facts.map((f) => f.key));
    for (const m of l.body.matchAll(/\{\{fact ([^}\s]+)\}\}/g)) {
      if (!keys.has(m[1]!)) report('lesson', l.id, ['body'], `includes the fact "${m[1]}", which is not among its facts (${[...keys].join(', ') || 'none'})`);
    }
  }

  const pairs = new Map<string, string>();
  for (const x of set.interactions) {
    for (const p of x.perpetrator) {
      for (const v of x.victim) {
        const key = `${p} -> ${v}`;
        const other = pairs.get(key);
        if (other && other !== x.id) report('interaction', x.id, ['perpetrator'], `the pair ${key} is already written in interaction "${other}": write each pair once`);
        pairs.set(key, x.id);
      }
    }
    const m = x.magnitude;
    if (m && x.direction !== 'additive') {
      const sign = LEVEL_MEASURES.has(m.measure) ? 1 : m.measure === 'clearance' ? -1 : 0;
      const up = x.direction === 'up';
      const wrong = sign !== 0 && m.percent.some((p) => (up ? p * sign < 0 : p * sign > 0));
      if (wrong) report('interaction', x.id, ['magnitude', 'percent'], `a ${m.measure} change of ${m.percent.join(' to ')}% does not fit direction "${x.direction}"`);
    }
  }
}
