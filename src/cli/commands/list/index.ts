/** asm list [KIND]: the drugs (or another kind of record), with drug filters that combine. */
import { KINDS } from '../../../records/collections.js';
import { choice, defineCommand, flag, text, type OptionsOf } from '../../define.js';

const options = {
  pillar: text('-p, --pillar <mechanism>', 'drugs acting at a mechanism, e.g. sodium-channel-block, gaba-enhancement', { complete: { records: ['mechanism'] } }),
  treats: text('-t, --treats <condition>', 'drugs used for a seizure type or syndrome, e.g. absence, JME', { complete: { records: ['seizure-type', 'syndrome'] } }),
  worsens: text('-w, --worsens <condition>', 'drugs that may worsen a seizure type or syndrome', { complete: { records: ['seizure-type', 'syndrome'] } }),
  inducer: flag('--inducer', 'enzyme inducers only'),
  iv: flag('--iv', 'drugs with an intravenous form only'),
  spectrum: choice('--spectrum <spectrum>', 'broad- or narrow-spectrum drugs only', ['broad', 'narrow']),
  class: text('-c, --class <class>', 'drugs of a class, e.g. benzodiazepines, gabapentinoids', { complete: { records: ['class'] } }),
  json: flag('--json', 'print the records as a JSON array (see README: JSON contract)'),
};

export type ListOptions = OptionsOf<typeof options> & { kind?: string };

export const list = defineCommand<ListOptions>({
  name: 'list',
  aliases: ['ls'],
  summary: 'list drugs, with filters that combine',
  description: 'List the drugs (default) or the records of another kind. Drug filters combine: a drug must pass all of them.',
  args: [{ name: 'kind', description: `what to list: ${KINDS.map((k) => k.plural.replace(/ /g, '-')).join(', ')}`, complete: KINDS.map((k) => k.plural.replace(/ /g, '-')) }],
  options,
  examples: [
    ['asm list', 'every drug'],
    ['asm list --pillar sodium-channel-block --inducer', 'sodium-channel blockers that induce enzymes'],
    ['asm list --treats status-epilepticus --iv', 'what can be given IV in status epilepticus'],
    ['asm list --worsens absence', 'drugs that may make absence seizures worse'],
    ['asm list --spectrum narrow', 'narrow-spectrum drugs'],
    ['asm list --class benzodiazepines', 'the drugs of a class'],
    ['asm list syndromes', 'the syndromes in the records'],
    ['asm list interactions', 'every interaction record'],
  ],
  load: () => import('./run.js'),
});
