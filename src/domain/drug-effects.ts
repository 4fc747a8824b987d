/**
 * From a drug's mechanism record and a dose to kernel {@link Modifiers}: the only bridge between drugs and
 * the neuron kernel. Pure: no I/O. The kernel never sees a drug name; this module never sees a cell.
 *
 * Every effect here is a simplified teaching model: one number (a blocked fraction, a conductance or
 * release scale, a binding mechanism's constants) stands for what a drug does to one target, at its
 * free (unbound) concentration. The parameters and their sources live in the drug records (data/drugs,
 * `mechanisms[].model` and `concentration`), each with a note saying what was measured, derived or chosen.
 */
import { combineModifiers, type Modifiers } from '../kernel/modifiers.js';
import type { MechanismModelT } from '../records/kit.js';

/** The four pillars of the course; other strings are allowed (they simply have no kernel effect). */
export type Pillar = 'sodium-channel-block' | 'gaba-enhancement' | 't-type-calcium-block' | 'excitatory-synapse';

/**
 * How a mechanism acts, quantitatively: the record schema's type (src/records/kit.ts), its
 * one home. Potency is given either as a concentration (`ec50UM`/`ic50UM`, needs a
 * concentration in µM) or, where no concentration–effect data exist, as
 * `occupancyAtTypical`: the fraction of the maximal effect reached at the typical
 * therapeutic free concentration (a one-site curve then gives the effect at any multiple
 * of that dose). The kernel bridge needs the numbers only, not the note and citations.
 */
export type MechanismModel = MechanismModelT extends infer M ? (M extends unknown ? Omit<M, 'cite' | 'note'> : never) : never;

export interface DrugMechanismInput {
  /** The mechanism record's id. */
  mechanism: Pillar | string;
  /** Absent: the mechanism is known but has no kernel model (it cannot be simulated). */
  model?: MechanismModel;
}

/** What the record schema must produce for the kernel: exactly this shape. */
export interface DrugInput {
  id: string;
  name: string;
  /** Typical therapeutic free (unbound) concentration, µM. */
  concentration?: { typicalFreeUM: number };
  mechanisms: DrugMechanismInput[];
}

/** A dose: a multiple of the typical therapeutic free concentration (default 1), or a concentration. */
export type Dose = { multiple: number } | { concentrationUM: number };

/** One line of "what the model did with this drug", for the explanation under a plot. */
export interface EffectNote {
  pillar: string;
  kind: MechanismModel['kind'];
  text: string;
}

export type DrugEffectsError =
  | { reason: 'no-kernel-mechanism'; message: string }
  | { reason: 'no-concentration'; message: string }
  | { reason: 'invalid-dose'; message: string }
  | { reason: 'invalid-model'; message: string };

export type DrugEffectsResult =
  | {
      ok: true;
      modifiers: Modifiers;
      /** Free concentration used, µM (null when the dose was a multiple and no typical concentration is known). */
      concentrationUM: number | null;
      /** The dose as a multiple of typical (null when given as a concentration with no typical value). */
      multiple: number | null;
      effects: EffectNote[];
      /** Pillars the drug acts through that have no kernel model (shown as "not simulated"). */
      unmodelled: string[];
    }
  | ({ ok: false } & DrugEffectsError);

/** Largest dose multiple accepted. */
export const MAX_DOSE_MULTIPLE = 100;

/** True when at least one mechanism of the drug has a kernel model. */
export function canSimulate(drug: DrugInput): boolean {
  return drug.mechanisms.some((m) => m.model !== undefined);
}

function hillFraction(c: number, half: number, hill: number): number {
  if (c <= 0) return 0;
  const ch = Math.pow(c, hill);
  return ch / (ch + Math.pow(half, hill));
}

function pct(x: number): string {
  return `${(100 * x).toFixed(x < 0.1 ? 1 : 0)}%`;
}

/**
 * Turn a drug and a dose into kernel modifiers. Never throws: a drug with no modelled mechanism, a dose
 * that needs a concentration the record lacks, or a bad dose give a typed `{ ok: false, reason }`.
 */
