/**
 * absence-paradox's protocol: the `tc` relay cell given a GABA-A conductance, tonic (extrasynaptic receptors
 * activated by ambient GABA) and synaptic (a barrage of IPSPs like those a burst of the reticular nucleus
 * sends), then released. The IPSPs hyperpolarize the cell and remove T-channel inactivation; as they decay
 * the cell fires a low-threshold spike and a burst (post-inhibitory rebound). GABA modifiers act on the
 * conductance: `tonicScale` (more ambient GABA), `conductanceScale` (more current per synaptic event),
 * `decayScale` (longer events); T-channel block acts on I_T.
 *
 * The cell is held by one DC current chosen so that the control cell sits at `baselineMv` (default −65 mV);
 * the same current is used for every agent, so a larger tonic conductance hyperpolarizes the cell. One
 * extra run, 'deeper start', is the control moved `deeperMv` lower by more hyperpolarizing current: the
 * course's account of the paradox (cortex quietened by a sodium-channel blocker leaves the relay cell more
 * hyperpolarized), a protocol change and not a simulated cortex.
 */
import { makeCell } from '../cells/index.js';
import type { Cell } from '../integrator.js';
import type { GabaAParams } from '../mechanisms/gaba-a.js';
import { combineModifiers, type LabelledModifiers, type Modifiers } from '../modifiers.js';
import { advanceCell, runCell, type StateEvent } from '../run.js';
import { rateHz } from '../detector.js';
import type { Run } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

/** Baseline thalamic GABA-A: tonic about 20 pA at a 70 mV driving force in a ~150 pF relay cell (Cope et al. 2005). */
export const TC_GABA_A: GabaAParams = { tonic: 0.002, tauMs: 10, eRev: -80 };

export const THALAMIC_INHIBITION_DEFAULTS = {
  baselineMv: -65,
  /** IPSPs in the barrage, their interval (ms) and the conductance each adds (mS/cm²). */
  ipsps: 10,
  ipspIntervalMs: 5,
  ipspConductance: 0.1,
  settleMs: 1000,
  afterMs: 400,
  deeperMv: 5,
  dtMs: 0.025,
  maxPoints: 4000,
} as const;

export interface ThalamicInhibitionOptions extends Partial<Record<keyof typeof THALAMIC_INHIBITION_DEFAULTS, number>> {
  agents?: LabelledModifiers[];
  /** Add the 'deeper start' run after control (default true). */
  deeper?: boolean;
}

function build(mod: Modifiers): Cell {
  return makeCell('tc', mod, { gabaA: TC_GABA_A });
}

interface One {
  run: Run;
  ltsPeakMv: number | null;
}

function one(agent: string, condition: string, mod: Modifiers, biasUA: number, o: typeof THALAMIC_INHIBITION_DEFAULTS): One {
  const dt = o.dtMs;
  const k0 = Math.round(o.settleMs / dt);
  const nSteps = k0 + Math.round((o.ipsps * o.ipspIntervalMs + o.afterMs) / dt);
  const go = (m: Modifiers, record: boolean) => {
    const cell = build(m);
    cell.init(o.baselineMv);
    advanceCell(cell, dt, k0, biasUA);
    const before = cell.state[0]!;
    const g = cell.indexOf('gabaa.g'), hT = cell.indexOf('it.hT');
    const events: StateEvent[] = Array.from({ length: o.ipsps }, (_, i) => ({ step: Math.round((i * o.ipspIntervalMs) / dt), index: g, amount: o.ipspConductance }));
    const out = runCell(cell, {
      dt,
      nSteps: nSteps - k0,
      segments: [{ endStep: nSteps, currentUA: biasUA }],
      events,
      analyzeFromStep: 0,
      maxPoints: record ? o.maxPoints : 2,
      track: hT,
    });
    return { out, before, vMin: out.minMv, hTMax: out.trackedMax };
  };
  const r = go(mod, true);
  const ttx = go(combineModifiers(mod, { gScale: { na: 0 } }), false);
  // the LTS peak: the highest V of the TTX run after the barrage, if it is a peak and not the end
  const lts = ttx.out.peakAtWindowEnd ? null : ttx.out.peakMv;
  const shift = k0 * dt;
  return {
    ltsPeakMv: lts,
    run: {
      agent,
      condition,
      model: 'tc',
      dtMs: dt,
      durationMs: nSteps * dt,
      trace: { tMs: r.out.trace.tMs.map((t) => t + shift), vMv: r.out.trace.vMv },
      traceKind: 'voltage',
      spikeTimesMs: r.out.spikeTimesMs.map((t) => t + shift),
      spikeCount: r.out.spikeTimesMs.length,
      rateHz: rateHz(r.out.spikeTimesMs),
      peakMv: r.out.peakMv,
      stimulusChangeMs: shift,
      extra: { baselineMv: r.before, minMv: r.vMin, hTMax: r.hTMax, ltsPeakMv: lts, biasUA, barrageStartMs: shift },
    },
  };
}

/** Runs, in order: control, deeper start (unless turned off), then each agent. */
export function thalamicInhibition(opts: ThalamicInhibitionOptions = {}): ExperimentRuns {
  const o = { ...THALAMIC_INHIBITION_DEFAULTS };
  for (const k of Object.keys(o) as (keyof typeof o)[]) if (opts[k] !== undefined) (o as Record<string, number>)[k] = opts[k]!;
  const bias = build({}).steadyCurrentAt(o.baselineMv);
  const deeperBias = build({}).steadyCurrentAt(o.baselineMv - o.deeperMv);
  const list: One[] = [];
  const all = withControl(opts.agents);
  list.push(one('control', '', {}, bias, o));
  if (opts.deeper !== false) list.push(one('control', `${o.deeperMv} mV deeper start`, {}, deeperBias, o));
  for (const a of all.slice(1)) list.push(one(a.label, '', a.modifiers, bias, o));
  const figures: ExperimentRuns['figures'] = {};
  for (const x of list) {
    const key = x.run.condition ? `${x.run.agent} · ${x.run.condition}` : x.run.agent;
    figures[key] = { spikes: x.run.spikeCount, ltsPeakMv: x.ltsPeakMv, hTMax: x.run.extra.hTMax!, baselineMv: x.run.extra.baselineMv!, minMv: x.run.extra.minMv! };
  }
  return { runs: list.map((x) => x.run), figures };
}
