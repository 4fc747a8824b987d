/**
 * Terminal plots of voltage traces and spike rasters. Braille characters give each
 * character cell 2 × 4 dots (`--ascii` falls back to one mark per cell). Several traces
 * are stacked as panels on one shared time axis with ms ticks; each panel has its own mV
 * axis over a common voltage range, so control and drug compare at a glance.
 *
 * A column of the plot covers many samples; drawing the span from the column's lowest
 * to its highest voltage (joined to the previous column) keeps every spike visible
 * however far the trace is squeezed.
 */
import type { Style } from './style.js';

export interface PlotSeries {
  label: string;
  t: ArrayLike<number>;
  v: ArrayLike<number>;
}

export interface PlotOptions {
  /** Total width in columns, axis labels included. */
  width: number;
  /** Rows per panel. */
  height?: number;
  ascii?: boolean;
  style: Style;
  /** Time window; defaults to the union of the series. */
  tRange?: [number, number];
  /** Voltage window; defaults to the union of the series, padded. */
  vRange?: [number, number];
  /** A time to mark under the axis (the stimulus change), with its label. */
  mark?: { tMs: number; label: string };
  /** Unit for the vertical axis. */
  unit?: string;
  /** Unit for the horizontal axis (default ms). */
  xUnit?: string;
  /** A range of the vertical axis to shade in every panel (a therapeutic range), with its legend. */
  band?: { from: number; to: number; label: string };
  /** Give each panel its own vertical range (curves of different sizes, e.g. rate constants). */
  ownRange?: boolean;
}

const BRAILLE_BASE = 0x2800;
// Dot bits for (x in 0..1, y in 0..3), y from the top.
const DOT = [
  [0x01, 0x08],
  [0x02, 0x10],
  [0x04, 0x20],
  [0x40, 0x80],
];

/** A grid of sub-cell dots rendered as braille or as plain characters. */
class Canvas {
  readonly dotsX: number;
  readonly dotsY: number;
  private readonly bits: Uint8Array;
  private readonly ascii: boolean;

  constructor(
    readonly cols: number,
    readonly rows: number,
    ascii: boolean,
  ) {
    this.ascii = ascii;
    this.dotsX = ascii ? cols : cols * 2;
    this.dotsY = ascii ? rows : rows * 4;
    this.bits = new Uint8Array(cols * rows);
  }

  set(x: number, y: number): void {
    if (x < 0 || y < 0 || x >= this.dotsX || y >= this.dotsY) return;
    if (this.ascii) {
      this.bits[y * this.cols + x] = 1;
      return;
    }
    const cx = x >> 1;
    const cy = y >> 2;
    this.bits[cy * this.cols + cx]! |= DOT[y & 3]![x & 1]!;
  }

  /** Fill the vertical run of dots from y0 to y1 in column x. */
  span(x: number, y0: number, y1: number): void {
    const [a, b] = y0 <= y1 ? [y0, y1] : [y1, y0];
    for (let y = a; y <= b; y++) this.set(x, y);
  }

  line(row: number): string {
    let out = '';
    for (let c = 0; c < this.cols; c++) {
      const b = this.bits[row * this.cols + c]!;
      if (this.ascii) {
        const up = row > 0 && this.bits[(row - 1) * this.cols + c];
        const down = row < this.rows - 1 && this.bits[(row + 1) * this.cols + c];
        out += b ? (up || down ? '|' : '-') : ' ';
      } else out += b ? String.fromCharCode(BRAILLE_BASE + b) : ' ';
    }
    return out;
  }
}

/** A "nice" tick step (1, 2 or 5 × 10^k) giving about `count` ticks over `span`. */
export function tickStep(span: number, count: number): number {
  const raw = span / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / mag;
  return (norm < 1.5 ? 1 : norm < 3.5 ? 2 : norm < 7.5 ? 5 : 10) * mag;
}

function extent(series: PlotSeries[], key: 't' | 'v'): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const s of series) {
    const a = s[key];
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
  }
  return Number.isFinite(lo) ? [lo, hi] : [0, 1];
}

/** A padded range with round ends for one curve (its own scale). */
function niceRange([a, b]: [number, number]): [number, number] {
  const span = b - a || Math.abs(a) || 1;
  const step = tickStep(span, 4);
  return [Math.floor((a - span * 0.05) / step) * step, Math.ceil((b + span * 0.05) / step) * step];
}

