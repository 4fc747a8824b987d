/**
 * Name resolution: every record is found by its id, and a record of a named kind also by
 * its name, brands or aliases, case- and
 * punctuation-insensitively ("Tegretol XR" = "tegretol-xr"); a near miss gets
 * "did you mean" suggestions from edit distance (fastest-levenshtein), capped so
 * that a wild guess suggests nothing rather than something unrelated.
 */
import { distance } from 'fastest-levenshtein';
import { allRecords, namesOf, NAMED_KINDS, type AnyRecord, type RecordSet } from './collections.js';

/** Lower-case, accents and punctuation removed: the key every name is indexed by. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

export interface NameIndex {
  /** Normalized name -> record. */
  byKey: Map<string, AnyRecord>;
  /** Normalized name -> the name as written in the data (for suggestions). */
  display: Map<string, string>;
}

export function buildNameIndex(set: RecordSet): NameIndex {
  const byKey = new Map<string, AnyRecord>();
  const display = new Map<string, string>();
  // Named kinds first, so that an interaction's id never hides a drug's name.
  const entries = allRecords(set).sort((a, b) => Number(!NAMED_KINDS.includes(a.kind)) - Number(!NAMED_KINDS.includes(b.kind)));
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const key = normalizeName(name);
      if (key && !byKey.has(key)) {
        byKey.set(key, entry);
        display.set(key, name);
      }
    }
  }
  return { byKey, display };
}

export function resolveName(index: NameIndex, query: string): AnyRecord | undefined {
  return index.byKey.get(normalizeName(query));
}

export interface Suggestion {
  /** The name that nearly matched, as the data writes it. */
  name: string;
  /** The record it belongs to. */
  id: string;
  distance: number;
}

/**
 * Up to `max` records (of the given kinds, if any) whose names are within a small edit
 * distance of the query, nearest first, one suggestion per record. The cap grows with the query's length
 * (1 edit for short words, up to 3 for long ones), so "keppra" never turns into
 * "valproate".
 */
export function suggestNames(index: NameIndex, query: string, max = 3, kinds?: readonly AnyRecord['kind'][]): Suggestion[] {
  const q = normalizeName(query);
  if (!q) return [];
  const cap = q.length <= 4 ? 1 : q.length <= 8 ? 2 : 3;
  const best = new Map<string, Suggestion>();
  for (const [key, entry] of index.byKey) {
    if (kinds ? !kinds.includes(entry.kind) : !NAMED_KINDS.includes(entry.kind)) continue;
    let d = distance(q, key);
    // A query that is the start of a long name ("carbamaz") is a good suggestion too.
    if (d > cap && q.length >= 4 && key.startsWith(q)) d = cap;
    if (d > cap) continue;
    const id = entry.record.id;
    const prev = best.get(id);
    if (!prev || d < prev.distance) best.set(id, { name: index.display.get(key) ?? key, id, distance: d });
  }
  return [...best.values()].sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name)).slice(0, max);
}
