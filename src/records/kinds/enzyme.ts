/** The enzymes and transporters interactions go through: a small table (data/enzymes.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { ENZYME_TYPES } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Fact, Sources, Aliases } = k;
  return z.strictObject({ id: Id, name: Text, type: z.enum(ENZYME_TYPES), aliases: Aliases, summary: Fact, sources: Sources });
}

export const enzyme = defineKind({
  kind: 'enzyme',
  key: 'enzymes',
  label: 'enzyme or transporter',
  plural: 'enzymes and transporters',
  store: { file: 'enzymes.yaml' },
  schema,
  names: standardNames,
  title: (r) => r.name,
});

export type EnzymeRecord = RecordOf<typeof enzyme>;
