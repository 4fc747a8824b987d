/**
 * asm resistance: drug-resistant epilepsy. The text is the lesson drug-resistant-epilepsy
 * (its one home); the transporter calculation is a simplified teaching model
 * (src/domain/models/resistance.ts) over the drugs the records mark as P-gp substrates,
 * against drugs they do not.
 */
import { defineCommand, flag, list, number, type OptionsOf } from '../../define.js';

const options = {
  efflux: number('--efflux <x>', 'P-glycoprotein efflux at the blood-brain barrier relative to normal (1 = normal); the table shows 1, 2, 4, 8 and this', { min: 1, max: 100, unit: '× normal', default: 4 }),
  drug: list('--drug <id...>', 'drugs to compare (default: the P-gp substrates and the drugs whose records discuss P-gp)', { complete: { records: ['drug'] } }),
  json: flag('--json', 'print {efflux, drugs: [{id, substrate, evidence, rows: [{efflux, brainLevel, occupancy}]}]} as JSON'),
};

export type ResistanceOptions = OptionsOf<typeof options>;

export const resistance = defineCommand<ResistanceOptions>({
  name: 'resistance',
  summary: 'drug-resistant epilepsy, and the transporter hypothesis as a calculation',
  description:
    'The ILAE definition of drug-resistant epilepsy and how common it is, the transporter, target and network hypotheses and the next steps (surgery, diet, neurostimulation), from the lesson; then a teaching model of the transporter hypothesis: the brain level and target occupancy of drugs the records mark as P-glycoprotein substrates as efflux rises, against drugs they do not, with the evidence for each.',
  options,
  examples: [
    ['asm resistance', 'the lesson and the calculation'],
    ['asm resistance --efflux 10', 'a tenfold rise in efflux'],
    ['asm resistance --drug oxcarbazepine --drug levetiracetam', 'two drugs side by side'],
    ['asm resistance --json', 'the figures for a script'],
  ],
  load: () => import('./run.js'),
});
