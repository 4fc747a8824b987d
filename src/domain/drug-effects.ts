/**
 * From a drug's mechanism record and a dose to kernel {@link Modifiers}: the only bridge between drugs and
 * the neuron kernel. Pure: no I/O. The kernel never sees a drug name; this module never sees a cell.
 *
 * Every effect here is a simplified teaching model: one number (a blocked fraction, a conductance or
 * release scale, a binding mechanism's constants) stands for what a drug does to one target, at its
 * free (unbound) concentration. Sources for each default are in {@link REFERENCE_DRUGS}; where the
 * literature gives only an order of magnitude, or nothing and a value had to be chosen, the entry says so.
 */
import { combineModifiers, type Modifiers } from '../kernel/modifiers.js';

/** The four pillars of the course; other strings are allowed (they simply have no kernel effect). */
export type Pillar = 'sodium-channel-block' | 'gaba-enhancement' | 't-type-calcium-block' | 'excitatory-synapse';

/**
 * How a mechanism acts, quantitatively. Potency is given either as a concentration (`ec50UM`/`ic50UM`,
 * needs a concentration in µM) or, where no concentration–effect data exist, as `occupancyAtTypical`:
 * the fraction of the maximal effect reached at the typical therapeutic free concentration (a one-site
 * curve then gives the effect at any multiple of that dose).
 */
export type MechanismModel =
  /** Modulated-receptor binding to fast-inactivated sodium channels (use-dependent block). */
  | { kind: 'inactivated-state-binding'; kdInactivatedUM: number; konPerMPerS: number; kdRestingUM?: number }
  /** Stabilisation of slow-inactivated sodium channels (lacosamide-like; simplified model). */
  | { kind: 'slow-inactivation'; kdUM: number; konPerMPerS: number; vHalfMv: number; slopeMv: number }
  /** Fraction of a channel blocked: `maxBlock·C^h/(C^h + IC50^h)`. */
  | { kind: 'channel-block'; channel: 'na' | 'k' | 't'; ic50UM: number; hill?: number; maxBlock?: number }
  /** GABA-A positive modulation: conductance per event and/or decay time scaled up to their maxima. */
  | { kind: 'gaba-a-modulation'; conductanceScaleMax?: number; decayScaleMax?: number; ec50UM?: number; occupancyAtTypical?: number; hill?: number }
  /** Less transmitter released per excitatory spike, by up to `maxReduction`. */
  | { kind: 'release-reduction'; maxReduction: number; ec50UM?: number; occupancyAtTypical?: number; hill?: number }
  /** Postsynaptic receptor antagonist: fraction of AMPA conductance blocked. */
  | { kind: 'receptor-block'; receptor: 'ampa'; ic50UM: number; hill?: number; maxBlock?: number };

