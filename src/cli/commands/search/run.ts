import { toJson } from '../../../present/json.js';
import { renderSearch } from '../../../present/search.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import type { SearchOptions } from './index.js';

/** Longer queries are not sentences a student types; they would only slow the ranking down. */
const MAX_QUERY_WORDS = 32;
const MAX_QUERY_CHARS = 400;

export async function run(opts: SearchOptions, ctx: Context): Promise<void> {
  const query = opts.text.join(' ').trim();
  if (!/[\p{L}\p{N}]/u.test(query)) throw new UsageError('give at least one word to search for', 'e.g. asm search "kidney stones"');
  const words = query.split(/\s+/).length;
  if (words > MAX_QUERY_WORDS || query.length > MAX_QUERY_CHARS) {
    throw new UsageError(`the search is too long (${words} words, ${query.length} characters)`, `search for at most ${MAX_QUERY_WORDS} words and ${MAX_QUERY_CHARS} characters: the key terms`);
  }
  const catalog = await ctx.records();
  // MiniSearch is loaded only for this command.
  const { RecordSearch } = await import('../../../domain/search.js');
  const result = new RecordSearch(catalog).search(query, opts.limit);
  if (opts.json) {
    ctx.out.write(toJson(result.hits.map(({ recordId, kind, name, field, snippet, score }) => ({ id: recordId, kind, name, field, snippet, score: Number(score.toFixed(3)) }))));
    return;
  }
  if (result.hits.length === 0) {
    ctx.print(`Nothing in the records mentions "${safe(query)}".`);
    return;
  }
  if (result.match !== 'all') {
    ctx.print(ctx.style.dim(`No record matches all of "${safe(query)}"; these match ${result.match === 'some' ? 'some of the words' : 'words spelt alike'}:`));
    ctx.print();
  }
  ctx.print(renderSearch(result.hits, ctx.style, ctx.width));
}
