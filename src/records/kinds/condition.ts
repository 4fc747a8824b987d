/**
 * What seizure types and syndromes share: features, pathophysiology, the guideline's
 * ladder as tiers, and the one list of drugs that may worsen the condition.
 */
import type { Kit } from '../kit.js';
import { TIERS, WORSEN_STRENGTHS } from '../vocab.js';

export function conditionFields(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, ref } = k;
  const TierDrug = z.strictObject({ drug: ref('drug'), note: Text.optional(), cite: Cite });
  const Tier = z.strictObject({
    tier: z.enum(TIERS),
    /** A heading that says more than the tier's name ("First line: a benzodiazepine, at 5 minutes"). */
    title: Text.optional(),
    drugs: z.array(TierDrug).default([]),
    /** Treatments that are not drug records (a diet, surgery, general anaesthesia, steroids). */
    other: z.array(z.strictObject({ name: Text, note: Text.optional(), cite: Cite })).default([]),
    cite: Cite.optional(),
  });
  return {
    id: Id,
    name: Text,
    aliases: Aliases,
    summary: Fact,
    features: z.array(Fact).min(1),
    pathophysiology: z.array(Fact).default([]),
    /** Which guideline the tiers follow, its version, and what changed from older guidance or the course. */
    guidance: z
      .strictObject({
        /** The source id (in this record's sources) of the guideline the tiers follow. */
        follows: Id,
        /** Which version and section, in words ("NICE NG217, updated January 2025, section 5.3"). */
        version: Text,
        changes: z.array(Fact).default([]),
      })
      .optional(),
    tiers: z.array(Tier).default([]),
    /** The one place that says a drug may make this condition worse; drug pages derive it from here. */
    mayWorsen: z.array(z.strictObject({ drug: ref('drug'), strength: z.enum(WORSEN_STRENGTHS), why: Text, cite: Cite })).default([]),
    treatment: z.array(Fact).default([]),
    sources: Sources,
  };
}

export const CONDITION_SEARCH_LABELS = {
  features: 'features',
  pathophysiology: 'pathophysiology',
  guidance: 'guidance',
  tiers: 'treatment ladder',
  mayWorsen: 'may be worsened by',
  treatment: 'treatment',
  prognosis: 'prognosis',
  ageOfOnset: 'age of onset',
};
