/**
 * The body of `asm simulate` (see simulate.ts for its options and help): parse and check
 * the options, resolve drugs and toxins, run the experiment or the raw form, present.
 * Loaded only when the command runs, so no other command pays for the kernel.
 */
import { distance } from 'fastest-levenshtein';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Dose } from '../domain/drug-effects.js';
import { canSimulate } from '../domain/drug-effects.js';
import {
  defaultWindow,
  drugAgent,
  EXPERIMENT_DEFAULTS,
  EXPERIMENT_IDS,
  isExperiment,
  runExperiment,
  runRaw,
  scaleAgent,
  toxinAgent,
  type Agent,
} from '../domain/simulation.js';
import { EXPERIMENTS } from '../kernel/experiments/index.js';
import { CHANNEL_NAMES, DEFAULT_NETWORK_DRIVE_UA, MODEL_IDS, parseScale, RANGES, type ModelId, type Protocol, type ValidationError } from '../kernel/index.js';
import { toJson } from '../present/json.js';
import { renderList, renderSimulation, simulationCsv, simulationJson, type SimulationView } from '../present/simulate.js';
import type { Catalog } from '../records/catalog.js';
import type { Context } from './context.js';
import { findDrug } from './find.js';
import { UsageError, UserError } from './errors.js';
import type { SimulateOptions } from './commands/simulate/index.js';

const RAW_ONLY: (keyof SimulateOptions)[] = ['current', 'duration', 'dt', 'hold', 'to', 'stepMs'];
const FLAG: Partial<Record<keyof SimulateOptions, string>> = { stepMs: '--step-ms' };
const flag = (k: keyof SimulateOptions) => FLAG[k] ?? `--${k}`;

/** A number from an option, or a usage error that names the option and its unit. */
function number(opts: SimulateOptions, key: keyof SimulateOptions, unit: string): number | undefined {
  const raw = opts[key];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`${flag(key)} must be a number${unit ? ` (${unit})` : ''}, not "${String(raw)}"`);
  return n;
}

