/**
 * The single-cell run loop shared by every protocol: piecewise-constant injected current (or clamp
 * command), synaptic events, one integrator step per sample, online spike detection (both detectors of
 * detector.ts) and peak tracking in an analysis window, a decimated trace and sampled time courses.
 * Nothing is allocated per step.
 */
import type { Cell } from './integrator.js';
import { CrossingDetector, rateHz, UpstrokeDetector, type SpikeFeatures } from './detector.js';
import type { ModelId, Run } from './simulate.js';
import { Decimator, type Trace } from './trace.js';

/** Injected current `currentUA` (µA/cm²), or the clamp command `currentUA` read as mV, for every step k < endStep. */
export interface Segment {
  endStep: number;
  currentUA: number;
}

/** At step `step`, add `amount` to state `index` (a synaptic conductance jump). Sorted by step. */
export interface StateEvent {
  step: number;
  index: number;
  amount: number;
}

export interface CellRunSpec {
  dt: number;
  nSteps: number;
  segments: readonly Segment[];
  /** Voltage clamp: segments give the command (mV) and the trace records the clamp current (µA/cm²). */
  clamp?: boolean;
  events?: readonly StateEvent[];
  /** Spikes and the peak are taken from samples after this one (sample k = state after k steps). */
  analyzeFromStep: number;
  /** Last sample of the analysis window (inclusive); default nSteps. */
  analyzeToStep?: number;
  /** First sample kept in the trace; default 0. */
  recordFromStep?: number;
  maxPoints: number;
  /** Read state `index` after step `atStep` (e.g. h_T at the end of a hyperpolarizing step). */
  capture?: { index: number; atStep: number };
  /** Run the upstroke detector too (per-spike amplitude, max dV/dt, Na availability). */
  features?: boolean;
  /** Sample the sodium availability every this many steps (a time course); 0 or absent: never. */
  sampleEvery?: number;
  /** Report the largest value state `track` reaches in the analysis window (e.g. h_T). */
  track?: number;
}

export interface CellRunOutput {
  trace: Trace;
  /** 0 mV crossings in the analysis window. */
  spikeTimesMs: number[];
  features: SpikeFeatures | null;
  peakMv: number;
  peakTimeMs: number;
  /** True when the highest V of the window is its last sample (no peak inside the window). */
  peakAtWindowEnd: boolean;
  /** Lowest V in the analysis window. */
  minMv: number;
  /** Largest value of the tracked state in the window (NaN when none is tracked). */
  trackedMax: number;
  vEnd: number;
  captured: number | null;
  /** Sodium availability time course (times ms, values), when sampled. */
  availability: { tMs: number[]; value: number[] } | null;
}

/** Run cell 0 of `cell` from its present state. */
export function runCell(cell: Cell, spec: CellRunSpec): CellRunOutput {
  const { dt, nSteps, segments } = spec;
  cell.prepare(dt);
  const s = cell.state;
  const from = spec.analyzeFromStep;
  const to = spec.analyzeToStep ?? nSteps;
  const recordFrom = spec.recordFromStep ?? 0;
  const clamp = spec.clamp === true;
  const cross = new CrossingDetector(1);
  const up = spec.features ? new UpstrokeDetector() : null;
  const hasBlock = cell.hasSodiumBlock;
  const spikes: number[] = [];
  const dec = new Decimator(nSteps + 1 - recordFrom, spec.maxPoints);
  const capIndex = spec.capture?.index ?? -1;
  const capAt = spec.capture?.atStep ?? -1;
  const events = spec.events ?? [];
  const every = spec.sampleEvery ?? 0;
  const avT: number[] = [], avV: number[] = [];
  let ev = 0;
  let captured: number | null = null;
  let peak = -Infinity;
  let peakK = from;
  let vMin = Infinity;
  const track = spec.track ?? -1;
  let tracked = track >= 0 ? -Infinity : Number.NaN;
  cross.reset(s[0]!);
  if (recordFrom === 0 && !clamp) dec.push(0, s[0]!);
  if (every > 0) {
    avT.push(0);
    avV.push(cell.sodiumAvailability());
  }
  let seg = 0;
  let input = segments[0]?.currentUA ?? 0;
  let segEnd = segments[0]?.endStep ?? Number.POSITIVE_INFINITY;
  let vPrev = s[0]!;
  for (let k = 0; k < nSteps; k++) {
    while (k >= segEnd) {
      seg++;
      const sg = segments[seg];
      input = sg?.currentUA ?? 0;
      segEnd = sg?.endStep ?? Number.POSITIVE_INFINITY;
    }
    while (ev < events.length && events[ev]!.step <= k) {
      const e = events[ev++]!;
      s[e.index] = s[e.index]! + e.amount;
    }
    let value: number;
    if (clamp) value = cell.clampStep(dt, input);
    else {
      cell.step(dt, input);
      value = s[0]!;
    }
    const sample = k + 1;
    const v = s[0]!;
    const t = sample * dt;
    if (sample > from && sample <= to) {
      const tc = cross.cross(t - dt, vPrev, t, v);
      if (tc >= 0) spikes.push(tc);
      if (up !== null && up.wants(v - vPrev, dt)) up.push(t - dt, vPrev, t, v, hasBlock ? cell.sodiumAvailability() : 1);
      if (value > peak) {
        peak = value;
        peakK = sample;
      }
      if (v < vMin) vMin = v;
      if (track >= 0 && s[track]! > tracked) tracked = s[track]!;
    } else if (sample === from) cross.reset(v);
    if (sample >= recordFrom) dec.push(t, value);
    if (sample === capAt) captured = s[capIndex]!;
    if (every > 0 && sample % every === 0) {
      avT.push(t);
      avV.push(cell.sodiumAvailability());
    }
    vPrev = v;
  }
  return {
    trace: dec.finish(),
    spikeTimesMs: spikes,
    features: up?.features() ?? null,
    peakMv: peak,
    peakTimeMs: peakK * dt,
    peakAtWindowEnd: peakK === to,
    minMv: vMin,
    trackedMax: tracked,
    vEnd: s[0]!,
    captured,
    availability: every > 0 ? { tMs: avT, value: avV } : null,
  };
}

/** Step cell 0 `n` times at constant current without recording (settling, bisection). */
export function advanceCell(cell: Cell, dt: number, n: number, currentUA: number): void {
  cell.prepare(dt);
  for (let k = 0; k < n; k++) cell.step(dt, currentUA);
}

/** A voltage run from a cell run's output: who, under which condition, and the figures to add. */
export function voltageRun(
  who: { agent: string; condition: string; model: ModelId },
  spec: { dt: number; nSteps: number; stimulusChangeMs: number },
  out: CellRunOutput,
  extra: Record<string, number | null>,
): Run {
  return {
    ...who,
    dtMs: spec.dt,
    durationMs: spec.nSteps * spec.dt,
    trace: out.trace,
    traceKind: 'voltage',
    spikeTimesMs: out.spikeTimesMs,
    spikeCount: out.spikeTimesMs.length,
    rateHz: rateHz(out.spikeTimesMs),
    peakMv: out.peakMv,
    stimulusChangeMs: spec.stimulusChangeMs,
    ...(out.features ? { features: out.features } : {}),
    extra,
  };
}
