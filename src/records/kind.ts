/**
 * What a kind of record declares: where its files live, its schema (which also marks the
 * fields that name other records, with `ref(kind)`), how its records are named and
 * shown, and how they are searched. The registry of kinds is collections.ts; adding a
 * kind is one file in kinds/ and one line there.
 *
 * Kind files import zod's *types* only: the schema is a function of the kit (kit.ts),
 * called on the slow path that reads YAML, so the fast path (records from the cache)
 * never loads zod.
 */
import type { z } from 'zod';
import type { Kit } from './kit.js';

/**
 * Where a kind's records live in a data folder: one file per record in a folder (YAML, or
 * Markdown with a YAML front matter), or one YAML file holding a list (a small table).
 */
export type Store = { readonly folder: string; readonly format?: 'yaml' | 'markdown' } | { readonly file: string };

export interface KindSpec<K extends string, Key extends string, S extends (kit: Kit) => z.ZodType> {
  /** The kind's id: in JSON output (`kind`), in `ref(kind)`, in messages. */
  readonly kind: K;
  /** The property of a RecordSet that holds this kind's records. */
  readonly key: Key;
  /** Words for people: "seizure type", "seizure types". */
  readonly label: string;
  readonly plural: string;
  readonly store: Store;
  readonly schema: S;
  /**
   * The names a student may type to find a record (besides its id), for `asm lookup` and
   * "did you mean". Absent: records of this kind are not looked up by name.
   */
  readonly names?: (record: z.output<ReturnType<S>>) => string[];
  /** The record's display name; `nameOf` names other records by id. */
  readonly title: (record: z.output<ReturnType<S>>, nameOf: (id: string) => string) => string;
  /** Labels for the record's fields in search hits ("adverseEffects" -> "adverse effect"). */
  readonly searchLabels?: Readonly<Record<string, string>>;
  /** false: `asm search` leaves this kind out (quiz cards would give their answers away). */
  readonly searched?: false;
}

/** Any kind, seen from code that handles every kind alike (method syntax: records of any kind may be passed). */
export interface AnyKindSpec {
  readonly kind: string;
  readonly key: string;
  readonly label: string;
  readonly plural: string;
  readonly store: Store;
  readonly schema: (kit: Kit) => z.ZodType;
  names?(record: { id: string }): string[];
  title(record: { id: string }, nameOf: (id: string) => string): string;
  readonly searchLabels?: Readonly<Record<string, string>>;
  readonly searched?: false;
}

/** The record type a kind's schema produces. */
export type RecordOf<S extends { schema: (kit: Kit) => z.ZodType }> = z.output<ReturnType<S['schema']>>;

export function defineKind<const K extends string, const Key extends string, S extends (kit: Kit) => z.ZodType>(spec: KindSpec<K, Key, S>): KindSpec<K, Key, S> {
  return spec;
}

/** The names every named kind offers: id, name and aliases (and brands where it has them). */
export function standardNames(r: { id: string; name: string; aliases: string[]; brands?: string[] }): string[] {
  return [r.id, r.name, ...(r.brands ?? []), ...r.aliases];
}
