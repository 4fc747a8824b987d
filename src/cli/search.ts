/**
 * asm search TEXT: full-text search over every record, ranked; each hit names the
 * record and the field, with the matching words highlighted in a snippet.
 */
import type { Command } from 'commander';
import { toJson } from '../present/json.js';
import { renderSearch } from '../present/search.js';
import { UsageError } from './errors.js';
import { examples } from './help.js';
import type { Runner } from './main.js';

interface SearchOptions {
  limit: string;
  json?: boolean;
}

export function register(program: Command, run: Runner): void {
  program
    .command('search')
    .alias('find')
    .summary('full-text search over every record')
    .description('Search every field of every record. All words must match (a word also matches its start: "hypona" finds hyponatremia); if nothing matches all, any word may.')
    .argument('<text...>', 'words to look for')
    .option('-n, --limit <n>', 'how many hits to show (1-100)', '10')
    .option('--json', 'print the hits as JSON')
    .addHelpText(
      'after',
      examples([
        ['asm search hyponatremia', 'which drugs cause it, and where it is said'],
        ['asm search "kidney stones"', 'a phrase'],
        ['asm search HLA-B', 'pharmacogenomic warnings'],
        ['asm search SV2A --json', 'hits for a script'],
      ]),
    )
    .action(
      run(async (ctx, words: string[], opts: SearchOptions) => {
        const query = words.join(' ').trim();
        const limit = Number(opts.limit);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError(`--limit must be a whole number from 1 to 100, not "${opts.limit}"`);
        if (!/[\p{L}\p{N}]/u.test(query)) throw new UsageError('give at least one word to search for', 'e.g. asm search "kidney stones"');
        const catalog = await ctx.records();
        // MiniSearch is loaded only for this command.
        const { RecordSearch } = await import('../domain/search.js');
        const hits = new RecordSearch(catalog).search(query, limit);
        if (opts.json) {
          ctx.out.write(toJson(hits.map(({ recordId, kind, name, field, snippet, score }) => ({ id: recordId, kind, name, field, snippet, score: Number(score.toFixed(3)) }))));
          return;
        }
        if (hits.length === 0) {
          ctx.print(`Nothing in the records mentions "${query}".`);
          return;
        }
        ctx.print(renderSearch(hits, ctx.style, ctx.width));
      }),
    );
}
