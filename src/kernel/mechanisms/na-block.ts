/**
 * Drug binding to sodium channels, as extra state variables of a cell's sodium channel.
 *
 * 1. Inactivated-state binders (modulated-receptor model, shared/reference/use-dependence.md):
 *    for binder i with free concentration D_i, `db_i/dt = D_i·kon_i·w(h)·(1 − Σb) − koff_i·b_i` with
 *    `w(h) = (1 − h) + h·K_I/K_R` (the resting term only if a resting affinity K_R is given) and
 *    `koff_i = kon_i·K_I,i`. All binders share one site (Kuo 1998, Mol Pharmacol 54:712: one drug
 *    molecule per channel), so they compete for the free fraction `1 − Σb`.
 * 2. Slow-inactivation enhancers (simplified model for lacosamide-like drugs):
 *    `du_k/dt = D_k·kon_k·σ_k(V)·(1 − u_k) − koff_k·u_k`, `σ(V)` a Boltzmann of V.
 *
 * Sodium conductance is multiplied by `availability = (1 − Σb)·Π(1 − u_k)`.
 * Every update is an exponential-Euler step at the step's voltage and h (the integrator's scheme).
 */
import type { NaBinder, NaSlowInactivation } from '../modifiers.js';

const PER_MS = 1e-9; // µM × M⁻¹s⁻¹ → 1/ms  (1e-6 M/µM × 1e-3 s/ms)

/** Parameters of all binding mechanisms of one cell, packed for the inner loop. */
export class NaBlock {
  /** Number of inactivated-state binders. */
  readonly nb: number;
  /** Number of slow-inactivation enhancers. */
  readonly ns: number;
  /** Per binder: [on rate D·kon (1/ms), koff (1/ms), K_I/K_R]. */
  private readonly bp: Float64Array;
  /** Per enhancer: [on rate D·kon (1/ms), koff (1/ms), vHalf, slope]. */
  private readonly sp: Float64Array;

  constructor(binders: readonly NaBinder[], slow: readonly NaSlowInactivation[]) {
    this.nb = binders.length;
    this.ns = slow.length;
    this.bp = new Float64Array(3 * this.nb);
    binders.forEach((b, i) => {
      this.bp[3 * i] = b.concUM * b.konPerMPerS * PER_MS;
      this.bp[3 * i + 1] = b.kdInactivatedUM * b.konPerMPerS * PER_MS;
      this.bp[3 * i + 2] = b.kdRestingUM !== undefined && b.kdRestingUM > 0 ? b.kdInactivatedUM / b.kdRestingUM : 0;
    });
    this.sp = new Float64Array(4 * this.ns);
    slow.forEach((s, k) => {
      this.sp[4 * k] = s.concUM * s.konPerMPerS * PER_MS;
      this.sp[4 * k + 1] = s.kdUM * s.konPerMPerS * PER_MS;
      this.sp[4 * k + 2] = s.vHalfMv;
      this.sp[4 * k + 3] = s.slopeMv;
    });
  }

  /** Number of state variables this block adds (b_i then u_k). */
  get size(): number {
    return this.nb + this.ns;
  }

  /** State names, for traces and debugging. */
  names(): string[] {
    const out: string[] = [];
    for (let i = 0; i < this.nb; i++) out.push(`b${i}`);
    for (let k = 0; k < this.ns; k++) out.push(`u${k}`);
    return out;
  }

  /** Set every bound fraction to its steady state at fixed h and V (the resting state at rest). */
  init(s: Float64Array, o: number, h: number, v: number): void {
    let sum = 0;
    for (let i = 0; i < this.nb; i++) {
      const w = 1 - h + h * this.bp[3 * i + 2]!;
      sum += (this.bp[3 * i]! * w) / this.bp[3 * i + 1]!;
    }
    const free = 1 / (1 + sum);
    for (let i = 0; i < this.nb; i++) {
      const w = 1 - h + h * this.bp[3 * i + 2]!;
      s[o + i] = ((this.bp[3 * i]! * w) / this.bp[3 * i + 1]!) * free;
    }
    for (let k = 0; k < this.ns; k++) {
      const a = this.sp[4 * k]! * sigma(v, this.sp[4 * k + 2]!, this.sp[4 * k + 3]!);
      s[o + this.nb + k] = a / (a + this.sp[4 * k + 1]!);
    }
  }

  /** Advance all bound fractions by dt (exponential Euler, binders in turn). */
  advance(s: Float64Array, o: number, h: number, v: number, dt: number): void {
    const nb = this.nb;
    if (nb > 0) {
      let total = 0;
      for (let i = 0; i < nb; i++) total += s[o + i]!;
      for (let i = 0; i < nb; i++) {
        const bi = s[o + i]!;
        const others = total - bi;
        const a = this.bp[3 * i]! * (1 - h + h * this.bp[3 * i + 2]!);
        const sum = a + this.bp[3 * i + 1]!;
        const inf = (a * (1 - others)) / sum;
        const next = inf + (bi - inf) * Math.exp(-dt * sum);
        s[o + i] = next;
        total = others + next;
      }
    }
    for (let k = 0; k < this.ns; k++) {
      const j = o + nb + k;
      const a = this.sp[4 * k]! * sigma(v, this.sp[4 * k + 2]!, this.sp[4 * k + 3]!);
      const sum = a + this.sp[4 * k + 1]!;
      const inf = a / sum;
      s[j] = inf + (s[j]! - inf) * Math.exp(-dt * sum);
    }
  }

  /** Fraction of sodium channels not held by a drug: `(1 − Σb)·Π(1 − u)`. */
  availability(s: Float64Array, o: number): number {
    let total = 0;
    for (let i = 0; i < this.nb; i++) total += s[o + i]!;
    let f = 1 - total;
    for (let k = 0; k < this.ns; k++) f *= 1 - s[o + this.nb + k]!;
    return f;
  }
}

function sigma(v: number, vHalf: number, slope: number): number {
  return 1 / (1 + Math.exp(-(v - vHalf) / slope));
}

/** Build a binding block from modifiers, or null when there is none (the fast path). */
export function naBlockFrom(binders: readonly NaBinder[] | undefined, slow: readonly NaSlowInactivation[] | undefined): NaBlock | null {
  const b = binders ?? [];
  const s = slow ?? [];
  return b.length + s.length === 0 ? null : new NaBlock(b, s);
}
