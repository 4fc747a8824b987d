/**
 * The sections of each kind's page, in page order, with the other words a student may
 * type for them (`asm lookup NAME --section pk`). Data only, so that the command's help
 * can list them without loading the page builders.
 */
import type { KindId } from '../records/collections.js';

export type SectionKeys = readonly { key: string; aliases: string[] }[];
const SOURCES = { key: 'sources', aliases: ['references', 'refs'] };
const OVERVIEW = { key: 'overview', aliases: ['summary'] };
const CONDITION_SECTIONS: SectionKeys = [
  OVERVIEW,
  { key: 'features', aliases: ['clinical', 'eeg'] },
  { key: 'pathophysiology', aliases: ['mechanism', 'why'] },
  { key: 'treatment', aliases: ['drugs', 'treat', 'nice', 'tiers', 'guidance'] },
  { key: 'worsens', aliases: ['avoid', 'may-worsen', 'aggravates'] },
  { key: 'prognosis', aliases: ['outcome', 'course'] },
  SOURCES,
];

/** Section keys per kind, in page order, with other names a student may type (a kind without a page of its own has an overview and sources). */
export const SECTIONS: Partial<Record<KindId, SectionKeys>> & Record<'drug' | 'mechanism' | 'syndrome', SectionKeys> = {
  drug: [
    { key: 'overview', aliases: ['summary', 'names', 'brands', 'class', 'spectrum'] },
    { key: 'mechanism', aliases: ['mechanisms', 'moa'] },
    { key: 'uses', aliases: ['treats', 'indications', 'licensed', 'nice', 'other-uses'] },
    { key: 'worsens', aliases: ['may-worsen', 'aggravates', 'avoid'] },
    { key: 'pharmacokinetics', aliases: ['pk', 'kinetics', 'half-life', 'levels'] },
    { key: 'dosing', aliases: ['dose', 'doses', 'dosage'] },
    { key: 'enzymes', aliases: ['enzyme', 'cyp', 'induction'] },
    { key: 'interactions', aliases: ['interaction', 'ddi'] },
    { key: 'safety', aliases: ['adverse', 'adverse-effects', 'side-effects', 'boxed', 'warnings'] },
    { key: 'pregnancy', aliases: ['teratogenicity', 'teratogen', 'breastfeeding', 'lactation'] },
    { key: 'withdrawal', aliases: ['stopping'] },
    { key: 'special-populations', aliases: ['renal', 'hepatic', 'iv', 'kidney', 'liver'] },
    SOURCES,
  ],
  comedication: [OVERVIEW, { key: 'enzymes', aliases: ['enzyme', 'cyp'] }, { key: 'interactions', aliases: ['interaction', 'ddi'] }, SOURCES],
  class: [OVERVIEW, { key: 'drugs', aliases: ['members', 'drug'] }, SOURCES],
  mechanism: [
    OVERVIEW,
    { key: 'explanation', aliases: ['how', 'mechanism'] },
    { key: 'clinical', aliases: ['uses'] },
    { key: 'drugs', aliases: ['drug'] },
    { key: 'model', aliases: ['simulation'] },
    SOURCES,
  ],
  'seizure-type': CONDITION_SECTIONS,
  syndrome: CONDITION_SECTIONS,
  interaction: [OVERVIEW, SOURCES],
  enzyme: [OVERVIEW, { key: 'drugs', aliases: ['substrates', 'inducers', 'inhibitors'] }, { key: 'interactions', aliases: ['interaction', 'ddi'] }, SOURCES],
  registry: [OVERVIEW, { key: 'rates', aliases: ['drugs', 'malformations', 'mcm'] }, SOURCES],
};

const GENERIC: SectionKeys = [OVERVIEW, SOURCES];

export function sectionsOf(kind: KindId): SectionKeys {
  return SECTIONS[kind] ?? GENERIC;
}

/** The section key a student's word means for this kind, if any. */
export function sectionKey(kind: KindId, word: string): string | undefined {
  const w = word.toLowerCase().replace(/[\s_]+/g, '-');
  return sectionsOf(kind).find((s) => s.key === w || s.aliases.includes(w))?.key;
}

