/**
 * voltage-clamp: the sodium current of the `hh` squid axon (6.3 °C) under an ideal voltage clamp, as in a
 * teaching simulator such as HHsim, with toxins and drugs:
 * - **step**: the total ionic current during a 20 ms step from −80 to 0 mV (TTX removes the inward sodium
 *   current, TEA the outward potassium current, pronase the sodium inactivation);
 * - **inactivation**: steady-state availability, the peak sodium current at 0 mV after a prepulse long
 *   enough for every gate and every drug-bound fraction to settle (computed from the steady state at each
 *   prepulse voltage), normalised to the control maximum; its V½;
 * - **train**: peak sodium current in each of 20 pulses to 0 mV (10 ms at 10 Hz from −80 mV), normalised
 *   to the first pulse: use-dependent block;
 * - **recovery**: a 100 ms pulse to 0 mV, a gap at −80 mV, a test pulse; the test peak as a fraction of
 *   the first, against the gap;
 * - **rates**: α, β, τ and steady states of m, h and n against V, as curves.
 */
import { makeCell } from '../cells/index.js';
import type { Cell } from '../integrator.js';
import { hhK, hhNa } from '../mechanisms/hh.js';
import type { LabelledModifiers, Modifiers } from '../modifiers.js';
import { runCell } from '../run.js';
import type { Run, TimeSeries } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

export const CLAMP_DEFAULTS = { holdMv: -80, testMv: 0, dtMs: 0.01, trainPulses: 20, trainPulseMs: 10, trainPeriodMs: 100 } as const;
const PREPULSES = Array.from({ length: 21 }, (_, i) => -120 + 5 * i);
const GAPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000];

/** Peak inward sodium current (µA/cm², positive number) during `ms` at vTest, from the cell's present state. */
function peakNa(cell: Cell, vTest: number, ms: number, dt: number): number {
  cell.prepare(dt);
  const comp = new Float64Array(cell.currentNames().length);
  const na = cell.currentNames().indexOf('na');
  let peak = 0;
  for (let k = 0, n = Math.round(ms / dt); k < n; k++) {
    cell.clampStep(dt, vTest);
    cell.currents(comp);
    if (-comp[na]! > peak) peak = -comp[na]!;
  }
  return peak;
}

function hold(cell: Cell, v: number, ms: number, dt: number): void {
  cell.prepare(dt);
  for (let k = 0, n = Math.round(ms / dt); k < n; k++) cell.clampStep(dt, v);
}

function curveRun(agent: string, condition: string, series: TimeSeries[], extra: Record<string, number | null>): Run {
  return { agent, condition, model: 'hh', dtMs: CLAMP_DEFAULTS.dtMs, durationMs: 0, trace: { tMs: new Float64Array(0), vMv: new Float32Array(0) }, traceKind: 'current', spikeTimesMs: [], spikeCount: 0, rateHz: null, peakMv: 0, stimulusChangeMs: 0, series, extra };
}

/** V at which a falling curve crosses 0.5 (linear interpolation), or null. */
export function halfPoint(x: readonly number[], y: readonly number[]): number | null {
  for (let i = 1; i < x.length; i++) if (y[i - 1]! >= 0.5 && y[i]! < 0.5) return x[i - 1]! + ((y[i - 1]! - 0.5) / (y[i - 1]! - y[i]!)) * (x[i]! - x[i - 1]!);
  return null;
}

function stepRun(agent: string, mod: Modifiers): Run {
  const dt = CLAMP_DEFAULTS.dtMs;
  const cell = makeCell('hh', mod);
  cell.init(CLAMP_DEFAULTS.holdMv);
  const n = Math.round(25 / dt), on = Math.round(5 / dt);
  const out = runCell(cell, { dt, nSteps: n, clamp: true, segments: [{ endStep: on, currentUA: CLAMP_DEFAULTS.holdMv }, { endStep: n, currentUA: CLAMP_DEFAULTS.testMv }], analyzeFromStep: on, maxPoints: 2000 });
  // the largest inward current after the step (the holding current at −80 mV is a small inward leak)
  let minI = 0;
  out.trace.vMv.forEach((v, i) => {
    if (out.trace.tMs[i]! > on * dt && v < minI) minI = v;
  });
  return { agent, condition: 'step to 0 mV', model: 'hh', dtMs: dt, durationMs: n * dt, trace: out.trace, traceKind: 'current', spikeTimesMs: [], spikeCount: 0, rateHz: null, peakMv: out.peakMv, stimulusChangeMs: on * dt, extra: { peakInwardUA: -minI, steadyOutwardUA: out.trace.vMv[out.trace.vMv.length - 1]! } };
}

