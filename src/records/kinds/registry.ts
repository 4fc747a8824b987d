/** Pregnancy registries, whose rows the drug records cite by id: a small table (data/registries.yaml). */
import { defineKind, standardNames, type RecordOf } from '../kind.js';
import type { Kit } from '../kit.js';

function schema(k: Kit) {
  const { z, Id, Text, Cite, Fact, Sources, Aliases, range } = k;
  const percent = z.number().min(0).max(100);
  return z.strictObject({
    id: Id,
    name: Text,
    /** A short name for chart labels ("NAAPR"). */
    short: Text.optional(),
    aliases: Aliases,
    summary: Fact,
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** Major congenital malformations in the registry's unexposed comparison group, %. */
    baseline: z
      .strictObject({ percent, ci95: range(percent).optional(), n: z.number().int().positive().optional(), year: z.number().int().min(1980).max(2100), note: Text.optional(), cite: Cite })
      .optional(),
    sources: Sources,
  });
}

export const registry = defineKind({
  kind: 'registry',
  key: 'registries',
  label: 'pregnancy registry',
  plural: 'pregnancy registries',
  store: { file: 'registries.yaml' },
  schema,
  names: standardNames,
  title: (r) => r.name,
});

export type RegistryRecord = RecordOf<typeof registry>;
