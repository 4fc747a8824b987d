/** asm __complete WORDS...: the completion candidates for the last word (used by `asm completion`). */
import { defineCommand, type OptionsOf } from '../../define.js';

const options = {};

export type CompleteOptions = OptionsOf<typeof options> & { words: string[] };

export const complete = defineCommand<CompleteOptions>({
  name: '__complete',
  hidden: true,
  summary: 'completion candidates for the words typed so far',
  description: 'Print the candidates for the last word, one per line. Used by the scripts of `asm completion`.',
  args: [{ name: 'words', description: 'the words after "asm", the last being the one to complete', variadic: true }],
  options,
  examples: [['asm __complete -- lookup carb', 'carbamazepine']],
  load: () => import('./run.js'),
});
