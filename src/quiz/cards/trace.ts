/**
 * Trace cards: a simulated voltage trace from the neuron kernel, drawn in the terminal,
 * with a question about it. The templates are cheap and listed with every other card; the
 * simulation runs only when a trace card is shown (materializeTrace, imported lazily with
 * the kernel), and the same card and seed always draw the same picture and the same order.
 *
 * - rebound: a thalamic relay cell's rebound burst, control and with a T-type calcium
 *   channel blocker, as run A and run B in seeded order: which run had the drug?
 * - gaba: a driven cell under random inhibition, control and with a GABA-A modulator (it
 *   fires less): which drug was applied? (distractors: drugs with no GABA action at all)
 *
 * The traces come from the simulation library's `traceCard` (src/domain/simulation). A
 * use-dependence card is not offered: in that experiment the drug shows in the sodium
 * availability, not in the voltage trace.
 */
import type { Catalog } from '../../records/catalog.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import type { Trace } from '../../kernel/index.js';
import type { Style } from '../../present/style.js';
import { factHash, hashSeed, rng, type Card } from './card.js';

/** Drugs whose records carry a kernel model of this mechanism. */
function modelled(drugs: readonly DrugRecord[], mechanism: string): DrugRecord[] {
  return drugs.filter((d) => d.mechanisms.some((m) => m.mechanism === mechanism && m.model !== undefined));
}

export function traceTemplates(cat: Catalog): Card[] {
  const drugs = cat.drugs;
  const tBlockers = modelled(drugs, 't-type-calcium-block');
  // GABA-A modulators the model can apply; anything acting on GABA at all is never a wrong answer.
  const gabaModulators = drugs.filter((d) => d.mechanisms.some((m) => m.model?.kind === 'gaba-a-modulation'));
  const noGaba = drugs.filter((d) => !d.mechanisms.some((m) => m.mechanism === 'gaba-enhancement'));
  const base = { topic: 'pillars' as const, mechanisms: [], source: 'asm simulate (simplified teaching models; `asm simulate --list` names each model and its sources)' };
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
    ...gabaModulators.map(
      (d): Card => ({
        ...base,
        id: `trace:gaba:${d.id}`,
        kind: 'trace',
        prompt: 'A driven pyramidal cell under random GABA-A inhibition, without a drug (upper trace) and with one (lower trace). Which drug was applied?',
        answer: d.name,
        correct: gabaModulators.map((x) => x.name),
        distractors: noGaba.map((x) => x.name),
        explain: 'A GABA-A modulator adds inhibitory charge (a benzodiazepine raises each current\'s peak, a barbiturate prolongs its decay), so the driven cell fires less; drugs acting elsewhere leave it unchanged.',
        drugs: [d.id],
        mechanisms: ['gaba-enhancement'],
        record: 'gaba-enhancement',
        fact: factHash('trace-gaba', d.id),
        trace: { experiment: 'gaba', drug: d.id },
      }),
    ),
  ];
}

/** Traces already simulated in this process, by card id: the picture does not change with the seed, only the order. */
const simulated = new Map<string, { control: Trace; treated: Trace; unit: string }>();

/**
 * Runs the simulation for a trace card (the simulation library's `traceCard`) and returns
 * the card as asked (answer in seeded order) and the plot's lines. Imports the kernel: call
 * only when the card is shown.
 */
export async function materializeTrace(card: Card, cat: Catalog, seed: number, opts: { width: number; style: Style; ascii?: boolean }): Promise<{ card: Card; lines: string[] }> {
  const spec = card.trace;
  if (!spec) return { card, lines: [] };
  const [sim, { plotTraces }] = await Promise.all([import('../../domain/simulation/index.js'), import('../../present/plot.js')]);
  const drug = cat.drug(spec.drug);
  if (!drug) return { card, lines: [] };
  const agent = sim.drugAgent(drug, { multiple: 1 }, cat.drugs);
  if (!agent.ok) return { card, lines: [] };
  const width = Math.min(opts.width, 100);
  let traces = simulated.get(card.id);
  if (!traces) {
    const t = sim.traceCard(spec.experiment, agent.agent, { seed: 1 });
    traces = { control: t.control, treated: t.treated, unit: t.unit };
    simulated.set(card.id, traces);
  }
  const style = { width, height: 6, style: opts.style, ...(opts.ascii ? { ascii: true } : {}) };
  if (spec.experiment === 'rebound') {
    const swap = rng(hashSeed(`${card.id}#${seed}`))() < 0.5;
    const [a, b] = swap ? [traces.treated, traces.control] : [traces.control, traces.treated];
    const plot = plotTraces(
      [
        { label: 'Run A', t: a.tMs, v: a.vMv },
        { label: 'Run B', t: b.tMs, v: b.vMv },
      ],
      style,
    );
    const answer = swap ? 'Run A' : 'Run B';
    return { card: { ...card, answer, correct: [answer], distractors: [swap ? 'Run B' : 'Run A'] }, lines: plot.split('\n') };
  }
  const plot = plotTraces(
    [
      { label: 'no drug', t: traces.control.tMs, v: traces.control.vMv },
      { label: 'drug ?', t: traces.treated.tMs, v: traces.treated.vMv },
    ],
    { ...style, unit: traces.unit },
  );
  return { card, lines: plot.split('\n') };
}