function integer(opts: SimulateOptions, key: 'cells' | 'seed', min: number, max: number): number | undefined {
  const n = number(opts, key, '');
  if (n === undefined) return undefined;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag(key)} must be a whole number from ${min} to ${max}, not "${opts[key]}"`);
  return n;
}

function kernelErrors(errors: ValidationError[]): never {
  const [first, ...rest] = errors;
  const hint = first && first.kind === 'out-of-range' ? `allowed: ${first.range.min} to ${first.range.max} ${first.range.unit}`.trim() : first?.kind === 'unknown-channel' ? `channels: ${first.allowed.join(', ')}` : undefined;
  throw new UserError(first?.message ?? 'invalid simulation input', hint, 2, rest.map((e) => e.message));
}

function simulatable(catalog: Catalog) {
  return catalog.drugs.filter((d) => canSimulate(d));
}

/** Drugs and toxins by name, each with the dose. */
function resolveAgents(catalog: Catalog, names: string[], dose: Dose): Agent[] {
  const canRun = simulatable(catalog);
  const hints = {
    noMatch: `drugs that can be simulated: ${canRun.map((d) => d.id).join(', ')}; toxins: ttx, tea`,
    wrongKind: 'name a drug, e.g. carbamazepine, or a toxin: ttx, tea',
  };
  return names.map((name) => {
    const toxin = toxinAgent(name);
    if (toxin) return toxin;
    const r = drugAgent(findDrug(catalog, name, hints), dose, canRun);
    if (!r.ok) throw new UserError(r.message, r.hint);
    return r.agent;
  });
}

function parseWindow(text: string | undefined): [number, number] | undefined {
  if (text === undefined) return undefined;
  const m = /^\s*(-?[\d.]+)\s*[:,]\s*(-?[\d.]+)\s*$/.exec(text);
  const a = m ? Number(m[1]) : NaN;
  const b = m ? Number(m[2]) : NaN;
  if (!Number.isFinite(a) || !Number.isFinite(b) || a < 0 || b <= a) throw new UsageError(`--window must be FROM:TO in ms with 0 <= FROM < TO, not "${text}"`, 'e.g. --window 0:300');
  return [a, b];
}

function parseWidth(ctx: Context, text: string | undefined): number {
  if (text === undefined) return ctx.width;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 40 || n > 400) throw new UsageError(`--width must be a whole number of columns from 40 to 400, not "${text}"`);
  return n;
}

function parseDose(opts: SimulateOptions, drugCount: number): Dose {
  if (opts.dose !== undefined && opts.conc !== undefined) throw new UsageError('give --dose or --conc, not both');
  if (opts.conc !== undefined) {
    const c = number(opts, 'conc', 'µM')!;
    const r = RANGES.concentrationUM;
    if (c < r.min || c > r.max) throw new UsageError(`--conc must be between ${r.min} and ${r.max} µM, not ${c}`);
    if (drugCount > 1) throw new UsageError('--conc applies to one drug; with several drugs give --dose (a multiple of each typical concentration)');
    return { concentrationUM: c };
  }
  const d = number(opts, 'dose', '× typical') ?? 1;
  if (d < 0 || d > 100) throw new UsageError(`--dose must be between 0 and 100 (× the typical free concentration), not ${d}`);
  return { multiple: d };
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

/** Writes a status line on a terminal's stderr while the kernel runs; erased afterwards. */
function progress(ctx: Context, text: string): () => void {
  if (!ctx.err.isTTY) return () => undefined;
  ctx.err.write(ctx.errStyle.dim(`${text} …`));
  return () => void ctx.err.write('\r\u001b[K');
}

export async function simulateCommand(ctx: Context, experiment: string | undefined, positional: string[], opts: SimulateOptions): Promise<void> {
  const catalog = await ctx.records();
  if (opts.list) {
    const drugs = simulatable(catalog).map((d) => ({ id: d.id, pillars: d.mechanisms.filter((m) => m.model).map((m) => catalog.nameOf(m.mechanism)) }));
    const list = EXPERIMENTS.map((e) => ({ id: e.id, title: e.title, summary: e.summary, defaults: EXPERIMENT_DEFAULTS[e.id] }));
    if (opts.json) ctx.out.write(toJson({ experiments: list, drugs, toxins: ['ttx', 'tea'], models: MODEL_IDS }));
    else ctx.print(renderList(list, drugs, ctx.style, ctx.width));
    return;
  }
  const width = parseWidth(ctx, opts.width);
  let window = parseWindow(opts.window);
  const cells = integer(opts, 'cells', RANGES.networkCells.min, RANGES.networkCells.max);
  const seed = integer(opts, 'seed', 0, 2 ** 31 - 1);
  const network = { ...(cells !== undefined ? { cells } : {}), ...(seed !== undefined ? { seed } : {}) };

  let view: SimulationView;
  if (opts.model === undefined) {
    if (experiment === undefined) throw new UsageError('name an experiment, or give --model for the raw form', `experiments: ${EXPERIMENT_IDS.join(', ')} (asm simulate --list)`);
    if (!isExperiment(experiment)) {
      const near = EXPERIMENT_IDS.filter((id) => distance(id, experiment.toLowerCase()) <= 3);
      throw new UsageError(`no experiment named "${experiment}"`, near.length ? `did you mean ${near.join(', ')}?` : `experiments: ${EXPERIMENT_IDS.join(', ')}; or give --model for the raw form`);
    }
    const used = RAW_ONLY.filter((k) => opts[k] !== undefined);
    if (used.length) throw new UsageError(`${used.map(flag).join(', ')} belong${used.length === 1 ? 's' : ''} to the raw form, not to a named experiment`, `e.g. asm simulate --model tc --protocol rebound ${used.map(flag).join(' ')} ...`);
    if (opts.cells !== undefined && experiment !== 'network') throw new UsageError('--cells applies to the network experiment and model only');
    const names = [...positional, ...opts.drug];
    const agents = [...resolveAgents(catalog, names.length ? names : EXPERIMENT_DEFAULTS[experiment], parseDose(opts, names.length || 1)), ...scales(opts)];
    const done = progress(ctx, `simulating ${experiment} (${agents.length + 1} conditions)`);
    const r = runExperiment(experiment, agents, { network });
    done();
    if (!r.ok) throw new UsageError(r.message, r.hint);
    view = { id: experiment, title: r.result.title, runs: r.result.runs, explanation: r.result.explanation, simplifications: r.result.simplifications, agents };
    const shown = window ? undefined : defaultWindow(experiment, view.runs);
    if (shown) {
      window = shown.window;
      view.plotNote = shown.note;
    }
  } else {
    const model = opts.model as ModelId;
    if (!(MODEL_IDS as readonly string[]).includes(model)) throw new UsageError(`no model named "${opts.model}"`, `models: ${MODEL_IDS.join(', ')}`);
    const names = [...(experiment !== undefined ? [experiment] : []), ...positional, ...opts.drug];
    const protocol = parseProtocol(opts, model);
    const dtMs = number(opts, 'dt', 'ms');
    const agents = [...resolveAgents(catalog, names, parseDose(opts, names.length)), ...scales(opts)];
    const done = progress(ctx, `simulating ${model} (${agents.length + 1} runs)`);
    const r = runRaw({ model, protocol, ...(dtMs !== undefined ? { dtMs } : {}), ...(model === 'network' ? { network } : {}) }, agents);
    done();
    if (!r.ok) kernelErrors(r.errors);
    const what = protocol.kind === 'step' ? `${protocol.currentUA} µA/cm² step for ${protocol.durationMs} ms` : `rebound from ${protocol.holdMv} mV via ${protocol.toMv} mV`;
    view = {
      id: `${model}:${protocol.kind}`,
      title: `${model} model, ${what}`,
      runs: r.runs,
      explanation: [],
      simplifications: model === 'network' ? ['The network is a small model population with hand-tuned connection strengths; its synchrony stands for, and is not, an EEG.'] : [],
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
    return { kind: 'rebound', holdMv: number(opts, 'hold', 'mV') ?? -65, toMv: number(opts, 'to', 'mV') ?? -80, stepMs: number(opts, 'stepMs', 'ms') ?? 200 };
  }
  if (opts.protocol !== 'step') throw new UsageError(`no protocol named "${opts.protocol}"`, 'protocols: step, rebound');
  for (const k of ['hold', 'to', 'stepMs'] as const) if (opts[k] !== undefined) throw new UsageError(`${flag(k)} belongs to the rebound protocol`, 'add --protocol rebound');
  const defaultCurrent: Record<ModelId, number> = { hh: 10, wb: 1, tc: 0.5, network: DEFAULT_NETWORK_DRIVE_UA };
  return {
    kind: 'step',
    currentUA: number(opts, 'current', 'µA/cm²') ?? defaultCurrent[model],
    durationMs: number(opts, 'duration', 'ms') ?? (model === 'network' ? 1000 : 200),
  };
}
