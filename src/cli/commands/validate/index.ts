/** asm validate [DIR]: every problem in a records folder, as file:line:col; exit 1 if any. */
import { defineCommand, flag, type OptionsOf } from '../../define.js';

const options = {
  json: flag('--json', 'print {ok, dir, files, counts, ignored, problems} as JSON'),
};

export type ValidateOptions = OptionsOf<typeof options> & { dir?: string };

export const validate = defineCommand<ValidateOptions>({
  name: 'validate',
  summary: 'check a records folder: schema, references, duplicates',
  description: 'Check every record in a folder (default: the data in use) and list every problem with its file, line and column. Files that are not records (a README, an editor backup) are listed as ignored.',
  args: [{ name: 'dir', description: 'records folder (default: --data, $ASM_DATA, or the built-in data/)' }],
  options,
  examples: [
    ['asm validate', 'check the records in use'],
    ['asm validate ./my-drugs', "check a teacher's own folder before pointing --data at it"],
    ['asm validate --json | jq .problems', 'problems for a script'],
  ],
  load: () => import('./run.js'),
});
