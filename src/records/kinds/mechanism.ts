/** Mechanisms: the four pillars of ASM action and the other targets (data/mechanisms/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';

function schema(k: Kit) {
  const { z, Id, Text, Fact, Sources, Aliases } = k;
  return z.strictObject({
    id: Id,
    name: Text,
    aliases: Aliases,
    /** 1 to 4 for the four pillars of the course; absent for other targets. */
    pillar: z.number().int().min(1).max(4).optional(),
    summary: Fact,
    /** The mechanism in depth, paragraph by paragraph. */
    explanation: z.array(Fact).min(1),
    /** Which seizures it suits or worsens, and why. */
    clinical: z.array(Fact).default([]),
    /** How `asm simulate` represents it: always labelled a simplified model. */
    model: Text.optional(),
    sources: Sources,
  });
}

export const mechanism = defineKind({
  kind: 'mechanism',
  key: 'mechanisms',
  label: 'mechanism',
  plural: 'mechanisms',
  store: { folder: 'mechanisms' },
  schema,
  names: standardNames,
  title: (r) => r.name,
  searchLabels: { explanation: 'explanation', clinical: 'in the clinic', model: 'simulation model' },
});

export type MechanismRecord = RecordOf<typeof mechanism>;
