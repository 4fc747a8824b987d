/** Finding records by what a student typed, with "did you mean" on a near miss. */
import type { Catalog } from '../records/catalog.js';
import type { AnyRecord } from '../records/kinds.js';
import type { DrugRecord } from '../records/schema.js';
import { normalizeName } from '../records/names.js';
import { UsageError, UserError } from './errors.js';

function notFound(catalog: Catalog, name: string, what: string): UserError {
  if (normalizeName(name) === '') return new UsageError(`give the name of a ${what} (letters or digits)`, 'e.g. carbamazepine, Tegretol, CBZ, absence, JME');
  const suggestions = catalog.suggest(name);
  const hint = suggestions.length
    ? `did you mean ${suggestions.map((s) => (s.name.toLowerCase() === s.id ? s.id : `${s.name} (${s.id})`)).join(', ')}?`
    : `\`asm list\` shows every drug; \`asm search ${JSON.stringify(name)}\` searches all the text`;
  return new UserError(`no ${what} named "${name}"`, hint);
}

export function findRecord(catalog: Catalog, name: string): AnyRecord {
  const entry = catalog.resolve(name);
  if (!entry) throw notFound(catalog, name, 'record');
  return entry;
}

export function findDrug(catalog: Catalog, name: string): DrugRecord {
  const entry = catalog.resolve(name);
  if (!entry) throw notFound(catalog, name, 'drug');
  if (entry.kind !== 'drug') throw new UserError(`"${name}" is a ${entry.kind.replace('-', ' ')}, not a drug`, `\`asm lookup ${entry.record.id}\` shows it`);
  return entry.record;
}

/** A condition (seizure type or syndrome) or mechanism id from any of its names. */
export function findOf(catalog: Catalog, name: string, kinds: AnyRecord['kind'][], what: string): AnyRecord {
  const entry = catalog.resolve(name);
  if (!entry) throw notFound(catalog, name, what);
  if (!kinds.includes(entry.kind)) throw new UserError(`"${name}" is a ${entry.kind.replace('-', ' ')}, not a ${what}`);
  return entry;
}
