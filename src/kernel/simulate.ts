/**
 * `simulate(model, protocol, modifiers, options)`: the raw form the CLI calls. Validates its input
 * (typed errors, no throwing for user mistakes), builds the cell with the modifiers, runs the protocol
 * with the shared integrator, and returns a {@link Run}.
 */
import { CELL_MODEL_IDS, findRestingPotential, makeCell, type Cell, type CellModelId } from './cells/index.js';
import type { SpikeFeatures } from './detector.js';
import { combineModifiers, type Modifiers } from './modifiers.js';
import { checkRange, validateModifiers, type ValidationError } from './ranges.js';
import { MIN_DT_MS } from './integrator.js';
import { advanceCell, runCell, voltageRun, type CellRunOutput } from './run.js';
import type { Trace } from './trace.js';
import { simulateNetwork, type NetworkOptions } from './network/network.js';

export type ModelId = CellModelId | 'network';

/** All model ids, for `--model` help. */
export const MODEL_IDS: readonly ModelId[] = [...CELL_MODEL_IDS, 'network'];

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
  /** Who the run is about: 'control' (default) or an agent's label. */
  agent?: string;
  /** Evaluate rates and exponentials every step (the reference path) instead of the rate tables. */
  exact?: boolean;
  /** Skip the check that dt resolves the drive (step protocol); for callers that have checked it. */
  skipResolutionCheck?: boolean;
  /** Network size and seed (model `network` only). */
  network?: NetworkOptions;
}

/** A curve recorded beside the trace: a time course (x in ms) or a curve against voltage (x in mV). */
export interface TimeSeries {
  name: string;
  /** Unit of the values ('' for a fraction). */
  unit: string;
  xUnit: 'ms' | 'mV';
  x: number[];
  value: number[];
}

/**
 * One simulated run, as experiments and the CLI report it. Structured: who (`agent`) and under which of the
 * experiment's conditions (`condition`), never a label to split again.
 */
export interface Run {
  /** 'control', or the label of what was applied (a drug and its dose, a toxin, a scaling). */
  agent: string;
  /** The experiment's condition for this run (e.g. 'PDS bursts'); '' when there is only one. */
  condition: string;
  model: ModelId;
  dtMs: number;
  durationMs: number;
  /** Decimated trace: membrane voltage (mV), or for `network` the excitatory population's mean voltage, or
   * for a clamp or IPSC run a current (µA/cm²); see `traceKind`. */
  trace: Trace;
  traceKind: 'voltage' | 'population-voltage' | 'current';
  /** Spike times (ms from the start of the run) by the 0 mV crossing detector, in the analysis window. */
  spikeTimesMs: number[];
  spikeCount: number;
  rateHz: number | null;
  /** Highest value of the trace after the stimulus change (after release for rebound). */
  peakMv: number;
  /** Time of the stimulus change, ms (step onset, or release for rebound). */
  stimulusChangeMs: number;
  /** Spikes by the upstroke detector, with per-spike features, where the run asked for them. */
  features?: SpikeFeatures;
  /** Time courses to show beside the trace. */
  series?: TimeSeries[];
  /** Model- or experiment-specific figures (e.g. ltsPeakMv, hTEndStep, iHoldUA, iStepUA, synchrony). */
  extra: Record<string, number | null>;
  /** Network runs only: raster (spike times and neuron indices; excitatory cells are 0..excitatoryCount−1).
   * For a network run `rateHz` is the mean excitatory rate and `spikeTimesMs` holds every cell's spikes. */
  raster?: { timesMs: Float64Array; neurons: Int32Array; excitatoryCount: number; cellCount: number };
}

