/**
 * Long pages through the user's pager, as git and gh do: only when stdout is a terminal
 * and the text is taller than it; $PAGER (default `less`) with LESS=FRX unless LESS is
 * set, and COLUMNS passed on. A reader who quits early is not an error; a pager that
 * cannot be started (exit 127) means the text is printed instead. Piped output is never
 * paged.
 */
import { spawn } from 'node:child_process';
import type { Context } from './context.js';

export async function page(text: string, ctx: Context): Promise<void> {
  const body = text.endsWith('\n') ? text : `${text}\n`;
  const rows = ctx.out.rows ?? 24;
  const pager = (ctx.env.PAGER ?? 'less').trim();
  if (!ctx.out.isTTY || body.split('\n').length - 1 <= rows || pager === '' || pager === 'cat') {
    ctx.out.write(body);
    return;
  }
  const code = await new Promise<number>((done) => {
    const child = spawn('sh', ['-c', pager], {
      stdio: ['pipe', 'inherit', 'inherit'],
      env: { ...ctx.env, LESS: ctx.env.LESS ?? 'FRX', COLUMNS: String(ctx.width) },
    });
    child.on('error', () => done(127));
    child.on('close', (status) => done(status ?? 0));
    // The reader may quit before reading everything: that is not an error.
    child.stdin.on('error', () => {});
    child.stdin.end(body);
  });
  if (code === 127 || code === 126) ctx.out.write(body);
}
