/** Drug classes (benzodiazepines, gabapentinoids, ...); members are derived from the drugs' `classes` (data/classes/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';

function schema(k: Kit) {
  const { z, Id, Text, Fact, Sources, Aliases } = k;
  return z.strictObject({ id: Id, name: Text, aliases: Aliases, summary: Fact, sources: Sources });
}

export const drugClass = defineKind({
  kind: 'class',
  key: 'classes',
  label: 'drug class',
  plural: 'drug classes',
  store: { folder: 'classes' },
  schema,
  names: standardNames,
  title: (r) => r.name,
});

export type ClassRecord = RecordOf<typeof drugClass>;
