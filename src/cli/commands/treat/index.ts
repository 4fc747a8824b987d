/** asm treat CONDITION: NICE's ladder for a seizure type or syndrome, re-ranked and annotated for one patient. */
import { HEPATIC_BANDS, RENAL_BANDS } from '../../../records/vocab.js';
import { choice, defineCommand, flag, list, number, type OptionsOf } from '../../define.js';

const options = {
  childbearingPotential: flag('--childbearing-potential', 'the patient could become pregnant (MHRA rules for valproate and topiramate)'),
  pregnant: flag('--pregnant', 'the patient is pregnant'),
  breastfeeding: flag('--breastfeeding', 'the patient is breastfeeding'),
  age: number('--age <years>', "the patient's age (valproate under 55, licensed ages in children)", { min: 0, max: 120, unit: 'years' }),
  on: list('--on <ids...>', 'drugs and co-medications the patient takes (e.g. combined-oral-contraceptive warfarin apixaban)', { complete: { records: ['drug', 'comedication'] } }),
  renal: choice('--renal <band>', 'kidney function as a creatinine clearance band: normal (90+ mL/min), mild (60-89), moderate (30-59), severe (under 30) or dialysis', RENAL_BANDS),
  hepatic: choice('--hepatic <band>', 'liver impairment: none, mild, moderate or severe', HEPATIC_BANDS),
  hlaB1502: flag('--hla-b1502', 'the patient carries HLA-B*15:02 (carbamazepine, oxcarbazepine, phenytoin)'),
  json: flag('--json', 'print {condition, tiers, firstLine, alternatives, avoid, cautions, interactions} as JSON'),
};

export type TreatOptions = OptionsOf<typeof options> & { condition: string[] };

export const treat = defineCommand<TreatOptions>({
  name: 'treat',
  summary: 'the NICE ladder for a seizure type or syndrome, for one patient',
  description:
    "Show NICE's treatment ladder for a seizure type or syndrome (first-, second- and third-line, add-on), the drugs to avoid and to use with caution, each with its reason and source. Patient factors re-rank each tier and annotate every drug from its record: pregnancy and the MHRA rules, age, kidney and liver, HLA-B*15:02, and interactions with what the patient already takes.",
  args: [{ name: 'condition', description: 'a seizure type or syndrome: id, name or alias, e.g. absence, JME, "Dravet", focal', required: true, variadic: true, complete: { records: ['seizure-type', 'syndrome'] } }],
  options,
  examples: [
    ['asm treat absence', 'the absence ladder and the absence paradox'],
    ['asm treat JME --childbearing-potential', 'valproate under the MHRA rules'],
    ['asm treat focal --on combined-oral-contraceptive', 'which first-line drugs interact with the pill'],
    ['asm treat focal --hla-b1502 --age 30', 'carbamazepine and oxcarbazepine ruled out'],
    ['asm treat status-epilepticus', 'the time-staged protocol'],
    ['asm treat SeLECTS --age 8 --json', 'data for a script'],
  ],
  load: () => import('./run.js'),
});