/** "agent · condition", or the agent alone: the one place a run's label is made. */
export function runLabel(run: Pick<Run, 'agent' | 'condition'>): string {
  return run.condition ? `${run.agent} · ${run.condition}` : run.agent;
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
  const o: RunOptions = {
    dt: options.dtMs ?? DEFAULT_DT_MS,
    maxPoints: options.maxPoints ?? DEFAULT_MAX_POINTS,
    agent: options.agent ?? 'control',
    exact: options.exact === true,
  };
  if (model === 'network') {
    if (protocol.kind !== 'step') return { ok: false, errors: [{ kind: 'invalid', field: 'protocol', message: 'the network model takes the step protocol only' }] };
    return simulateNetwork({ ...options.network, durationMs: protocol.durationMs, driveUA: protocol.currentUA }, modifiers, { dtMs: o.dt, maxPoints: o.maxPoints, label: o.agent });
  }
  if (protocol.kind === 'step') {
    const cell = startCell(model, modifiers, o.exact);
    if (cell === null) return { ok: false, errors: [{ kind: 'invalid', field: 'modifiers', message: `the ${model} cell has no stable resting potential with these conductances`, hint: 'keep some potassium or leak conductance' }] };
    if (!options.skipResolutionCheck) {
      const e = checkResolution(model, protocol, modifiers, o, cell.state);
      if (e) return { ok: false, errors: [e] };
    }
    return { ok: true, run: runStep(cell, model, protocol, o) };
  }
  return runRebound(model, protocol, modifiers, o);
}

/** What every single-cell run takes besides model, protocol and modifiers. */
export interface RunOptions {
  dt: number;
  maxPoints: number;
  agent: string;
  exact: boolean;
}

/** Where each model starts a step protocol: hh at −65 mV as hh.md prescribes, the others at rest (null: none). */
export function startCell(model: CellModelId, mod: Modifiers, exact = false): Cell | null {
  const cell = makeCell(model, mod, { exact });
  if (model === 'hh') cell.init(-65);
  else if (findRestingPotential(cell) === null) return null;
  return cell;
}

/** The step protocol on a cell that starts from its present state: both detectors, `windowMs` long. */
function stepOutput(cell: Cell, p: StepProtocol, dt: number, windowMs: number, maxPoints: number): CellRunOutput {
  const nSteps = Math.round(windowMs / dt);
  const startStep = Math.round((p.startMs ?? 0) / dt);
  return runCell(cell, {
    dt,
    nSteps,
    segments: [
      { endStep: startStep, currentUA: 0 },
      { endStep: nSteps, currentUA: p.currentUA },
    ],
    analyzeFromStep: startStep,
    maxPoints,
    features: true,
  });
}

/**
 * Refuse a dt that cannot resolve the drive: the first 100 ms of the step are run again at dt/4 (from the
 * same start state), and if either detector's count differs by more than one spike and 10%, the run is
 * refused with the dt to use. (The forward-Euler voltage step fails quietly at a coarse dt under a strong
 * drive: wb at 20 µA/cm² fires at about 400 Hz, and at dt 0.05 ms its spikes shrink so that the 0 mV
 * detector sees 8 of 40 in 100 ms.)
 */
export function checkResolution(model: CellModelId, p: StepProtocol, mod: Modifiers, o: RunOptions, start: Float64Array): ValidationError | null {
  if (o.dt <= MIN_DT_MS * 4) return null;
  const windowMs = Math.min(p.durationMs, (p.startMs ?? 0) + 100);
  const counts = (dt: number): [number, number] => {
    const cell = makeCell(model, mod, { exact: o.exact });
    cell.state.set(start);
    const out = stepOutput(cell, p, dt, windowMs, 2);
    return [out.spikeTimesMs.length, out.features!.onsetMs.length];
  };
  const coarse = counts(o.dt);
  const fine = counts(o.dt / 4);
  const off = (a: number, b: number): boolean => Math.abs(a - b) > Math.max(1, 0.1 * b);
  if (!off(coarse[0], fine[0]) && !off(coarse[1], fine[1])) return null;
  const suggest = Number((o.dt / 4).toPrecision(2));
  return {
    kind: 'invalid',
    field: 'dt',
    message: `dt ${o.dt} ms is too coarse for this drive: the first ${windowMs} ms give ${coarse[0]} spikes crossing 0 mV at dt ${o.dt} ms and ${fine[0]} at dt ${suggest} ms (${coarse[1]} and ${fine[1]} upstrokes)`,
    hint: `use --dt ${suggest} or smaller`,
  };
}

