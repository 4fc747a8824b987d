/**
 * A status line on a terminal's stderr for long work: the text, then a bar with the share
 * done and the time left once there is a fraction to go by; erased when done. Nothing at
 * all when stderr is not a terminal (a pipe or a log gets only the result).
 */
import type { Context } from './context.js';

export interface Progress {
  update: (fraction: number) => void;
  done: () => void;
}

export function progress(ctx: Context, text: string): Progress {
  if (!ctx.err.isTTY) return { update: () => undefined, done: () => undefined };
  const t0 = Date.now();
  ctx.err.write(ctx.errStyle.dim(`${text} …`));
  let last = -1;
  return {
    update: (f) => {
      const pctDone = Math.floor(f * 100);
      if (pctDone === last) return;
      last = pctDone;
      const elapsed = (Date.now() - t0) / 1000;
      const left = f > 0.02 ? Math.max(0, (elapsed * (1 - f)) / f) : NaN;
      const bar = '#'.repeat(Math.round(f * 20)).padEnd(20, '.');
      const eta = Number.isFinite(left) ? `, about ${left < 90 ? `${Math.ceil(left)} s` : `${Math.ceil(left / 60)} min`} left (Ctrl-C stops)` : '';
      ctx.err.write(`\r\u001b[K${ctx.errStyle.dim(`${text} [${bar}] ${pctDone}%${eta}`)}`);
    },
    done: () => void ctx.err.write('\r\u001b[K'),
  };
}
