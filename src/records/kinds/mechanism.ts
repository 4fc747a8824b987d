/** Mechanisms: the four pillars of ASM action and the other targets (data/mechanisms/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { COMPENSATION_EVIDENCE } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, ref } = k;
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
    /**
     * How the brain is thought to compensate for the drug during long-term use, the adaptation
     * that `asm withdraw` names when the drug is stopped (the "spring" of the course's rebound
     * model). `appliesTo` narrows it to some drugs or classes acting here (absent: every drug
     * whose primary mechanism this is); `evidence` says whether it is established or the
     * course's hypothesis.
     */
    compensation: z
      .array(
        z.strictObject({
          appliesTo: z.array(ref('drug', 'class')).default([]),
          /** The adaptation in a few words ("more excitatory glutamate receptors"). */
          adaptation: Text,
          evidence: z.enum(COMPENSATION_EVIDENCE),
          text: Text,
          cite: Cite,
        }),
      )
      .default([]),
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
  searchLabels: { explanation: 'explanation', clinical: 'in the clinic', model: 'simulation model', compensation: 'withdrawal compensation' },
});

export type MechanismRecord = RecordOf<typeof mechanism>;
