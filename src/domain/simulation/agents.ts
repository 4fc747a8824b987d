/**
 * What can be applied to a model cell: a drug (through its record's mechanism models), a toxin or a
 * conductance scaling, each as a labelled set of kernel modifiers. Pure: no I/O.
 */
import type { ChannelName, LabelledModifiers, Modifiers } from '../../kernel/modifiers.js';
import type { DrugRecord } from '../../records/kinds/drug.js';
import { canSimulate, drugEffects, type Dose } from '../drug-effects.js';

/** Something applied to the model cell: a drug, a toxin or a conductance scaling. */
export interface Agent extends LabelledModifiers {
  kind: 'drug' | 'toxin' | 'scale';
  /** Drug id, toxin id, or "scale". */
  id: string;
  /** Mechanism ids the agent acts through in the model. */
  mechanisms: string[];
  /** What the model does with it, one line each. */
  notes: string[];
  /** Mechanisms the drug has that the model does not simulate. */
  unmodelled: string[];
}

/** Calibration toxins and enzymes, as in a teaching simulator such as HHsim. */
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
  pronase: {
    label: 'pronase',
    modifiers: { naNoInactivation: true },
    note: 'Pronase, applied inside the axon, removes sodium-channel inactivation (h held at 1): the sodium current no longer turns itself off.',
  },
};

export type AgentResult = { ok: true; agent: Agent } | { ok: false; message: string; hint?: string };

function formatNum(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(3)));
}

/**
 * A drug and a dose as a labelled set of modifiers, or why it cannot be simulated. With `allowUnmodelled`,
 * a drug with no modelled mechanism becomes an agent that changes nothing and says so (an experiment can
 * then show what the model does not do).
 */
export function drugAgent(drug: DrugRecord, dose: Dose, simulatable: readonly { id: string }[], allowUnmodelled = false): AgentResult {
  if (!canSimulate(drug) && allowUnmodelled) {
    const mechanisms = [...new Set(drug.mechanisms.map((m) => m.mechanism))];
    return {
      ok: true,
      agent: { kind: 'drug', id: drug.id, label: `${drug.name} (not modelled)`, modifiers: {}, mechanisms: [], notes: [`${drug.name}: its record gives no model for ${mechanisms.join(', ')}, so the model applies nothing and its run equals the untreated one.`], unmodelled: mechanisms },
    };
  }
  if (!canSimulate(drug)) {
    return {
      ok: false,
      message: `${drug.name} has no mechanism the neuron model can simulate`,
      hint: `drugs that can be simulated: ${simulatable.map((d) => d.id).join(', ')}; toxins: ${Object.keys(TOXINS).join(', ')}`,
    };
  }
  const effect = drugEffects(drug, dose);
  if (!effect.ok) return { ok: false, message: effect.message, ...(effect.reason === 'no-concentration' ? { hint: 'give the dose with --dose (a multiple of the typical concentration)' } : {}) };
  const amount =
    effect.concentrationUM !== null
      ? `${formatNum(effect.concentrationUM)} µM${effect.multiple !== null && effect.multiple !== 1 ? `, ×${formatNum(effect.multiple)}` : ''}`
      : `×${formatNum(effect.multiple ?? 1)} typical`;
  return {
    ok: true,
    agent: {
      kind: 'drug',
      id: drug.id,
      label: `${drug.name} ${amount}`,
      modifiers: effect.modifiers,
      mechanisms: [...new Set(effect.effects.map((e) => e.pillar))],
      notes: effect.effects.map((e) => e.text),
      unmodelled: effect.unmodelled,
    },
  };
}

export function toxinAgent(id: string): Agent | undefined {
  const key = id.toLowerCase();
  const t = TOXINS[key];
  if (!t) return undefined;
  return { kind: 'toxin', id: key, label: t.label, modifiers: t.modifiers, mechanisms: [], notes: [t.note], unmodelled: [] };
}

/** `--scale na=0.5 --scale k=2` as one agent: the model cell with those conductances scaled. */
export function scaleAgent(scales: readonly { channel: ChannelName; factor: number }[]): Agent {
  const gScale: Partial<Record<ChannelName, number>> = {};
  for (const s of scales) gScale[s.channel] = (gScale[s.channel] ?? 1) * s.factor;
  const text = Object.entries(gScale)
    .map(([c, f]) => `g${c} ×${formatNum(f)}`)
    .join(', ');
  return { kind: 'scale', id: 'scale', label: `scaled (${text})`, modifiers: { gScale }, mechanisms: [], notes: [`Conductances scaled: ${text}.`], unmodelled: [] };
}
