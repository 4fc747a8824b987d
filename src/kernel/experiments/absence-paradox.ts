/**
 * absence-paradox: why a sodium-channel blocker can make absence seizures worse (the course's
 * "paradox of absence seizures").
 *
 * The model of the paradox: suppressing cortex with a sodium-channel blocker leaves thalamic relay cells
 * more hyperpolarized. That cortical effect is not simulated; it is represented here, as a modelling
 * choice, by releasing the relay cell from a deeper hyperpolarization (default −85 mV instead of
 * −75 mV). The sodium-channel blocker's own modifiers are applied to the relay cell too (they barely act
 * there: its sodium channels are not inactivated at −65 mV or below).
 *
 * Runs, in this order: control (moderate hyperpolarization), sodium-channel blocker (deeper), sodium-channel
 * blocker plus T-channel blocker (deeper). −85 mV is the default deep level because at −90 mV the rebound
 * spike count is not monotonic in partial T block (shared/reference/tc.md: 75% gT gives 6 spikes against
 * 5); the LTS peak falls with block at every depth.
 */
import { combineModifiers, type LabelledModifiers } from '../modifiers.js';
import type { ExperimentResult } from './common.js';
import { tcRebound } from './rebound.js';

export interface AbsenceParadoxOptions {
  /** The sodium-channel blocker (default: an unnamed blocker with no direct effect on the relay cell). */
  naBlocker?: LabelledModifiers;
  /** The T-channel blocker (default: 50% of T channels blocked). */
  tBlocker?: LabelledModifiers;
  moderateMv?: number;
  deepMv?: number;
  holdMv?: number;
  stepMs?: number;
  dtMs?: number;
  maxPoints?: number;
}

export function absenceParadox(opts: AbsenceParadoxOptions = {}): ExperimentResult {
  const na = opts.naBlocker ?? { label: 'sodium-channel blocker', modifiers: {} };
  const t = opts.tBlocker ?? { label: 'T-channel blocker (50%)', modifiers: { tBlock: 0.5 } };
  const moderate = opts.moderateMv ?? -75;
  const deep = opts.deepMv ?? -85;
  const o = { holdMv: opts.holdMv ?? -65, stepMs: opts.stepMs ?? 200, dtMs: opts.dtMs ?? 0.025, maxPoints: opts.maxPoints ?? 4000 };
  const runs = [
    tcRebound(`control (released from ${moderate} mV)`, {}, moderate, o),
    tcRebound(`${na.label} (released from ${deep} mV)`, na.modifiers, deep, o),
    tcRebound(`${na.label} + ${t.label} (released from ${deep} mV)`, combineModifiers(na.modifiers, t.modifiers), deep, o),
  ];
  const summary: Record<string, number | null> = {};
  ['control', 'sodiumBlocker', 'sodiumPlusT'].forEach((k, i) => {
    summary[`${k} spikes`] = runs[i]!.spikeCount;
    summary[`${k} ltsPeakMv`] = runs[i]!.extra.ltsPeakMv ?? null;
    summary[`${k} hTEndStep`] = runs[i]!.extra.hTEndStep ?? null;
  });
  return {
    id: 'absence-paradox',
    title: 'Why sodium-channel blockers can worsen absence seizures',
    runs,
    summary,
    explanation: [
      `A thalamic relay cell is released from a moderate hyperpolarization (${moderate} mV) and from a deeper one (${deep} mV). The deeper the hyperpolarization, the more T-type calcium channels recover from inactivation (h_T at the end of the step), the larger the low-threshold spike and the longer the burst on release.`,
      `Model of the paradox: a sodium-channel blocker quiets cortex, and the course explains that this leaves thalamic cells more hyperpolarized. Here that effect is represented by the deeper hyperpolarization of the second run; the cortex itself is not simulated. The result is a stronger rebound burst, the pacemaker event of absence seizures, which is why these drugs can worsen them.`,
      'Adding a T-type calcium channel blocker to the deeper run lowers the low-threshold spike and shortens the burst: blocking the pacemaker current itself works where dampening cortex backfires.',
    ],
    simplifications: [
      'The link "sodium-channel blocker → deeper thalamic hyperpolarization" is the course’s explanation, represented as a protocol change, not simulated.',
      'One-compartment relay cell (Destexhe et al. 1998); no reticular nucleus, no cortex.',
      'T block is a fixed fraction of channels.',
    ],
  };
}
