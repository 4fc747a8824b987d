/** Drugs: the antiseizure medications (data/drugs/<id>.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { LICENSED_USES, PATIENT_FACTORS, REGIONS, RESTRICTION_ACTIONS, SPECTRA } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, range, ref, Enzymes, MechanismModel } = k;
  const DrugMechanism = z.strictObject({
    /** The mechanism record: one of the four pillars or another target. */
    mechanism: ref('mechanism'),
    /** The molecular target, in words. */
    target: Text,
    primary: z.boolean(),
    /** A short explanation for a student. */
    explanation: Text,
    cite: Cite,
    model: MechanismModel.optional(),
  });
  const Licensed = z.strictObject({
    condition: ref('seizure-type', 'syndrome'),
    use: z.enum(LICENSED_USES),
    region: z.enum(REGIONS),
    /** The ages the label gives, in words ("from 4 years"). */
    ages: Text.optional(),
    note: Text.optional(),
    cite: Cite,
  });
  const AdverseEffect = z.strictObject({
    effect: Text,
    /** Part of the US boxed warning. */
    boxed: z.boolean().default(false),
    /** Rare but serious or life-threatening. */
    serious: z.boolean().default(false),
    detail: Text.optional(),
    cite: Cite,
  });
  const percent = z.number().min(0).max(100);
  const RateRow = z.strictObject({
    registry: ref('registry'),
    /** Year of the report the figure comes from. */
    year: z.number().int().min(1980).max(2100),
    /** Major congenital malformations among exposed pregnancies, %. */
    percent,
    ci95: range(percent).optional(),
    /** Exposed pregnancies. */
    n: z.number().int().positive().optional(),
    /** Pregnancies with a major congenital malformation. */
    cases: z.number().int().nonnegative().optional(),
    /** Absent: all doses. */
    doseBand: z
      .strictObject({ label: Text, minMgPerDay: z.number().nonnegative().optional(), maxMgPerDay: z.number().positive().optional() })
      .optional(),
    note: Text.optional(),
    cite: Cite,
  });
  const Outcome = z.strictObject({
    outcome: Text,
    percent: percent.optional(),
    ci95: range(percent).optional(),
    comparison: Text.optional(),
    text: Text,
    cite: Cite,
  });
  const Dose = z.strictObject({ text: Text, cite: Cite });
  const Dosing = z.strictObject({
    adult: z
      .strictObject({
        start: Dose.optional(),
        titration: Dose.optional(),
        maintenance: z
          .strictObject({
            mgPerDay: range(z.number().positive()).optional(),
            dosesPerDay: range(z.number().int().positive()).optional(),
            text: Text,
            cite: Cite,
          })
          .optional(),
        maxMgPerDay: z.number().positive().optional(),
      })
      .optional(),
    children: z
      .strictObject({
        text: Text,
        mgPerKgPerDay: range(z.number().positive()).optional(),
        minAgeYears: z.number().nonnegative().optional(),
        cite: Cite,
      })
      .optional(),
    loading: z.strictObject({ text: Text, mgPerKg: range(z.number().positive()).optional(), cite: Cite }).optional(),
    acute: Dose.optional(),
    note: Text.optional(),
  });
  return z.strictObject({
    id: Id,
    name: Text,
    brands: z.array(Text).default([]),
    aliases: Aliases,
    /** The drug's class in words ("Phenyltriazine sodium-channel blocker"). */
    class: Text,
    /** Class records the drug belongs to (benzodiazepine, gabapentinoid, ...). */
    classes: z.array(ref('class')).default([]),
    summary: Fact,
    spectrum: z.strictObject({ value: z.enum(SPECTRA), note: Text.optional(), cite: Cite }).optional(),
    mechanisms: z.array(DrugMechanism).min(1),
    /** What the labels license (FDA, UK SmPC); guideline tiers live in the condition records. */
    licensed: z.array(Licensed).default([]),
    enzymes: Enzymes,
    halfLife: z
      .strictObject({
        hours: range(z.number().positive()),
        /**
         * One typical adult value within the range, for the models (`asm pk`, `asm withdraw`):
         * the mean the sources give, else the middle of their range, on maintenance therapy
         * (carbamazepine after autoinduction). Its source is the field's `cite`.
         */
        typicalHours: z.number().positive().optional(),
        note: Text.optional(),
        cite: Cite,
      })
      .refine((h) => h.typicalHours === undefined || (h.typicalHours >= h.hours[0] && h.typicalHours <= h.hours[1]), {
        message: 'typicalHours must lie within hours',
        path: ['typicalHours'],
      }),
    elimination: z.strictObject({ route: z.enum(['hepatic', 'renal', 'mixed']), text: Text, cite: Cite }),
    proteinBinding: z.strictObject({ percent: range(percent), cite: Cite }),
    therapeuticRange: z
      .strictObject({ low: z.number().nonnegative(), high: z.number().positive(), unit: Text, note: Text.optional(), cite: Cite })
      .refine((r) => r.low < r.high, { message: 'therapeuticRange needs low < high' })
      .optional(),
    /** Typical free (unbound) concentration at therapeutic doses: drives the kernel's dose. */
    concentration: z
      .strictObject({ typicalFreeUM: z.number().positive(), rangeFreeUM: range(z.number().positive()).optional(), note: Text.optional(), cite: Cite })
      .optional(),
    dosing: Dosing.optional(),
    /**
     * What the one-compartment teaching model of `asm pk` needs besides the half-life: the
     * apparent volume of distribution and the oral bioavailability (the model uses the middle
     * of each range), and for a drug with saturable elimination its Michaelis-Menten
     * constants for a reference adult.
     */
    pk: z
      .strictObject({
        volumeLPerKg: range(z.number().positive()),
        bioavailabilityPercent: range(z.number().gt(0).max(100)),
        michaelisMenten: z
          .strictObject({
            /** Maximum elimination rate for an adult of `forWeightKg`, mg/day. */
            vmaxMgPerDay: z.number().positive(),
            /** Concentration at half the maximum rate, mg/L. */
            kmMgL: z.number().positive(),
            forWeightKg: z.number().positive(),
            /** Vmax scales with (weight / forWeightKg) to this power. */
            weightExponent: z.number().min(0).max(1).default(1),
            cite: Cite,
          })
          .optional(),
        note: Text.optional(),
        cite: Cite,
      })
      .optional(),
    adverseEffects: z.array(AdverseEffect).min(1),
    pregnancy: z.strictObject({ text: Text, rates: z.array(RateRow).default([]), outcomes: z.array(Outcome).default([]), cite: Cite }),
    breastfeeding: z.strictObject({ text: Text, relativeInfantDosePercent: range(percent).optional(), cite: Cite }).optional(),
    withdrawal: Fact,
    iv: z.strictObject({ available: z.boolean(), text: Text.optional(), cite: Cite }),
    renal: Fact,
    hepatic: Fact,
    /** What a patient factor does to the drug (MHRA rules, HLA-B*15:02, organ failure): `asm treat` applies these. */
    restrictions: z
      .array(
        z.strictObject({
          when: z.enum(PATIENT_FACTORS),
          /** Only below this age (children under 2 years). */
          belowAgeYears: z.number().positive().optional(),
          action: z.enum(RESTRICTION_ACTIONS),
          text: Text,
          cite: Cite,
        }),
      )
      .default([]),
    /** Uses outside epilepsy a student meets (neuropathic pain, bipolar disorder, ...). */
    otherUses: z.array(z.strictObject({ use: Text, licensed: z.boolean(), note: Text.optional(), cite: Cite })).default([]),
    sources: Sources,
  });
}

export const drug = defineKind({
  kind: 'drug',
  key: 'drugs',
  label: 'drug',
  plural: 'drugs',
  store: { folder: 'drugs' },
  schema,
  names: standardNames,
  title: (r) => r.name,
  searchLabels: {
    class: 'class',
    mechanisms: 'mechanism',
    licensed: 'licensed for',
    spectrum: 'spectrum',
    enzymes: 'enzymes',
    halfLife: 'half-life',
    elimination: 'elimination',
    proteinBinding: 'protein binding',
    therapeuticRange: 'therapeutic range',
    concentration: 'concentration',
    dosing: 'dosing',
    pk: 'pharmacokinetics',
    adverseEffects: 'adverse effect',
    pregnancy: 'pregnancy',
    breastfeeding: 'breastfeeding',
    withdrawal: 'withdrawal',
    iv: 'IV',
    renal: 'kidney',
    hepatic: 'liver',
    otherUses: 'other use',
    restrictions: 'restriction',
  },
});

export type DrugRecord = RecordOf<typeof drug>;
export type DrugMechanismT = DrugRecord['mechanisms'][number];
export type RateRowT = DrugRecord['pregnancy']['rates'][number];
