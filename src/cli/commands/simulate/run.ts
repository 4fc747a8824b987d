/**
 * The body of `asm simulate` (index.ts declares its options): check what the options do not check alone,
 * resolve drugs and toxins (loading the records only when a drug is named), run the experiment or the raw
 * form, present.
 */
import { distance } from 'fastest-levenshtein';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dose } from '../../../domain/drug-effects.js';
import { canSimulate } from '../../../domain/drug-effects.js';
import {
  defaultWindow,
  drugAgent,
  EXPERIMENT_IDS,
  EXPERIMENTS,
  experimentEntry,
  isExperiment,
  runExperiment,
  runRaw,
  scaleAgent,
  TOXINS,
  toxinAgent,
  type Agent,
} from '../../../domain/simulation/index.js';
import { CELL_MODEL_TITLES, CHANNEL_NAMES, DEFAULT_NETWORK_DRIVE_UA, parseScale, RANGES, type ModelId, type Protocol, type ValidationError } from '../../../kernel/index.js';
import type { Ions } from '../../../kernel/experiments/resting-potential.js';
import { toJson } from '../../../present/json.js';
import { renderList, renderSimulation, simulationCsv, simulationJson, type SimulationView } from '../../../present/simulate.js';
import type { Catalog } from '../../../records/catalog.js';
import type { Context } from '../../context.js';
import { progress } from '../../progress.js';
import { safe } from '../../define.js';
import { UsageError, UserError } from '../../errors.js';
import { findDrug } from '../../find.js';
import type { SimulateOptions } from './index.js';

const RAW_ONLY = ['current', 'duration', 'dt', 'hold', 'to', 'stepMs', 'exact'] as const;
const FLAG: Record<string, string> = { stepMs: '--step-ms' };
const flagOf = (k: string) => FLAG[k] ?? `--${k}`;

function kernelErrors(errors: ValidationError[]): never {
  const [first, ...rest] = errors;
  const hint =
    first?.kind === 'out-of-range'
      ? `allowed: ${first.range.min} to ${first.range.max} ${first.range.unit}`.trim()
      : first?.kind === 'unknown-channel'
        ? `channels: ${first.allowed.join(', ')}`
        : first?.kind === 'invalid'
          ? first.hint
          : undefined;
  throw new UserError(first?.message ?? 'invalid simulation input', hint, 2, rest.map((e) => e.message));
}

function simulatable(catalog: Catalog) {
  return catalog.drugs.filter((d) => canSimulate(d));
}

/** Toxins without records; drugs from the records (loaded here, only when a drug is named). */
export async function resolveAgents(ctx: Context, names: readonly string[], dose: Dose, allowUnmodelled = false): Promise<Agent[]> {
  const toxins = names.map((n) => toxinAgent(n));
  if (toxins.every((t) => t !== undefined)) return toxins as Agent[];
  const catalog = await ctx.records();
  const canRun = simulatable(catalog);
  const hints = {
    noMatch: `drugs that can be simulated: ${canRun.map((d) => d.id).join(', ')}; toxins: ${Object.keys(TOXINS).join(', ')}`,
    wrongKind: `name a drug, e.g. carbamazepine, or a toxin: ${Object.keys(TOXINS).join(', ')}`,
  };
  return names.map((name, i) => {
    const toxin = toxins[i];
    if (toxin) return toxin;
    const r = drugAgent(findDrug(catalog, name, hints), dose, canRun, allowUnmodelled);
    if (!r.ok) throw new UserError(r.message, r.hint);
    return r.agent;
  });
}

function parseWindow(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*[:,]\s*(-?[\d.]+)\s*$/.exec(text);
  const a = m ? Number(m[1]) : NaN;
  const b = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 || b <= a) throw new UsageError(`--window must be FROM:TO in ms with 0 <= FROM < TO, not "${safe(text)}"`, 'e.g. --window 0:300');
  return [a, b];
}

function parseDose(opts: SimulateOptions, drugCount: number): Dose {
  if (opts.dose !== undefined && opts.conc !== undefined) throw new UsageError('give --dose or --conc, not both');
  if (opts.conc !== undefined) {
    if (drugCount > 1) throw new UsageError('--conc applies to one drug; with several drugs give --dose (a multiple of each typical concentration)');
    return { concentrationUM: opts.conc };
  }
  return { multiple: opts.dose ?? 1 };
}