export interface DrugMechanismInput {
  pillar: Pillar | string;
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
      if (!unmodelled.includes(mech.pillar)) unmodelled.push(mech.pillar);
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
          pillar: mech.pillar,
          kind: m.kind,
          text: `${drug.name} ${conc.toPrecision(3)} µM binds inactivated sodium channels (K_I ${m.kdInactivatedUM} µM, kon ${m.konPerMPerS.toExponential(1)} /M/s): at most ${pct(conc / (conc + m.kdInactivatedUM))} of channels held in a fully inactivated cell, reached with a time constant of about ${tauS < 10 ? tauS.toFixed(1) : tauS.toFixed(0)} s`,
        });
        break;
      }
      case 'slow-inactivation': {
        if (conc === null) return { ok: false, ...needConc('slow-inactivation') };
        mod = combineModifiers(mod, { naSlowInactivation: [{ concUM: conc, konPerMPerS: m.konPerMPerS, kdUM: m.kdUM, vHalfMv: m.vHalfMv, slopeMv: m.slopeMv }] });
        effects.push({
          pillar: mech.pillar,
          kind: m.kind,
          text: `${drug.name} ${conc.toPrecision(3)} µM stabilises slow-inactivated sodium channels (K ${m.kdUM} µM): at most ${pct(conc / (conc + m.kdUM))} held during sustained depolarization, developing over seconds (simplified model)`,
        });
        break;
      }
      case 'channel-block': {
        if (conc === null) return { ok: false, ...needConc('channel-block') };
        const f = (m.maxBlock ?? 1) * hillFraction(conc, m.ic50UM, m.hill ?? 1);
        mod = combineModifiers(mod, m.channel === 't' ? { tBlock: f } : { gScale: { [m.channel]: 1 - f } });
        const what = m.channel === 't' ? 'T-type calcium' : m.channel === 'na' ? 'sodium' : 'potassium';
        effects.push({ pillar: mech.pillar, kind: m.kind, text: `${drug.name} ${conc.toPrecision(3)} µM blocks ${pct(f)} of ${what} channels (IC50 ${m.ic50UM} µM)` });
        break;
      }
      case 'gaba-a-modulation': {
        const f = occupancy(m.ec50UM, m.occupancyAtTypical, m.hill, 'GABA-A');
        if (typeof f !== 'number') return { ok: false, ...f };
        const g = 1 + ((m.conductanceScaleMax ?? 1) - 1) * f;
        const d = 1 + ((m.decayScaleMax ?? 1) - 1) * f;
        mod = combineModifiers(mod, { gabaA: { ...(m.conductanceScaleMax !== undefined ? { conductanceScale: g } : {}), ...(m.decayScaleMax !== undefined ? { decayScale: d } : {}) } });
        const parts: string[] = [];
        if (m.conductanceScaleMax !== undefined) parts.push(`GABA-A conductance per event ×${g.toFixed(2)}`);
        if (m.decayScaleMax !== undefined) parts.push(`GABA-A decay time ×${d.toFixed(2)}`);
        effects.push({ pillar: mech.pillar, kind: m.kind, text: `${drug.name}: ${parts.join(', ')}` });
        break;
      }
      case 'release-reduction': {
        const f = occupancy(m.ec50UM, m.occupancyAtTypical, m.hill, 'release-reduction');
        if (typeof f !== 'number') return { ok: false, ...f };
        const r = 1 - m.maxReduction * f;
        mod = combineModifiers(mod, { excitatory: { releaseScale: r } });
        effects.push({ pillar: mech.pillar, kind: m.kind, text: `${drug.name}: excitatory transmitter release per spike ×${r.toFixed(2)}` });
        break;
      }
      case 'receptor-block': {
        if (conc === null) return { ok: false, ...needConc('receptor-block') };
        const f = (m.maxBlock ?? 1) * hillFraction(conc, m.ic50UM, m.hill ?? 1);
        mod = combineModifiers(mod, { excitatory: { ampaScale: 1 - f } });
        effects.push({ pillar: mech.pillar, kind: m.kind, text: `${drug.name} ${conc.toPrecision(3)} µM blocks ${pct(f)} of AMPA conductance (IC50 ${m.ic50UM} µM)` });
        break;
      }
    }
  }
  return { ok: true, modifiers: mod, concentrationUM: conc, multiple, effects, unmodelled };
}

/** A reference drug: the input shape plus where each number comes from. */
export interface ReferenceDrug extends DrugInput {
  /** Citations (author, year, journal, URL) for the values above. */
  sources: string[];
  /** What is measured, what is derived, what was chosen. */
  notes: string;
}

const S = {
  useDep: 'shared/reference/use-dependence.md (free concentrations verified there; binding constants recollected from Kuo & Bean 1994 Mol Pharmacol 46:716, Kuo et al. 1997 Mol Pharmacol 51:1077, Kuo & Lu 1997 Br J Pharmacol 121:1231)',
  kuo1998: 'Kuo CC 1998, Mol Pharmacol 54:712, "A common anticonvulsant binding site for phenytoin, carbamazepine, and lamotrigine in neuronal Na+ channels" (http://molpharm.aspetjournals.org/cgi/content/full/54/4/712): one drug per channel; much higher affinity for inactivated than resting channels; one fast- and one slow-unbinding drug',
  table163: 'Epilepsy chapter Table 16.3, plasma therapeutic ranges and protein binding (https://pmc.ncbi.nlm.nih.gov/articles/PMC4803433/table/T3)',
  drugsRD: 'Pharmacokinetic parameters of current antiepileptic medications, Drugs R D 2016;16:303, Table 1 (https://pmc.ncbi.nlm.nih.gov/articles/PMC5114206/table/Tab1)',
  davis: 'Davis Lab and Diagnostic Tests, anticonvulsant drugs: ethosuximide 40–100 mcg/mL = 283–708 µmol/L, 0–5% bound; phenobarbital 15–40 mcg/mL (http://www.labdxtest.com/labdxtest/view/Davis-Lab-and-Diagnostic-Tests/425098/)',
  twyman: 'Twyman RE, Rogers CJ, Macdonald RL 1989, Ann Neurol 25:213 (cited from the course brief; not retrieved here): diazepam increases GABA-A channel opening frequency, phenobarbital increases mean open duration',
  riley: 'Riley M, Scholfield CN 1983, Pflügers Arch 397:312: diazepam (0.03–30 µM) doubled the intensity and duration of the recurrent inhibitory conductance (https://doi.org/10.1007/BF00580267)',
  barker: 'Barker JL, McBurney RN 1979, Proc R Soc Lond B 206:319: phenobarbitone increases the mean open time of GABA-activated channels and prolongs miniature synaptic currents (https://doi.org/10.1098/rspb.1979.0108)',
};

