/**
 * `asm simulate` output: the traces as stacked terminal plots, one stack per condition of the experiment
 * (runs are structured: agent and condition, nothing to split), curves recorded beside them (sodium
 * availability, clamp protocols, rate constants), a swept figure (χ against disinhibition), spike rasters
 * for network runs, a table of figures, then what the runs show with their sources, what the model applies,
 * and which parts are simplified. Also the JSON and CSV forms.
 */
import type { Agent, ExperimentOutcome, Paragraph, Source } from '../domain/simulation/index.js';
import { runLabel, type Run, type TimeSeries } from '../kernel/index.js';
import { plotRaster, plotTraces, type PlotSeries } from './plot.js';
import type { Style } from './style.js';
import { displayWidth, wrap } from './text.js';

export interface SimulationView extends ExperimentOutcome {
  title: string;
  /** Experiment id, or the raw form's model and protocol. */
  id: string;
  explanation: Paragraph[];
  simplifications: string[];
  sources: Source[];
  agents: Agent[];
  /** A caption for the plots (e.g. which window is shown). */
  plotNote?: string;
}

export interface RenderOptions {
  style: Style;
  width: number;
  ascii: boolean;
  /** Time window to plot, ms. */
  window?: [number, number];
  /** Only the plots (a lesson's figure): no run table, explanation or sources. */
  plotsOnly?: boolean;
}

const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));

/** Extra figures worth a column, in this order, with headings. */
const EXTRA_COLUMNS: [key: string, heading: string, digits: number][] = [
  ['restMv', 'rest mV', 1],
  ['upstrokeSpikes', 'upstrokes', 0],
  ['lastMaxDvdt', 'last V/s', 0],
  ['lastAmplitudeMv', 'last amp', 1],
  ['naAvailableEnd', 'Na avail.', 3],
  ['ltsPeakMv', 'LTS mV', 1],
  ['hTEndStep', 'h_T', 3],
  ['hTMax', 'h_T max', 3],
  ['baselineMv', 'base mV', 1],
  ['synchrony', 'sync χ', 2],
  ['meanRateIHz', 'I rate Hz', 1],
  ['peakCurrentUA', 'IPSC µA', 3],
  ['decayTauMs', 'decay ms', 1],
  ['chargeNCPerCm2', 'charge nC', 2],
  ['peakInwardUA', 'I_in µA', 0],
  ['vHalfMv', 'V½ mV', 1],
  ['lastPulseFraction', 'pulse 20', 2],
  ['recoveredAt20Ms', 'rec 20ms', 2],
  ['eGabaMv', 'E_GABA', 1],
  ['shiftMv', 'ΔV mV', 1],
];

export function renderRunTable(runs: readonly Run[], style: Style, width: number): string {
  const available = EXTRA_COLUMNS.filter(([k]) => runs.some((r) => r.extra[k] !== undefined && r.extra[k] !== null));
  const showSpikes = runs.some((r) => r.traceKind !== 'current');
  const base = showSpikes ? ['spikes', 'rate Hz', 'peak mV'] : [];
  const cellsOf = (r: Run, extras: typeof available) => [...(showSpikes ? [String(r.spikeCount), fmt(r.rateHz), fmt(r.peakMv)] : []), ...extras.map(([k, , d]) => fmt(r.extra[k], d))];
  // As many figure columns as the width holds beside a label of at least 16 columns (the rest are in --json).
  let extras = available;
  const widthsOf = (ex: typeof available) => [...base, ...ex.map(([, h]) => h)].map((h, i) => Math.max(h.length, ...runs.map((r) => cellsOf(r, ex)[i]!.length)));
  while (extras.length > 0 && widthsOf(extras).reduce((a, b) => a + b + 2, 0) + 16 > width) extras = extras.slice(0, -1);
  const numWidths = widthsOf(extras);
  const head = ['run', ...base, ...extras.map(([, h]) => h)];
  const rows = runs.map((r) => [runLabel(r), ...cellsOf(r, extras)]);
  const labelWidth = Math.max(10, width - numWidths.reduce((a, b) => a + b + 2, 0));
  const line = (cells: string[], bold = false) => {
    const label = cells[0]!.length > labelWidth ? `${cells[0]!.slice(0, labelWidth - 1)}…` : cells[0]!.padEnd(labelWidth);
    const nums = cells.slice(1).map((c, i) => c.padStart(numWidths[i]!)).join('  ');
    const text = `${label}  ${nums}`.trimEnd();
    return bold ? style.bold(text) : text;
  };
  return [line(head, true), ...rows.map((r) => line(r))].join('\n');
}

