import { interactionsAmong, interactionsOfOne } from '../../../domain/clinical/interact.js';
import { MAX_INTERACT } from '../../../records/vocab.js';
import { findingJson, interactDoc } from '../../../present/clinical.js';
import { renderDoc } from '../../../present/doc.js';
import { toJson } from '../../../present/json.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findOf } from '../../find.js';
import type { InteractOptions } from './index.js';

export async function run(opts: InteractOptions, ctx: Context): Promise<void> {
  if (opts.drugs.length > MAX_INTERACT) throw new UsageError(`interact checks at most ${MAX_INTERACT} names at once, not ${opts.drugs.length}`, 'split the list');
  const catalog = await ctx.records();
  const ids = opts.drugs.map(
    (name) => findOf(catalog, name, ['drug', 'comedication'], 'drug or co-medication', { noMatch: '`asm list` shows the drugs; `asm list comedications` the co-medications' }).record.id,
  );
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new UsageError(`${safe(catalog.nameOf(dup))} is named twice`, 'name each medicine once');
  const findings = ids.length === 1 ? interactionsOfOne(catalog, ids[0]!) : interactionsAmong(catalog, ids);
  if (opts.json) {
    ctx.out.write(toJson({ drugs: ids, interactions: findings.map((f) => findingJson(f, catalog)) }));
    return;
  }
  ctx.print(renderDoc(interactDoc(ids, findings, catalog, opts.explain ?? false), ctx.style, ctx.width));
}
