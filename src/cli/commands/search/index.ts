/** asm search TEXT: full-text search over every record, ranked, with highlighted snippets. */
import { defineCommand, flag, number, type OptionsOf } from '../../define.js';

const options = {
  limit: number('-n, --limit <n>', 'how many hits to show', { integer: true, min: 1, max: 100, default: 10 }),
  json: flag('--json', 'print the hits as JSON'),
};

export type SearchOptions = OptionsOf<typeof options> & { text: string[] };

export const search = defineCommand<SearchOptions>({
  name: 'search',
  aliases: ['find'],
  summary: 'full-text search over every record',
  description:
    'Search every field of every record. All words must match (a word also matches its start: "hypona" finds hyponatremia); if nothing matches all of them, the hits that match some are shown, and the output says so.',
  args: [{ name: 'text', description: 'words to look for', required: true, variadic: true }],
  options,
  examples: [
    ['asm search hyponatremia', 'which drugs cause it, and where it is said'],
    ['asm search "kidney stones"', 'a phrase'],
    ['asm search HLA-B', 'pharmacogenomic warnings'],
    ['asm search SV2A --json', 'hits for a script'],
  ],
  load: () => import('./run.js'),
});
