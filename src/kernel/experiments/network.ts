/**
 * network and dravet: synchrony of the E/I network (network/network.ts) against the level of
 * disinhibition (every GABA-A synapse scaled from ×1 down), in control and with each agent: a drug is shown
 * as a **shift of the transition** to hypersynchrony, not as one run far past it. χ of a 100-cell network
 * in 2 s is noisy (one population burst at a level above the transition can lift χ there), so the
 * transition is read from the most disinhibited level upwards: the level at which χ first falls below
 * {@link TRANSITION_CHI}, interpolated between levels; null when the least inhibited level is already
 * below it, 'above the sweep' (the top level) when χ never falls below it.
 */
import { combineModifiers, type LabelledModifiers, type Modifiers } from '../modifiers.js';
import { DEFAULT_NETWORK_DRIVE_UA } from '../network/network.js';
import { simulate, type Run } from '../simulate.js';
import { withControl, type ExperimentRuns } from './common.js';

/** χ above which the network counts as hypersynchronous. */
export const TRANSITION_CHI = 0.4;

export const SWEEP_DEFAULTS = { levels: [1, 0.8, 0.65, 0.55, 0.45, 0.35], cells: 100, durationMs: 2000, seed: 1, dtMs: 0.05, maxPoints: 2000 } as const;

export interface SweepOptions {
  agents?: LabelledModifiers[];
  /** GABA-A scales to sweep, from most to least inhibition. */
  levels?: readonly number[];
  /** The level whose run is kept for plotting (default: the level nearest the control transition). */
  showLevel?: number;
  cells?: number;
  durationMs?: number;
  seed?: number;
  dtMs?: number;
  maxPoints?: number;
  /** Applied to the inhibitory cells only, in every run (Dravet: `{ gScale: { na: 0.7 } }`). */
  interneuronModifiers?: Modifiers;
  /** Called with the fraction of the whole sweep done. */
  onProgress?: (fraction: number) => void;
}

/**
 * The transition: scanning from the least inhibition (the last level) upwards, where χ first falls below
 * the threshold, interpolated. Null when χ is below it at the least inhibition; the first level when it
 * never falls below it.
 */
export function transitionLevel(levels: readonly number[], chi: readonly number[]): number | null {
  const n = levels.length;
  if (chi[n - 1]! < TRANSITION_CHI) return null;
  for (let i = n - 1; i > 0; i--) {
    const lo = chi[i]!, hi = chi[i - 1]!;
    if (hi < TRANSITION_CHI) return levels[i]! + ((lo - TRANSITION_CHI) / (lo - hi)) * (levels[i - 1]! - levels[i]!);
  }
  return levels[0]!;
}

export function transitionSweep(opts: SweepOptions = {}): ExperimentRuns & { levels: number[]; chi: Record<string, number[]> } {
  const levels = [...(opts.levels ?? SWEEP_DEFAULTS.levels)];
  const agents = withControl(opts.agents);
  const total = agents.length * levels.length;
  let done = 0;
  const chi: Record<string, number[]> = {};
  const byAgent: Run[][] = [];
  for (const a of agents) {
    const runs: Run[] = [];
    for (const level of levels) {
      const r = simulate(
        'network',
        { kind: 'step', currentUA: DEFAULT_NETWORK_DRIVE_UA, durationMs: opts.durationMs ?? SWEEP_DEFAULTS.durationMs },
        combineModifiers(a.modifiers, { gabaA: { conductanceScale: level } }),
        {
          dtMs: opts.dtMs ?? SWEEP_DEFAULTS.dtMs,
          maxPoints: opts.maxPoints ?? SWEEP_DEFAULTS.maxPoints,
          agent: a.label,
          network: {
            cells: opts.cells ?? SWEEP_DEFAULTS.cells,
            seed: opts.seed ?? SWEEP_DEFAULTS.seed,
            ...(opts.interneuronModifiers ? { interneuronModifiers: opts.interneuronModifiers } : {}),
            ...(opts.onProgress ? { onProgress: (f: number) => opts.onProgress!((done + f) / total) } : {}),
          },
        },
      );
      if (!r.ok) throw new Error(`network run failed: ${r.errors.map((e) => e.message).join('; ')}`);
      runs.push({ ...r.run, condition: `GABA-A ×${level}` });
      done++;
    }
    chi[a.label] = runs.map((r) => r.extra.synchrony!);
    byAgent.push(runs);
  }
  const ctlTransition = transitionLevel(levels, chi.control!);
  const show = opts.showLevel ?? nearest(levels, ctlTransition ?? levels[Math.floor(levels.length / 2)]!);
  const figures: ExperimentRuns['figures'] = {};
  agents.forEach((a, i) => {
    const f: Record<string, number | null> = { transitionLevel: transitionLevel(levels, chi[a.label]!) };
    levels.forEach((lv, j) => (f[`chi@${lv}`] = chi[a.label]![j]!));
    f.excitatoryRateHzAtShown = byAgent[i]![levels.indexOf(show)]!.extra.meanRateEHz!;
    figures[a.label] = f;
  });
  const runs = [byAgent[0]![0]!, ...byAgent.map((rs) => rs[levels.indexOf(show)]!)];
  return { runs, figures, levels, chi };
}

function nearest(levels: readonly number[], x: number): number {
  return levels.reduce((best, l) => (Math.abs(l - x) < Math.abs(best - x) ? l : best), levels[0]!);
}
