/**
 * The fixed vocabularies of the records: the words a field may take. Kept free of zod so
 * that presenters and domain functions can use them on the fast path; the schemas
 * (kinds/*.ts, through kit.ts) build their enums from these lists.
 */

/** What a drug does to drug-metabolising enzymes, in one word. */
export const ENZYME_EFFECTS = ['strong-inducer', 'weak-inducer', 'inducer', 'inhibitor', 'mixed', 'none'] as const;
/** How strongly a drug induces or inhibits an enzyme. */
export const STRENGTHS = ['strong', 'moderate', 'weak'] as const;
/** How much of a drug's clearance goes through an enzyme. */
export const EXTENTS = ['major', 'minor'] as const;
/** What an enzyme-table entry is. */
export const ENZYME_TYPES = ['enzyme', 'transporter', 'binding', 'other'] as const;

/** The steps of a guideline's ladder for a condition, in the order they are tried. */
export const TIERS = ['first-line', 'second-line', 'third-line', 'first-add-on', 'second-add-on', 'third-add-on', 'specialist', 'rescue'] as const;
export const TIER_TITLES: Record<Tier, string> = {
  'first-line': 'First-line monotherapy',
  'second-line': 'Second-line monotherapy',
  'third-line': 'Third-line monotherapy',
  'first-add-on': 'First-line add-on',
  'second-add-on': 'Second-line add-on',
  'third-add-on': 'Third-line add-on',
  specialist: 'With a specialist (tertiary care)',
  rescue: 'Rescue',
};
/** How firmly a condition's record warns against a drug. */
export const WORSEN_STRENGTHS = ['avoid', 'caution'] as const;

/** What a label licenses a drug for. */
export const LICENSED_USES = ['monotherapy', 'adjunctive', 'both', 'rescue'] as const;
export const REGIONS = ['us', 'uk', 'eu'] as const;
export const SPECTRA = ['broad', 'narrow'] as const;

/** An interaction moves the victim's level up or down, or adds an effect of its own. */
export const DIRECTIONS = ['up', 'down', 'additive'] as const;
export const SEVERITIES = ['major', 'moderate', 'minor'] as const;
/** What an interaction's published magnitude measures. */
export const MEASURES = ['level', 'auc', 'cmin', 'free-level', 'clearance', 'half-life'] as const;

export const COMEDICATION_GROUPS = ['hormonal-contraception', 'anticoagulant', 'antibiotic', 'antifungal', 'antiviral', 'antidepressant', 'antitubercular', 'herbal', 'other'] as const;

export type EnzymeEffect = (typeof ENZYME_EFFECTS)[number];
export type Tier = (typeof TIERS)[number];
export type WorsenStrength = (typeof WORSEN_STRENGTHS)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Severity = (typeof SEVERITIES)[number];

/**
 * The course's topics: lessons belong to one, and `asm quiz --topic` and `asm learn`
 * use the same words.
 */
export const TOPICS = [
  'seizures',
  'pillars',
  'drug-choice',
  'resistance',
  'withdrawal',
  'interactions',
  'pregnancy',
  'treat-or-not',
  'status-epilepticus',
  'special-populations',
  'counselling',
  'children',
  'pharmacokinetics',
  'safety',
] as const;
export type Topic = (typeof TOPICS)[number];

/**
 * Patient factors a drug's record may restrict it for (`asm treat` applies them): who it
 * is for, whether a test result rules it out, which organ failure changes it.
 */
export const PATIENT_FACTORS = ['childbearing-potential', 'pregnancy', 'breastfeeding', 'under-55', 'children', 'older-adults', 'hla-b1502', 'renal', 'hepatic'] as const;
/** avoid: do not use; specialist: only under the conditions the text gives (two specialists, a pregnancy prevention programme); caution: usable with care. */
export const RESTRICTION_ACTIONS = ['avoid', 'specialist', 'caution'] as const;
export type PatientFactor = (typeof PATIENT_FACTORS)[number];
export type RestrictionAction = (typeof RESTRICTION_ACTIONS)[number];

/** Kidney function as creatinine clearance bands (mL/min): normal 90 or more, mild 60-89, moderate 30-59, severe under 30, or on dialysis. */
export const RENAL_BANDS = ['normal', 'mild', 'moderate', 'severe', 'dialysis'] as const;
export const HEPATIC_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type RenalBand = (typeof RENAL_BANDS)[number];
export type HepaticBand = (typeof HEPATIC_BANDS)[number];

/** Most names `asm interact` checks at once, as the interaction checkers students know allow. */
export const MAX_INTERACT = 30;

/** How well supported a withdrawal compensation is: shown beside it by `asm withdraw`. */
export const COMPENSATION_EVIDENCE = ['established', 'hypothesis'] as const;
export type CompensationEvidence = (typeof COMPENSATION_EVIDENCE)[number];

/** The models a preset (data/presets/) can load, and the parameters each one takes. */
export const MODEL_PARAMETERS = {
  decide: ['seizuresPerYear', 'harmPerSeizure', 'remissionPerYear', 'efficacy', 'adverseProbability', 'adverseHarmPerYear', 'years', 'yearsAfterRemission'],
} as const;
export type ModelId = keyof typeof MODEL_PARAMETERS;
export const MODELS = Object.keys(MODEL_PARAMETERS) as ModelId[];
/** How a preset's parameter value was found. */
export const PARAMETER_BASES = ['sourced', 'derived', 'chosen'] as const;
