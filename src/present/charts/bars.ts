/**
 * A ranked horizontal bar chart for the terminal: one row per bar with its label, the bar,
 * its confidence interval as a whisker, and its value; reference lines (a baseline) drawn
 * down every row. Fits the width; plain ASCII on request.
 */
import type { Style } from '../style.js';
import { displayWidth, wrap } from '../text.js';

export interface Bar {
  label: string;
  value: number;
  ci?: readonly [number, number] | null;
  /** Short text after the value ("n = 1224"). */
  detail?: string;
}

export interface ReferenceLine {
  value: number;
  label: string;
}

export interface BarOptions {
  width: number;
  unit: string;
  style: Style;
  ascii?: boolean;
  references?: readonly ReferenceLine[];
}

const GLYPHS = { full: '█', half: '▌', ci: '─', capEnd: '┤', refs: ['┊', '╎', '┆'] };
const ASCII = { full: '#', half: '#', ci: '-', capEnd: '|', refs: [':', '!', ';'] };

function fmt(v: number): string {
  return Number(v.toFixed(1)).toString();
}

export function renderBars(bars: readonly Bar[], o: BarOptions): string {
  if (bars.length === 0) return '';
  const g = o.ascii ? ASCII : GLYPHS;
  const refs = (o.references ?? []).slice(0, g.refs.length);
  const values = bars.map((b) => `${fmt(b.value)}${o.unit}${b.ci ? ` (${fmt(b.ci[0])}–${fmt(b.ci[1])})` : ''}${b.detail ? ` ${b.detail}` : ''}`);
  const valueW = Math.max(...values.map(displayWidth));
  const labelW = Math.min(Math.max(...bars.map((b) => displayWidth(b.label))), Math.floor(o.width * 0.45));
  const stacked = o.width - labelW - valueW - 4 < 12;
  const barW = stacked ? Math.max(10, o.width - valueW - 3) : o.width - labelW - valueW - 4;
  const max = Math.max(...bars.map((b) => Math.max(b.value, b.ci?.[1] ?? 0)), ...refs.map((r) => r.value)) * 1.02 || 1;
  const col = (v: number) => Math.min(barW - 1, Math.max(0, Math.round((v / max) * barW)));

  const lines: string[] = [];
  bars.forEach((b, i) => {
    const cells: string[] = new Array<string>(barW).fill(' ');
    const kinds: ('bar' | 'ci' | 'ref' | '')[] = new Array<'bar' | 'ci' | 'ref' | ''>(barW).fill('');
    const put = (c: number, ch: string, kind: 'bar' | 'ci' | 'ref') => {
      cells[c] = ch;
      kinds[c] = kind;
    };
    if (b.ci) {
      for (let c = col(b.ci[0]); c <= col(b.ci[1]); c++) put(c, g.ci, 'ci');
      put(col(b.ci[1]), g.capEnd, 'ci');
    }
    const exact = (b.value / max) * barW;
    const full = Math.floor(exact);
    for (let c = 0; c < Math.min(full, barW); c++) put(c, g.full, 'bar');
    if (exact - full >= 0.5 && full < barW) put(full, g.half, 'bar');
    refs.forEach((r, k) => {
      const c = col(r.value);
      if (kinds[c] !== 'bar') put(c, g.refs[k]!, 'ref');
    });
    const drawn = cells.map((ch, c) => (kinds[c] === 'bar' ? o.style.cyan(ch) : kinds[c] === 'ref' ? o.style.yellow(ch) : kinds[c] === 'ci' ? o.style.dim(ch) : ch)).join('');
    const plain = values[i]!;
    const value = b.detail ? `${o.style.bold(plain.slice(0, plain.length - b.detail.length - 1))} ${o.style.dim(b.detail)}` : o.style.bold(plain);
    if (stacked) {
      lines.push(wrap(b.label, o.width));
      lines.push(`  ${drawn} ${value}`);
    } else {
      const label = displayWidth(b.label) > labelW ? wrap(b.label, labelW).split('\n') : [b.label];
      lines.push(`${label[0]!}${' '.repeat(labelW - displayWidth(label[0]!))}  ${drawn}  ${value}`);
      for (const more of label.slice(1)) lines.push(more);
    }
  });
  const axisIndent = stacked ? 2 : labelW + 2;
  const scale = `${' '.repeat(axisIndent)}0${' '.repeat(Math.max(1, barW - 1 - fmt(max).length - o.unit.length))}${fmt(max)}${o.unit}`;
  lines.push(o.style.dim(scale));
  refs.forEach((r, k) => lines.push(wrap(`${o.style.yellow(g.refs[k]!)} ${r.label}`, o.width, 2)));
  return lines.join('\n');
}
