/**
 * Drug interactions, each perpetrator -> victim pair written once (data/interactions/<id>.yaml).
 * Drug pages, `asm interact` and `asm treat --on` derive everything from these records.
 */
import { defineKind, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { DIRECTIONS, MEASURES, SEVERITIES } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Sources, range, ref, refs } = k;
  return z.strictObject({
    id: Id,
    /** The drug or co-medication that changes the other (one, or several with the same figures). */
    perpetrator: refs('drug', 'comedication'),
    /** The drug or co-medication changed (may be the perpetrator itself: autoinduction). */
    victim: refs('drug', 'comedication'),
    /** The victim's level goes up or down, or an effect is added (pharmacodynamic). */
    direction: z.enum(DIRECTIONS),
    /** Enzymes and transporters through which it happens. */
    mechanism: z.array(ref('enzyme')).default([]),
    /** The published size: a signed % change of `measure` (doubling = [100, 100]; halving = [-50, -50]). */
    magnitude: z.strictObject({ measure: z.enum(MEASURES), percent: range(z.number().min(-100).max(2000)), note: Text.optional() }).optional(),
    /** Days until the change is complete (enzyme induction builds up over weeks); absent: not recorded. */
    fullEffectDays: range(z.number().positive()).optional(),
    /** The doses at which it matters, when it depends on dose. */
    doses: Text.optional(),
    /** What happens to the patient. */
    effect: Text,
    severity: z.enum(SEVERITIES),
    /** What to do. */
    management: Text,
    cite: Cite,
    sources: Sources,
  });
}

export const interaction = defineKind({
  kind: 'interaction',
  key: 'interactions',
  label: 'interaction',
  plural: 'interactions',
  store: { folder: 'interactions' },
  schema,
  title: (r, nameOf) => `${r.perpetrator.map(nameOf).join(', ')} → ${r.victim.map(nameOf).join(', ')}`,
  searchLabels: { effect: 'interaction', management: 'interaction: what to do', magnitude: 'interaction: size', doses: 'interaction: doses' },
});

export type InteractionRecord = RecordOf<typeof interaction>;
