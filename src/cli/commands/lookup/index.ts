/** asm lookup NAME: one record found by id, name, brand or alias, as a page, one section, or JSON. */
import { SECTIONS } from '../../../present/sections.js';
import { defineCommand, flag, text, type OptionsOf } from '../../define.js';

const keys = (kind: 'drug' | 'mechanism' | 'syndrome') => SECTIONS[kind].map((s) => s.key).join(', ');

const options = {
  section: text(
    '-s, --section <name>',
    `show one section (with the sources it cites). Drugs: ${keys('drug')}. Conditions: ${keys('syndrome')}. Mechanisms: ${keys('mechanism')}. Other kinds: \`asm lookup NAME --section list\``,
    { complete: [...new Set(Object.values(SECTIONS).flatMap((list) => (list ?? []).map((s) => s.key)))] },
  ),
  json: flag('--json', 'print the whole record as JSON (see README: JSON contract)'),
};

export type LookupOptions = OptionsOf<typeof options> & { name: string[] };

export const lookup = defineCommand<LookupOptions>({
  name: 'lookup',
  aliases: ['show'],
  summary: 'everything about a drug, class, mechanism, condition or enzyme',
  description:
    'Show one record (a drug, co-medication, class, mechanism, seizure type, syndrome, enzyme or pregnancy registry), found by id, name, brand or alias; case does not matter. A near miss prints "did you mean" suggestions and exits 1.',
  args: [{ name: 'name', description: 'id, name, brand or alias, e.g. carbamazepine, Tegretol, CBZ, JME, benzodiazepines', required: true, variadic: true, complete: { records: [] } }],
  options,
  examples: [
    ['asm lookup carbamazepine', 'the whole page'],
    ['asm lookup Tegretol --section pregnancy', 'by brand; one section'],
    ['asm lookup sodium-channel-block', 'a mechanism and the drugs acting there'],
    ['asm lookup JME', 'a syndrome by its short name'],
    ['asm lookup benzodiazepines', 'a class and its drugs'],
    ['asm lookup valproate --json | jq .halfLifeHours', 'data for a script'],
  ],
  load: () => import('./run.js'),
});
