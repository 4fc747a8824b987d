/**
 * What every experiment's protocol returns: structured runs (control first, then each agent, per condition)
 * and key figures by name. The teaching text, titles and default drugs live in the experiments catalogue
 * (src/domain/simulation/catalogue.ts): the kernel knows no drug and no lesson.
 */
import type { LabelledModifiers } from '../modifiers.js';
import type { Run } from '../simulate.js';

export interface ExperimentRuns {
  runs: Run[];
  /** Key figures, by agent label then figure name. */
  figures: Record<string, Record<string, number | null>>;
}

/** Control first, then the agents. */
export function withControl(agents: readonly LabelledModifiers[] = []): LabelledModifiers[] {
  return [{ label: 'control', modifiers: {} }, ...agents];
}

export function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}
