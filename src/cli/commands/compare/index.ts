/** asm compare A B [C ...]: drugs side by side, field by field. */
import { COMPARE_FIELDS, DEFAULT_COMPARE_FIELDS } from '../../../domain/compare.js';
import { defineCommand, flag, text, type OptionsOf } from '../../define.js';

const options = {
  fields: text('-f, --fields <list>', `comma-separated fields: ${COMPARE_FIELDS.map((f) => f.key).join(', ')}`, { default: DEFAULT_COMPARE_FIELDS.join(','), complete: COMPARE_FIELDS.map((f) => f.key) }),
  json: flag('--json', 'print {drugs, rows} as JSON'),
};

export type CompareOptions = OptionsOf<typeof options> & { drugs: string[] };

export const compare = defineCommand<CompareOptions>({
  name: 'compare',
  summary: 'two or more drugs side by side',
  description:
    'Compare drugs field by field. Rows where the drugs differ are marked with *. The table turns (one block per field) when the drugs do not fit the terminal width.',
  args: [{ name: 'drugs', description: 'two or more drugs: ids, names, brands or aliases', required: true, variadic: true, complete: { records: ['drug'] } }],
  options,
  examples: [
    ['asm compare carbamazepine valproate ethosuximide', 'the classic absence-paradox trio'],
    ['asm compare Keppra Lamictal --fields pregnancy,enzymes', 'two fields, by brand'],
    ['asm compare phenytoin fosphenytoin --json', 'rows for a script'],
  ],
  load: () => import('./run.js'),
});
