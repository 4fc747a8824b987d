/**
 * Presets: a named set of inputs for one of the teaching models (data/presets/<id>.yaml),
 * e.g. `asm decide --preset bects`. Every parameter carries its unit, how it was found
 * (sourced, derived from sources, or chosen) and the reasoning; a sourced or derived value
 * cites the preset's own sources. Presets are found by id within their model
 * (`--preset ID`), not by name: their ids may repeat a condition's name (bects).
 */
import { defineKind, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';
import { MODEL_PARAMETERS, MODELS, PARAMETER_BASES } from '../vocab.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, ref } = k;
  const Parameter = z
    .strictObject({
      /** The model's parameter (the option's name in camel case: seizuresPerYear). */
      key: Text,
      value: z.number(),
      unit: Text,
      basis: z.enum(PARAMETER_BASES),
      /** Why this value: what the sources say, or why it was chosen. */
      reasoning: Text,
      cite: Cite.optional(),
    })
    .refine((p) => p.basis === 'chosen' || p.cite !== undefined, { message: 'a sourced or derived parameter needs "cite"', path: ['cite'] });
  return z
    .strictObject({
      id: Id,
      name: Text,
      aliases: Aliases,
      /** The model it loads: the command `asm <model> --preset <id>`. */
      model: z.enum(MODELS),
      summary: Fact,
      /** The condition the case is about, when there is one. */
      condition: ref('seizure-type', 'syndrome').optional(),
      parameters: z.array(Parameter).min(1),
      sources: Sources,
    })
    .superRefine((p, ctx) => {
      const allowed: readonly string[] = MODEL_PARAMETERS[p.model];
      p.parameters.forEach((x, i) => {
        if (!allowed.includes(x.key)) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'key'], message: `"${x.key}" is not a parameter of ${p.model} (${allowed.join(', ')})` });
        if (p.parameters.findIndex((y) => y.key === x.key) !== i) ctx.addIssue({ code: 'custom', path: ['parameters', i, 'key'], message: `"${x.key}" is given twice` });
      });
    });
}

export const preset = defineKind({
  kind: 'preset',
  key: 'presets',
  label: 'model preset',
  plural: 'model presets',
  store: { folder: 'presets' },
  schema,
  title: (r) => r.name,
  searchLabels: { parameters: 'model parameter' },
});

export type PresetRecord = RecordOf<typeof preset>;
