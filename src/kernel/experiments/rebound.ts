/**
 * rebound: the `tc` relay cell held at −65 mV, hyperpolarized for 200 ms to −80 mV and released
 * (shared/reference/tc.md protocol: exact holding current, bisected step current). The T-type calcium
 * current, de-inactivated by the hyperpolarization, produces a low-threshold spike (LTS) crowned by a
 * burst of sodium spikes; T-channel block lowers the LTS and shrinks the burst.
 */
import { makeCell } from '../cells/index.js';
import type { LabelledModifiers } from '../modifiers.js';
import { runReboundCell, type Run } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

export interface ReboundOptions {
  agents?: LabelledModifiers[];
  holdMv?: number;
  toMv?: number;
  stepMs?: number;
  dtMs?: number;
  maxPoints?: number;
}

export function rebound(opts: ReboundOptions = {}): ExperimentRuns {
  const p = { kind: 'rebound' as const, holdMv: opts.holdMv ?? -65, toMv: opts.toMv ?? -80, stepMs: opts.stepMs ?? 200 };
  const runs: Run[] = [];
  const figures: ExperimentRuns['figures'] = {};
  for (const a of withControl(opts.agents)) {
    const r = runReboundCell((m) => makeCell('tc', m), 'tc', p, a.modifiers, { dt: opts.dtMs ?? 0.025, maxPoints: opts.maxPoints ?? 4000, agent: a.label, exact: false });
    if (!r.ok) throw new Error(`rebound run failed: ${r.errors.map((e) => e.message).join('; ')}`);
    runs.push(r.run);
    figures[a.label] = { spikes: r.run.spikeCount, ltsPeakMv: r.run.extra.ltsPeakMv ?? null, hTEndStep: r.run.extra.hTEndStep ?? null };
  }
  return { runs, figures };
}
