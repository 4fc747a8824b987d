/** asm interact A [B ...]: every interaction among drugs and co-medications, documented and predicted. */
import { MAX_INTERACT } from '../../../records/vocab.js';
import { defineCommand, flag, type OptionsOf } from '../../define.js';

const options = {
  explain: flag('--explain', 'walk through the mechanism of each interaction'),
  json: flag('--json', 'print {interactions: [{perpetrator, victim, direction, mechanism, advice, documented, ...}]} as JSON'),
};

export type InteractOptions = OptionsOf<typeof options> & { drugs: string[] };

export const interact = defineCommand<InteractOptions>({
  name: 'interact',
  summary: 'interactions among drugs and co-medications',
  description: `Check every pair among up to ${MAX_INTERACT} drugs and co-medications: which acts on which and in which direction, the enzyme or transporter, the size where published, what happens and what to do, with its severity and source. Where no interaction is recorded but the enzyme profiles predict one, it is shown apart, as a prediction with its reasoning. One name alone lists everything recorded for it. The records are not exhaustive: "no interaction recorded" never means safe.`,
  args: [{ name: 'drugs', description: 'drugs and co-medications: ids, names, brands or aliases (e.g. carbamazepine "the pill" warfarin)', required: true, variadic: true, complete: { records: ['drug', 'comedication'] } }],
  options,
  examples: [
    ['asm interact valproate lamotrigine', 'the classic: lamotrigine doubles'],
    ['asm interact carbamazepine combined-oral-contraceptive', 'the contraceptive that failed'],
    ['asm interact carbamazepine apixaban warfarin --explain', 'inducers and anticoagulants, with the mechanism'],
    ['asm interact phenytoin', 'everything recorded for phenytoin'],
    ['asm interact cenobamate phenytoin phenobarbital --json', 'data for a script'],
  ],
  load: () => import('./run.js'),
});
