/**
 * The one definition of every record kind in data/: zod schemas that give both the
 * TypeScript types (z.infer) and the runtime check at load and in `asm validate`.
 *
 * Conventions the schemas enforce:
 * - Every medical fact is an object with `cite`: a non-empty list of ids from the
 *   record's own `sources` list (checked in crossref.ts).
 * - Numbers carry their unit in the field name (halfLife.hours, proteinBinding.percent,
 *   concentration.typicalFreeUM) or in an explicit `unit` field.
 * - Objects are strict: a misspelt field is an error, not silently ignored.
 */
import { z } from 'zod';

/** Record ids: lower-case words joined by hyphens (they are typed on the command line). */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, e.g. "sodium-channel-block"');

const Text = z.string().trim().min(1, 'must not be empty');
const Cite = z.array(Id).min(1, 'every fact needs at least one source id in "cite"');

/** A sentence or paragraph of teaching text with its sources. */
export const Fact = z.strictObject({ text: Text, cite: Cite });

/** [min, max] with min <= max. */
const range = (inner: z.ZodNumber) =>
  z.tuple([inner, inner]).refine(([lo, hi]) => lo <= hi, { message: 'range must be [min, max] with min <= max' });

export const Source = z.strictObject({
  id: Id,
  title: Text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What the source is: label, guideline, registry, trial, review, paper, textbook. */
  type: z.enum(['label', 'guideline', 'registry', 'trial', 'review', 'paper', 'textbook', 'database']).optional(),
  /** Publication or revision year. */
  year: z.number().int().min(1900).max(2100).optional(),
});

// ---------------------------------------------------------------------------
// Drugs

export const ENZYME_EFFECTS = ['strong-inducer', 'weak-inducer', 'inhibitor', 'mixed', 'none'] as const;
export const ROLES = ['first-line', 'alternative', 'adjunct', 'rescue'] as const;
export const SEVERITIES = ['major', 'moderate', 'minor'] as const;

/**
 * Parameters that let `asm simulate` apply a mechanism in the neuron kernel: a simplified
 * model, always with its sources, and a note saying which numbers were measured, derived
 * or chosen. The kernel never sees drug names, only the parameter changes derived from
 * these (src/domain/drug-effects.ts, whose `MechanismModel` type this must match).
 */
const modelMeta = { note: Text.optional(), cite: Cite };
export const MechanismModel = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Modulated-receptor binding to fast-inactivated sodium channels (use-dependent block). */
    kind: z.literal('inactivated-state-binding'),
    kdInactivatedUM: z.number().positive(),
    konPerMPerS: z.number().positive(),
    kdRestingUM: z.number().positive().optional(),
    ...modelMeta,
  }),
  z.strictObject({
    /** Stabilisation of slow-inactivated sodium channels (lacosamide). */
    kind: z.literal('slow-inactivation'),
    kdUM: z.number().positive(),
    konPerMPerS: z.number().positive(),
    vHalfMv: z.number(),
    slopeMv: z.number().positive(),
    ...modelMeta,
  }),
  z.strictObject({
    /** Fraction of a channel blocked: maxBlock·C^h/(C^h + IC50^h). */
    kind: z.literal('channel-block'),
    channel: z.enum(['na', 'k', 't']),
    ic50UM: z.number().positive(),
    hill: z.number().positive().optional(),
    maxBlock: z.number().min(0).max(1).optional(),
    ...modelMeta,
  }),
  z.strictObject({
    /** GABA-A positive modulation: conductance per event and/or decay time scaled up to their maxima. */
    kind: z.literal('gaba-a-modulation'),
    conductanceScaleMax: z.number().min(1).optional(),
    decayScaleMax: z.number().min(1).optional(),
    ec50UM: z.number().positive().optional(),
    /** Fraction of the maximal effect at the typical free concentration (when no EC50 is known). */
    occupancyAtTypical: z.number().gt(0).lt(1).optional(),
    hill: z.number().positive().optional(),
    ...modelMeta,
  }),
  z.strictObject({
    /** Less excitatory transmitter released per spike (SV2A, α2δ). */
    kind: z.literal('release-reduction'),
    maxReduction: z.number().gt(0).max(1),
    ec50UM: z.number().positive().optional(),
    occupancyAtTypical: z.number().gt(0).lt(1).optional(),
    hill: z.number().positive().optional(),
    ...modelMeta,
  }),
  z.strictObject({
    /** Postsynaptic receptor antagonist (perampanel at AMPA). */
    kind: z.literal('receptor-block'),
    receptor: z.literal('ampa'),
    ic50UM: z.number().positive(),
    hill: z.number().positive().optional(),
    maxBlock: z.number().min(0).max(1).optional(),
    ...modelMeta,
  }),
]);

export const DrugMechanism = z.strictObject({
  /** Mechanism record id: one of the four pillars or another target. */
  pillar: Id,
  /** The molecular target, in words. */
  target: Text,
  primary: z.boolean(),
  /** A short explanation for a student. */
  explanation: Text,
  cite: Cite,
  model: MechanismModel.optional(),
});

export const Indication = z.strictObject({
  /** A seizure-type or syndrome id. */
  id: Id,
  role: z.enum(ROLES),
  note: Text.optional(),
  cite: Cite,
});

export const Worsens = z.strictObject({
  id: Id,
  why: Text,
  cite: Cite,
});

