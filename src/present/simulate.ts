/**
 * `asm simulate` output: the traces as stacked terminal plots (grouped: e.g. normal vs
 * seizure-like rate, IPSC vs driven cell), a spike raster for network runs, a table of
 * spike counts and rates, then what the runs show and which parts are simplified models.
 * Also the JSON and CSV forms.
 */
import type { Agent } from '../domain/simulation.js';
import type { Run } from '../kernel/index.js';
import { plotRaster, plotTraces, type PlotSeries } from './plot.js';
import type { Style } from './style.js';
import { displayWidth, wrap } from './text.js';

export interface SimulationView {
  title: string;
  /** Experiment id, or the raw form's model and protocol. */
  id: string;
  runs: Run[];
  explanation: string[];
  simplifications: string[];
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
}

/** "control · normal rate" -> group "normal rate"; runs without " · " form one group. */
function groupOf(run: Run): string {
  const i = run.label.lastIndexOf(' · ');
  return i >= 0 ? run.label.slice(i + 3) : '';
}

function panelLabel(run: Run): string {
  const i = run.label.lastIndexOf(' · ');
  return i >= 0 ? run.label.slice(0, i) : run.label;
}

const fmt = (x: number | null | undefined, digits = 1) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits));

/** Extra figures worth a column, in this order, with headings. */
const EXTRA_COLUMNS: [key: string, heading: string, digits: number][] = [
  ['lateRateHz', 'late Hz', 0],
  ['sodiumAvailableEnd', 'Na avail.', 2],
  ['ltsPeakMv', 'LTS mV', 1],
  ['hTEndStep', 'h_T', 3],
  ['synchrony', 'sync χ', 2],
  ['meanRateIHz', 'I rate Hz', 1],
  ['peakCurrentUA', 'IPSC µA', 3],
  ['decayTauMs', 'decay ms', 1],
  ['chargeNCPerCm2', 'charge nC', 2],
];

export function renderRunTable(runs: Run[], style: Style, width: number): string {
  const extras = EXTRA_COLUMNS.filter(([k]) => runs.some((r) => r.extra[k] !== undefined && r.extra[k] !== null));
  const head = ['run', 'spikes', 'rate Hz', 'peak mV', ...extras.map(([, h]) => h)];
  const rows = runs.map((r) => [r.label, String(r.spikeCount), fmt(r.rateHz), fmt(r.peakMv), ...extras.map(([k, , d]) => fmt(r.extra[k], d))]);
  const numWidths = head.slice(1).map((h, i) => Math.max(h.length, ...rows.map((row) => row[i + 1]!.length)));
  const labelWidth = Math.max(10, width - numWidths.reduce((a, b) => a + b + 2, 0));
  const line = (cells: string[], bold = false) => {
    const label = cells[0]!.length > labelWidth ? `${cells[0]!.slice(0, labelWidth - 1)}…` : cells[0]!.padEnd(labelWidth);
    const nums = cells.slice(1).map((c, i) => c.padStart(numWidths[i]!)).join('  ');
    const text = `${label}  ${nums}`;
    return bold ? style.bold(text) : text;
  };
  return [line(head, true), ...rows.map((r) => line(r))].join('\n');
}

