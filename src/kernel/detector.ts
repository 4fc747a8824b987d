/**
 * Spike detection, the same everywhere in the kernel: an upward crossing of 0 mV, re-armed when V falls
 * below −20 mV; the crossing time is interpolated linearly between the two samples around it.
 * Rate = (n − 1)/(t_last − t_first).
 */

export const SPIKE_THRESHOLD_MV = 0;
export const SPIKE_REARM_MV = -20;

/** Online detector fed one sample per step; no allocation except when its buffer must grow. */
export class SpikeDetector {
  private above = false;
  private prevV = Number.NaN;
  private prevT = Number.NaN;
  private times: Float64Array;
  private n = 0;

  constructor(capacity = 64) {
    this.times = new Float64Array(Math.max(4, capacity));
  }

  /** Start a fresh detection window at sample (t, v) without recording a spike there. */
  reset(t: number, v: number): void {
    this.above = false;
    this.prevT = t;
    this.prevV = v;
  }

  push(t: number, v: number): void {
    if (!this.above) {
      if (v > SPIKE_THRESHOLD_MV && this.prevV === this.prevV) {
        this.above = true;
        const tc = this.prevT + ((t - this.prevT) * (SPIKE_THRESHOLD_MV - this.prevV)) / (v - this.prevV);
        if (this.n === this.times.length) {
          const bigger = new Float64Array(this.times.length * 2);
          bigger.set(this.times);
          this.times = bigger;
        }
        this.times[this.n++] = tc;
      }
    } else if (v < SPIKE_REARM_MV) {
      this.above = false;
    }
    this.prevT = t;
    this.prevV = v;
  }

  get count(): number {
    return this.n;
  }

  spikeTimes(): number[] {
    return Array.from(this.times.subarray(0, this.n));
  }
}

/** Firing rate in Hz from spike times in ms: (n − 1)/(t_last − t_first), or null with fewer than 2 spikes. */
export function rateHz(spikeTimesMs: readonly number[]): number | null {
  const n = spikeTimesMs.length;
  if (n < 2) return null;
  const span = spikeTimesMs[n - 1]! - spikeTimesMs[0]!;
  return span > 0 ? ((n - 1) / span) * 1000 : null;
}

/** Spike times (ms) inside [fromMs, toMs). */
export function spikesIn(spikeTimesMs: readonly number[], fromMs: number, toMs: number): number[] {
  return spikeTimesMs.filter((t) => t >= fromMs && t < toMs);
}
