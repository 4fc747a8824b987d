/**
 * use-dependence: the `wb` cell (Wang & Buzsáki 1996, class 1) driven at a normal rate (≈40 Hz) and at a
 * seizure-like rate (≈350 Hz), in control and with each sodium-channel modifier set.
 *
 * The trap (shared/reference/use-dependence.md): with literature binding rates the block develops over
 * seconds (time constant ≈1 s for carbamazepine-like, ≈10 s for phenytoin-like drugs at therapeutic
 * concentrations). So each run lasts 3 s and the figures compare the first 250 ms (mostly the block
 * already present at rest, where the drug starts at its resting steady state) with the last 250 ms
 * (after use-dependent binding has developed).
 */
import { makeCell, restingPotential } from '../cells/index.js';
import { rateHz } from '../detector.js';
import type { LabelledModifiers } from '../modifiers.js';
import { runCell } from '../run.js';
import type { Run } from '../simulate.js';
import { countIn, type ExperimentResult } from './common.js';

export interface UseDependenceOptions {
  /** Sodium-channel modifier sets to compare with control (e.g. from drug-effects). */
  drugs?: LabelledModifiers[];
  /** µA/cm² for the normal rate (default 0.6: ≈40 Hz). */
  normalCurrentUA?: number;
  /** µA/cm² for the seizure-like rate (default 15: ≈350 Hz). */
  highCurrentUA?: number;
  /** ms (default 3000). */
  durationMs?: number;
  /** ms (default 250): the early and late counting windows. */
  windowMs?: number;
  /** ms (default 0.01: the high-rate condition needs ≤0.025). */
  dtMs?: number;
  maxPoints?: number;
}

function wbRun(label: string, mod: LabelledModifiers['modifiers'], currentUA: number, o: Required<Omit<UseDependenceOptions, 'drugs'>>): Run {
  const cell = makeCell('wb', mod);
  restingPotential(cell);
  const nSteps = Math.round(o.durationMs / o.dtMs);
  const out = runCell(cell, { dt: o.dtMs, nSteps, segments: [{ endStep: nSteps, currentUA }], analyzeFromStep: 0, maxPoints: o.maxPoints });
  const T = nSteps * o.dtMs;
  const early = countIn(out.spikeTimesMs, 0, o.windowMs);
  const late = countIn(out.spikeTimesMs, T - o.windowMs, T);
  return {
    label,
    model: 'wb',
    dtMs: o.dtMs,
    durationMs: T,
    trace: out.trace,
    spikeTimesMs: out.spikeTimesMs,
    spikeCount: out.spikeTimesMs.length,
    rateHz: rateHz(out.spikeTimesMs),
    peakMv: out.peakMv,
    stimulusChangeMs: 0,
    traceKind: 'voltage',
    extra: {
      currentUA,
      earlySpikes: early,
      lateSpikes: late,
      lateRateHz: (late / o.windowMs) * 1000,
      sodiumAvailableEnd: cell.sodiumAvailability(),
    },
  };
}

/** Runs, in order: control·normal, control·high, then for each drug: drug·normal, drug·high. */
export function useDependence(opts: UseDependenceOptions = {}): ExperimentResult {
  const o = {
    normalCurrentUA: opts.normalCurrentUA ?? 0.6,
    highCurrentUA: opts.highCurrentUA ?? 15,
    durationMs: opts.durationMs ?? 3000,
    windowMs: opts.windowMs ?? 250,
    dtMs: opts.dtMs ?? 0.01,
    maxPoints: opts.maxPoints ?? 4000,
  };
  const drugs = opts.drugs ?? [];
  const runs: Run[] = [wbRun('control · normal rate', {}, o.normalCurrentUA, o), wbRun('control · seizure-like rate', {}, o.highCurrentUA, o)];
  const summary: Record<string, number | null> = {
    'control normalRateHz': runs[0]!.extra.lateRateHz!,
    'control highRateHz': runs[1]!.extra.lateRateHz!,
  };
  for (const d of drugs) {
    const n = wbRun(`${d.label} · normal rate`, d.modifiers, o.normalCurrentUA, o);
    const h = wbRun(`${d.label} · seizure-like rate`, d.modifiers, o.highCurrentUA, o);
    runs.push(n, h);
    summary[`${d.label} highRateEarlySpikes`] = h.extra.earlySpikes!;
    summary[`${d.label} normalSpikesLost`] = runs[0]!.extra.lateSpikes! - n.extra.lateSpikes!;
    const ctlHigh = runs[1]!.extra.lateSpikes!;
    summary[`${d.label} highRateSuppression`] = ctlHigh > 0 ? 1 - h.extra.lateSpikes! / ctlHigh : null;
    summary[`${d.label} sodiumAvailableEndHigh`] = h.extra.sodiumAvailableEnd!;
  }
  return {
    id: 'use-dependence',
    title: 'Use-dependent sodium-channel block',
    runs,
    summary,
    explanation: [
      `A cortical cell (Wang–Buzsáki model, class 1: it can fire slowly) is driven for ${o.durationMs / 1000} s at ${o.normalCurrentUA} µA/cm² (a normal rate) and at ${o.highCurrentUA} µA/cm² (a seizure-like rate of several hundred per second).`,
      'The drug binds sodium channels mainly while they are inactivated, which happens during and just after each spike and during sustained depolarization. A cell firing at a normal rate spends most of its time at rest, where channels recover and the drug leaves; a cell firing at a seizure-like rate keeps its channels inactivated, so the bound fraction builds up, fewer channels are available, and spikes fail.',
      `Binding at literature rates is slow (from about a second to ten seconds at therapeutic concentrations, depending on the drug), so compare the last ${o.windowMs} ms (block developed) with the first ${o.windowMs} ms (mostly the small block already present at rest). At the seizure-like rate the cell is close to depolarization block, so even a small block can stop it from the start; with slower binders the firing first continues and then fails as the block builds.`,
    ],
    simplifications: [
      'Modulated-receptor model: the drug binds channels in proportion to the fast inactivation gate (1 − h) and unbinds at a fixed rate; real channels have several inactivated states, and some blockers may act on slow rather than fast inactivation (Zeng et al. 2016).',
      'Binding constants are orders of magnitude from the literature (see the drug record).',
      'A single-compartment cell with two currents; no dendrites, no synaptic input.',
    ],
  };
}