function seriesPlot(title: string, series: { label: string; s: TimeSeries }[], o: RenderOptions, ownRange: boolean): string {
  const first = series[0]!.s;
  const plot: PlotSeries[] = series.map(({ label, s }) => ({ label, t: s.x, v: s.value }));
  const lo = Math.min(...series.flatMap(({ s }) => s.value));
  const hi = Math.max(...series.flatMap(({ s }) => s.value));
  const pad = Math.max(1e-3, (hi - lo) * 0.05);
  return [
    o.style.underline(wrap(title, o.width)),
    plotTraces(plot, {
      width: o.width,
      height: series.length > 4 ? 4 : 5,
      ascii: o.ascii,
      style: o.style,
      unit: first.unit || '×',
      xUnit: first.xUnit,
      ...(ownRange ? { ownRange: true } : { vRange: [Number((lo - pad).toPrecision(3)), Number((hi + pad).toPrecision(3))] as [number, number] }),
    }),
  ].join('\n');
}

export function renderSimulation(view: SimulationView, o: RenderOptions): string {
  const { style, width } = o;
  const out: string[] = [style.bold(wrap(view.title, width)), ''];
  if (view.plotNote) out.push(wrap(style.dim(view.plotNote), width), '');
  // Plots: one stack per condition (and kind of trace), each run a panel named by its agent.
  const groups = new Map<string, Run[]>();
  for (const r of view.runs) {
    if (r.trace.tMs.length === 0) continue;
    const key = `${r.condition}|${r.traceKind}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const runs of groups.values()) {
    const kind = runs[0]!.traceKind;
    if (runs[0]!.condition) out.push(style.underline(wrap(runs[0]!.condition, width)));
    const series: PlotSeries[] = runs.map((r) => ({ label: r.agent + (kind === 'population-voltage' ? ' (population mean voltage)' : ''), t: r.trace.tMs, v: r.trace.vMv }));
    const isRebound = runs[0]!.extra.releaseMs !== undefined;
    out.push(
      plotTraces(series, {
        width,
        height: runs.length > 4 ? 5 : 7,
        ascii: o.ascii,
        style,
        unit: kind === 'current' ? 'µA' : 'mV',
        ...(o.window ? { tRange: o.window } : {}),
        ...(isRebound ? { mark: { tMs: runs[0]!.stimulusChangeMs, label: 'release' } } : {}),
      }),
      '',
    );
    for (const r of runs) {
      if (!r.raster) continue;
      const t0 = o.window?.[0] ?? 0;
      const t1 = o.window?.[1] ?? r.durationMs;
      const title = `${r.agent}: spikes (${r.raster.excitatoryCount} excitatory above, ${r.raster.cellCount - r.raster.excitatoryCount} inhibitory below)`;
      out.push(plotRaster(title.length > width ? `${title.slice(0, width - 1)}…` : title, r.raster, { width, height: 6, ascii: o.ascii, style, tRange: [t0, t1] }), '');
    }
  }
  // Curves recorded beside the traces: one plot per condition and curve name, a panel per agent.
  const curves = new Map<string, { label: string; s: TimeSeries }[]>();
  for (const r of view.runs) {
    for (const s of r.series ?? []) {
      // rate constants: one plot per quantity (α, β in 1/ms; τ in ms; steady states), a panel per gate
      const group = r.condition === 'rate constants' ? `rate constants: ${s.unit === '1/ms' ? s.name.slice(0, 1) : s.unit === 'ms' ? 'τ' : 'steady state'} against V` : `${r.condition ? `${r.condition}: ` : ''}${s.name}`;
      curves.set(group, [...(curves.get(group) ?? []), { label: r.condition === 'rate constants' ? s.name : r.agent, s }]);
    }
  }
  for (const [title, series] of curves) out.push(seriesPlot(title, series, o, title.startsWith('rate constants') && !title.includes('steady')), '');
  if (view.sweep) {
    const sw = view.sweep;
    out.push(style.underline(wrap(`${sw.valueName} against ${sw.parameter} (the transition is where χ crosses 0.4)`, width)));
    const head = ['agent', ...sw.levels.map((l) => `×${l}`)];
    const rows = Object.entries(sw.values).map(([agent, vals]) => [agent, ...vals.map((v) => fmt(v, 2))]);
    out.push(table(head, rows, style, width), '');
  }
  if (o.plotsOnly) return out.join('\n').replace(/\n+$/, '');
  for (const t of view.tables ?? []) out.push(style.underline(wrap(t.title, width)), table(t.head, t.rows.map((r) => r.map(String)), style, width), '');
  out.push(renderRunTable(view.runs, style, width), '');
  const cited = new Map<string, number>();
  for (const p of view.explanation) {
    const refs = p.cite.map((id) => {
      if (!cited.has(id)) cited.set(id, cited.size + 1);
      return cited.get(id)!;
    });
    out.push(wrap(`${p.text}${refs.length ? ` [${refs.join(', ')}]` : ''}`, width), '');
  }
  if (view.agents.length) {
    out.push(style.bold('What the model applies'));
    for (const a of view.agents) {
      for (const n of a.notes) out.push(wrap(n, width, 4, '  • '));
      if (a.unmodelled.length) out.push(wrap(`${a.label}: also acts through ${a.unmodelled.join(', ')}, which the model does not simulate.`, width, 4, '  • '));
    }
    out.push('');
  }
  if (view.simplifications.length) {
    out.push(style.bold('Simplified model'));
    for (const s of view.simplifications) out.push(wrap(s, width, 4, '  • '));
    out.push('');
  }
  if (cited.size) {
    out.push(style.bold('Sources'));
    for (const [id, n] of cited) {
      const s = view.sources.find((x) => x.id === id);
      out.push(wrap(`${s?.title ?? id}${s?.url ? ` ${s.url}` : ''}`, width, 6, `  [${n}] `));
    }
  }
  return out.join('\n').replace(/\n+$/, '');
}

/** A table of strings; rows are stacked as "head value" pairs when the columns do not fit the width. */
function table(head: string[], rows: string[][], style: Style, width: number): string {
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  if (widths.reduce((a, b) => a + b + 2, 0) > width) {
    return rows.map((r) => wrap(`${style.bold(r[0]!)}: ${head.slice(1).map((h, i) => `${h} ${r[i + 1]}`).join(', ')}`, width, 4, '  ')).join('\n');
  }
  const line = (cells: string[]) => [cells[0]!.padEnd(widths[0]!), ...cells.slice(1).map((c, i) => c.padStart(widths[i + 1]!))].join('  ').trimEnd();
  return [style.bold(line(head)), ...rows.map(line)].join('\n');
}

/** The JSON form: control first, then each agent; every run says its agent and condition. */
export function simulationJson(view: SimulationView) {
  return {
    id: view.id,
    title: view.title,
    runs: view.runs.map((r) => ({
      agent: r.agent,
      condition: r.condition,
      label: runLabel(r),
      model: r.model,
      spikeTimesMs: r.spikeTimesMs.map((t) => Number(t.toFixed(3))),
      spikeCount: r.spikeCount,
      rateHz: r.rateHz === null ? null : Number(r.rateHz.toFixed(3)),
      peakMv: Number(r.peakMv.toFixed(3)),
      stimulusChangeMs: r.stimulusChangeMs,
      dtMs: r.dtMs,
      durationMs: r.durationMs,
      ...(r.features ? { upstroke: { onsetMs: r.features.onsetMs.map((t) => Number(t.toFixed(3))), amplitudeMv: r.features.amplitudeMv.map((x) => Number(x.toFixed(2))), maxDvdtVPerS: r.features.maxDvdtVPerS.map((x) => Number(x.toFixed(1))) } } : {}),
      extra: r.extra,
    })),
    figures: view.figures,
    ...(view.sweep ? { sweep: view.sweep } : {}),
    ...(view.tables ? { tables: view.tables } : {}),
    agents: view.agents.map((a) => ({ id: a.id, kind: a.kind, label: a.label, notes: a.notes, notSimulated: a.unmodelled })),
    explanation: view.explanation,
    simplifications: view.simplifications,
    sources: view.sources,
  };
}

/** The traces as CSV, one row per sample: run index, agent, condition, kind, time (ms), value (mV or µA/cm²). */
export function simulationCsv(view: SimulationView): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['run,agent,condition,kind,t_ms,value'];
  view.runs.forEach((r, i) => {
    const pre = `${i},${quote(r.agent)},${quote(r.condition)},${r.traceKind}`;
    for (let k = 0; k < r.trace.tMs.length; k++) lines.push(`${pre},${r.trace.tMs[k]!.toFixed(4)},${r.trace.vMv[k]!.toFixed(4)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Lines for `asm simulate --list`. */
export function renderList(
  experiments: { id: string; title: string; summary: string; shows: string; doesNotShow: string; defaults: string[] }[],
  drugs: { id: string; mechanisms: string[] }[],
  toxins: { id: string; note: string }[],
  models: { id: string; title: string }[],
  style: Style,
  width: number,
): string {
  const out = [style.bold('Named experiments')];
  const idWidth = Math.max(...experiments.map((e) => displayWidth(e.id))) + 2;
  for (const e of experiments) {
    out.push(wrap(`${style.bold(e.title)}. ${e.summary} Shows: ${e.shows}. Does not show: ${e.doesNotShow}. Default: ${e.defaults.join(', ')}.`, width, idWidth + 2, `  ${style.cyan(e.id.padEnd(idWidth))}`));
  }
  out.push('', style.bold('Drugs the model can simulate'));
  for (const d of drugs) out.push(wrap(d.mechanisms.join(', '), width, 20, `  ${d.id.padEnd(18)}`));
  out.push('', style.bold('Toxins'));
  for (const t of toxins) out.push(wrap(t.note, width, 20, `  ${t.id.padEnd(18)}`));
  out.push('', style.bold('Models (raw form)'));
  for (const m of models) out.push(wrap(m.title, width, 20, `  ${m.id.padEnd(18)}`));
  out.push(wrap('regular-spiking pyramidal cells and fast-spiking interneurons, AMPA and GABA-A synapses', width, 20, `  ${'network'.padEnd(18)}`));
  return out.join('\n');
}
