import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { LOG_FILE, readLogFile } from '../../../quiz/log.js';
import type { Context } from '../../context.js';
import { EXIT, UserError } from '../../errors.js';
import { quizHome } from './common.js';
import type { ResetOptions } from './index.js';

async function ask(ctx: Context, question: string): Promise<string> {
  const rl = createInterface({ input: ctx.io.stdin, output: ctx.io.stderr as NodeJS.WritableStream, terminal: false });
  ctx.err.write(question);
  try {
    for await (const line of rl) return line.trim();
    return '';
  } finally {
    rl.close();
  }
}

export async function run(opts: ResetOptions, ctx: Context): Promise<number> {
  const home = quizHome(ctx);
  const path = join(home, LOG_FILE);
  if (!existsSync(path)) {
    ctx.print('Nothing to reset: no review log yet.');
    return EXIT.ok;
  }
  const n = readLogFile(path).entries.filter((e) => e.type === 'review').length;
  if (!opts.yes) {
    if (!ctx.io.stdin.isTTY) throw new UserError('asm quiz reset asks before wiping, and there is no terminal to ask', 'run `asm quiz reset --yes` (the log is backed up first)');
    const answer = await ask(ctx, `Start again? ${n} answers in ${path} will be moved to a backup. Type "yes" to go on: `);
    if (answer.toLowerCase() !== 'yes') {
      ctx.err.write('Nothing changed.\n');
      return EXIT.user;
    }
  }
  const stamp = ctx.now().toISOString().replace(/[:.]/g, '-');
  const backups = join(home, 'backups');
  mkdirSync(backups, { recursive: true });
  const backup = join(backups, `reviews-${stamp}.jsonl`);
  // A rename: the backup is the very file, nothing is copied or lost.
  renameSync(path, backup);
  rmSync(join(home, 'state.json'), { force: true });
  ctx.print(`Reset. ${n} answers kept in ${backup}`);
  ctx.print(ctx.style.dim(`To undo: mv ${backup} ${path}`));
  return EXIT.ok;
}