const ION_KEYS: Record<string, keyof Ions> = { ko: 'kOut', ki: 'kIn', nao: 'naOut', nai: 'naIn', clo: 'clOut', cli: 'clIn', cao: 'caOut', cai: 'caIn' };

function parseIons(text: string | undefined): Partial<Ions> | undefined {
  if (text === undefined) return undefined;
  const out: Partial<Ions> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([a-z]+)\s*=\s*([0-9.eE+-]+)\s*$/i.exec(part);
    const key = m ? ION_KEYS[m[1]!.toLowerCase()] : undefined;
    const v = m ? Number(m[2]) : NaN;
    if (!key || !(v > 0 && v <= 1000)) throw new UsageError(`--ions takes NAME=mM pairs with NAME one of ${Object.keys(ION_KEYS).join(', ')} and 0 < mM <= 1000, not "${safe(part)}"`, 'e.g. --ions ko=10,cli=25');
    out[key] = v;
  }
  return out;
}

function scales(opts: SimulateOptions): Agent[] {
  if (opts.scale.length === 0) return [];
  const parsed = opts.scale.map((s) => {
    const r = parseScale(s);
    if (!r.ok) throw new UserError(r.error.message, `--scale CHANNEL=FACTOR with a channel of ${CHANNEL_NAMES.join(', ')} and a factor from ${RANGES.channelScale.min} to ${RANGES.channelScale.max}`, 2);
    return r;
  });
  return [scaleAgent(parsed)];
}

