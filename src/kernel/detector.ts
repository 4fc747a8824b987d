/**
 * Spike detection, shared by every run and by the network. Two detectors, named wherever they are used:
 *
 * - **0 mV crossing** ({@link CrossingDetector}): an upward crossing of 0 mV, re-armed below −20 mV, the
 *   crossing time interpolated linearly between samples. This is the detector of shared/reference/hh.md
 *   and tc.md, and the reference tables are checked with it. It needs an overshoot: a spike that peaks
 *   below 0 mV (a partly blocked cell, a spike riding on a depolarized plateau) is not counted.
 * - **upstroke** ({@link UpstrokeDetector}): a spike is an upstroke whose dV/dt exceeds
 *   {@link UPSTROKE_ONSET_V_PER_S} V/s (10 V/s, a usual onset criterion in slice work) and whose peak
 *   rises at least {@link UPSTROKE_MIN_AMPLITUDE_MV} mV above its onset; it needs no overshoot. For each
 *   spike it reports onset time and voltage, peak, amplitude (peak − onset voltage) and maximum dV/dt.
 */

export const SPIKE_THRESHOLD_MV = 0;
export const SPIKE_REARM_MV = -20;
/** Onset criterion of the upstroke detector, V/s (= mV/ms). */
export const UPSTROKE_ONSET_V_PER_S = 10;
/** Smallest onset-to-peak amplitude the upstroke detector counts, mV. */
export const UPSTROKE_MIN_AMPLITUDE_MV = 10;

/**
 * The crossing detector for `n` cells at once (the network) or one: 0 mV re-armed below −20 mV by default,
 * or another threshold (the network's synapses release at a crossing of −20 mV, re-armed below −40 mV, so
 * that a spike with a reduced overshoot still transmits). No allocation per step.
 */
export class CrossingDetector {
  private readonly above: Uint8Array;

  constructor(
    n = 1,
    private readonly threshold = SPIKE_THRESHOLD_MV,
    private readonly rearm = SPIKE_REARM_MV,
  ) {
    this.above = new Uint8Array(n);
  }

  /** Start cell i afresh at voltage v (armed unless v is above the threshold). */
  reset(v: number, i = 0): void {
    this.above[i] = v > this.threshold ? 1 : 0;
  }

  /**
   * Feed cell i's step from (tPrev, vPrev) to (t, v); returns the interpolated crossing time of a new
   * spike, or -1.
   */
  cross(tPrev: number, vPrev: number, t: number, v: number, i = 0): number {
    if (this.above[i] === 0) {
      if (v > this.threshold) {
        this.above[i] = 1;
        return tPrev + ((t - tPrev) * (this.threshold - vPrev)) / (v - vPrev);
      }
    } else if (v < this.rearm) {
      this.above[i] = 0;
    }
    return -1;
  }
}

/** A growable list of numbers in a typed array (spike times, features). */
export class Series {
  private a: Float64Array;
  length = 0;

  constructor(capacity = 64) {
    this.a = new Float64Array(Math.max(4, capacity));
  }

  push(x: number): void {
    if (this.length === this.a.length) {
      const b = new Float64Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = x;
  }

  toArray(): number[] {
    return Array.from(this.a.subarray(0, this.length));
  }
}

/** Per-spike features from the upstroke detector, one entry per spike. */
export interface SpikeFeatures {
  /** Onset times (dV/dt crossing the onset criterion), ms. */
  onsetMs: number[];
  /** Voltage at onset, mV. */
  onsetMv: number[];
  peakMv: number[];
  /** Peak − onset voltage, mV. */
  amplitudeMv: number[];
  /** Maximum dV/dt of the upstroke, V/s. */
  maxDvdtVPerS: number[];
  /** Fraction of sodium channels free of drug at onset. */
  naAvailability: number[];
}

/** The upstroke detector for one cell (see the module comment). */
export class UpstrokeDetector {
  /** In an upstroke (between the onset and the peak). */
  rising = false;
  private onsetT = 0;
  private onsetV = 0;
  private onsetAvail = 1;
  private maxD = 0;
  private peak = -Infinity;
  private readonly onset = new Series();
  private readonly onsetMv = new Series();
  private readonly peakMv = new Series();
  private readonly amp = new Series();
  private readonly dvdt = new Series();
  private readonly avail = new Series();

  /** True when a step of `dv` mV in `dt` ms needs `push` (an upstroke starts or goes on); cheap, for hot loops. */
  wants(dv: number, dt: number): boolean {
    return this.rising || dv > UPSTROKE_ONSET_V_PER_S * dt;
  }

  /** Feed one step from (tPrev, vPrev) to (t, v), with the sodium availability at t. */
  push(tPrev: number, vPrev: number, t: number, v: number, naAvailability: number): void {
    const d = (v - vPrev) / (t - tPrev);
    if (!this.rising) {
      if (d > UPSTROKE_ONSET_V_PER_S) {
        this.rising = true;
        this.onsetT = tPrev;
        this.onsetV = vPrev;
        this.onsetAvail = naAvailability;
        this.maxD = d;
        this.peak = v;
      }
    } else if (v > this.peak) {
      this.peak = v;
      if (d > this.maxD) this.maxD = d;
    } else {
      this.rising = false;
      const a = this.peak - this.onsetV;
      if (a >= UPSTROKE_MIN_AMPLITUDE_MV) {
        this.onset.push(this.onsetT);
        this.onsetMv.push(this.onsetV);
        this.peakMv.push(this.peak);
        this.amp.push(a);
        this.dvdt.push(this.maxD);
        this.avail.push(this.onsetAvail);
      }
    }
  }

  get count(): number {
    return this.onset.length;
  }

  features(): SpikeFeatures {
    return {
      onsetMs: this.onset.toArray(),
      onsetMv: this.onsetMv.toArray(),
      peakMv: this.peakMv.toArray(),
      amplitudeMv: this.amp.toArray(),
      maxDvdtVPerS: this.dvdt.toArray(),
      naAvailability: this.avail.toArray(),
    };
  }
}

/** Firing rate in Hz from spike times in ms: (n − 1)/(t_last − t_first), or null with fewer than 2 spikes. */
export function rateHz(spikeTimesMs: readonly number[]): number | null {
  const n = spikeTimesMs.length;
  if (n < 2) return null;
  const span = spikeTimesMs[n - 1]! - spikeTimesMs[0]!;
  return span > 0 ? ((n - 1) / span) * 1000 : null;
}

/** Count of values in [fromMs, toMs). */
export function countIn(times: readonly number[], fromMs: number, toMs: number): number {
  let n = 0;
  for (const t of times) if (t >= fromMs && t < toMs) n++;
  return n;
}