export function drugEffects(drug: DrugInput, dose: Dose = { multiple: 1 }): DrugEffectsResult {
  if (!canSimulate(drug)) {
    return { ok: false, reason: 'no-kernel-mechanism', message: `${drug.name} has no mechanism the kernel can simulate` };
  }
  const typical = drug.concentration?.typicalFreeUM;
  let multiple: number | null;
  let conc: number | null;
  if ('multiple' in dose) {
    if (!(dose.multiple >= 0 && dose.multiple <= MAX_DOSE_MULTIPLE)) {
      return { ok: false, reason: 'invalid-dose', message: `dose must be between 0 and ${MAX_DOSE_MULTIPLE} times the typical concentration` };
    }
    multiple = dose.multiple;
    conc = typical !== undefined ? dose.multiple * typical : null;
  } else {
    if (!(dose.concentrationUM >= 0 && dose.concentrationUM <= 100_000)) {
      return { ok: false, reason: 'invalid-dose', message: 'concentration must be between 0 and 100000 µM' };
    }
    conc = dose.concentrationUM;
    multiple = typical !== undefined && typical > 0 ? dose.concentrationUM / typical : null;
  }

  let mod: Modifiers = {};
  const effects: EffectNote[] = [];
  const unmodelled: string[] = [];
  const needConc = (what: string): DrugEffectsError => ({
    reason: 'no-concentration',
    message: `${drug.name}: the ${what} model needs a concentration in µM and the record gives no typical free concentration; give the dose as a concentration`,
  });
  /** Fraction of maximal effect from an ec50 in µM or an occupancy at the typical dose. */
  const occupancy = (ec50UM: number | undefined, occ: number | undefined, hill: number | undefined, what: string): number | DrugEffectsError => {
    if (ec50UM !== undefined) {
      if (conc === null) return needConc(what);
      return hillFraction(conc, ec50UM, hill ?? 1);
    }
    if (occ !== undefined) {
      if (!(occ > 0 && occ < 1)) return { reason: 'invalid-model', message: `${drug.name}: occupancyAtTypical must be between 0 and 1` };
      if (multiple === null) return needConc(what);
      return hillFraction(multiple, (1 - occ) / occ, 1);
    }
    return { reason: 'invalid-model', message: `${drug.name}: the ${what} model needs ec50UM or occupancyAtTypical` };
  };

  for (const mech of drug.mechanisms) {
    const m = mech.model;
    if (m === undefined) {
      if (!unmodelled.includes(mech.mechanism)) unmodelled.push(mech.mechanism);
      continue;
    }
    switch (m.kind) {
      case 'inactivated-state-binding': {
        if (conc === null) return { ok: false, ...needConc('sodium-channel binding') };
        if (!(m.kdInactivatedUM > 0 && m.konPerMPerS > 0)) return { ok: false, reason: 'invalid-model', message: `${drug.name}: binding constants must be positive` };
        const b = { concUM: conc, konPerMPerS: m.konPerMPerS, kdInactivatedUM: m.kdInactivatedUM, ...(m.kdRestingUM !== undefined ? { kdRestingUM: m.kdRestingUM } : {}) };
        mod = combineModifiers(mod, { naBinders: [b] });
        const tauS = 1 / ((conc + m.kdInactivatedUM) * 1e-6 * m.konPerMPerS);
        effects.push({
          pillar: mech.mechanism,
          kind: m.kind,
          text: `${drug.name} ${Number(conc.toPrecision(3))} µM binds inactivated sodium channels (K_I ${m.kdInactivatedUM} µM, kon ${m.konPerMPerS.toExponential(1)} /M/s): at most ${pct(conc / (conc + m.kdInactivatedUM))} of channels held in a fully inactivated cell, reached with a time constant of about ${tauS < 10 ? tauS.toFixed(1) : tauS.toFixed(0)} s`,
        });
        break;
      }
      case 'slow-inactivation': {
        if (conc === null) return { ok: false, ...needConc('slow-inactivation') };
        mod = combineModifiers(mod, { naSlowInactivation: [{ concUM: conc, konPerMPerS: m.konPerMPerS, kdUM: m.kdUM, vHalfMv: m.vHalfMv, slopeMv: m.slopeMv }] });
        effects.push({
          pillar: mech.mechanism,
          kind: m.kind,
          text: `${drug.name} ${Number(conc.toPrecision(3))} µM stabilises slow-inactivated sodium channels (K ${m.kdUM} µM): at most ${pct(conc / (conc + m.kdUM))} held during sustained depolarization, developing over seconds (simplified model)`,
        });
        break;
      }
      case 'channel-block': {
        if (conc === null) return { ok: false, ...needConc('channel-block') };
        const f = (m.maxBlock ?? 1) * hillFraction(conc, m.ic50UM, m.hill ?? 1);
        mod = combineModifiers(mod, m.channel === 't' ? { tBlock: f } : { gScale: { [m.channel]: 1 - f } });
        const what = m.channel === 't' ? 'T-type calcium' : m.channel === 'na' ? 'sodium' : 'potassium';
        effects.push({ pillar: mech.mechanism, kind: m.kind, text: `${drug.name} ${Number(conc.toPrecision(3))} µM blocks ${pct(f)} of ${what} channels (IC50 ${m.ic50UM} µM)` });
        break;
      }
      case 'gaba-a-modulation': {
        const f = occupancy(m.ec50UM, m.occupancyAtTypical, m.hill, 'GABA-A');
        if (typeof f !== 'number') return { ok: false, ...f };
        const g = 1 + ((m.conductanceScaleMax ?? 1) - 1) * f;
        const d = 1 + ((m.decayScaleMax ?? 1) - 1) * f;
        const t = 1 + ((m.tonicScaleMax ?? 1) - 1) * f;
        mod = combineModifiers(mod, {
          gabaA: {
            ...(m.conductanceScaleMax !== undefined ? { conductanceScale: g } : {}),
            ...(m.decayScaleMax !== undefined ? { decayScale: d } : {}),
            ...(m.tonicScaleMax !== undefined ? { tonicScale: t } : {}),
          },
        });
        const parts: string[] = [];
        if (m.conductanceScaleMax !== undefined) parts.push(`GABA-A conductance per event ×${g.toFixed(2)}`);
        if (m.decayScaleMax !== undefined) parts.push(`GABA-A decay time ×${d.toFixed(2)}`);
        if (m.tonicScaleMax !== undefined) parts.push(`tonic (ambient-GABA) GABA-A conductance ×${t.toFixed(2)}`);
        effects.push({ pillar: mech.mechanism, kind: m.kind, text: `${drug.name}: ${parts.join(', ')}` });
        break;
      }
      case 'release-reduction': {
        const f = occupancy(m.ec50UM, m.occupancyAtTypical, m.hill, 'release-reduction');
        if (typeof f !== 'number') return { ok: false, ...f };
        const r = 1 - m.maxReduction * f;
        mod = combineModifiers(mod, { excitatory: { releaseScale: r } });
        effects.push({ pillar: mech.mechanism, kind: m.kind, text: `${drug.name}: excitatory transmitter release per spike ×${r.toFixed(2)}` });
        break;
      }
      case 'receptor-block': {
        if (conc === null) return { ok: false, ...needConc('receptor-block') };
        const f = (m.maxBlock ?? 1) * hillFraction(conc, m.ic50UM, m.hill ?? 1);
        mod = combineModifiers(mod, { excitatory: { ampaScale: 1 - f } });
        effects.push({ pillar: mech.mechanism, kind: m.kind, text: `${drug.name} ${Number(conc.toPrecision(3))} µM blocks ${pct(f)} of AMPA conductance (IC50 ${m.ic50UM} µM)` });
        break;
      }
    }
  }
  return { ok: true, modifiers: mod, concentrationUM: conc, multiple, effects, unmodelled };
}
