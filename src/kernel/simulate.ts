/**
 * `simulate(model, protocol, modifiers, options)`: the raw form the CLI calls. Validates its input
 * (typed errors, no throwing for user mistakes), builds the cell with the modifiers, runs the protocol
 * with the shared integrator, and returns a {@link Run}.
 */
import { makeCell, restingPotential, stateIndex, type Cell, type CellModelId } from './cells/index.js';
import { rateHz } from './detector.js';
import { combineModifiers, type Modifiers } from './modifiers.js';
import { checkRange, validateModifiers, type ValidationError } from './ranges.js';
import { advanceCell, runCell } from './run.js';
import type { Trace } from './trace.js';
import { simulateNetwork, type NetworkOptions } from './network/network.js';

export type ModelId = CellModelId | 'network';

/** All model ids, for `--model` help. */
export const MODEL_IDS: readonly ModelId[] = ['hh', 'wb', 'tc', 'network'];

/** Constant current from `startMs` (default 0) to the end; before it no current (cells start at rest). */
export interface StepProtocol {
  kind: 'step';
  /** µA/cm² */
  currentUA: number;
  durationMs: number;
  startMs?: number;
}

/**
 * Hold at `holdMv` with the exact steady-state holding current, settle (`settleMs`, default 1000), add a
 * hyperpolarizing step for `stepMs` sized by bisection so that V reaches `toMv` at its end, release, and
 * watch for `afterMs` (default 300), as shared/reference/tc.md and tc_ref.c.
 */
export interface ReboundProtocol {
  kind: 'rebound';
  holdMv: number;
  toMv: number;
  stepMs: number;
  settleMs?: number;
  afterMs?: number;
}

export type Protocol = StepProtocol | ReboundProtocol;

export interface SimulateOptions {
  /** Time step, ms (default 0.025; the integrator takes 0.001–0.05). */
  dtMs?: number;
  /** Upper bound on trace points returned (default 4000; peaks are preserved). */
  maxPoints?: number;
  label?: string;
  /** Network size and seed (model `network` only). */
  network?: NetworkOptions;
}

/** One simulated run, as experiments and the CLI report it. */
export interface Run {
  label: string;
  model: ModelId;
  dtMs: number;
  durationMs: number;
  /** Decimated trace: membrane voltage (mV), or for `network` the excitatory population's mean voltage, or
   * for an IPSC run the synaptic current (µA/cm²); see `traceKind`. */
  trace: Trace;
  /** What `trace` holds (default 'voltage'). */
  traceKind?: 'voltage' | 'population-voltage' | 'current';
  /** Spike times (ms from the start of the run) in the analysis window (after release for rebound). */
  spikeTimesMs: number[];
  spikeCount: number;
  rateHz: number | null;
  /** Highest voltage after the stimulus change (after release for rebound). */
  peakMv: number;
  /** Time of the stimulus change, ms (step onset, or release for rebound). */
  stimulusChangeMs: number;
  /** Model- or experiment-specific figures (e.g. ltsPeakMv, hTEndStep, iHoldUA, iStepUA, synchrony). */
  extra: Record<string, number | null>;
  /** Network runs only: raster (spike times and neuron indices; excitatory cells are 0..excitatoryCount−1).
   * For a network run `rateHz` is the mean excitatory rate and `spikeTimesMs` holds every cell's spikes. */
  raster?: { timesMs: Float64Array; neurons: Int32Array; excitatoryCount: number; cellCount: number };
}

export type SimulateResult = { ok: true; run: Run } | { ok: false; errors: ValidationError[] };

export const DEFAULT_DT_MS = 0.025;
const DEFAULT_MAX_POINTS = 4000;

