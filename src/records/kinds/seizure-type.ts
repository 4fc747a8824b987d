/** Seizure types, after the ILAE classification (data/seizure-types/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { CONDITION_SEARCH_LABELS, conditionFields } from './condition.js';

function schema(k: Kit) {
  return k.z.strictObject({ ...conditionFields(k), onset: k.z.enum(['focal', 'generalized', 'either']) });
}

export const seizureType = defineKind({
  kind: 'seizure-type',
  key: 'seizureTypes',
  label: 'seizure type',
  plural: 'seizure types',
  store: { folder: 'seizure-types' },
  schema,
  names: standardNames,
  title: (r) => r.name,
  searchLabels: CONDITION_SEARCH_LABELS,
});

export type SeizureTypeRecord = RecordOf<typeof seizureType>;