/**
 * Default mechanism models with their sources, for the records (the lead copies these into data/ YAML)
 * and for tests. Free concentrations are total therapeutic ranges × unbound fraction, rounded; "chosen"
 * marks a value the literature read here did not give.
 */
export const REFERENCE_DRUGS: readonly ReferenceDrug[] = [
  {
    id: 'carbamazepine',
    name: 'carbamazepine',
    concentration: { typicalFreeUM: 8 },
    mechanisms: [{ pillar: 'sodium-channel-block', model: { kind: 'inactivated-state-binding', kdInactivatedUM: 25, konPerMPerS: 4e4 } }],
    sources: [S.useDep, S.kuo1998],
    notes: 'Free 4–13 µM (use-dependence.md). K_I ≈ 25 µM and kon ≈ 4e4 /M/s are orders of magnitude, not checked against the 1997 paper text. Resting affinity omitted (not sourced).',
  },
  {
    id: 'phenytoin',
    name: 'phenytoin',
    concentration: { typicalFreeUM: 6 },
    mechanisms: [{ pillar: 'sodium-channel-block', model: { kind: 'inactivated-state-binding', kdInactivatedUM: 7, konPerMPerS: 1e4 } }],
    sources: [S.useDep, S.kuo1998, 'Zeng Z et al. 2016, J Neurophysiol 116:1924 (https://pmc.ncbi.nlm.nih.gov/articles/PMC5144711): phenytoin acted on slow and intermediate, not fast, inactivation in CA1 neurons'],
    notes: 'Free 4–8 µM (use-dependence.md). K_I ≈ 7 µM, kon ≈ 1e4 /M/s: orders of magnitude. Zeng 2016 is a caveat for using the fast gate h as the binding state.',
  },
  {
    id: 'lamotrigine',
    name: 'lamotrigine',
    concentration: { typicalFreeUM: 10 },
    mechanisms: [{ pillar: 'sodium-channel-block', model: { kind: 'inactivated-state-binding', kdInactivatedUM: 8, konPerMPerS: 1e4 } }],
    sources: [S.useDep, S.kuo1998],
    notes: 'Free 4–26 µM (use-dependence.md). K_I 7–9 µM (8 used), kon ≈ 1e4 /M/s: orders of magnitude.',
  },
  {
    id: 'oxcarbazepine',
    name: 'oxcarbazepine',
    mechanisms: [{ pillar: 'sodium-channel-block' }],
    sources: [S.table163],
    notes: 'Acts through its monohydroxy derivative (10–35 mg/L, 38% bound). No binding constants for the derivative were found, so no kernel model: not simulated rather than borrowing carbamazepine’s.',
  },
  {
    id: 'lacosamide',
    name: 'lacosamide',
    concentration: { typicalFreeUM: 40 },
    mechanisms: [{ pillar: 'sodium-channel-block', model: { kind: 'slow-inactivation', kdUM: 200, konPerMPerS: 1000, vHalfMv: -55, slopeMv: 8 } }],
    sources: [
      'Errington AC, Stöhr T, Heers C, Lees G 2008, Mol Pharmacol 73:157 (https://orca.cardiff.ac.uk/id/eprint/99567/): clinical 32–100 µM; enhances slow, not fast, inactivation; no effect on firing within 1 s, inhibition within a 10 s burst',
      'Sheets PL et al. 2008, J Pharmacol Exp Ther 326:89: IC50 after prolonged inactivation 182 µM (Nav1.7), 415 µM (Nav1.3); resting channels 123–257-fold less sensitive',
      S.table163,
    ],
    notes: 'Free ≈ 40 µM (10–20 mg/L, <15% bound). K 200 µM rounded from Sheets 2008. kon 1000 /M/s (onset ≈ 4 s), V½ −55 mV and slope 8 mV are chosen to give seconds-long onset as Errington describes. Simplified model.',
  },
  {
    id: 'ethosuximide',
    name: 'ethosuximide',
    concentration: { typicalFreeUM: 500 },
    mechanisms: [{ pillar: 't-type-calcium-block', model: { kind: 'channel-block', channel: 't', ic50UM: 1600, hill: 1 } }],
    sources: [
      'Coulter DA et al. 1989, Ann Neurol 25:582, as summarised in Epilepsy Currents 2002 (https://doi.org/10.1111/j.1535-7597.2002.00024.x): 250–750 µM reduced thalamic I_T, at most ≈32% at 750 µM, no change in kinetics',
      'Gomora JC et al. 2001, Mol Pharmacol 60:1121 (http://molpharm.aspetjournals.org/cgi/content/full/60/5/1121): block of cloned human T-type channels (figures not extracted here)',
      S.davis,
    ],
    notes: 'Free ≈ 500 µM (283–708 µM, ~0% bound). IC50 1600 µM is derived: a one-site curve through 32% block at 750 µM. About 24% block at the typical dose.',
  },
  {
    id: 'zonisamide',
    name: 'zonisamide',
    concentration: { typicalFreeUM: 50 },
    mechanisms: [{ pillar: 't-type-calcium-block', model: { kind: 'channel-block', channel: 't', ic50UM: 340, hill: 1 } }, { pillar: 'sodium-channel-block' }],
    sources: [
      'Suzuki S et al. 1992, Epilepsy Res 12:21: zonisamide reduced T-type current by 59.5 ± 7.2% at 500 µM in cultured cortical neurons',
      S.drugsRD,
    ],
    notes: 'Free ≈ 50 µM (10–40 mg/L, 40–60% bound). IC50 340 µM derived from one point (59.5% at 500 µM). Its sodium-channel action has no sourced constants: not simulated.',
  },
  {
    id: 'valproate',
    name: 'valproate',
    concentration: { typicalFreeUM: 50 },
    mechanisms: [
      { pillar: 'sodium-channel-block', model: { kind: 'channel-block', channel: 'na', ic50UM: 2000, hill: 1 } },
      { pillar: 'gaba-enhancement' },
      { pillar: 't-type-calcium-block' },
    ],
    sources: [
      'VanDongen AM, VanErp MG, Voskuyl RA 1986, "Valproate reduces excitability by blockage of sodium and potassium conductance" (Xenopus nodal membrane): 2.4 mM reduced sodium current 54%',
      'Free fraction ≈10% at 20–60 mg/L total, rising above (Seizure 2018;59:24, https://doi.org/10.1016/j.seizure.2018.04.012); total 50–100 mg/L (US prescribing information)',
      'Löscher W 2002, CNS Drugs 16:669: GABA turnover increase, several mechanisms, none sufficient alone',
    ],
    notes: 'Free ≈ 50 µM. IC50 2000 µM derived from one point: about 2% sodium block at the typical dose. Its GABA and T-type actions have no synaptic or channel constants here: not simulated. The model therefore shows little valproate effect, which is what the in-vitro numbers say.',
  },
  ...(['lorazepam', 'diazepam', 'clonazepam', 'midazolam', 'clobazam'] as const).map(
    (id): ReferenceDrug => ({
      id,
      name: id,
      ...(id === 'clonazepam' ? { concentration: { typicalFreeUM: 0.02 } } : {}),
      mechanisms: [{ pillar: 'gaba-enhancement', model: { kind: 'gaba-a-modulation', conductanceScaleMax: 2, occupancyAtTypical: 0.5 } }],
      sources: [S.twyman, S.riley, ...(id === 'clonazepam' ? [`${S.table163}: clonazepam 0.02–0.08 mg/L, 85% bound`] : [])],
      notes:
        'Benzodiazepine class model: more GABA-A current per event (opening frequency, Twyman 1989), up to ×2 (Riley & Scholfield 1983). occupancyAtTypical 0.5 is chosen (×1.5 at the typical dose); potency differences between benzodiazepines are not modelled.' +
        (id === 'clonazepam' ? ' Free ≈ 0.02 µM (0.02–0.08 mg/L × 15% unbound).' : ' No typical concentration sourced: dose only as a multiple.'),
    }),
  ),
  {
    id: 'phenobarbital',
    name: 'phenobarbital',
    concentration: { typicalFreeUM: 50 },
    mechanisms: [{ pillar: 'gaba-enhancement', model: { kind: 'gaba-a-modulation', decayScaleMax: 2, occupancyAtTypical: 0.5 } }],
    sources: [S.twyman, S.barker, S.table163],
    notes: 'Free ≈ 50 µM (15–40 mg/L, 45–60% bound). Longer GABA-A open time → decay time scaled; maximum ×2 and occupancy 0.5 are chosen (×1.5 at the typical dose).',
  },
  {
    id: 'levetiracetam',
    name: 'levetiracetam',
    concentration: { typicalFreeUM: 120 },
    mechanisms: [{ pillar: 'excitatory-synapse', model: { kind: 'release-reduction', maxReduction: 0.3, occupancyAtTypical: 0.5 } }],
    sources: [
      'Meehan AL et al. 2011, J Neurophysiol 106:1227 (https://pmc.ncbi.nlm.nih.gov/articles/PMC3174821): frequency-dependent reduction of synaptic currents, smaller readily releasable pool',
      S.drugsRD,
    ],
    notes: 'Free ≈ 120 µM (12–46 mg/L, ~0% bound). maxReduction 0.3 and occupancy 0.5 are chosen (release ×0.85 at the typical dose); the frequency dependence Meehan describes is not modelled. Levetiracetam also reduces IPSCs (Meehan 2012), not modelled.',
  },
  {
    id: 'brivaracetam',
    name: 'brivaracetam',
    mechanisms: [{ pillar: 'excitatory-synapse', model: { kind: 'release-reduction', maxReduction: 0.3, occupancyAtTypical: 0.5 } }],
    sources: ['Klein P et al. 2018, Clin Pharmacol 10:1 (https://www.dovepress.com/a-review-of-the-pharmacology-and-clinical-efficacy-of-brivaracetam-peer-reviewed-fulltext-article-CPAA): SV2A ligand with 15–30-fold higher affinity than levetiracetam'],
    notes: 'Assumption: dosed to a similar SV2A effect as levetiracetam, so the same chosen release reduction at the typical dose. No concentration sourced: dose only as a multiple.',
  },
  {
    id: 'perampanel',
    name: 'perampanel',
    concentration: { typicalFreeUM: 0.05 },
    mechanisms: [{ pillar: 'excitatory-synapse', model: { kind: 'receptor-block', receptor: 'ampa', ic50UM: 0.56, hill: 1 } }],
    sources: [
      'Chen CY, Matt L, Hell JW, Rogawski MA 2014, PLoS ONE 9:e108021 (https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0108021): noncompetitive AMPA block, IC50 0.56 µM',
      'Patsalos PN 2015, Epilepsia 56:12: 95% protein bound',
      'Perampanel Study Group, prospective study: mean plasma 360 ± 268 ng/mL (https://moh-it.pure.elsevier.com/en/publications/relationship-between-plasma-concentrations-and-clinical-effects-o)',
    ],
    notes: 'Free ≈ 0.05 µM (360 ng/mL = 1.03 µM × 5% unbound): about 8% AMPA block at the typical dose.',
  },
  ...(['gabapentin', 'pregabalin'] as const).map(
    (id): ReferenceDrug => ({
      id,
      name: id,
      concentration: { typicalFreeUM: id === 'gabapentin' ? 40 : 25 },
      mechanisms: [{ pillar: 'excitatory-synapse', model: { kind: 'release-reduction', maxReduction: 0.26, ec50UM: 17 } }],
      sources: [
        'Dooley DJ et al. 2000, Neurosci Lett 280:107: gabapentin and pregabalin decreased K+-evoked glutamate release by 11–26%',
        'Fink K et al. 2002, Neuropharmacology 42:229: IC50 17 µM for K+-evoked Ca2+ influx, maximal inhibition 35–37%',
        'Brawek B et al. 2009 (human synaptosomes, https://www.acemap.info/paper/262145490): no effect on exocytotic glutamate release at 100 µM — the sources disagree',
        S.drugsRD,
      ],
      notes:
        (id === 'gabapentin' ? 'Free ≈ 40 µM (2–20 mg/L, 0% bound). ' : 'Free ≈ 25 µM (2–5 mg/L, 0% bound). ') +
        'Maximal reduction 26% (Dooley) with Fink’s Ca-influx IC50 as potency: a combination of two measures, labelled as such.',
    }),
  ),
  {
    id: 'topiramate',
    name: 'topiramate',
    mechanisms: [{ pillar: 'sodium-channel-block' }, { pillar: 'gaba-enhancement' }, { pillar: 'excitatory-synapse' }],
    sources: ['Gibbs JW et al. 2000, "Cellular actions of topiramate: blockade of kainate-evoked inward currents in cultured hippocampal neurons": kainate-evoked currents blocked with IC50 1.6 µM (phase I) and 4.8 µM (phase II), 90% at 100 µM', S.drugsRD],
    notes: 'Not simulated: applying the kainate-current IC50 to synaptic AMPA conductance would make topiramate a far stronger AMPA blocker than perampanel at therapeutic levels (5–20 mg/L, 15% bound), which other work does not support; no sourced constants for its sodium or GABA actions.',
  },
];
