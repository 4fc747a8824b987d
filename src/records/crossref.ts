/**
 * Checks that go across fields and records, after each record passed its schema:
 * citations point at a listed source, every `ref(kind)` field names a real record of that
 * kind (found by walking the schema: no list of reference fields is kept by hand), no name
 * is claimed twice, and the relations between records do not contradict each other
 * (relations.ts).
 */
import type { z } from 'zod';
import { allRecords, isKind, KINDS, namesOf, NAMED_KINDS, type RecordSet } from './collections.js';
import { REFS } from './kit.js';
import { normalizeName } from './names.js';
import type { Problem } from './problems.js';
import { relationProblems } from './relations.js';

type PathKey = string | number;

/** Maps (kind, record id, field path) to a located problem. */
export type Locate = (kind: string, id: string, path: PathKey[]) => Omit<Problem, 'message'>;

/** The parts of zod's internal definition the walk needs (zod 4: `schema._zod.def`). */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  items?: z.ZodType[];
  discriminator?: string;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Calls `fn` for every value of a `ref()` field in `value`, which `schema` has accepted. */
export function walkRefs(schema: z.ZodType, value: unknown, path: PathKey[], fn: (id: string, kinds: readonly string[], path: PathKey[]) => void): void {
  const meta = REFS.get(schema);
  if (meta) {
    if (typeof value === 'string') fn(value, meta.ref, path);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (value !== null && typeof value === 'object') {
        for (const [key, inner] of Object.entries(def.shape ?? {})) {
          const v = (value as Record<string, unknown>)[key];
          if (v !== undefined) walkRefs(inner, v, [...path, key], fn);
        }
      }
      return;
    case 'array':
      if (Array.isArray(value) && def.element) value.forEach((v, i) => walkRefs(def.element!, v, [...path, i], fn));
      return;
    case 'tuple':
      if (Array.isArray(value)) (def.items ?? []).forEach((item, i) => walkRefs(item, value[i], [...path, i], fn));
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (def.innerType) walkRefs(def.innerType, value, path, fn);
      return;
    case 'pipe':
      // A transform's input side holds the fields as written; refs() turns one id into a list.
      if (def.in) walkRefs(def.in, value, path, fn);
      return;
    case 'union': {
      const options = def.options ?? [];
      const pick = def.discriminator
        ? options.find((o) => {
            const lit = defOf(o).shape?.[def.discriminator!];
            const values = lit ? (defOf(lit) as { values?: unknown[] }).values : undefined;
            return values?.includes((value as Record<string, unknown>)?.[def.discriminator!]);
          })
        : options.find((o) => defOf(o).type === (Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'object'));
      if (pick) walkRefs(pick, value, path, fn);
      return;
    }
    default:
      return;
  }
}

/** Calls `fn` for every `cite` array in a record, with its path. */
function walkCites(node: unknown, path: PathKey[], fn: (cite: string[], path: PathKey[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walkCites(v, [...path, i], fn));
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'cite' && Array.isArray(v)) fn(v as string[], [...path, k]);
      // A guideline a record `follows` is a citation of one source.
      else if (k === 'follows' && typeof v === 'string') fn([v], [...path, k]);
      else walkCites(v, [...path, k], fn);
    }
  }
}

const listHint = (ids: Iterable<string>) => {
  const list = [...ids].sort();
  return list.length > 12 ? `${list.slice(0, 12).join(', ')}, ...` : list.join(', ') || '(none)';
};

export function crossCheck(set: RecordSet, schemas: Map<string, z.ZodType>, where: Locate): Problem[] {
  const problems: Problem[] = [];
  const report = (kind: string, id: string, path: PathKey[], message: string) => problems.push({ ...where(kind, id, path), message });
  const entries = allRecords(set);

  const idsOf = new Map<string, Set<string>>(KINDS.map((k) => [k.kind, new Set<string>()]));
  for (const e of entries) idsOf.get(e.kind)!.add(e.record.id);

  for (const { kind, record } of entries) {
    // Citations: every cite names a source of the same record; source ids are unique.
    const sourceIds = new Set<string>();
    record.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) report(kind, record.id, ['sources', i, 'id'], `duplicate source id "${s.id}"`);
      sourceIds.add(s.id);
    });
    // A Markdown body cites its sources inline, as [@source-id] or [@a; @b].
    if ('body' in record && typeof record.body === 'string') {
      for (const group of record.body.matchAll(/\[@[^\]]+\]/g)) {
        for (const m of group[0].matchAll(/@([^\s;\]]+)/g)) {
          if (!sourceIds.has(m[1]!)) report(kind, record.id, ['body'], `cites "${m[1]}" in the text, which is not in this record's sources (${listHint(sourceIds)})`);
        }
      }
    }
    walkCites(record, [], (cite, path) => {
      cite.forEach((key, i) => {
        if (!sourceIds.has(key)) report(kind, record.id, path.at(-1) === 'follows' ? path : [...path, i], `cites "${key}", which is not in this record's sources (${listHint(sourceIds)})`);
      });
    });
    // References: every ref(kind) field names a record of one of its kinds.
    walkRefs(schemas.get(kind)!, record, [], (id, kinds, path) => {
      if (kinds.some((k) => idsOf.get(k)?.has(id))) return;
      const known = kinds.flatMap((k) => [...(idsOf.get(k) ?? [])]);
      const what = kinds.map((k) => (isKind(k) ? KINDS.find((s) => s.kind === k)!.label : k)).join(' or ');
      report(kind, record.id, path, `unknown ${what} "${id}" (known: ${listHint(known)})`);
    });
  }

  // Names: an id, name, brand or alias may belong to one record only, across every named kind.
  const owner = new Map<string, string>();
  for (const entry of entries) {
    if (!NAMED_KINDS.includes(entry.kind)) continue;
    const r = entry.record as unknown as Record<string, unknown> & { id: string };
    for (const name of namesOf(entry)) {
      const path = pathOfName(r, name);
      const key = normalizeName(name);
      if (key === '') {
        report(entry.kind, r.id, path, `"${name}" has no letters or digits to look it up by`);
        continue;
      }
      const prev = owner.get(key);
      if (prev !== undefined && prev !== `${entry.kind}:${r.id}`) {
        const [prevKind, prevId] = prev.split(':') as [string, string];
        const what = KINDS.find((k) => k.kind === prevKind)?.label ?? prevKind;
        report(entry.kind, r.id, path, `the name "${name}" is already used by the ${what} "${prevId}": names, brands and aliases must be unique`);
      } else owner.set(key, `${entry.kind}:${r.id}`);
    }
  }

  relationProblems(set, (kind, id, path, message) => report(kind, id, path, message));
  return problems;
}

/** Where in a record a name it is looked up by is written: its id, name or title, an alias or a brand. */
function pathOfName(r: Record<string, unknown>, name: string): PathKey[] {
  for (const key of ['id', 'name', 'title']) if (r[key] === name) return [key];
  for (const key of ['aliases', 'brands']) {
    const list = r[key];
    if (Array.isArray(list) && list.includes(name)) return [key, list.indexOf(name)];
  }
  return [];
}
