/**
 * The building blocks every record schema is made of (zod): ids, cited facts, sources,
 * ranges, references to other records. Only the slow path (reading YAML, `asm validate`)
 * imports this module, because zod costs about 100 ms to load; the kind declarations
 * (src/records/kinds/) import its *types* only and receive the kit as an argument.
 *
 * Conventions the schemas enforce:
 * - Every medical fact is an object with `cite`: a non-empty list of ids from the
 *   record's own `sources` list (checked in crossref.ts).
 * - Numbers carry their unit in the field name (halfLife.hours, proteinBinding.percent,
 *   concentration.typicalFreeUM) or in an explicit `unit` field.
 * - Objects are strict: a misspelt field is an error, not silently ignored.
 * - A field that names another record is a `ref(kind)`: the cross-reference check finds
 *   every such field through the schema (crossref.ts), so no list of them is kept by hand.
 */
import { z } from 'zod';
import { ENZYME_EFFECTS, EXTENTS, STRENGTHS } from './vocab.js';

/** Record ids: lower-case words joined by hyphens (they are typed on the command line). */
const Id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits joined by hyphens, e.g. "sodium-channel-block"');
const Text = z.string().trim().min(1, 'must not be empty');
const Cite = z.array(Id).min(1, 'every fact needs at least one source id in "cite"');
/** A sentence or paragraph of teaching text with its sources. */
const Fact = z.strictObject({ text: Text, cite: Cite });

/** [min, max] with min <= max. */
const range = (inner: z.ZodNumber) => z.tuple([inner, inner]).refine(([lo, hi]) => lo <= hi, { message: 'range must be [min, max] with min <= max' });

/** What a ref() field points at: one kind, or any of several (a drug or a co-medication). */
export interface RefMeta {
  ref: readonly string[];
}

/** Schemas that hold an id of another record, with the kinds it may name. */
export const REFS = new WeakMap<z.ZodType, RefMeta>();

/** An id naming a record of one of `kinds`; checked across records by crossref.ts. */
function ref(...kinds: string[]) {
  const schema = Id.clone();
  REFS.set(schema, { ref: kinds });
  return schema;
}

/** One id or a list of ids, always a list after parsing. */
function refs(...kinds: string[]) {
  return z.union([ref(...kinds), z.array(ref(...kinds)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));
}

const SOURCE_TYPES = ['label', 'guideline', 'registry', 'trial', 'review', 'paper', 'textbook', 'database'] as const;
const Source = z.strictObject({
  id: Id,
  title: Text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** What the source is: label, guideline, registry, trial, review, paper, textbook. */
  type: z.enum(SOURCE_TYPES).optional(),
  /** Publication or revision year. */
  year: z.number().int().min(1900).max(2100).optional(),
});
const Sources = z.array(Source).min(1);

const Aliases = z.array(Text).default([]);

// ---------------------------------------------------------------------------
// Pharmacology shared by drugs and co-medications

/** What a drug does to enzymes and transporters, and which ones clear it: ids of the enzyme table. */
const Enzymes = z.strictObject({
  effect: z.enum(ENZYME_EFFECTS),
  induces: z.array(z.strictObject({ enzyme: ref('enzyme'), strength: z.enum(STRENGTHS).optional() })).default([]),
  inhibits: z.array(z.strictObject({ enzyme: ref('enzyme'), strength: z.enum(STRENGTHS).optional() })).default([]),
  substrateOf: z.array(z.strictObject({ enzyme: ref('enzyme'), extent: z.enum(EXTENTS).optional() })).default([]),
  note: Text.optional(),
  cite: Cite,
});

/**
 * Parameters that let `asm simulate` apply a mechanism in the neuron kernel: a simplified
 * model, always with its sources, and a note saying which numbers were measured, derived
 * or chosen. The kernel never sees drug names, only the parameter changes derived from
 * these (src/domain/drug-effects.ts takes its type from here).
 */
const modelMeta = { note: Text.optional(), cite: Cite };
const MechanismModel = z.discriminatedUnion('kind', [
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
    /** Tonic (extrasynaptic) conductance: more ambient GABA (GABA uptake or breakdown blocked). */
    tonicScaleMax: z.number().min(1).optional(),
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

/** The kit handed to every kind's schema function. */
export function makeKit() {
  return { z, Id, Text, Cite, Fact, Source, Sources, Aliases, range, ref, refs, Enzymes, MechanismModel };
}

export type Kit = ReturnType<typeof makeKit>;
export type SourceT = z.output<typeof Source>;
export type FactT = z.output<typeof Fact>;
export type EnzymesT = z.output<typeof Enzymes>;
export type MechanismModelT = z.output<typeof MechanismModel>;
