/**
 * Trace cards: a simulated voltage trace from the neuron kernel, drawn in the terminal,
 * with a question about it. The templates are cheap and listed with every other card; the
 * simulation runs only when a trace card is shown (materializeTrace, imported lazily with
 * the kernel), and the same card and seed always draw the same picture and the same order.
 *
 * - rebound: a thalamic relay cell's rebound burst, control and with a T-type calcium
 *   channel blocker, as run A and run B in seeded order: which run had the drug?
 * - use-dependence: a cortical cell at a seizure-like rate, control and with a drug: which
 *   drug was applied? (distractors: drugs the model gives no sodium-channel action)
 */
import type { Catalog } from '../../records/catalog.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import type { Style } from '../../present/style.js';
import { factHash, hashSeed, rng, type Card } from './card.js';

/** Drugs whose records carry a kernel model of this mechanism. */
function modelled(drugs: readonly DrugRecord[], mechanism: string): DrugRecord[] {
  return drugs.filter((d) => d.mechanisms.some((m) => m.mechanism === mechanism && m.model !== undefined));
}

export function traceTemplates(cat: Catalog): Card[] {
  const drugs = cat.drugs;
  const tBlockers = modelled(drugs, 't-type-calcium-block');
  const naBlockers = modelled(drugs, 'sodium-channel-block');
  const noNa = drugs.filter((d) => !d.mechanisms.some((m) => m.mechanism === 'sodium-channel-block'));
  const base = { topic: 'pillars' as const, mechanisms: [], source: 'asm simulate: Destexhe et al. 1998 relay cell and Wang-Buzsaki 1996 cortical cell (simplified teaching models)' };
  return [
    ...tBlockers.map(
      (d): Card => ({
        ...base,
        id: `trace:rebound:${d.id}`,
        kind: 'trace',
        prompt: `A thalamic relay cell is released from hyperpolarization twice: once without a drug, once with ${d.name.toLowerCase()}. Which run had ${d.name.toLowerCase()}?`,
        answer: 'Run B',
        correct: ['Run B'],
        distractors: ['Run A'],
        explain: 'T-type calcium channel block lowers the low-threshold spike after release, so the rebound burst is smaller, with fewer sodium spikes on top.',
        drugs: [d.id],
        mechanisms: ['t-type-calcium-block'],
        record: 't-type-calcium-block',
        fact: factHash('trace-rebound', d.id),
        trace: { experiment: 'rebound', drug: d.id },
      }),
    ),
    ...naBlockers
      .filter((d) => d.mechanisms.some((m) => m.mechanism === 'sodium-channel-block' && m.model?.kind === 'inactivated-state-binding'))
      .map(
        (d): Card => ({
          ...base,
          id: `trace:use-dependence:${d.id}`,
          kind: 'trace',
          prompt: 'A cortical cell is driven at a seizure-like rate for 3 seconds, without a drug (upper trace) and with one (lower trace); the last 300 ms are shown. Which drug was applied?',
          answer: d.name,
          correct: naBlockers.map((x) => x.name),
          distractors: noNa.map((x) => x.name),
          explain: 'Use-dependent sodium-channel block: the drug binds inactivated channels, which pile up at high firing rates, so spikes fail while slow firing is spared.',
          drugs: [d.id],
          mechanisms: ['sodium-channel-block'],
          record: 'sodium-channel-block',
          fact: factHash('trace-use-dependence', d.id),
          trace: { experiment: 'use-dependence', drug: d.id },
        }),
      ),
  ];
}

/** Runs already simulated in this process, by card id: the picture does not change with the seed, only the order. */
const simulated = new Map<string, unknown>();

/**
 * Runs the simulation for a trace card and returns the card as asked (answer in seeded
 * order) and the plot's lines. Imports the kernel: call only when the card is shown.
 */
export async function materializeTrace(card: Card, cat: Catalog, seed: number, opts: { width: number; style: Style; ascii?: boolean }): Promise<{ card: Card; lines: string[] }> {
  const spec = card.trace;
  if (!spec) return { card, lines: [] };
  const [{ drugAgent }, kernel, { plotTraces }] = await Promise.all([import('../../domain/simulation.js'), import('../../kernel/index.js'), import('../../present/plot.js')]);
  const drug = cat.drug(spec.drug);
  if (!drug) return { card, lines: [] };
  const agent = drugAgent(drug, { multiple: 1 }, cat.drugs);
  if (!agent.ok) return { card, lines: [] };
  const width = Math.min(opts.width, 100);
  if (spec.experiment === 'rebound') {
    const result = (simulated.get(card.id) as ReturnType<typeof kernel.rebound> | undefined) ?? kernel.rebound({ drugs: [agent.agent], maxPoints: 1500 });
    simulated.set(card.id, result);
    const [control, withDrug] = [result.runs[0]!, result.runs[1]!];
    const swap = rng(hashSeed(`${card.id}#${seed}`))() < 0.5;
    const a = swap ? withDrug : control;
    const b = swap ? control : withDrug;
    const t0 = Math.max(0, a.stimulusChangeMs - 20);
    const plot = plotTraces(
      [
        { label: 'Run A', t: a.trace.tMs, v: a.trace.vMv },
        { label: 'Run B', t: b.trace.tMs, v: b.trace.vMv },
      ],
      { width, height: 6, style: opts.style, tRange: [t0, t0 + 180], vRange: [-100, 50], mark: { tMs: a.stimulusChangeMs, label: 'release' }, ...(opts.ascii ? { ascii: true } : {}) },
    );
    const answer = swap ? 'Run A' : 'Run B';
    return { card: { ...card, answer, correct: [answer], distractors: [swap ? 'Run B' : 'Run A'] }, lines: plot.split('\n') };
  }
  const result = (simulated.get(card.id) as ReturnType<typeof kernel.useDependence> | undefined) ?? kernel.useDependence({ drugs: [agent.agent], maxPoints: 3000 });
  simulated.set(card.id, result);
  const control = result.runs[1]!;
  const withDrug = result.runs[3]!;
  const end = control.durationMs;
  const plot = plotTraces(
    [
      { label: 'no drug', t: control.trace.tMs, v: control.trace.vMv },
      { label: 'drug ?', t: withDrug.trace.tMs, v: withDrug.trace.vMv },
    ],
    { width, height: 6, style: opts.style, tRange: [end - 300, end], vRange: [-80, 50], ...(opts.ascii ? { ascii: true } : {}) },
  );
  return { card, lines: plot.split('\n') };
}