const fmt = (x: number) => (Math.abs(x) < 0.05 ? '0' : Math.abs(x) >= 100 || Number.isInteger(x) ? x.toFixed(0) : x.toFixed(1));

/** The time axis line and its labels, for a plot area `cols` wide starting after `pad` columns. */
function timeAxis(t0: number, t1: number, cols: number, pad: number, ascii: boolean, mark?: PlotOptions['mark'], xUnit = 'ms'): string[] {
  const step = tickStep(t1 - t0, Math.max(2, Math.floor(cols / 12)));
  const axis: string[] = Array.from({ length: cols }, () => (ascii ? '-' : '─'));
  const labels = Array.from({ length: cols }, () => ' ');
  const col = (t: number) => Math.round(((t - t0) / (t1 - t0 || 1)) * (cols - 1));
  for (let t = Math.ceil(t0 / step) * step; t <= t1 + 1e-9; t += step) {
    const c = col(t);
    axis[c] = ascii ? '+' : '┬';
    const text = fmt(Math.round(t / step) * step);
    const at = Math.min(Math.max(0, c - Math.floor(text.length / 2)), cols - text.length);
    if (labels.slice(Math.max(0, at - 1), at + text.length + 1).every((ch) => ch === ' ')) {
      for (let i = 0; i < text.length; i++) labels[at + i] = text[i]!;
    }
  }
  // The unit sits in the left margin, under the voltage labels, so the axis never overflows.
  const lines = [' '.repeat(pad) + (ascii ? '+' : '└') + axis.join(''), xUnit.padStart(pad - 1) + '  ' + labels.join('').trimEnd()];
  if (mark && mark.tMs >= t0 && mark.tMs <= t1) lines.push(' '.repeat(pad + 1 + col(mark.tMs)) + `^ ${mark.label}`);
  return lines;
}

/** Stacked voltage traces on one time axis. */
export function plotTraces(series: PlotSeries[], opts: PlotOptions): string {
  const { style, ascii = false } = opts;
  const height = opts.height ?? 8;
  const [t0, t1] = opts.tRange ?? extent(series, 't');
  const rangeOf = (ss: PlotSeries[]): [number, number] => {
    let [a, b] = opts.vRange ?? extent(ss, 'v');
    if (!opts.vRange) {
      const padV = Math.max(1, (b - a) * 0.05);
      a = Math.floor((a - padV) / 10) * 10;
      b = Math.ceil((b + padV) / 10) * 10;
    }
    return [a, b];
  };
  const ranges = opts.ownRange ? series.map((s) => niceRange(extent([s], 'v'))) : series.map(() => rangeOf(series));
  const unit = opts.unit ?? 'mV';
  const labelWidth = Math.max(...ranges.flatMap(([a, b]) => [fmt(a).length, fmt(b).length]), unit.length, (opts.xUnit ?? 'ms').length) + 1;
  const cols = Math.max(10, opts.width - labelWidth - 2);
  const colours = [(s: string) => style.cyan(s), (s: string) => style.magenta(s), (s: string) => style.yellow(s), (s: string) => style.green(s)];
  const out: string[] = [];
  series.forEach((s, k) => {
    const [v0, v1] = ranges[k]!;
    const canvas = new Canvas(cols, height, ascii);
    const xOf = (t: number) => Math.round(((t - t0) / (t1 - t0 || 1)) * (canvas.dotsX - 1));
    const yOf = (v: number) => Math.round(((v1 - Math.min(v1, Math.max(v0, v))) / (v1 - v0 || 1)) * (canvas.dotsY - 1));
    // Per dot column: the lowest and highest y reached, joined to the previous column.
    const lo = new Int32Array(canvas.dotsX).fill(-1);
    const hi = new Int32Array(canvas.dotsX).fill(-1);
    let prevX = -1;
    let prevY = -1;
    for (let i = 0; i < s.t.length; i++) {
      const t = s.t[i]!;
      if (t < t0 || t > t1) continue;
      const x = xOf(t);
      const y = yOf(s.v[i]!);
      if (lo[x] === -1) lo[x] = hi[x] = y;
      else {
        lo[x] = Math.min(lo[x]!, y);
        hi[x] = Math.max(hi[x]!, y);
      }
      if (prevX >= 0 && x === prevX + 1) {
        // Join to the previous column so steep edges stay continuous.
        lo[x] = Math.min(lo[x]!, prevY);
        hi[x] = Math.max(hi[x]!, prevY);
      } else if (prevX >= 0 && x > prevX + 1) {
        // Sparse points (a curve against V): draw the line between them.
        for (let xi = prevX + 1; xi < x; xi++) {
          const yi = Math.round(prevY + ((y - prevY) * (xi - prevX)) / (x - prevX));
          if (lo[xi] === -1) lo[xi] = hi[xi] = yi;
          else {
            lo[xi] = Math.min(lo[xi]!, yi);
            hi[xi] = Math.max(hi[xi]!, yi);
          }
        }
      }
      prevX = x;
      prevY = y;
    }
    for (let x = 0; x < canvas.dotsX; x++) if (lo[x] !== -1) canvas.span(x, lo[x]!, hi[x]!);
    const colour = colours[k % colours.length]!;
    // Rows whose middle lies inside the band are shaded where the trace leaves them empty.
    const inBand = (r: number) => {
      if (!opts.band) return false;
      const v = v1 - ((r + 0.5) / height) * (v1 - v0);
      return v >= opts.band.from && v <= opts.band.to;
    };
    out.push(style.bold(s.label.length > opts.width ? `${s.label.slice(0, opts.width - 1)}…` : s.label));
    for (let r = 0; r < height; r++) {
      const label = r === 0 ? fmt(v1) : r === height - 1 ? fmt(v0) : r === Math.floor(height / 2) ? unit : '';
      const line = canvas.line(r);
      const body = inBand(r) ? shade(line, ascii, colour, style) : colour(line);
      out.push(`${style.dim(label.padStart(labelWidth))} ${ascii ? '|' : '┤'}${body}`);
    }
  });
  if (opts.band) out.push(style.dim(`${' '.repeat(labelWidth + 2)}${ascii ? '.' : '·'} ${opts.band.label}`));
  out.push(...timeAxis(t0, t1, cols, labelWidth + 1, ascii, opts.mark, opts.xUnit).map((l) => style.dim(l)));
  return out.join('\n');
}

