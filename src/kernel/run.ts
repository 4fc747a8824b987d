/**
 * The single-cell run loop shared by every protocol: piecewise-constant injected current, one integrator
 * step per sample, online spike detection and peak tracking in an analysis window, and a decimated trace.
 * Nothing is allocated per step.
 */
import { stepCell, type Cell } from './cells/cell.js';
import { SpikeDetector } from './detector.js';
import { Decimator, type Trace } from './trace.js';

/** Injected current `currentUA` (µA/cm²) for every step index k < endStep (after the previous segment). */
export interface Segment {
  endStep: number;
  currentUA: number;
}

export interface CellRunSpec {
  dt: number;
  nSteps: number;
  segments: readonly Segment[];
  /** Spikes and the peak are taken from samples after this one (sample k = state after k steps). */
  analyzeFromStep: number;
  /** Last sample of the analysis window (inclusive); default nSteps. */
  analyzeToStep?: number;
  /** First sample kept in the trace; default 0. */
  recordFromStep?: number;
  maxPoints: number;
  /** Read state `index` after step `atStep` (e.g. h_T at the end of a hyperpolarizing step). */
  capture?: { index: number; atStep: number };
}

export interface CellRunOutput {
  trace: Trace;
  spikeTimesMs: number[];
  peakMv: number;
  peakTimeMs: number;
  /** True when the highest V of the window is its last sample (no peak inside the window). */
  peakAtWindowEnd: boolean;
  vEnd: number;
  captured: number | null;
}

/** Run a cell from its present state. */
export function runCell(cell: Cell, spec: CellRunSpec): CellRunOutput {
  const { dt, nSteps, segments } = spec;
  const s = cell.state;
  const from = spec.analyzeFromStep;
  const to = spec.analyzeToStep ?? nSteps;
  const recordFrom = spec.recordFromStep ?? 0;
  const det = new SpikeDetector(16);
  const dec = new Decimator(nSteps + 1 - recordFrom, spec.maxPoints);
  const capIndex = spec.capture?.index ?? -1;
  const capAt = spec.capture?.atStep ?? -1;
  let captured: number | null = null;
  let peak = -Infinity;
  let peakK = from;
  if (from === 0) det.reset(0, s[0]!);
  if (recordFrom === 0) dec.push(0, s[0]!);
  let seg = 0;
  let current = segments[0]?.currentUA ?? 0;
  let segEnd = segments[0]?.endStep ?? Number.POSITIVE_INFINITY;
  for (let k = 0; k < nSteps; k++) {
    while (k >= segEnd) {
      seg++;
      const sg = segments[seg];
      current = sg?.currentUA ?? 0;
      segEnd = sg?.endStep ?? Number.POSITIVE_INFINITY;
    }
    stepCell(cell, dt, current);
    const sample = k + 1;
    const v = s[0]!;
    const t = sample * dt;
    if (sample > from) {
      if (sample <= to) {
        det.push(t, v);
        if (v > peak) {
          peak = v;
          peakK = sample;
        }
      }
    } else if (sample === from) {
      det.reset(t, v);
    }
    if (sample >= recordFrom) dec.push(t, v);
    if (sample === capAt) captured = s[capIndex]!;
  }
  return {
    trace: dec.finish(),
    spikeTimesMs: det.spikeTimes(),
    peakMv: peak,
    peakTimeMs: peakK * dt,
    peakAtWindowEnd: peakK === to,
    vEnd: s[0]!,
    captured,
  };
}

/** Step a cell `n` times at constant current without recording (settling, bisection). */
export function advanceCell(cell: Cell, dt: number, n: number, currentUA: number): void {
  for (let k = 0; k < n; k++) stepCell(cell, dt, currentUA);
}
