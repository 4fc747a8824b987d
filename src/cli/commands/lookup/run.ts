import { renderDoc } from '../../../present/doc.js';
import { recordJson, toJson } from '../../../present/json.js';
import { recordDoc } from '../../../present/lookup.js';
import { sectionKey, sectionsOf } from '../../../present/sections.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { findRecord } from '../../find.js';
import type { LookupOptions } from './index.js';

export async function run(opts: LookupOptions, ctx: Context): Promise<void> {
  const catalog = await ctx.records();
  const entry = findRecord(catalog, opts.name.join(' '));
  if (opts.json) {
    ctx.out.write(toJson(recordJson(entry, catalog)));
    return;
  }
  let only: string | undefined;
  if (opts.section !== undefined) {
    only = sectionKey(entry.kind, opts.section);
    if (!only) {
      const what = entry.kind.replace('-', ' ');
      const sections = sectionsOf(entry.kind).map((s) => s.key).join(', ');
      if (opts.section === 'list') {
        ctx.print(`sections of a ${what}: ${sections}`);
        return;
      }
      throw new UsageError(`no section "${safe(opts.section)}" for a ${what}`, `sections: ${sections}`);
    }
  }
  ctx.print(renderDoc(recordDoc(entry, catalog), ctx.style, ctx.width, only));
}
