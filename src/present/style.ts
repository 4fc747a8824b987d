/**
 * Colour: one chalk instance per stream, off when the stream is not a terminal, when
 * --no-color is given, or when NO_COLOR is set (chalk 5 ignores NO_COLOR itself).
 */
import { Chalk, supportsColor, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

export function colorLevel(opts: { isTTY: boolean; noColor: boolean; env: NodeJS.ProcessEnv }): 0 | 1 | 2 | 3 {
  if (opts.noColor) return 0;
  if (opts.env.NO_COLOR !== undefined && opts.env.NO_COLOR !== '') return 0;
  const forced = opts.env.FORCE_COLOR;
  if (forced !== undefined && forced !== '0' && forced !== 'false') {
    const n = Number(forced);
    return n >= 1 && n <= 3 ? (n as 1 | 2 | 3) : supportsColor ? supportsColor.level || 1 : 1;
  }
  if (!opts.isTTY || opts.env.TERM === 'dumb') return 0;
  return supportsColor ? supportsColor.level : 1;
}

export function makeStyle(level: 0 | 1 | 2 | 3): Style {
  return new Chalk({ level });
}
