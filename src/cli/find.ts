/** Finding records by what a student typed, with "did you mean" on a near miss. */
import type { Catalog } from '../records/catalog.js';
import type { AnyRecord, KindId } from '../records/collections.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import { normalizeName } from '../records/names.js';
import { safe } from './define.js';
import { UsageError, UserError } from './errors.js';

/** What to tell the student when a name finds nothing, or finds the wrong kind of record. */
export interface FindHints {
  /** Hint when no name is near enough to suggest. */
  noMatch?: string;
  /** Hint when the name belongs to another kind of record. */
  wrongKind?: string;
}

function notFound(catalog: Catalog, name: string, what: string, kinds: readonly KindId[] | undefined, hints: FindHints): UserError {
  if (normalizeName(name) === '') return new UsageError(`give the name of a ${what} (letters or digits)`, 'e.g. carbamazepine, Tegretol, CBZ, absence, JME');
  const suggestions = catalog.suggest(name, 3, kinds);
  const hint = suggestions.length
    ? `did you mean ${suggestions.map((s) => (s.name.toLowerCase() === s.id ? s.id : `${s.name} (${s.id})`)).join(', ')}?`
    : (hints.noMatch ?? `\`asm list\` shows every drug; \`asm search ${JSON.stringify(safe(name))}\` searches all the text`);
  return new UserError(`no ${what} named "${safe(name)}"`, hint);
}

export function findRecord(catalog: Catalog, name: string): AnyRecord {
  const entry = catalog.resolve(name);
  if (!entry) throw notFound(catalog, name, 'record', undefined, {});
  return entry;
}

/** A record of one of `kinds` from any of its names; near misses suggest names of those kinds only. */
export function findOf(catalog: Catalog, name: string, kinds: KindId[], what: string, hints: FindHints = {}): AnyRecord {
  const entry = catalog.resolve(name);
  if (!entry) throw notFound(catalog, name, what, kinds, hints);
  if (!kinds.includes(entry.kind)) {
    throw new UserError(`"${safe(name)}" is a ${catalog.kindLabel(entry.kind)}, not a ${what}`, hints.wrongKind ?? `\`asm lookup ${entry.record.id}\` shows it`);
  }
  return entry;
}

export function findDrug(catalog: Catalog, name: string, hints: FindHints = {}): DrugRecord {
  // findOf has checked the kind, so the record is a drug.
  return findOf(catalog, name, ['drug'], 'drug', hints).record as DrugRecord;
}
