/**
 * What `asm simulate` runs: drugs (from their records), calibration toxins and channel
 * scalings turned into labelled kernel modifiers, then a named experiment or the raw
 * form (one model, one protocol, control first and then one run per agent). Pure: no
 * I/O; the kernel sees only modifiers, never a drug.
 */
import {
  absenceParadox,
  EXPERIMENTS,
  gaba,
  networkExperiment,
  rebound,
  useDependence,
  type ExperimentId,
  type ExperimentResult,
} from '../kernel/experiments/index.js';
import { simulate, type ModelId, type Protocol, type Run } from '../kernel/index.js';
import type { ChannelName, LabelledModifiers, Modifiers } from '../kernel/modifiers.js';
import type { ValidationError } from '../kernel/ranges.js';
import type { DrugRecord } from '../records/kinds/drug.js';
import { canSimulate, drugEffects, type Dose } from './drug-effects.js';

/** Something applied to the model cell: a drug, a toxin or a conductance scaling. */
export interface Agent extends LabelledModifiers {
  kind: 'drug' | 'toxin' | 'scale';
  /** Drug id, toxin id, or "scale". */
  id: string;
  /** Mechanism ids the agent acts through in the model. */
  pillars: string[];
  /** What the model does with it, one line each. */
  notes: string[];
  /** Mechanisms the drug has that the model does not simulate. */
  unmodelled: string[];
}

/** Calibration toxins of every physiology class. */
export const TOXINS: Record<string, { label: string; modifiers: Modifiers; note: string }> = {
  ttx: {
    label: 'TTX',
    modifiers: { gScale: { na: 0 } },
    note: 'Tetrodotoxin blocks voltage-gated sodium channels completely: no action potentials.',
  },
  tea: {
    label: 'TEA',
    modifiers: { gScale: { k: 0 } },
    note: 'Tetraethylammonium blocks the delayed-rectifier potassium channels: repolarization slows and spikes broaden.',
  },
};

export type AgentResult = { ok: true; agent: Agent } | { ok: false; message: string; hint?: string };

/** A drug and a dose as a labelled set of modifiers, or why it cannot be simulated. */
export function drugAgent(drug: DrugRecord, dose: Dose, simulatable: DrugRecord[]): AgentResult {
  if (!canSimulate(drug)) {
    return {
      ok: false,
      message: `${drug.name} has no mechanism the neuron model can simulate`,
      hint: `drugs that can be simulated: ${simulatable.map((d) => d.id).join(', ')}; toxins: ${Object.keys(TOXINS).join(', ')}`,
    };
  }
  const effect = drugEffects(drug, dose);
  if (!effect.ok) return { ok: false, message: effect.message, hint: effect.reason === 'no-concentration' ? 'give the dose with --dose (a multiple of the typical concentration)' : undefined };
  const amount =
    effect.concentrationUM !== null
      ? `${formatUM(effect.concentrationUM)}${effect.multiple !== null && effect.multiple !== 1 ? `, ×${formatNum(effect.multiple)}` : ''}`
      : `×${formatNum(effect.multiple ?? 1)} typical`;
  return {
    ok: true,
    agent: {
      kind: 'drug',
      id: drug.id,
      label: `${drug.name} ${amount}`,
      modifiers: effect.modifiers,
      pillars: [...new Set(effect.effects.map((e) => e.pillar))],
      notes: effect.effects.map((e) => e.text),
      unmodelled: effect.unmodelled,
    },
  };
}

export function toxinAgent(id: string): Agent | undefined {
  const t = TOXINS[id.toLowerCase()];
  if (!t) return undefined;
  return { kind: 'toxin', id: id.toLowerCase(), label: t.label, modifiers: t.modifiers, pillars: [], notes: [t.note], unmodelled: [] };
}

/** `--scale na=0.5 --scale k=2` as one agent: the model cell with those conductances scaled. */
export function scaleAgent(scales: { channel: ChannelName; factor: number }[]): Agent {
  const gScale: Partial<Record<ChannelName, number>> = {};
  for (const s of scales) gScale[s.channel] = (gScale[s.channel] ?? 1) * s.factor;
  const text = Object.entries(gScale)
    .map(([c, f]) => `g${c} ×${formatNum(f)}`)
    .join(', ');
  return { kind: 'scale', id: 'scale', label: `scaled (${text})`, modifiers: { gScale }, pillars: [], notes: [`Conductances scaled: ${text}.`], unmodelled: [] };
}

