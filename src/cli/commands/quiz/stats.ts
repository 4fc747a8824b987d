import { join } from 'node:path';
import { LOG_FILE, readLogFile } from '../../../quiz/log.js';
import type { Context } from '../../context.js';
import { loadCards, quizHome, readConfig } from './common.js';
import type { StatsOptions } from './index.js';

export async function run(opts: StatsOptions, ctx: Context): Promise<void> {
  const home = quizHome(ctx);
  const cfg = readConfig(home);
  const [{ createScheduler }, { loadHistory }, { computeStats, renderStats }] = await Promise.all([
    import('../../../quiz/schedule.js'),
    import('../../../quiz/history.js'),
    import('../../../quiz/stats.js'),
  ]);
  const scheduler = createScheduler({ retention: opts.retention ?? cfg.retention });
  const { all } = await loadCards(ctx, {});
  // Read-only: stats never creates the folder nor writes the log.
  const log = readLogFile(join(home, LOG_FILE));
  const history = loadHistory(home, scheduler, { fuzz: true, writeSnapshot: false });
  const stats = computeStats(log.entries, log.bad, all, history.cards, scheduler, ctx.now().getTime(), opts.dayStarts ?? cfg.dayStartsAt);
  if (opts.json) {
    ctx.print(JSON.stringify(stats, null, 2));
    return;
  }
  ctx.print(renderStats(stats, ctx.style, ctx.width));
  ctx.print(ctx.style.dim(`Review log: ${join(home, LOG_FILE)}`));
}