export const Enzymes = z.strictObject({
  effect: z.enum(ENZYME_EFFECTS),
  induces: z.array(Text).default([]),
  inhibits: z.array(Text).default([]),
  substrateOf: z.array(Text).default([]),
  note: Text.optional(),
  cite: Cite,
});

export const Interaction = z.strictObject({
  /** The other drug or class, in words ("combined hormonal contraceptives"). */
  with: Text,
  /** Drug ids in data/ this interaction names, when the other side is a drug here. */
  drugs: z.array(Id).default([]),
  effect: Text,
  severity: z.enum(SEVERITIES),
  management: Text.optional(),
  cite: Cite,
});

export const AdverseEffect = z.strictObject({
  effect: Text,
  /** Part of the US boxed warning. */
  boxed: z.boolean().default(false),
  /** Rare but serious or life-threatening. */
  serious: z.boolean().default(false),
  detail: Text.optional(),
  cite: Cite,
});

export const MalformationRate = z.strictObject({
  /** Registry or study, e.g. "EURAP 2018" or "NAAPR 2012". */
  registry: Text,
  /** Major congenital malformation rate among exposed pregnancies, percent. */
  percent: z.number().min(0).max(100),
  ci95: range(z.number().min(0).max(100)).optional(),
  /** Number of exposed pregnancies. */
  exposed: z.number().int().positive().optional(),
  /** Dose stratum or monotherapy note. */
  note: Text.optional(),
  cite: Cite,
});

export const Pregnancy = z.strictObject({
  text: Text,
  malformationRates: z.array(MalformationRate).default([]),
  cite: Cite,
});

export const Drug = z.strictObject({
  id: Id,
  name: Text,
  brands: z.array(Text).default([]),
  aliases: z.array(Text).default([]),
  class: Text,
  summary: Fact.optional(),
  mechanisms: z.array(DrugMechanism).min(1),
  indications: z.array(Indication).default([]),
  worsens: z.array(Worsens).default([]),
  enzymes: Enzymes,
  interactions: z.array(Interaction).default([]),
  halfLife: z.strictObject({ hours: range(z.number().positive()), note: Text.optional(), cite: Cite }),
  elimination: z.strictObject({ route: z.enum(['hepatic', 'renal', 'mixed']), text: Text, cite: Cite }),
  proteinBinding: z.strictObject({ percent: range(z.number().min(0).max(100)), cite: Cite }),
  therapeuticRange: z
    .strictObject({ low: z.number().nonnegative(), high: z.number().positive(), unit: Text, note: Text.optional(), cite: Cite })
    .refine((r) => r.low < r.high, { message: 'therapeuticRange needs low < high' })
    .optional(),
  /** Typical free (unbound) concentration at therapeutic doses: drives the kernel's dose. */
  concentration: z
    .strictObject({ typicalFreeUM: z.number().positive(), rangeFreeUM: range(z.number().positive()).optional(), note: Text.optional(), cite: Cite })
    .optional(),
  adverseEffects: z.array(AdverseEffect).min(1),
  pregnancy: Pregnancy,
  withdrawal: Fact,
  iv: z.strictObject({ available: z.boolean(), text: Text.optional(), cite: Cite }),
  renal: Fact,
  hepatic: Fact,
  sources: z.array(Source).min(1),
});

// ---------------------------------------------------------------------------
// Mechanisms

export const Mechanism = z.strictObject({
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  /** 1 to 4 for the four pillars of the course; absent for other targets. */
  pillar: z.number().int().min(1).max(4).optional(),
  summary: Text,
  /** The mechanism in depth, paragraph by paragraph. */
  explanation: z.array(Fact).min(1),
  /** Which seizures it suits or worsens, and why. */
  clinical: z.array(Fact).default([]),
  /** How `asm simulate` represents it: always labelled a simplified model. */
  model: Text.optional(),
  sources: z.array(Source).min(1),
});

// ---------------------------------------------------------------------------
// Seizure types and syndromes

export const DrugChoice = z.strictObject({ drug: Id, note: Text.optional(), cite: Cite });
export const DrugAvoid = z.strictObject({ drug: Id, why: Text, cite: Cite });

const conditionFields = {
  id: Id,
  name: Text,
  aliases: z.array(Text).default([]),
  summary: Text,
  features: z.array(Fact).min(1),
  pathophysiology: z.array(Fact).default([]),
  firstLine: z.array(DrugChoice).default([]),
  alternatives: z.array(DrugChoice).default([]),
  avoid: z.array(DrugAvoid).default([]),
  treatment: z.array(Fact).default([]),
  sources: z.array(Source).min(1),
};

export const SeizureType = z.strictObject({
  ...conditionFields,
  onset: z.enum(['focal', 'generalized', 'either']),
});

export const Syndrome = z.strictObject({
  ...conditionFields,
  /** Seizure-type ids seen in the syndrome. */
  seizureTypes: z.array(Id).min(1),
  ageOfOnset: Fact.optional(),
  prognosis: z.array(Fact).default([]),
});

export type SourceT = z.infer<typeof Source>;
export type FactT = z.infer<typeof Fact>;
export type DrugMechanismT = z.infer<typeof DrugMechanism>;
export type MechanismModelT = z.infer<typeof MechanismModel>;
export type DrugRecord = z.infer<typeof Drug>;
export type MechanismRecord = z.infer<typeof Mechanism>;
export type SeizureTypeRecord = z.infer<typeof SeizureType>;
export type SyndromeRecord = z.infer<typeof Syndrome>;
export type EnzymeEffect = (typeof ENZYME_EFFECTS)[number];