/** Validate a protocol and options; empty when fine. */
export function validateProtocol(model: ModelId, protocol: Protocol, options: SimulateOptions = {}): ValidationError[] {
  const errs: ValidationError[] = [];
  const push = (e: ValidationError | null): void => {
    if (e) errs.push(e);
  };
  if (!(MODEL_IDS as readonly string[]).includes(model)) {
    errs.push({ kind: 'invalid', field: 'model', message: `unknown model "${String(model)}" (models: ${MODEL_IDS.join(', ')})` });
  }
  push(checkRange('dt', options.dtMs ?? DEFAULT_DT_MS, 'dtMs'));
  if (protocol.kind === 'step') {
    push(checkRange('current', protocol.currentUA, 'currentUA'));
    push(checkRange('duration', protocol.durationMs, 'durationMs'));
    if (protocol.startMs !== undefined) push(checkRange('start', protocol.startMs, { min: 0, max: protocol.durationMs, unit: 'ms' }));
  } else if (protocol.kind === 'rebound') {
    if (model === 'network') errs.push({ kind: 'invalid', field: 'protocol', message: 'the network model takes the step protocol only' });
    push(checkRange('hold', protocol.holdMv, 'holdMv'));
    push(checkRange('to', protocol.toMv, 'toMv'));
    push(checkRange('step', protocol.stepMs, 'stepMs'));
    if (protocol.toMv >= protocol.holdMv) errs.push({ kind: 'invalid', field: 'to', message: 'the rebound step must hyperpolarize: --to must be below --hold' });
    const total = (protocol.settleMs ?? 1000) + protocol.stepMs + (protocol.afterMs ?? 300);
    push(checkRange('total duration', total, 'durationMs'));
  } else {
    errs.push({ kind: 'invalid', field: 'protocol', message: 'protocol must be step or rebound' });
  }
  return errs;
}

/** Simulate a model under a protocol with modifiers. Never throws for bad user input. */
export function simulate(model: ModelId, protocol: Protocol, modifiers: Modifiers = {}, options: SimulateOptions = {}): SimulateResult {
  const errors = [...validateProtocol(model, protocol, options), ...validateModifiers(modifiers)];
  if (errors.length > 0) return { ok: false, errors };
  const dt = options.dtMs ?? DEFAULT_DT_MS;
  const maxPoints = options.maxPoints ?? DEFAULT_MAX_POINTS;
  const label = options.label ?? 'control';
  if (model === 'network') {
    if (protocol.kind !== 'step') return { ok: false, errors: [{ kind: 'invalid', field: 'protocol', message: 'the network model takes the step protocol only' }] };
    return simulateNetwork({ ...options.network, durationMs: protocol.durationMs, driveUA: protocol.currentUA }, modifiers, { dtMs: dt, maxPoints, label });
  }
  if (protocol.kind === 'step') return { ok: true, run: runStep(model, protocol, modifiers, dt, maxPoints, label) };
  return runRebound(model, protocol, modifiers, dt, maxPoints, label);
}

/** Where each model starts a step protocol: hh at −65 mV as hh.md prescribes, the others at rest. */
function startCell(model: CellModelId, mod: Modifiers): Cell {
  const cell = makeCell(model, mod);
  if (model === 'hh') cell.init(-65);
  else restingPotential(cell);
  return cell;
}

export function runStep(model: CellModelId, p: StepProtocol, mod: Modifiers, dt: number, maxPoints: number, label: string): Run {
  const cell = startCell(model, mod);
  const nSteps = Math.round(p.durationMs / dt);
  const startStep = Math.round((p.startMs ?? 0) / dt);
  const out = runCell(cell, {
    dt,
    nSteps,
    segments: [
      { endStep: startStep, currentUA: 0 },
      { endStep: nSteps, currentUA: p.currentUA },
    ],
    analyzeFromStep: startStep,
    maxPoints,
  });
  return {
    label,
    model,
    dtMs: dt,
    durationMs: nSteps * dt,
    trace: out.trace,
    spikeTimesMs: out.spikeTimesMs,
    spikeCount: out.spikeTimesMs.length,
    rateHz: rateHz(out.spikeTimesMs),
    peakMv: out.peakMv,
    stimulusChangeMs: startStep * dt,
    extra: { vEndMv: out.vEnd, firstSpikeLatencyMs: out.spikeTimesMs.length > 0 ? out.spikeTimesMs[0]! - startStep * dt : null },
  };
}

/** Holding and step currents of a rebound protocol, found exactly as tc_ref.c does. */
export interface ReboundCurrents {
  iHoldUA: number;
  iStepUA: number;
  /** V reached at the end of the step with that current (mV). */
  vEndStepMv: number;
}

/**
 * Find the holding current (exact steady state at holdMv) and, by bisection (50 rounds from [0, 3]
 * µA/cm², widened if needed), the step current that brings V to toMv at the end of the step.
 * The settling phase is simulated once and its final state reused for every bisection round (it is the
 * same in every round, so the result is identical to re-running it).
 */
