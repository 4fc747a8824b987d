/**
 * What every named experiment returns: labelled runs (control first, then each modifier set), key
 * figures, and plain-text explanation tied to the mechanism, with the simplified parts named.
 */
import type { Run } from '../simulate.js';

export type ExperimentId = 'use-dependence' | 'rebound' | 'absence-paradox' | 'gaba' | 'network';

export interface ExperimentResult {
  id: ExperimentId;
  title: string;
  /** Control first, then each modifier set (order documented per experiment). */
  runs: Run[];
  /** Key figures by name (e.g. "carbamazepine highRateSuppression"). */
  summary: Record<string, number | null>;
  /** Paragraphs explaining what the runs show and why (plain text, no colour). */
  explanation: string[];
  /** What in this experiment is a simplified model. */
  simplifications: string[];
}

/** Catalogue for `asm simulate --list`. */
export interface ExperimentInfo {
  id: ExperimentId;
  title: string;
  summary: string;
  /** Which drug pillars the experiment is meant for (the CLI may use it to pick defaults). */
  pillars: string[];
}

export const EXPERIMENTS: readonly ExperimentInfo[] = [
  {
    id: 'use-dependence',
    title: 'Use-dependent sodium-channel block',
    summary: 'A class-1 cortical cell at a normal rate and at a seizure-like rate, with and without a sodium-channel blocker.',
    pillars: ['sodium-channel-block'],
  },
  {
    id: 'rebound',
    title: 'Thalamic rebound burst and the T-type calcium current',
    summary: 'A thalamocortical relay cell hyperpolarized and released: the low-threshold spike and its burst, with and without T-channel block.',
    pillars: ['t-type-calcium-block'],
  },
  {
    id: 'absence-paradox',
    title: 'Why sodium-channel blockers can worsen absence seizures',
    summary: 'The relay cell released from a moderate and from a deeper hyperpolarization, then the deeper one with T-channel block.',
    pillars: ['sodium-channel-block', 't-type-calcium-block'],
  },
  {
    id: 'gaba',
    title: 'GABA-A enhancement: benzodiazepine vs barbiturate',
    summary: 'One inhibitory synaptic current (amplitude, decay, charge) and a driven cell under inhibition, with more conductance or longer decay.',
    pillars: ['gaba-enhancement'],
  },
  {
    id: 'network',
    title: 'Hypersynchrony in an E/I network and its suppression',
    summary: 'An excitatory–inhibitory population tipped into seizure-like synchronous bursts, then each drug pillar applied.',
    pillars: ['sodium-channel-block', 'gaba-enhancement', 'excitatory-synapse', 't-type-calcium-block'],
  },
];

/** Count of values in [from, to). */
export function countIn(times: readonly number[], from: number, to: number): number {
  let n = 0;
  for (const t of times) if (t >= from && t < to) n++;
  return n;
}
