/**
 * The loaded records with the indexes every command needs: by kind and id, by name, and
 * the relations derived from where each is written once (relations.ts): which drugs act
 * at a mechanism, which a condition's ladder names, which may worsen it, which
 * interactions a drug takes part in, which drugs a class holds.
 */
import { allRecords, kindSpec, type AnyRecord, type KindId, type RecordOfKind, type RecordSet } from './collections.js';
import type { DrugRecord } from './kinds/drug.js';
import type { MechanismRecord } from './kinds/mechanism.js';
import { buildNameIndex, resolveName, suggestNames, type NameIndex, type Suggestion } from './names.js';
import { classMembers, conditions, interactionPairs, tierPlaces, worsenings, type ConditionRecord, type InteractionPair, type TierPlace, type Worsening } from './relations.js';

export interface DrugLink {
  drug: DrugRecord;
  /** For mechanisms: primary or secondary. For conditions: the tier, the licensed use, or why it may worsen. */
  detail: string;
}

export class Catalog {
  /** Records by "kind:id". */
  private readonly byKey: Map<string, AnyRecord>;
  readonly names: NameIndex;
  /** Display names by id, for the named kinds (in registry order: a drug's name wins). */
  private readonly titles = new Map<string, string>();
  private worse?: Worsening[];
  private pairs?: InteractionPair[];

  constructor(readonly set: RecordSet) {
    this.byKey = new Map(allRecords(set).map((r) => [`${r.kind}:${r.record.id}`, r]));
    this.names = buildNameIndex(set);
    for (const entry of this.byKey.values()) {
      const spec = kindSpec(entry.kind);
      if (spec.names && !this.titles.has(entry.record.id)) this.titles.set(entry.record.id, spec.title(entry.record, (x) => x));
    }
  }

  get drugs(): DrugRecord[] {
    return this.set.drugs;
  }

  resolve(name: string): AnyRecord | undefined {
    return resolveName(this.names, name);
  }

  suggest(name: string, max = 3, kinds?: readonly KindId[]): Suggestion[] {
    return suggestNames(this.names, name, max, kinds);
  }

  /** The record of one kind with this id. */
  get<K extends KindId>(kind: K, id: string): RecordOfKind<K> | undefined {
    return this.byKey.get(`${kind}:${id}`)?.record as RecordOfKind<K> | undefined;
  }

  /** The record with this id among several kinds (a drug or a co-medication), with its kind. */
  find(id: string, kinds: readonly KindId[]): AnyRecord | undefined {
    for (const k of kinds) {
      const hit = this.byKey.get(`${k}:${id}`);
      if (hit) return hit;
    }
    return undefined;
  }

  drug(id: string): DrugRecord | undefined {
    return this.get('drug', id);
  }

  mechanism(id: string): MechanismRecord | undefined {
    return this.get('mechanism', id);
  }

  condition(id: string): ConditionRecord | undefined {
    return this.get('seizure-type', id) ?? this.get('syndrome', id);
  }

  conditions(): ConditionRecord[] {
    return conditions(this.set);
  }

  /** A record's display name (by id, among the named kinds), or the id when unknown. */
  nameOf(id: string): string {
    return this.titles.get(id) ?? id;
  }

  /** A record's title as its kind shows it ("Valproate → Lamotrigine" for an interaction). */
  titleOf(entry: AnyRecord): string {
    return kindSpec(entry.kind).title(entry.record, (id) => this.nameOf(id));
  }

  /** How people call a kind ("seizure type"). */
  kindLabel(kind: KindId): string {
    return kindSpec(kind).label;
  }

  /** Drugs acting at a mechanism, primary actions first. */
  drugsActingAt(mechanismId: string): DrugLink[] {
    const links: DrugLink[] = [];
    for (const drug of this.set.drugs) {
      const m = drug.mechanisms.find((x) => x.mechanism === mechanismId);
      if (m) links.push({ drug, detail: m.primary ? 'primary' : 'secondary' });
    }
    return links.sort((a, b) => Number(b.detail === 'primary') - Number(a.detail === 'primary') || a.drug.id.localeCompare(b.drug.id));
  }

  /** Where a drug stands on every condition's ladder. */
  tiersOf(drugId: string): TierPlace[] {
    return tierPlaces(this.set, drugId);
  }

  /**
   * Drugs used for a condition, with their role: the condition's ladder first (its tier),
   * then the drugs whose labels license them for it.
   */
  drugsTreating(conditionId: string): DrugLink[] {
    const roles = new Map<string, string>();
    for (const t of this.condition(conditionId)?.tiers ?? []) for (const d of t.drugs) if (!roles.has(d.drug)) roles.set(d.drug, t.tier);
    for (const drug of this.set.drugs) {
      const l = drug.licensed.find((x) => x.condition === conditionId);
      if (l && !roles.has(drug.id)) roles.set(drug.id, `licensed (${l.use})`);
    }
    return [...roles].flatMap(([id, detail]) => {
      const drug = this.drug(id);
      return drug ? [{ drug, detail }] : [];
    });
  }

  /** Conditions a drug is used for: those whose ladders name it, and those its labels license. */
  conditionsTreatedBy(drug: DrugRecord): string[] {
    const ids = new Set(this.tiersOf(drug.id).map((p) => p.condition.id));
    for (const l of drug.licensed) ids.add(l.condition);
    return [...ids];
  }

  /** Every "may worsen" relation, as the condition records write it. */
  worsenings(): Worsening[] {
    return (this.worse ??= worsenings(this.set));
  }

  /** Drugs a condition's record says may worsen it. */
  drugsWorsening(conditionId: string): Worsening[] {
    return this.worsenings().filter((w) => w.condition.id === conditionId);
  }

  /** Conditions a drug may worsen, from the condition records. */
  conditionsWorsenedBy(drugId: string): Worsening[] {
    return this.worsenings().filter((w) => w.drug === drugId);
  }

  /** Every perpetrator -> victim pair of the interaction records. */
  interactionPairs(): InteractionPair[] {
    return (this.pairs ??= interactionPairs(this.set));
  }

  /** Interactions in which a drug (or co-medication) is the perpetrator or the victim. */
  interactionsOf(id: string): InteractionPair[] {
    return this.interactionPairs().filter((p) => p.perpetrator === id || p.victim === id);
  }

  classMembers(classId: string): DrugRecord[] {
    return classMembers(this.set, classId);
  }
}
