/**
 * Modifiers: the only way a drug (or a toxin, or a student's `--scale CHANNEL=FACTOR`) reaches the kernel.
 *
 * The kernel knows no drug names and has no per-drug branch: every effect is a change of parameters
 * (a conductance scale, a fraction blocked, a binding mechanism with its rate constants, a synaptic
 * scale). `src/domain/drug-effects.ts` turns a drug's mechanism record and a dose into a `Modifiers`.
 */

/** Channels whose maximal conductance (or permeability, for `t`) can be scaled. */
export type ChannelName = 'na' | 'k' | 'leak' | 't' | 'm';

/** All channel names, for validation and `--scale` help (`m`: the M-current of the `rs` cell). */
export const CHANNEL_NAMES: readonly ChannelName[] = ['na', 'k', 'leak', 't', 'm'];

/**
 * Sodium-channel blocker in the modulated-receptor form of shared/reference/use-dependence.md:
 * `gNa,eff = gNa·m³h·(1 − b)` and `db/dt = D·kon·[(1 − h) + h·K_I/K_R]·(1 − b) − koff·b`, `koff = kon·K_I`.
 * `b` starts at its resting steady state. With no `kdRestingUM` only inactivated channels (1 − h) bind.
 * Several binders compete for one site (Kuo 1998: one drug molecule per channel): each has its own
 * bound fraction and all share the free fraction `1 − Σb`.
 */
export interface NaBinder {
  /** Free drug concentration, µM. */
  concUM: number;
  /** Binding rate constant to inactivated channels, M⁻¹s⁻¹. */
  konPerMPerS: number;
  /** Dissociation constant for inactivated channels, µM. */
  kdInactivatedUM: number;
  /** Dissociation constant for resting channels, µM (optional; omitted = no resting binding). */
  kdRestingUM?: number;
}

/**
 * Slow-inactivation enhancer (a simplified model, written for lacosamide-like drugs): the drug
 * stabilises sodium channels in a slow-inactivated state. The fraction so held, `u`, obeys
 * `du/dt = D·kon·σ(V)·(1 − u) − koff·u` with `σ(V) = 1/(1 + exp(−(V − vHalf)/slope))` standing in for
 * the voltage dependence of slow inactivation, and `koff = kon·K`. It does not touch fast inactivation
 * (h); because kon·D is small, `u` follows the time-averaged depolarization over seconds, not single spikes.
 * `gNa,eff` is multiplied by `(1 − u)`.
 */
export interface NaSlowInactivation {
  concUM: number;
  konPerMPerS: number;
  kdUM: number;
  vHalfMv: number;
  slopeMv: number;
}

/** Inhibitory (GABA-A) synapse modifiers. */
export interface GabaAModifiers {
  /** Multiplies the conductance each synaptic event adds (benzodiazepine-like: more current per event). */
  conductanceScale?: number;
  /** Multiplies the decay time constant (barbiturate-like: longer open time). */
  decayScale?: number;
  /** Multiplies the tonic (extrasynaptic) conductance: more ambient GABA (GABA-transaminase or uptake block). */
  tonicScale?: number;
}

/** Excitatory (AMPA) synapse modifiers. */
export interface ExcitatoryModifiers {
  /** Multiplies transmitter release per presynaptic spike (SV2A ligands, α2δ ligands). */
  releaseScale?: number;
  /** Multiplies the postsynaptic AMPA conductance (AMPA-receptor antagonists). */
  ampaScale?: number;
}

/** Everything the kernel lets a drug, toxin or student change. All fields optional; `{}` is control. */
export interface Modifiers {
  /** Multiplies each channel's maximal conductance (TTX: `{ na: 0 }`, TEA: `{ k: 0 }`). */
  gScale?: Partial<Record<ChannelName, number>>;
  /** Fraction of T-type calcium channels blocked, 0..1 (multiplies with `gScale.t`). */
  tBlock?: number;
  /** Inactivated-state sodium-channel binders (competing for one site). */
  naBinders?: NaBinder[];
  /** Slow-inactivation enhancers. */
  naSlowInactivation?: NaSlowInactivation[];
  /** Pronase: sodium-channel fast inactivation removed (h held at 1). */
  naNoInactivation?: boolean;
  gabaA?: GabaAModifiers;
  excitatory?: ExcitatoryModifiers;
}

/** A modifier set with a label, as experiments take them ("control", "carbamazepine 1×", ...). */
export interface LabelledModifiers {
  label: string;
  modifiers: Modifiers;
}

function mulOpt(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a * b;
}

/**
 * Combine two modifier sets as if both drugs were present: scales multiply, blocked fractions combine
 * as independent (1 − (1 − a)(1 − b)), binding mechanisms are listed together (binders compete).
 */
export function combineModifiers(a: Modifiers, b: Modifiers): Modifiers {
  const out: Modifiers = {};
  const keys = new Set<ChannelName>([
    ...(Object.keys(a.gScale ?? {}) as ChannelName[]),
    ...(Object.keys(b.gScale ?? {}) as ChannelName[]),
  ]);
  if (keys.size > 0) {
    const g: Partial<Record<ChannelName, number>> = {};
    for (const k of keys) {
      const v = mulOpt(a.gScale?.[k], b.gScale?.[k]);
      if (v !== undefined) g[k] = v;
    }
    out.gScale = g;
  }
  if (a.tBlock !== undefined || b.tBlock !== undefined) {
    out.tBlock = 1 - (1 - (a.tBlock ?? 0)) * (1 - (b.tBlock ?? 0));
  }
  const binders = [...(a.naBinders ?? []), ...(b.naBinders ?? [])];
  if (binders.length > 0) out.naBinders = binders;
  const slow = [...(a.naSlowInactivation ?? []), ...(b.naSlowInactivation ?? [])];
  if (slow.length > 0) out.naSlowInactivation = slow;
  if (a.naNoInactivation === true || b.naNoInactivation === true) out.naNoInactivation = true;
  if (a.gabaA !== undefined || b.gabaA !== undefined) {
    const g: GabaAModifiers = {};
    const c = mulOpt(a.gabaA?.conductanceScale, b.gabaA?.conductanceScale);
    const d = mulOpt(a.gabaA?.decayScale, b.gabaA?.decayScale);
    const t = mulOpt(a.gabaA?.tonicScale, b.gabaA?.tonicScale);
    if (c !== undefined) g.conductanceScale = c;
    if (d !== undefined) g.decayScale = d;
    if (t !== undefined) g.tonicScale = t;
    out.gabaA = g;
  }
  if (a.excitatory !== undefined || b.excitatory !== undefined) {
    const e: ExcitatoryModifiers = {};
    const r = mulOpt(a.excitatory?.releaseScale, b.excitatory?.releaseScale);
    const p = mulOpt(a.excitatory?.ampaScale, b.excitatory?.ampaScale);
    if (r !== undefined) e.releaseScale = r;
    if (p !== undefined) e.ampaScale = p;
    out.excitatory = e;
  }
  return out;
}

/** Effective conductance factor for a channel: its scale, and for `t` also the unblocked fraction. */
export function channelFactor(mod: Modifiers, ch: ChannelName): number {
  const s = mod.gScale?.[ch] ?? 1;
  return ch === 't' ? s * (1 - (mod.tBlock ?? 0)) : s;
}
