import { TOPIC_LABEL, type Topic } from '../../../quiz/cards/card.js';
import { ReviewLog } from '../../../quiz/log.js';
import { daySeed, Drill, examQueue, type Prepare } from '../../../quiz/session.js';
import type { Context } from '../../context.js';
import { EXIT } from '../../errors.js';
import { loadCards, quizHome, readConfig } from './common.js';
import type { ExamOptions } from './index.js';

export async function run(opts: ExamOptions, ctx: Context): Promise<number> {
  const home = quizHome(ctx);
  const cfg = readConfig(home);
  const { createScheduler } = await import('../../../quiz/schedule.js');
  const { cards } = await loadCards(ctx, { topic: opts.topic });
  const now = ctx.now().getTime();
  const seed = opts.seed ?? daySeed(now, cfg.dayStartsAt) + 1;
  // Trace cards take a simulation each: an exam keeps to cards that need none.
  const queue = examQueue(cards.filter((c) => !c.trace), opts.questions, seed);
  const log = ReviewLog.open(home);
  // Exam answers are logged with mode "exam": kept in the history, never moving the schedule.
  const drill = new Drill(queue, new Map(), createScheduler({ retention: cfg.retention }), log, { mode: 'exam', seed, now: () => ctx.now().getTime(), recall: false });
  const prepare: Prepare = async () => undefined;
  const tty = Boolean(ctx.io.stdin.isTTY) && Boolean(ctx.out.isTTY) && !opts.line;
  ctx.print(ctx.style.bold(`Mock exam: ${queue.length} questions${opts.topic ? ` on ${TOPIC_LABEL[opts.topic]}` : ' across topics'}. Scored at the end.`));
  try {
    if (tty) {
      const { runScreen } = await import('../../../quiz/screen.js');
      await runScreen(drill, { input: ctx.io.stdin, output: ctx.out, style: ctx.style, width: ctx.width, due: () => drill.remaining, feedback: false, prepare });
    } else {
      const { runLineMode } = await import('../../../quiz/line.js');
      await runLineMode(drill, { input: ctx.io.stdin, out: ctx.out, style: ctx.style, width: ctx.width, due: () => drill.remaining, feedback: false, prepare });
    }
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError') {
      ctx.err.write(`Stopped: ${drill.answered} answers kept in ${log.path}\n`);
      return EXIT.interrupted;
    }
    throw err;
  } finally {
    log.close();
  }
  ctx.print(examReport(drill, ctx));
  return EXIT.ok;
}

function examReport(drill: Drill, ctx: Context): string {
  const s = ctx.style;
  const results = drill.results;
  const out: string[] = [];
  const total = results.length;
  const right = results.filter((r) => r.feedback.correct).length;
  out.push('', s.bold(`Score: ${right} of ${total}${total ? ` (${Math.round((100 * right) / total)}%)` : ''}`));
  const by = new Map<Topic, { right: number; total: number }>();
  for (const r of results) {
    const t = by.get(r.card.topic) ?? { right: 0, total: 0 };
    t.total++;
    if (r.feedback.correct) t.right++;
    by.set(r.card.topic, t);
  }
  const rows = [...by.entries()].sort((a, b) => a[1].right / a[1].total - b[1].right / b[1].total);
  out.push('', s.bold('By topic'));
  for (const [topic, t] of rows) out.push(`  ${TOPIC_LABEL[topic].padEnd(28)} ${t.right} of ${t.total}  (${Math.round((100 * t.right) / t.total)}%)`);
  const weakest = rows.filter(([, t]) => t.right < t.total).slice(0, 2);
  if (weakest.length) out.push('', `Weakest: ${weakest.map(([t]) => TOPIC_LABEL[t]).join(', ')}. Drill them with \`asm quiz --topic ${weakest[0]![0]} --cram\`.`);
  const wrong = results.filter((r) => !r.feedback.correct);
  if (wrong.length) {
    out.push('', s.bold('To review'));
    for (const r of wrong) out.push(`  ${r.card.prompt}`, `    ${s.red(`you: ${r.feedback.given}`)}  ${s.green(`answer: ${r.feedback.answer}`)}`);
  }
  return out.join('\n');
}
