/**
 * use-dependence: a regular-spiking cortical pyramidal cell (`rs`, Pospischil et al. 2008) under two
 * conditions, in control and with each sodium-channel modifier set:
 * - **low-rate firing**: a steady current that gives about 7 Hz from rest;
 * - **PDS bursts**: depolarizing plateaus (default 150 ms at 2 Hz) like paroxysmal depolarizing shifts,
 *   each carrying a burst near 190 Hz, with no current between them.
 * Each run reports the upstroke detector's spikes with their amplitude and maximum dV/dt, and the sodium
 * availability over time (sampled every 5 ms); the first and the last plateau are compared.
 */
import { makeCell, restingPotential } from '../cells/index.js';
import { countIn, rateHz } from '../detector.js';
import type { LabelledModifiers, Modifiers } from '../modifiers.js';
import { runCell, type Segment } from '../run.js';
import type { Run } from '../simulate.js';
import { mean, withControl, type ExperimentRuns } from './common.js';

export interface UseDependenceOptions {
  agents?: LabelledModifiers[];
  /** µA/cm² for low-rate firing (default 0.8: about 7 Hz). */
  lowCurrentUA?: number;
  /** µA/cm² during a plateau (default 8: bursts near 190 Hz). */
  plateauUA?: number;
  plateauMs?: number;
  /** Time from one plateau onset to the next, ms (default 500: 2 Hz). */
  periodMs?: number;
  /** ms (default 5000: ten plateaus). */
  durationMs?: number;
  dtMs?: number;
  maxPoints?: number;
}

export const USE_DEPENDENCE_DEFAULTS = { lowCurrentUA: 0.8, plateauUA: 8, plateauMs: 150, periodMs: 500, durationMs: 5000, dtMs: 0.025, maxPoints: 4000 } as const;

type Opts = { -readonly [K in keyof typeof USE_DEPENDENCE_DEFAULTS]: number };

function plateaus(o: Opts, nSteps: number): Segment[] {
  const segs: Segment[] = [];
  for (let t0 = 0; t0 < o.durationMs; t0 += o.periodMs) {
    segs.push({ endStep: Math.min(nSteps, Math.round((t0 + o.plateauMs) / o.dtMs)), currentUA: o.plateauUA });
    segs.push({ endStep: Math.min(nSteps, Math.round((t0 + o.periodMs) / o.dtMs)), currentUA: 0 });
  }
  return segs;
}

function run(agent: string, condition: 'low-rate firing' | 'PDS bursts', mod: Modifiers, o: Opts): Run {
  const cell = makeCell('rs', mod);
  const rest = restingPotential(cell);
  const bound0 = 1 - cell.sodiumAvailability();
  const nSteps = Math.round(o.durationMs / o.dtMs);
  const segments = condition === 'PDS bursts' ? plateaus(o, nSteps) : [{ endStep: nSteps, currentUA: o.lowCurrentUA }];
  const out = runCell(cell, { dt: o.dtMs, nSteps, segments, analyzeFromStep: 0, maxPoints: o.maxPoints, features: true, sampleEvery: Math.round(5 / o.dtMs) });
  const f = out.features!;
  const T = nSteps * o.dtMs;
  // the first and the last plateau (or the first and last second of low-rate firing)
  const first: [number, number] = condition === 'PDS bursts' ? [0, o.plateauMs + 5] : [0, 1000];
  const lastStart = condition === 'PDS bursts' ? Math.floor((T - 1e-9) / o.periodMs) * o.periodMs : T - 1000;
  const last: [number, number] = condition === 'PDS bursts' ? [lastStart, lastStart + o.plateauMs + 5] : [lastStart, T];
  const pick = (xs: number[], w: [number, number]) => xs.filter((_, i) => f.onsetMs[i]! >= w[0] && f.onsetMs[i]! < w[1]);
  return {
    agent,
    condition,
    model: 'rs',
    dtMs: o.dtMs,
    durationMs: T,
    trace: out.trace,
    traceKind: 'voltage',
    spikeTimesMs: out.spikeTimesMs,
    spikeCount: out.spikeTimesMs.length,
    rateHz: rateHz(f.onsetMs),
    peakMv: out.peakMv,
    stimulusChangeMs: 0,
    features: f,
    series: [{ name: 'Na availability', unit: '', xUnit: 'ms', x: out.availability!.tMs, value: out.availability!.value }],
    extra: {
      restMv: rest,
      boundAtRest: bound0,
      upstrokeSpikes: f.onsetMs.length,
      firstSpikes: countIn(f.onsetMs, first[0], first[1]),
      lastSpikes: countIn(f.onsetMs, last[0], last[1]),
      firstAmplitudeMv: mean(pick(f.amplitudeMv, first)),
      lastAmplitudeMv: mean(pick(f.amplitudeMv, last)),
      firstMaxDvdt: mean(pick(f.maxDvdtVPerS, first)),
      lastMaxDvdt: mean(pick(f.maxDvdtVPerS, last)),
      naAvailableEnd: cell.sodiumAvailability(),
      naAvailableMin: Math.min(...out.availability!.value),
    },
  };
}

/** Runs, in order: for each of control then the agents, low-rate firing then PDS bursts. */
export function useDependence(opts: UseDependenceOptions = {}): ExperimentRuns {
  const o: Opts = { ...USE_DEPENDENCE_DEFAULTS };
  for (const k of Object.keys(o) as (keyof Opts)[]) if (opts[k] !== undefined) o[k] = opts[k]!;
  const runs: Run[] = [];
  const figures: ExperimentRuns['figures'] = {};
  let ctlLow: Run | undefined, ctlPds: Run | undefined;
  for (const a of withControl(opts.agents)) {
    const low = run(a.label, 'low-rate firing', a.modifiers, o);
    const pds = run(a.label, 'PDS bursts', a.modifiers, o);
    ctlLow ??= low;
    ctlPds ??= pds;
    runs.push(low, pds);
    const e = pds.extra, c = ctlPds.extra;
    figures[a.label] = {
      boundAtRest: e.boundAtRest!,
      lowRateSpikes: low.extra.upstrokeSpikes!,
      lowRateSpikesLostPct: 100 * (1 - low.extra.upstrokeSpikes! / ctlLow.extra.upstrokeSpikes!),
      pdsSpikes: e.upstrokeSpikes!,
      pdsSpikesLostPct: 100 * (1 - e.upstrokeSpikes! / c.upstrokeSpikes!),
      lastBurstMaxDvdtPct: 100 * (e.lastMaxDvdt! / c.lastMaxDvdt!),
      lastBurstAmplitudePct: 100 * (e.lastAmplitudeMv! / c.lastAmplitudeMv!),
      lowRateMaxDvdtPct: 100 * (low.extra.lastMaxDvdt! / ctlLow.extra.lastMaxDvdt!),
      naAvailableEndPds: e.naAvailableEnd!,
      naAvailableEndLow: low.extra.naAvailableEnd!,
    };
  }
  return { runs, figures };
}
