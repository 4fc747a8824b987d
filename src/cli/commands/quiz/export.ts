import { exportCards } from '../../../quiz/export.js';
import type { Context } from '../../context.js';
import { loadCards } from './common.js';
import type { ExportOptions } from './index.js';

export async function run(opts: ExportOptions, ctx: Context): Promise<void> {
  const { cards } = await loadCards(ctx, opts);
  ctx.out.write(exportCards(cards.filter((c) => !c.trace), opts.format));
}
