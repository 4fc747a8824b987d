/**
 * Peak-preserving decimation of a voltage trace for plotting: samples are grouped in buckets and each
 * bucket contributes its minimum and its maximum (in time order), so spikes survive any decimation.
 */

export interface Trace {
  /** Times, ms. */
  tMs: Float64Array;
  /** Voltages, mV. */
  vMv: Float32Array;
}

export class Decimator {
  private readonly bucket: number;
  private readonly t: Float64Array;
  private readonly v: Float32Array;
  private n = 0;
  private count = 0;
  private minV = 0;
  private minT = 0;
  private maxV = 0;
  private maxT = 0;

  /** @param samples total samples that will be pushed; @param maxPoints upper bound on output points */
  constructor(samples: number, maxPoints: number) {
    const pairs = Math.max(1, Math.floor(maxPoints / 2));
    this.bucket = Math.max(1, Math.ceil(samples / pairs));
    const cap = 2 * Math.ceil(samples / this.bucket) + 2;
    this.t = new Float64Array(cap);
    this.v = new Float32Array(cap);
  }

  push(t: number, v: number): void {
    if (this.count === 0) {
      this.minV = this.maxV = v;
      this.minT = this.maxT = t;
    } else if (v < this.minV) {
      this.minV = v;
      this.minT = t;
    } else if (v > this.maxV) {
      this.maxV = v;
      this.maxT = t;
    }
    if (++this.count === this.bucket) this.flush();
  }

  private flush(): void {
    if (this.count === 0) return;
    if (this.bucket === 1 || this.minT === this.maxT) {
      this.t[this.n] = this.minT;
      this.v[this.n++] = this.minV;
    } else if (this.minT < this.maxT) {
      this.t[this.n] = this.minT;
      this.v[this.n++] = this.minV;
      this.t[this.n] = this.maxT;
      this.v[this.n++] = this.maxV;
    } else {
      this.t[this.n] = this.maxT;
      this.v[this.n++] = this.maxV;
      this.t[this.n] = this.minT;
      this.v[this.n++] = this.minV;
    }
    this.count = 0;
  }

  finish(): Trace {
    this.flush();
    return { tMs: this.t.slice(0, this.n), vMv: this.v.slice(0, this.n) };
  }
}
