/**
 * The simulation library: what `asm simulate` runs, and what the quiz and the lessons call. Pure: no I/O.
 *
 * Stable API:
 * - {@link EXPERIMENTS} / {@link experimentEntry}: the experiments catalogue (ids, titles, summaries, default
 *   drugs, what each shows and does not show, teaching text with sources, simplifications).
 * - {@link runExperiment}`(id, agents, options)`: run a named experiment with agents (drugs as
 *   {@link drugAgent}, toxins as {@link toxinAgent}, `--scale` as {@link scaleAgent}): control first.
 * - {@link runRaw}: one model and protocol, control then one run per agent.
 * - {@link traceCard}`(id, agent, { seed })`: a voltage trace of an experiment with and without a drug, for a
 *   quiz card; the same inputs give the same card.
 */
import { simulate, type ModelId, type Protocol, type Run, type Trace, type ValidationError } from '../../kernel/index.js';
import type { LabelledModifiers } from '../../kernel/modifiers.js';
import { experimentEntry, type ExperimentId, type ExperimentOptions, type ExperimentOutcome, type Paragraph } from './catalogue.js';
import type { Source } from './sources.js';

export { EXPERIMENTS, EXPERIMENT_IDS, experimentEntry, isExperiment, DRAVET_INTERNEURONS } from './catalogue.js';
export type { ExperimentEntry, ExperimentId, ExperimentOptions, ExperimentOutcome, Paragraph } from './catalogue.js';
export { SOURCES } from './sources.js';
export type { Source, SourceId } from './sources.js';
export { drugAgent, toxinAgent, scaleAgent, TOXINS } from './agents.js';
export type { Agent, AgentResult } from './agents.js';

/** A finished experiment, ready to present. */
export interface ExperimentView extends ExperimentOutcome {
  id: string;
  title: string;
  explanation: Paragraph[];
  simplifications: string[];
  sources: Source[];
}

/** Run a named experiment with the given agents (control is added first). */
export function runExperiment(id: ExperimentId, agents: readonly LabelledModifiers[], opts: ExperimentOptions = {}): ExperimentView {
  const e = experimentEntry(id)!;
  const outcome = e.run(agents, opts);
  return { id, title: e.title, ...outcome, explanation: e.explain(outcome, agents), simplifications: e.simplifications, sources: e.sources };
}

/**
 * The part of an experiment's traces worth plotting when the student names none: a 5 s use-dependence run
 * is a solid block at terminal width, so its first and last plateau are shown.
 */
export function defaultWindow(id: string, runs: readonly Run[]): { window: [number, number]; note: string } | undefined {
  if (id !== 'use-dependence' || runs.length === 0) return undefined;
  const end = Math.max(...runs.map((r) => r.durationMs));
  return { window: [end - 500, end], note: `Plotted: the last 500 ms of ${end} ms, once the block has built up (--window FROM:TO shows another part); the availability panel covers the whole run.` };
}

export interface RawOptions {
  model: ModelId;
  protocol: Protocol;
  dtMs?: number;
  exact?: boolean;
  network?: { cells?: number; seed?: number; onProgress?: (f: number) => void };
}

export type RawRun = { ok: true; runs: Run[] } | { ok: false; errors: ValidationError[] };

/** The raw form: control, then the same protocol once per agent. */
export function runRaw(opts: RawOptions, agents: readonly LabelledModifiers[]): RawRun {
  const runs: Run[] = [];
  for (const a of [{ label: 'control', modifiers: {} }, ...agents]) {
    const r = simulate(opts.model, opts.protocol, a.modifiers, {
      agent: a.label,
      ...(opts.dtMs !== undefined ? { dtMs: opts.dtMs } : {}),
      ...(opts.exact ? { exact: true } : {}),
      ...(opts.network ? { network: opts.network } : {}),
    });
    if (!r.ok) return r;
    runs.push(r.run);
  }
  return { ok: true, runs };
}

/** A quiz card: one experiment's trace with and without a drug. */
export interface TraceCard {
  experiment: ExperimentId;
  title: string;
  /** The condition both traces come from (e.g. 'PDS bursts'), '' when the experiment has one. */
  condition: string;
  drug: string;
  control: Trace;
  treated: Trace;
  unit: 'mV' | 'µA/cm²';
  /** The experiment's key sentence and what it does not show. */
  shows: string;
  doesNotShow: string;
  seed: number;
}

/** The GABA-A level a network card is drawn at: just past the control transition, where drugs differ most. */
export const CARD_NETWORK_LEVEL = 0.45;

/**
 * A voltage trace of an experiment run with and without a drug (`condition`: which of the experiment's
 * conditions; default its last; network and dravet cards are drawn at GABA-A ×{@link CARD_NETWORK_LEVEL}).
 * Deterministic: the same experiment, agent and seed give the same card.
 */
export function traceCard(id: ExperimentId, agent: LabelledModifiers, opts: { seed?: number; condition?: string; cells?: number } = {}): TraceCard {
  const e = experimentEntry(id)!;
  const seed = opts.seed ?? 1;
  const sweep = id === 'network' || id === 'dravet';
  const out = e.run([agent], { seed, ...(opts.cells ? { cells: opts.cells } : {}), ...(sweep ? { levels: [CARD_NETWORK_LEVEL] } : {}) });
  const conditions = [...new Set(out.runs.filter((r) => r.trace.tMs.length > 0).map((r) => r.condition))];
  const condition = opts.condition ?? conditions.at(-1) ?? '';
  const pick = (who: string) => out.runs.find((r) => r.agent === who && r.condition === condition && r.trace.tMs.length > 0) ?? out.runs.find((r) => r.agent === who && r.trace.tMs.length > 0)!;
  const control = pick('control'), treated = pick(agent.label);
  return { experiment: id, title: e.title, condition, drug: agent.label, control: control.trace, treated: treated.trace, unit: control.traceKind === 'current' ? 'µA/cm²' : 'mV', shows: e.shows, doesNotShow: e.doesNotShow, seed };
}