export function findReboundCurrents(model: CellModelId, p: ReboundProtocol, mod: Modifiers, dt: number): ReboundCurrents | ValidationError {
  const cell = makeCell(model, mod);
  const iHold = cell.steadyCurrentAt(p.holdMv);
  const k0 = Math.round((p.settleMs ?? 1000) / dt);
  const k1 = Math.round(((p.settleMs ?? 1000) + p.stepMs) / dt);
  cell.init(p.holdMv);
  advanceCell(cell, dt, k0, iHold);
  const settled = cell.state.slice();
  const vEnd = (iStep: number): number => {
    cell.state.set(settled);
    advanceCell(cell, dt, k1 - k0, iHold - iStep);
    return cell.state[0]!;
  };
  let lo = 0, hi = 3;
  while (vEnd(hi) >= p.toMv && hi < 100) {
    lo = hi;
    hi *= 2;
  }
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (vEnd(mid) < p.toMv) hi = mid;
    else lo = mid;
  }
  const iStep = (lo + hi) / 2;
  const reached = vEnd(iStep);
  if (!(Math.abs(reached - p.toMv) < 0.5)) {
    return { kind: 'invalid', field: 'to', message: `the ${model} cell cannot be brought to ${p.toMv} mV by a ${p.stepMs} ms step from ${p.holdMv} mV (reached ${reached.toFixed(1)} mV)` };
  }
  return { iHoldUA: iHold, iStepUA: iStep, vEndStepMv: reached };
}

function runRebound(model: CellModelId, p: ReboundProtocol, mod: Modifiers, dt: number, maxPoints: number, label: string): SimulateResult {
  const cur = findReboundCurrents(model, p, mod, dt);
  if ('kind' in cur) return { ok: false, errors: [cur] };
  const settle = p.settleMs ?? 1000;
  const after = p.afterMs ?? 300;
  const k0 = Math.round(settle / dt);
  const k1 = Math.round((settle + p.stepMs) / dt);
  const kEnd = k1 + Math.round(after / dt);
  const spec = (cell: Cell, withCapture: boolean) => ({
    dt,
    nSteps: kEnd,
    segments: [
      { endStep: k0, currentUA: cur.iHoldUA },
      { endStep: k1, currentUA: cur.iHoldUA - cur.iStepUA },
      { endStep: kEnd, currentUA: cur.iHoldUA },
    ],
    analyzeFromStep: k1,
    recordFromStep: Math.max(0, k0 - Math.round(Math.min(200, settle) / dt)),
    maxPoints,
    ...(withCapture && cell.stateNames.includes('hT') ? { capture: { index: stateIndex(cell, 'hT'), atStep: k1 } } : {}),
  });
  const cell = makeCell(model, mod);
  cell.init(p.holdMv);
  const out = runCell(cell, spec(cell, true));
  const extra: Record<string, number | null> = {
    iHoldUA: cur.iHoldUA,
    iStepUA: cur.iStepUA,
    vEndStepMv: cur.vEndStepMv,
    releaseMs: k1 * dt,
    firstSpikeLatencyMs: out.spikeTimesMs.length > 0 ? out.spikeTimesMs[0]! - k1 * dt : null,
  };
  if (out.captured !== null) extra.hTEndStep = out.captured;
  if (cell.stateNames.includes('hT')) {
    // The low-threshold spike itself: the same run with sodium channels blocked (TTX), as tc.md defines it.
    const ttx = makeCell(model, combineModifiers(mod, { gScale: { na: 0 } }));
    ttx.init(p.holdMv);
    const lts = runCell(ttx, { ...spec(ttx, false), maxPoints: 2 });
    extra.ltsPeakMv = lts.peakAtWindowEnd ? null : lts.peakMv;
    extra.ltsPeakTimeMs = lts.peakAtWindowEnd ? null : lts.peakTimeMs - k1 * dt;
  }
  return {
    ok: true,
    run: {
      label,
      model,
      dtMs: dt,
      durationMs: kEnd * dt,
      trace: out.trace,
      spikeTimesMs: out.spikeTimesMs,
      spikeCount: out.spikeTimesMs.length,
      rateHz: rateHz(out.spikeTimesMs),
      peakMv: out.peakMv,
      stimulusChangeMs: k1 * dt,
      extra,
    },
  };
}
