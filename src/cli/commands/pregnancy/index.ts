/** asm pregnancy [DRUG ...]: major congenital malformation rates from the registries, ranked, with the baseline. */
import { defineCommand, flag, text, type OptionsOf } from '../../define.js';

const options = {
  registry: text('-r, --registry <registry>', 'only rows from one registry: eurap, naapr or uk-ireland', { complete: { records: ['registry'] } }),
  allYears: flag('--all-years', "every report's row, not only the newest per registry and dose band"),
  ascii: flag('--ascii', 'plain ASCII bars'),
  json: flag('--json', 'print [{id, majorMalformationPercent, registry, year, doseBand, n, source}] as JSON, highest first'),
};

export type PregnancyOptions = OptionsOf<typeof options> & { drugs: string[] };

export const pregnancy = defineCommand<PregnancyOptions>({
  name: 'pregnancy',
  summary: 'malformation rates by drug, registry and dose, ranked',
  description:
    'Rank the major congenital malformation (MCM) rates of the pregnancy registries (EURAP, the North American AED Pregnancy Registry, the UK and Ireland register) as a bar chart, by dose band where one is published, with 95% confidence intervals and the unexposed baseline; then the timing of neural-tube closure, folic acid, the named risks and rules (valproate, topiramate) and breastfeeding for the drugs shown.',
  args: [{ name: 'drugs', description: 'drugs to show (default: every drug with a registry rate)', variadic: true, complete: { records: ['drug'] } }],
  options,
  examples: [
    ['asm pregnancy', 'every drug with a registry rate'],
    ['asm pregnancy valproate lamotrigine levetiracetam', 'three drugs side by side'],
    ['asm pregnancy --registry naapr', 'one registry'],
    ['asm pregnancy valproate --all-years', 'every report over the years'],
    ['asm pregnancy --json | jq .[0]', 'the highest rate'],
  ],
  load: () => import('./run.js'),
  figure: () => import('./figure.js'),
});
