/** Epilepsy syndromes, after the ILAE 2022 definitions (data/syndromes/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { CONDITION_SEARCH_LABELS, conditionFields } from './condition.js';

function schema(k: Kit) {
  const { z, Fact, ref } = k;
  return z.strictObject({
    ...conditionFields(k),
    /** Seizure types seen in the syndrome. */
    seizureTypes: z.array(ref('seizure-type')).min(1),
    ageOfOnset: Fact.optional(),
    prognosis: z.array(Fact).default([]),
  });
}

export const syndrome = defineKind({
  kind: 'syndrome',
  key: 'syndromes',
  label: 'syndrome',
  plural: 'syndromes',
  store: { folder: 'syndromes' },
  schema,
  names: standardNames,
  title: (r) => r.name,
  searchLabels: CONDITION_SEARCH_LABELS,
});

export type SyndromeRecord = RecordOf<typeof syndrome>;