/** A plot row inside a shaded band: the trace in its colour, empty cells dotted every other column. */
function shade(line: string, ascii: boolean, colour: (s: string) => string, style: Style): string {
  let out = '';
  let run = '';
  const flush = () => {
    if (run) out += colour(run);
    run = '';
  };
  for (let c = 0; c < line.length; c++) {
    const ch = line[c]!;
    if (ch === ' ') {
      flush();
      out += c % 2 === 0 ? style.dim(ascii ? '.' : '·') : ' ';
    } else run += ch;
  }
  flush();
  return out;
}

export interface RasterData {
  timesMs: ArrayLike<number>;
  neurons: ArrayLike<number>;
  cellCount: number;
  /** Neurons 0..excitatoryCount-1 are excitatory, the rest inhibitory. */
  excitatoryCount: number;
}

/** A spike raster: time across, neurons down (excitatory above inhibitory), braille dots. */
export function plotRaster(label: string, data: RasterData, opts: Omit<PlotOptions, 'vRange' | 'unit'> & { tRange: [number, number] }): string {
  const { style, ascii = false } = opts;
  const height = opts.height ?? 8;
  const [t0, t1] = opts.tRange;
  const labelWidth = Math.max(String(data.cellCount).length, 2) + 1;
  const cols = Math.max(10, opts.width - labelWidth - 2);
  const canvas = new Canvas(cols, height, ascii);
  for (let i = 0; i < data.timesMs.length; i++) {
    const t = data.timesMs[i]!;
    if (t < t0 || t > t1) continue;
    const x = Math.round(((t - t0) / (t1 - t0 || 1)) * (canvas.dotsX - 1));
    const y = Math.floor((data.neurons[i]! / data.cellCount) * canvas.dotsY);
    canvas.set(x, y);
  }
  const out = [style.bold(label)];
  const boundary = Math.floor((data.excitatoryCount / data.cellCount) * height);
  for (let r = 0; r < height; r++) {
    const tag = r === 0 ? 'E' : r === boundary ? 'I' : '';
    const line = canvas.line(r);
    out.push(`${style.dim(tag.padStart(labelWidth))} ${ascii ? '|' : '┤'}${r >= boundary ? style.red(line) : style.cyan(line)}`);
  }
  out.push(...timeAxis(t0, t1, cols, labelWidth + 1, ascii).map((l) => style.dim(l)));
  return out.join('\n');
}
