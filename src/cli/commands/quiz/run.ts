import { ReviewLog } from '../../../quiz/log.js';
import { buildQueue, cramQueue, daySeed, Drill, type Prepare } from '../../../quiz/session.js';
import type { Context } from '../../context.js';
import { EXIT } from '../../errors.js';
import { loadCards, quizHome, readConfig, warnBadLines } from './common.js';
import type { QuizOptions } from './index.js';

export async function run(opts: QuizOptions, ctx: Context): Promise<number> {
  const home = quizHome(ctx);
  const cfg = readConfig(home);
  const retention = opts.retention ?? cfg.retention;
  const dayStartsAt = opts.dayStarts ?? cfg.dayStartsAt;
  const [{ createScheduler }, { loadHistory }] = await Promise.all([import('../../../quiz/schedule.js'), import('../../../quiz/history.js')]);
  const { cards, names } = await loadCards(ctx, opts);
  const scheduler = createScheduler({ retention });
  // Opening for append first repairs a torn last line, so it is then reported like any unreadable line.
  const log = ReviewLog.open(home);
  try {
    const history = loadHistory(home, scheduler, { fuzz: true });
    warnBadLines(ctx, history.bad);
    const now = ctx.now().getTime();
    const seed = opts.seed ?? daySeed(now, dayStartsAt);
    const built = buildQueue(cards, history.cards, { now, count: opts.count, newPerDay: opts.new ?? cfg.newPerDay, reviewsPerDay: cfg.reviewsPerDay, dayStartsAt, seed });
    const queue = opts.cram ? cramQueue(cards, history.cards, scheduler, now, opts.count, seed) : built.queue;
    if (queue.length === 0) {
      const next = [...history.cards.values()].map((h) => h.state.due).filter((t) => t > now).sort((a, b) => a - b)[0];
      ctx.print(`Nothing due now${built.counts.newLeft === 0 ? ', and no new cards left for today' : ''}.${next ? ` Next card due ${new Date(next).toLocaleString()}.` : ''}`);
      ctx.print(ctx.style.dim('Study anyway with `asm quiz --cram`, or allow more new cards with `--new N`.'));
      return EXIT.ok;
    }
    const drill = new Drill(queue, history.cards, scheduler, log, { mode: opts.cram ? 'cram' : 'review', seed, now: () => ctx.now().getTime(), recall: true, names });
    const due = () => drill.dueLeft;
    const prepare: Prepare = async (shown) => {
      if (!shown.card.trace) return undefined;
      const { materializeTrace } = await import('../../../quiz/cards/trace.js');
      return materializeTrace(shown.card, await ctx.records(), seed, { width: ctx.width, style: ctx.style });
    };
    const tty = Boolean(ctx.io.stdin.isTTY) && Boolean(ctx.out.isTTY) && !opts.line;
    let end: string;
    try {
      if (tty) {
        const { runScreen } = await import('../../../quiz/screen.js');
        end = await runScreen(drill, { input: ctx.io.stdin, output: ctx.out, style: ctx.style, width: ctx.width, due, feedback: true, prepare });
      } else {
        const { runLineMode } = await import('../../../quiz/line.js');
        end = await runLineMode(drill, { input: ctx.io.stdin, out: ctx.out, style: ctx.style, width: ctx.width, due, feedback: true, prepare });
      }
    } catch (err) {
      if (err instanceof Error && err.name === 'ExitPromptError') {
        ctx.err.write(`Stopped: ${drill.answered} answer${drill.answered === 1 ? '' : 's'} kept in ${log.path}\n`);
        return EXIT.interrupted;
      }
      throw err;
    }
    ctx.print(`${drill.correctCount} correct of ${drill.answered}`);
    if (end !== 'done' && drill.remaining > 0) ctx.print(ctx.style.dim(`${drill.remaining} card${drill.remaining === 1 ? '' : 's'} left for later; every answer given is kept.`));
    return EXIT.ok;
  } finally {
    log.close();
    // Refresh the snapshot with this session's answers (a failure only costs speed next time).
    try {
      loadHistory(home, scheduler, { fuzz: true });
    } catch {
      // the log stays the truth
    }
  }
}
