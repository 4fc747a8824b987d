/**
 * The transporter hypothesis as a calculation: a simplified teaching model (`asm
 * resistance`). It shows what the hypothesis would mean if it held, not that it does.
 *
 * The unbound drug in the brain is taken to equal the unbound drug in plasma for a drug
 * that P-glycoprotein (P-gp) does not pump. For a P-gp substrate, pumping out at the
 * blood-brain barrier lowers the brain level in proportion to the pump's activity:
 *
 *   brain / plasma (unbound) = (1 + β) / (1 + β·X)
 *
 * X is the efflux relative to a normal barrier (1 = normal; the hypothesis says it rises
 * around a seizure focus), β the share of the substrate's clearance from the brain that
 * P-gp does at normal activity. The ratio is scaled to 1 at X = 1, so every drug starts
 * from the same brain level and only the change is compared. The drug's effect follows
 * target occupancy, C/(C + K), with K chosen so that the normal brain level occupies half
 * the targets.
 */

export interface TransporterInputs {
  /** Efflux relative to normal (1 = normal). */
  efflux: number;
  /** β: how strongly P-gp pumps a substrate at normal activity (0 for a non-substrate). */
  beta: number;
}

/** The brain level relative to normal (1 = as with a normal barrier). */
export function brainLevel({ efflux, beta }: TransporterInputs): number {
  return (1 + beta) / (1 + beta * efflux);
}

/** Target occupancy (0 to 1) at a relative brain level, with half the targets occupied at the normal level. */
export function occupancy(relativeLevel: number): number {
  return relativeLevel / (relativeLevel + 1);
}

export interface TransporterRow {
  efflux: number;
  brainLevel: number;
  occupancy: number;
}

/** Brain level and occupancy at each efflux, for a drug with this β. */
export function transporterTable(beta: number, effluxes: readonly number[]): TransporterRow[] {
  return effluxes.map((efflux) => {
    const level = brainLevel({ efflux, beta });
    return { efflux, brainLevel: level, occupancy: occupancy(level) };
  });
}

/** The efflux values the table shows: normal, the user's and a few steps up to it and beyond. */
export function effluxSteps(efflux: number): number[] {
  return [...new Set([1, 2, 4, 8, efflux])].sort((a, b) => a - b);
}

/** β for a P-gp substrate, chosen for teaching: at normal activity P-gp does half the work of clearing it from the brain. */
export const SUBSTRATE_BETA = 1;

export const TRANSPORTER_ASSUMPTIONS = [
  'Unbound brain level equals unbound plasma level for a drug P-gp does not pump; plasma levels stay the same throughout.',
  'For a substrate, brain / plasma = (1 + β)/(1 + β·X), scaled to 1 at normal efflux; β = 1 is chosen, not measured.',
  'Occupancy C/(C + K) with K set so that the normal level occupies half the targets (chosen); the seizure-stopping effect is taken to follow occupancy.',
  'Which drugs are substrates comes from the records, and for antiseizure medications it is disputed: the evidence is from cell (in vitro) studies.',
] as const;