export function voltageClamp(opts: { agents?: LabelledModifiers[] } = {}): ExperimentRuns {
  const dt = CLAMP_DEFAULTS.dtMs;
  const agents = withControl(opts.agents);
  const runs: Run[] = [];
  const figures: ExperimentRuns['figures'] = {};
  let ctlMax = 0;
  for (const a of agents) {
    runs.push(stepRun(a.label, a.modifiers));
    // steady-state inactivation
    const avail = PREPULSES.map((v) => {
      const c = makeCell('hh', a.modifiers);
      c.init(v);
      return peakNa(c, CLAMP_DEFAULTS.testMv, 5, dt);
    });
    if (a.label === 'control') ctlMax = Math.max(...avail);
    const norm = avail.map((x) => (ctlMax > 0 ? x / ctlMax : 0));
    // pulse train
    const c = makeCell('hh', a.modifiers);
    c.init(CLAMP_DEFAULTS.holdMv);
    const train: number[] = [];
    for (let p = 0; p < CLAMP_DEFAULTS.trainPulses; p++) {
      train.push(peakNa(c, CLAMP_DEFAULTS.testMv, CLAMP_DEFAULTS.trainPulseMs, dt));
      hold(c, CLAMP_DEFAULTS.holdMv, CLAMP_DEFAULTS.trainPeriodMs - CLAMP_DEFAULTS.trainPulseMs, dt);
    }
    // recovery from inactivation
    const rec = GAPS.map((gap) => {
      const r = makeCell('hh', a.modifiers);
      r.init(CLAMP_DEFAULTS.holdMv);
      const p1 = peakNa(r, CLAMP_DEFAULTS.testMv, 100, dt);
      hold(r, CLAMP_DEFAULTS.holdMv, gap, dt);
      return p1 > 0 ? peakNa(r, CLAMP_DEFAULTS.testMv, 5, dt) / p1 : 0;
    });
    const trainNorm = train.map((x) => (train[0]! > 0 ? x / train[0]! : 0));
    const half = halfPoint(PREPULSES, norm);
    runs.push(
      curveRun(a.label, 'inactivation', [{ name: 'Na availability (peak I_Na / control maximum)', unit: '', xUnit: 'mV', x: PREPULSES, value: norm }], { vHalfMv: half }),
      curveRun(a.label, 'train', [{ name: 'peak I_Na, pulse n / pulse 1', unit: '', xUnit: 'ms', x: train.map((_, i) => i * CLAMP_DEFAULTS.trainPeriodMs), value: trainNorm }], { lastPulseFraction: trainNorm.at(-1) ?? null }),
      curveRun(a.label, 'recovery', [{ name: 'test peak / first peak, against the gap', unit: '', xUnit: 'ms', x: GAPS, value: rec }], { recoveredAt20Ms: rec[GAPS.indexOf(20)]!, recoveredAt1000Ms: rec[GAPS.indexOf(1000)]! }),
    );
    figures[a.label] = { vHalfMv: half, peakAt0MvFraction: ctlMax > 0 ? Math.max(...avail) / ctlMax : null, lastPulseFraction: trainNorm.at(-1) ?? null, recoveredAt20Ms: rec[GAPS.indexOf(20)]!, recoveredAt1000Ms: rec[GAPS.indexOf(1000)]! };
  }
  return { runs: [...runs, rateCurves()], figures };
}

/** α, β, τ and x∞ of the hh gates against V (from the readable rate functions). */
export function rateCurves(): Run {
  const v = Array.from({ length: 61 }, (_, i) => -120 + 3 * i);
  const gates: [string, (x: number) => number, (x: number) => number][] = [
    ['m', hhNa.alphaM, hhNa.betaM],
    ['h', hhNa.alphaH, hhNa.betaH],
    ['n', hhK.alphaN, hhK.betaN],
  ];
  const series: TimeSeries[] = [];
  for (const [g, a, b] of gates) {
    series.push({ name: `α${g}`, unit: '1/ms', xUnit: 'mV', x: v, value: v.map(a) });
    series.push({ name: `β${g}`, unit: '1/ms', xUnit: 'mV', x: v, value: v.map(b) });
    series.push({ name: `τ${g}`, unit: 'ms', xUnit: 'mV', x: v, value: v.map((x) => 1 / (a(x) + b(x))) });
    series.push({ name: `${g}∞`, unit: '', xUnit: 'mV', x: v, value: v.map((x) => a(x) / (a(x) + b(x))) });
  }
  return curveRun('control', 'rate constants', series, {});
}
