/**
 * rebound: the `tc` relay cell held at −65 mV, hyperpolarized for 200 ms to −80 mV and released
 * (shared/reference/tc.md protocol: exact holding current, bisected step current). The T-type calcium
 * current, de-inactivated by the hyperpolarization, produces a low-threshold spike (LTS) crowned by a
 * burst of sodium spikes. T-channel block (ethosuximide) lowers the LTS and shrinks the burst.
 */
import type { LabelledModifiers, Modifiers } from '../modifiers.js';
import { simulate, type Run } from '../simulate.js';
import type { ExperimentResult } from './common.js';

export interface ReboundOptions {
  drugs?: LabelledModifiers[];
  holdMv?: number;
  toMv?: number;
  stepMs?: number;
  dtMs?: number;
  maxPoints?: number;
}

/** One tc rebound run (throws only on an internal error: the default protocol always validates). */
export function tcRebound(label: string, mod: Modifiers, toMv: number, o: { holdMv: number; stepMs: number; dtMs: number; maxPoints: number }): Run {
  const r = simulate('tc', { kind: 'rebound', holdMv: o.holdMv, toMv, stepMs: o.stepMs }, mod, { dtMs: o.dtMs, maxPoints: o.maxPoints, label });
  if (!r.ok) throw new Error(`rebound run failed: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.run;
}

/** Runs, in order: control, then each drug. */
export function rebound(opts: ReboundOptions = {}): ExperimentResult {
  const o = { holdMv: opts.holdMv ?? -65, stepMs: opts.stepMs ?? 200, dtMs: opts.dtMs ?? 0.025, maxPoints: opts.maxPoints ?? 4000 };
  const toMv = opts.toMv ?? -80;
  const runs = [tcRebound('control', {}, toMv, o), ...(opts.drugs ?? []).map((d) => tcRebound(d.label, d.modifiers, toMv, o))];
  const summary: Record<string, number | null> = {};
  for (const r of runs) {
    summary[`${r.label} spikes`] = r.spikeCount;
    summary[`${r.label} ltsPeakMv`] = r.extra.ltsPeakMv ?? null;
  }
  return {
    id: 'rebound',
    title: 'Thalamic rebound burst and the T-type calcium current',
    runs,
    summary,
    explanation: [
      `A thalamocortical relay cell is held at ${o.holdMv} mV, pulled down to ${toMv} mV for ${o.stepMs} ms, and released. At rest most T-type calcium channels are inactivated; hyperpolarization removes that inactivation, so on release they open together and produce a low-threshold spike (LTS) lasting tens of milliseconds, with a burst of ordinary sodium spikes on top. In absence epilepsy this rebound burst, repeated through the thalamocortical loop about three times a second, is the pacemaker.`,
      'Blocking a fraction of T channels (a T-type calcium channel blocker) lowers the LTS at every depth of hyperpolarization; with enough block the burst disappears. The LTS peak is measured in the same run with sodium channels blocked (TTX), so it shows the calcium spike alone.',
    ],
    simplifications: [
      'One-compartment relay cell (Destexhe et al. 1998); real relay cells have dendritic T channels and an h-current.',
      'A drug is a fraction of T channels blocked, independent of voltage; real T-channel block is state-dependent.',
    ],
  };
}
