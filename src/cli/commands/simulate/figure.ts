/** An experiment's plots alone, for a lesson's figure: `asm simulate EXPERIMENT [DRUG ...]`. */
import { defaultWindow, EXPERIMENT_IDS, experimentEntry, isExperiment, runExperiment } from '../../../domain/simulation/index.js';
import { renderSimulation } from '../../../present/simulate.js';
import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { resolveAgents } from './run.js';

export async function figure(args: string[], ctx: Context, onProgress?: (fraction: number) => void): Promise<string> {
  const [experiment, ...names] = args.filter((a) => !a.startsWith('-'));
  if (!experiment || !isExperiment(experiment)) throw new UsageError(`no experiment named "${safe(experiment ?? '')}"`, `experiments: ${EXPERIMENT_IDS.join(', ')}`);
  const entry = experimentEntry(experiment)!;
  const agents = await resolveAgents(ctx, names.length ? names : entry.defaults, { multiple: 1 }, entry.acceptsUnmodelled);
  const result = runExperiment(experiment, agents, onProgress ? { onProgress } : {});
  const shown = defaultWindow(experiment, result.runs);
  return renderSimulation({ ...result, agents, ...(shown ? { plotNote: shown.note } : {}) }, { style: ctx.style, width: ctx.width, ascii: false, plotsOnly: true, ...(shown ? { window: shown.window } : {}) });
}