export function renderSimulation(view: SimulationView, o: RenderOptions): string {
  const { style, width } = o;
  const out: string[] = [style.bold(view.title), ''];
  if (view.plotNote) out.push(wrap(style.dim(view.plotNote), width), '');
  // Plots: one stack per group of runs sharing a time axis and a kind of trace.
  const groups = new Map<string, Run[]>();
  for (const r of view.runs) {
    const key = `${groupOf(r)}|${r.traceKind ?? 'voltage'}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, runs] of groups) {
    const [group] = key.split('|');
    const kind = runs[0]!.traceKind ?? 'voltage';
    if (group) out.push(style.underline(group));
    const series: PlotSeries[] = runs.map((r) => ({ label: panelLabel(r) + (kind === 'population-voltage' ? ' (population mean voltage)' : ''), t: r.trace.tMs, v: r.trace.vMv }));
    const change = runs[0]!.stimulusChangeMs;
    const isRebound = runs[0]!.extra.releaseMs !== undefined;
    out.push(
      plotTraces(series, {
        width,
        height: runs.length > 4 ? 5 : 7,
        ascii: o.ascii,
        style,
        unit: kind === 'current' ? 'µA' : 'mV',
        ...(o.window ? { tRange: o.window } : {}),
        ...(isRebound ? { mark: { tMs: change, label: 'release' } } : {}),
      }),
    );
    out.push('');
    for (const r of runs) {
      if (!r.raster) continue;
      const t0 = o.window?.[0] ?? 0;
      const t1 = o.window?.[1] ?? r.durationMs;
      out.push(plotRaster(`${panelLabel(r)}: spikes (${r.raster.excitatoryCount} excitatory above, ${r.raster.cellCount - r.raster.excitatoryCount} inhibitory below)`, r.raster, { width, height: 6, ascii: o.ascii, style, tRange: [t0, t1] }));
      out.push('');
    }
  }
  out.push(renderRunTable(view.runs, style, width), '');
  for (const p of view.explanation) out.push(wrap(p, width), '');
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
  }
  return out.join('\n').replace(/\n+$/, '');
}

/** The JSON form: control first, then each drug, with the fields plus the extras. */
export function simulationJson(view: SimulationView) {
  return {
    id: view.id,
    title: view.title,
    runs: view.runs.map((r) => ({
      label: r.label,
      model: r.model,
      spikeTimesMs: r.spikeTimesMs.map((t) => Number(t.toFixed(3))),
      spikeCount: r.spikeCount,
      rateHz: r.rateHz === null ? null : Number(r.rateHz.toFixed(3)),
      peakMv: Number(r.peakMv.toFixed(3)),
      stimulusChangeMs: r.stimulusChangeMs,
      dtMs: r.dtMs,
      durationMs: r.durationMs,
      extra: r.extra,
    })),
    agents: view.agents.map((a) => ({ id: a.id, kind: a.kind, label: a.label, notes: a.notes, notSimulated: a.unmodelled })),
    explanation: view.explanation,
    simplifications: view.simplifications,
  };
}

/** The traces as CSV, one row per sample: run index, label, time (ms), value (mV, or µA/cm² for currents). */
export function simulationCsv(view: SimulationView): string {
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = ['run,label,kind,t_ms,value'];
  view.runs.forEach((r, i) => {
    const label = quote(r.label);
    const kind = r.traceKind ?? 'voltage';
    for (let k = 0; k < r.trace.tMs.length; k++) lines.push(`${i},${label},${kind},${r.trace.tMs[k]!.toFixed(4)},${r.trace.vMv[k]!.toFixed(4)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Lines for `asm simulate --list`. */
export function renderList(experiments: { id: string; title: string; summary: string; defaults: string[] }[], drugs: { id: string; pillars: string[] }[], style: Style, width: number): string {
  const out = [style.bold('Named experiments')];
  const idWidth = Math.max(...experiments.map((e) => displayWidth(e.id))) + 2;
  for (const e of experiments) {
    out.push(wrap(`${style.bold(e.title)}. ${e.summary} Default: ${e.defaults.join(', ')}.`, width, idWidth + 2, `  ${style.cyan(e.id.padEnd(idWidth))}`));
  }
  out.push('', style.bold('Drugs the model can simulate'));
  for (const d of drugs) out.push(wrap(d.pillars.join(', '), width, 20, `  ${d.id.padEnd(18)}`));
  out.push('', style.bold('Calibration toxins'), '  ttx               blocks sodium channels', '  tea               blocks potassium channels');
  out.push('', style.bold('Models (raw form)'), '  hh                Hodgkin-Huxley squid axon, 6.3 °C', '  wb                Wang-Buzsáki class-1 cortical cell', '  tc                thalamocortical relay cell with the T-type calcium current', '  network           excitatory/inhibitory population with AMPA and GABA-A synapses');
  return out.join('\n');
}
