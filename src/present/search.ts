/** `asm search` hits: record and field on one line, the highlighted snippet wrapped below. */
import type { SearchHit } from '../domain/search.js';
import type { Style } from './style.js';
import { wrap } from './text.js';

export function highlight(text: string, ranges: [number, number][], mark: (s: string) => string): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    if (a < at) continue;
    out += text.slice(at, a) + mark(text.slice(a, b));
    at = b;
  }
  return out + text.slice(at);
}

export function renderSearch(hits: SearchHit[], style: Style, width: number): string {
  return hits
    .map((h) => {
      const head = `${style.bold(h.name)} ${style.dim(`(${h.kind.replace('-', ' ')})`)} ${style.cyan(h.field)}`;
      return `${head}\n${wrap(highlight(h.snippet, h.highlights, (s) => style.bold.yellow(s)), width, 2)}`;
    })
    .join('\n\n');
}
