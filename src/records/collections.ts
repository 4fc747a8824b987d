/**
 * The registry of record kinds: every kind of record in data/, in the order pages and
 * listings use. Loading, validation, cross-references, name lookup, search, `asm list`
 * and `asm validate` all read this list; a new kind is a file in kinds/ and a line here.
 */
import type { AnyKindSpec, RecordOf } from './kind.js';
import { card } from './kinds/card.js';
import { drugClass } from './kinds/class.js';
import { comedication } from './kinds/comedication.js';
import { drug } from './kinds/drug.js';
import { enzyme } from './kinds/enzyme.js';
import { interaction } from './kinds/interaction.js';
import { lesson } from './kinds/lesson.js';
import { mechanism } from './kinds/mechanism.js';
import { preset } from './kinds/preset.js';
import { registry } from './kinds/registry.js';
import { seizureType } from './kinds/seizure-type.js';
import { syndrome } from './kinds/syndrome.js';

export const KINDS = [drug, comedication, drugClass, mechanism, seizureType, syndrome, interaction, enzyme, registry, lesson, preset, card] as const;

type Spec = (typeof KINDS)[number];
export type KindId = Spec['kind'];
export type RecordKey = Spec['key'];
export type RecordOfKind<K extends KindId> = RecordOf<Extract<Spec, { kind: K }>>;

/** Every validated record of a data folder, by kind, each list sorted by id. */
export type RecordSet = { [S in Spec as S['key']]: RecordOf<S>[] };

/** A record with its kind. */
export type AnyRecord = { [K in KindId]: { kind: K; record: RecordOfKind<K> } }[KindId];
/** Any record, whatever its kind. */
export type SomeRecord = AnyRecord['record'];

const BY_KIND = new Map<string, AnyKindSpec>(KINDS.map((k) => [k.kind, k as unknown as AnyKindSpec]));

/** The declaration of a kind. */
export function kindSpec(kind: KindId): AnyKindSpec {
  return BY_KIND.get(kind)!;
}

export function isKind(kind: string): kind is KindId {
  return BY_KIND.has(kind);
}

export function emptySet(): RecordSet {
  return Object.fromEntries(KINDS.map((k) => [k.key, []])) as unknown as RecordSet;
}

/** Every record with its kind, in registry order. */
export function allRecords(set: RecordSet): AnyRecord[] {
  return KINDS.flatMap((k) => ((set as unknown as Record<string, SomeRecord[]>)[k.key] ?? []).map((record) => ({ kind: k.kind, record }) as AnyRecord));
}

/** Kinds whose records a student can look up by name. */
export const NAMED_KINDS: readonly KindId[] = KINDS.filter((k) => 'names' in k).map((k) => k.kind);

/** A record's names (id, name, brands, aliases), or just its id for a kind that is not looked up by name. */
export function namesOf(entry: AnyRecord): string[] {
  const spec = kindSpec(entry.kind);
  return spec.names ? spec.names(entry.record) : [entry.record.id];
}
