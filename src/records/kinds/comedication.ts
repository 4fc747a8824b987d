/**
 * Co-medications students must know (contraceptives, anticoagulants, antibiotics that
 * change ASM levels): not antiseizure drugs, but their ids stand wherever a drug id does
 * in interactions, `asm interact` and `asm treat --on` (data/comedications/<id>.yaml).
 */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { COMEDICATION_GROUPS } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Fact, Sources, Aliases, Enzymes } = k;
  return z.strictObject({
    id: Id,
    name: Text,
    aliases: Aliases,
    brands: z.array(Text).default([]),
    group: z.enum(COMEDICATION_GROUPS),
    summary: Fact,
    enzymes: Enzymes,
    sources: Sources,
  });
}

export const comedication = defineKind({
  kind: 'comedication',
  key: 'comedications',
  label: 'co-medication',
  plural: 'co-medications',
  store: { folder: 'comedications' },
  schema,
  names: standardNames,
  title: (r) => r.name,
  searchLabels: { enzymes: 'enzymes' },
});

export type ComedicationRecord = RecordOf<typeof comedication>;