/** The step protocol on a cell already at its start state (startCell). */
export function runStep(cell: Cell, model: CellModelId, p: StepProtocol, o: RunOptions): Run {
  const restMv = model === 'hh' ? null : cell.state[0]!;
  const { dt } = o;
  const out = stepOutput(cell, p, dt, p.durationMs, o.maxPoints);
  const nSteps = Math.round(p.durationMs / dt);
  const startStep = Math.round((p.startMs ?? 0) / dt);
  return voltageRun({ agent: o.agent, condition: '', model }, { dt, nSteps, stimulusChangeMs: startStep * dt }, out, {
    vEndMv: out.vEnd,
    firstSpikeLatencyMs: out.spikeTimesMs.length > 0 ? out.spikeTimesMs[0]! - startStep * dt : null,
    upstrokeSpikes: out.features?.onsetMs.length ?? null,
    restMv,
  });
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
export function findReboundCurrents(cell: Cell, p: ReboundProtocol, dt: number): ReboundCurrents | ValidationError {
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
    return { kind: 'invalid', field: 'to', message: `the ${cell.name} cell cannot be brought to ${p.toMv} mV by a ${p.stepMs} ms step from ${p.holdMv} mV (reached ${reached.toFixed(1)} mV)` };
  }
  return { iHoldUA: iHold, iStepUA: iStep, vEndStepMv: reached };
}

/** A rebound run of any cell (built by `build`, so experiments can add a GABA-A conductance). */
export function runReboundCell(build: (mod: Modifiers) => Cell, model: CellModelId, p: ReboundProtocol, mod: Modifiers, o: RunOptions): SimulateResult {
  const { dt } = o;
  const cur = findReboundCurrents(build(mod), p, dt);
  if ('kind' in cur) return { ok: false, errors: [cur] };
  const settle = p.settleMs ?? 1000;
  const after = p.afterMs ?? 300;
  const k0 = Math.round(settle / dt);
  const k1 = Math.round((settle + p.stepMs) / dt);
  const kEnd = k1 + Math.round(after / dt);
  const spec = (cell: Cell, withCapture: boolean) => {
    const hT = cell.indexOf('it.hT');
    return {
      dt,
      nSteps: kEnd,
      segments: [
        { endStep: k0, currentUA: cur.iHoldUA },
        { endStep: k1, currentUA: cur.iHoldUA - cur.iStepUA },
        { endStep: kEnd, currentUA: cur.iHoldUA },
      ],
      analyzeFromStep: k1,
      recordFromStep: Math.max(0, k0 - Math.round(Math.min(200, settle) / dt)),
      maxPoints: o.maxPoints,
      ...(withCapture && hT >= 0 ? { capture: { index: hT, atStep: k1 } } : {}),
    };
  };
  const cell = build(mod);
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
  if (cell.indexOf('it.hT') >= 0) {
    // The low-threshold spike itself: the same run with sodium channels blocked (TTX), as tc.md defines it.
    const ttx = build(combineModifiers(mod, { gScale: { na: 0 } }));
    ttx.init(p.holdMv);
    const lts = runCell(ttx, { ...spec(ttx, false), maxPoints: 2 });
    extra.ltsPeakMv = lts.peakAtWindowEnd ? null : lts.peakMv;
    extra.ltsPeakTimeMs = lts.peakAtWindowEnd ? null : lts.peakTimeMs - k1 * dt;
  }
  return { ok: true, run: voltageRun({ agent: o.agent, condition: '', model }, { dt, nSteps: kEnd, stimulusChangeMs: k1 * dt }, out, extra) };
}

function runRebound(model: CellModelId, p: ReboundProtocol, mod: Modifiers, o: RunOptions): SimulateResult {
  return runReboundCell((m) => makeCell(model, m, { exact: o.exact }), model, p, mod, o);
}