export async function run(opts: SimulateOptions, ctx: Context): Promise<void> {
  const experiment = opts.experiment;
  const positional = opts.drugs ?? [];
  const width = opts.width ?? ctx.width;
  if (opts.list) {
    const catalog = await ctx.records();
    const drugs = simulatable(catalog).map((d) => ({ id: d.id, mechanisms: d.mechanisms.filter((m) => m.model).map((m) => catalog.nameOf(m.mechanism)) }));
    const list = EXPERIMENTS.map((e) => ({ id: e.id, title: e.title, summary: e.summary, model: e.model, shows: e.shows, doesNotShow: e.doesNotShow, defaults: e.defaults }));
    const models = Object.entries(CELL_MODEL_TITLES).map(([id, title]) => ({ id, title }));
    if (opts.json) ctx.out.write(toJson({ experiments: list, drugs, toxins: Object.keys(TOXINS), models: [...models, { id: 'network', title: 'regular-spiking pyramidal cells and fast-spiking interneurons with AMPA and GABA-A synapses' }] }));
    else ctx.print(renderList(list, drugs, Object.entries(TOXINS).map(([id, t]) => ({ id, note: t.note })), models, ctx.style, width));
    return;
  }
  let window = parseWindow(opts.window);
  const network = { ...(opts.cells !== undefined ? { cells: opts.cells } : {}), ...(opts.seed !== undefined ? { seed: opts.seed } : {}) };

  let view: SimulationView;
  if (opts.model === undefined) {
    if (experiment === undefined) throw new UsageError('name an experiment, or give --model for the raw form', `experiments: ${EXPERIMENT_IDS.join(', ')} (asm simulate --list)`);
    if (!isExperiment(experiment)) {
      const near = EXPERIMENT_IDS.filter((id) => distance(id, experiment.toLowerCase()) <= 3);
      throw new UsageError(`no experiment named "${safe(experiment)}"`, near.length ? `did you mean ${near.join(', ')}?` : `experiments: ${EXPERIMENT_IDS.join(', ')}; or give --model for the raw form`);
    }
    const used = RAW_ONLY.filter((k) => opts[k] !== undefined && opts[k] !== false);
    if (used.length) throw new UsageError(`${used.map(flagOf).join(', ')} belong${used.length === 1 ? 's' : ''} to the raw form, not to a named experiment`, `e.g. asm simulate --model tc --protocol rebound ${used.map(flagOf).join(' ')} ...`);
    if ((opts.cells !== undefined || opts.seed !== undefined) && experiment !== 'network' && experiment !== 'dravet') throw new UsageError('--cells and --seed apply to the network and dravet experiments and the network model only');
    if (opts.ions !== undefined && experiment !== 'resting-potential') throw new UsageError('--ions applies to the resting-potential experiment only');
    const entry = experimentEntry(experiment)!;
    const names = [...positional, ...opts.drug];
    const agents = [...(await resolveAgents(ctx, names.length ? names : entry.defaults, parseDose(opts, names.length || 1), entry.acceptsUnmodelled)), ...scales(opts)];
    const bar = progress(ctx, `simulating ${experiment} (${agents.length + 1} conditions)`);
    const ions = parseIons(opts.ions);
    let result;
    try {
      result = runExperiment(experiment, agents, { ...network, onProgress: bar.update, ...(ions ? { ions } : {}) });
    } finally {
      bar.done();
    }
    view = { ...result, agents };
    const shown = window ? undefined : defaultWindow(experiment, view.runs);
    if (shown) {
      window = shown.window;
      view.plotNote = shown.note;
    }
  } else {
    const model: ModelId = opts.model;
    if (opts.ions !== undefined) throw new UsageError('--ions applies to the resting-potential experiment only');
    const names = [...(experiment !== undefined ? [experiment] : []), ...positional, ...opts.drug];
    const protocol = parseProtocol(opts, model);
    const agents = [...(await resolveAgents(ctx, names, parseDose(opts, names.length))), ...scales(opts)];
    const bar = progress(ctx, `simulating ${model} (${agents.length + 1} runs)`);
    let r;
    try {
      r = runRaw({ model, protocol, ...(opts.dt !== undefined ? { dtMs: opts.dt } : {}), ...(opts.exact ? { exact: true } : {}), ...(model === 'network' ? { network: { ...network, onProgress: bar.update } } : {}) }, agents);
    } finally {
      bar.done();
    }
    if (!r.ok) kernelErrors(r.errors);
    const what = protocol.kind === 'step' ? `${protocol.currentUA} µA/cm² step for ${protocol.durationMs} ms` : `rebound from ${protocol.holdMv} mV via ${protocol.toMv} mV`;
    view = {
      id: `${model}:${protocol.kind}`,
      title: `${model} model, ${what}`,
      runs: r.runs,
      figures: {},
      explanation: [],
      simplifications: model === 'network' ? ['The network is a small model population with hand-tuned connection strengths; its synchrony stands for, and is not, an EEG.'] : [],
      sources: [],
      agents,
    };
  }

  if (opts.csv) {
    const path = resolve(ctx.io.cwd, opts.csv);
    try {
      writeFileSync(path, simulationCsv(view));
    } catch (err) {
      throw new UserError(`cannot write ${opts.csv}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, 'check that the folder exists and is writable');
    }
  }
  if (opts.json) ctx.out.write(toJson(simulationJson(view)));
  else ctx.print(renderSimulation(view, { style: ctx.style, width, ascii: Boolean(opts.ascii), ...(window ? { window } : {}) }));
}

function parseProtocol(opts: SimulateOptions, model: ModelId): Protocol {
  if (opts.protocol === 'rebound') {
    if (opts.current !== undefined || opts.duration !== undefined) throw new UsageError('--current and --duration belong to the step protocol', 'the rebound protocol takes --hold, --to and --step-ms');
    return { kind: 'rebound', holdMv: opts.hold ?? -65, toMv: opts.to ?? -80, stepMs: opts.stepMs ?? 200 };
  }
  for (const k of ['hold', 'to', 'stepMs'] as const) if (opts[k] !== undefined) throw new UsageError(`${flagOf(k)} belongs to the rebound protocol`, 'add --protocol rebound');
  const defaultCurrent: Record<ModelId, number> = { hh: 10, wb: 1, rs: 1, tc: 0.5, network: DEFAULT_NETWORK_DRIVE_UA };
  return { kind: 'step', currentUA: opts.current ?? defaultCurrent[model], durationMs: opts.duration ?? (model === 'network' ? 1000 : 200) };
}