function formatNum(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

function formatUM(x: number): string {
  return `${formatNum(x)} µM`;
}

/** The drugs each experiment uses when none are named, and the pillars it is meant for. */
export const EXPERIMENT_DEFAULTS: Record<ExperimentId, string[]> = {
  'use-dependence': ['carbamazepine'],
  rebound: ['ethosuximide'],
  'absence-paradox': ['carbamazepine', 'ethosuximide'],
  gaba: ['lorazepam', 'phenobarbital'],
  network: ['carbamazepine', 'lorazepam', 'levetiracetam', 'ethosuximide'],
};

export const EXPERIMENT_IDS = EXPERIMENTS.map((e) => e.id);

export function isExperiment(id: string): id is ExperimentId {
  return (EXPERIMENT_IDS as string[]).includes(id);
}

/**
 * The part of an experiment's traces worth plotting when the student names none: at
 * hundreds of spikes per second a 3 s trace is a solid block, so use-dependence shows
 * its last 300 ms, after the block has built up.
 */
export function defaultWindow(id: ExperimentId, runs: Run[]): { window: [number, number]; note: string } | undefined {
  if (id !== 'use-dependence' || runs.length === 0) return undefined;
  const end = Math.max(...runs.map((r) => r.durationMs));
  return { window: [Math.max(0, end - 300), end], note: `Plotted: the last 300 ms of ${end} ms, once the block has built up (--window FROM:TO shows another part).` };
}

export interface ExperimentOptions {
  network?: { cells?: number; seed?: number };
}

export type ExperimentRun = { ok: true; result: ExperimentResult } | { ok: false; message: string; hint?: string };

/**
 * Run a named experiment with the given agents (already resolved; the CLI fills in the
 * defaults). The absence paradox takes one sodium-channel blocker and one T-channel
 * blocker, in either order.
 */
export function runExperiment(id: ExperimentId, agents: Agent[], opts: ExperimentOptions = {}): ExperimentRun {
  switch (id) {
    case 'use-dependence':
      return { ok: true, result: useDependence({ drugs: agents }) };
    case 'rebound':
      return { ok: true, result: rebound({ drugs: agents }) };
    case 'gaba':
      return { ok: true, result: gaba({ drugs: agents }) };
    case 'network':
      return { ok: true, result: networkExperiment({ drugs: agents, ...(opts.network?.cells ? { cells: opts.network.cells } : {}), ...(opts.network?.seed !== undefined ? { seed: opts.network.seed } : {}) }) };
    case 'absence-paradox': {
      const na = agents.find((a) => a.pillars.includes('sodium-channel-block') || a.id === 'ttx');
      const t = agents.find((a) => a.pillars.includes('t-type-calcium-block'));
      const others = agents.filter((a) => a !== na && a !== t);
      if (!na || !t || others.length > 0) {
        return {
          ok: false,
          message: 'absence-paradox takes one sodium-channel blocker and one T-type calcium channel blocker',
          hint: 'e.g. asm simulate absence-paradox carbamazepine ethosuximide',
        };
      }
      return { ok: true, result: absenceParadox({ naBlocker: na, tBlocker: t }) };
    }
  }
}

export interface RawOptions {
  model: ModelId;
  protocol: Protocol;
  dtMs?: number;
  network?: { cells?: number; seed?: number };
}

export type RawRun = { ok: true; runs: Run[] } | { ok: false; errors: ValidationError[] };

/** The raw form: control, then the same protocol once per agent. */
export function runRaw(opts: RawOptions, agents: Agent[]): RawRun {
  const runs: Run[] = [];
  for (const a of [{ label: 'control', modifiers: {} }, ...agents]) {
    const r = simulate(opts.model, opts.protocol, a.modifiers, {
      label: a.label,
      ...(opts.dtMs !== undefined ? { dtMs: opts.dtMs } : {}),
      ...(opts.network ? { network: opts.network } : {}),
    });
    if (!r.ok) return r;
    runs.push(r.run);
  }
  return { ok: true, runs };
}
