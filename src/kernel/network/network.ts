/**
 * `network`: a population of excitatory (E, 80 %) and inhibitory (I, 20 %) cells coupled by AMPA and
 * GABA-A conductance synapses, in which tipping the E/I balance (less GABA-A, more AMPA, or more drive)
 * turns asynchronous firing into seizure-like hypersynchronous population bursts.
 *
 * Model choices (a teaching model; every part is simplified):
 * - Cells: excitatory cells are regular-spiking pyramidal cells (`rs`, Pospischil et al. 2008, with the
 *   M-current that gives them spike-frequency adaptation), inhibitory cells fast-spiking basket cells (`wb`,
 *   Wang & Buzsáki 1996), each population one {@link Cell} of `count` cells driven by the one integrator
 *   with the shared rate tables and the shared crossing detector (a spike releases transmitter when it
 *   crosses −20 mV, so a spike with a reduced overshoot still transmits). Both carry the same drug-binding sodium
 *   channel model as the single-cell experiments; `interneuronModifiers` act on the inhibitory cells only
 *   (Dravet: less sodium conductance).
 * - Connectivity: sparse random with a fixed in-degree (each cell receives K_E excitatory and K_I
 *   inhibitory inputs, drawn with a seeded PRNG), stored as CSR by presynaptic cell.
 * - Synapses: conductance jumps at each presynaptic spike after a 1 ms delay, exponential decay
 *   (AMPA 2 ms, reversal 0 mV; GABA-A 8 ms, reversal −75 mV), given to the cell as an injected current
 *   computed at the start of the step. Excitatory synapses depress (Tsodyks–Markram resources, U = 0.5,
 *   recovery 400 ms); release scaling (SV2A and α2δ ligands) multiplies U.
 * - Input: a constant bias (the drive, default 0.8 µA/cm² to excitatory cells and 0.3× that to inhibitory
 *   cells, ±10 % heterogeneity) and independent Poisson excitatory input (1000 Hz of 0.003 mS/cm² AMPA
 *   events). With these constants control firing is asynchronous (E about 1 Hz, I about 17 Hz, χ about
 *   0.2 at 100 cells) and cutting every GABA-A synapse below about half gives recurrent population bursts
 *   (χ about 0.6 at ×0.4). The constants were tuned by hand for that contrast; they are not fitted to data.
 * - Event-driven delivery: a spike walks its CSR row once and adds into a delay ring buffer; every other
 *   per-step cost is per neuron, so the cost per neuron-step stays flat as N grows.
 *
 * Synchrony: Golomb's χ (Golomb & Rinzel 1993; Golomb 2007, Scholarpedia "Neuronal synchrony measures")
 * computed on the excitatory cells' spike trains, each filtered by an exponential kernel of
 * {@link SYNCHRONY_KERNEL_MS} ms, over the measurement window: χ² = Var_t(Ā(t)) / mean_i Var_t(A_i(t)),
 * Ā the population mean. χ is small for independent firing (of order 1/√N) and → 1 when all cells fire
 * together. It is taken on filtered spikes rather than on voltage because in a small sparse network
 * the subthreshold voltages share a large part of their inhibitory input, which would make a voltage χ
 * high even when no two cells fire together.
 */
import { makeCell } from '../cells/index.js';
import { CrossingDetector } from '../detector.js';
import { combineModifiers, type Modifiers } from '../modifiers.js';
import { checkRange, validateModifiers, type ValidationError } from '../ranges.js';
import type { Run } from '../simulate.js';
import { Decimator } from '../trace.js';
import { fixedInDegree } from './csr.js';
import { Prng } from './prng.js';

/** Size, seed and drive of a network run. */
export interface NetworkOptions {
  /** Number of cells (default 200). */
  cells?: number;
  /** PRNG seed for connectivity, heterogeneity and Poisson input (default 1). */
  seed?: number;
  /** Excitatory inputs per cell (default 40). */
  inDegreeE?: number;
  /** Inhibitory inputs per cell (default 10). */
  inDegreeI?: number;
  /** Start of the window for synchrony and rates, ms (default: a quarter of the duration). */
  measureFromMs?: number;
  /** Modifiers for the inhibitory cells only, on top of the run's (e.g. Dravet: `{ gScale: { na: 0.7 } }`). */
  interneuronModifiers?: Modifiers;
  /** Evaluate rates exactly every step instead of the rate tables. */
  exact?: boolean;
  /** Called about every 1% of the run with the fraction done (a progress bar). */
  onProgress?: (fraction: number) => void;
  /** Advanced: replace some of {@link NETWORK_PARAMS} (for exploration and tests). */
  overrides?: Partial<Record<keyof typeof NETWORK_PARAMS, number>>;
}

export interface NetworkRunParams extends NetworkOptions {
  durationMs: number;
  /** Mean bias current, µA/cm². */
  driveUA: number;
}

/** Fixed network constants (per-synapse conductances in mS/cm²). */
export const NETWORK_PARAMS = {
  excitatoryFraction: 0.8,
  gEE: 0.02,
  gEI: 0.02,
  gIE: 0.04,
  gII: 0.02,
  tauAmpaMs: 2,
  tauGabaMs: 8,
  eAmpaMv: 0,
  eGabaMv: -75,
  delayMs: 1,
  releaseU: 0.5,
  tauRecoveryMs: 400,
  poissonRateHz: 1000,
  gPoisson: 0.003,
  driveHeterogeneity: 0.1,
  /** Bias of the inhibitory cells relative to the excitatory drive. */
  inhibitoryDriveScale: 0.3,
} as const;

export const DEFAULT_NETWORK_DRIVE_UA = 0.8;

/** A spike releases transmitter when V crosses this (re-armed 20 mV below): no overshoot needed. */
export const RELEASE_THRESHOLD_MV = -20;

/** Time constant (ms) of the exponential kernel that turns each spike train into the activity χ uses. */
export const SYNCHRONY_KERNEL_MS = 3;

/** Run the network. Validates its input; never throws for user mistakes. */
export function simulateNetwork(
  params: NetworkRunParams,
  mod: Modifiers,
  opts: { dtMs: number; maxPoints: number; label: string },
): { ok: true; run: Run } | { ok: false; errors: ValidationError[] } {
  const n = params.cells ?? 200;
  const errors: ValidationError[] = [];
  for (const e of [
    checkRange('cells', n, 'networkCells'),
    checkRange('dt', opts.dtMs, 'dtMs'),
    checkRange('duration', params.durationMs, 'durationMs'),
    checkRange('drive', params.driveUA, 'currentUA'),
  ])
    if (e) errors.push(e);
  errors.push(...validateModifiers(mod));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, run: runNetwork(params, mod, opts) };
}

function runNetwork(params: NetworkRunParams, mod: Modifiers, opts: { dtMs: number; maxPoints: number; label: string }): Run {
  const P = { ...NETWORK_PARAMS, ...params.overrides };
  const dt = opts.dtMs;
  const n = Math.round(params.cells ?? 200);
  const nE = Math.round(n * P.excitatoryFraction);
  const nI = n - nE;
  const rng = new Prng(params.seed ?? 1);
  const kE = params.inDegreeE ?? 40;
  const kI = params.inDegreeI ?? 10;
  const fromE = fixedInDegree(n, 0, nE, kE, rng);
  const fromI = fixedInDegree(n, nE, nI, kI, rng);

  // two populations driven by the one integrator: regular-spiking pyramidal cells and fast-spiking interneurons
  const exact = params.exact === true;
  const popE = makeCell('rs', mod, { count: nE, exact });
  const popI = makeCell('wb', params.interneuronModifiers ? combineModifiers(mod, params.interneuronModifiers) : mod, { count: nI, exact });
  popE.prepare(dt);
  popI.prepare(dt);
  const wE = popE.width, wI = popI.width;
  const sE = popE.state, sI = popI.state;

  const gabaScale = mod.gabaA?.conductanceScale ?? 1;
  const gabaDecay = Math.exp(-dt / (P.tauGabaMs * (mod.gabaA?.decayScale ?? 1)));
  const ampaScale = mod.excitatory?.ampaScale ?? 1;
  const ampaDecay = Math.exp(-dt / P.tauAmpaMs);
  const u = Math.min(1, P.releaseU * (mod.excitatory?.releaseScale ?? 1));
  const wEE = (P.gEE * ampaScale) / P.releaseU;
  const wEI = (P.gEI * ampaScale) / P.releaseU;
  const wIE = P.gIE * gabaScale;
  const wII = P.gII * gabaScale;
  const gPois = P.gPoisson * ampaScale;
  const pPois = P.poissonRateHz * dt * 1e-3;

  const gE = new Float64Array(n);
  const gI = new Float64Array(n);
  const bias = new Float64Array(n);
  const resource = new Float64Array(nE).fill(1);
  const lastSpike = new Float64Array(nE).fill(-1e9);
  const delaySteps = Math.max(1, Math.round(P.delayMs / dt));
  const slots = delaySteps + 1;
  const ringE = new Float64Array(slots * n);
  const ringI = new Float64Array(slots * n);
  const det = new CrossingDetector(n, RELEASE_THRESHOLD_MV, RELEASE_THRESHOLD_MV - 20);
  for (let i = 0; i < n; i++) {
    const v0 = -70 + 10 * rng.next();
    if (i < nE) popE.init(v0, i);
    else popI.init(v0, i - nE);
    det.reset(v0, i);
    bias[i] = params.driveUA * (i < nE ? 1 : P.inhibitoryDriveScale) * (1 + P.driveHeterogeneity * rng.normal());
  }

  const nSteps = Math.round(params.durationMs / dt);
  const measureFrom = Math.round((params.measureFromMs ?? params.durationMs / 4) / dt);
  // synchrony accumulators (excitatory cells): each cell's spike train filtered by an exponential kernel
  const act = new Float64Array(nE);
  const actDecay = Math.exp(-dt / SYNCHRONY_KERNEL_MS);
  const sumA = new Float64Array(nE);
  const sumA2 = new Float64Array(nE);
  let sumMean = 0, sumMean2 = 0, nSamples = 0;
  let rasterT = new Float64Array(1024);
  let rasterN = new Int32Array(1024);
  let nSpikes = 0;
  const dec = new Decimator(nSteps + 1, opts.maxPoints);
  let meanV0 = 0;
  for (let i = 0; i < nE; i++) meanV0 += sE[i * wE]!;
  dec.push(0, meanV0 / nE);
  const eAmpa = P.eAmpaMv, eGaba = P.eGabaMv;
  const recDecayPerMs = 1 / P.tauRecoveryMs;
  const progressEvery = Math.max(1, Math.floor(nSteps / 100));

  for (let k = 0; k < nSteps; k++) {
    const slot = k % slots;
    const base = slot * n;
    const t = (k + 1) * dt;
    const measuring = k + 1 > measureFrom;
    let meanE = 0;
    let meanAct = 0;
    for (let i = 0; i < n; i++) {
      let ge = gE[i]! * ampaDecay + ringE[base + i]!;
      const gi = gI[i]! * gabaDecay + ringI[base + i]!;
      ringE[base + i] = 0;
      ringI[base + i] = 0;
      if (rng.next() < pPois) ge += gPois;
      gE[i] = ge;
      gI[i] = gi;
      const exc = i < nE;
      const st = exc ? sE : sI;
      const b = exc ? i * wE : (i - nE) * wI;
      const v = st[b]!;
      const iInj = bias[i]! - ge * (v - eAmpa) - gi * (v - eGaba);
      if (exc) popE.step(dt, iInj, i);
      else popI.step(dt, iInj, i - nE);
      const vNew = st[b]!;
      const ts = det.cross(t - dt, v, t, vNew, i);
      if (ts >= 0) {
        if (nSpikes === rasterT.length) {
          const t2 = new Float64Array(nSpikes * 2);
          t2.set(rasterT);
          rasterT = t2;
          const n2 = new Int32Array(nSpikes * 2);
          n2.set(rasterN);
          rasterN = n2;
        }
        rasterT[nSpikes] = ts;
        rasterN[nSpikes++] = i;
        const out = ((slot + delaySteps) % slots) * n;
        if (exc) {
          act[i] = act[i]! + 1;
          // depressing excitatory synapse: recover since the last spike, then release a fraction u
          const x = 1 - (1 - resource[i]!) * Math.exp(-(ts - lastSpike[i]!) * recDecayPerMs);
          const released = u * x;
          resource[i] = x - released;
          lastSpike[i] = ts;
          const r0 = fromE.rowStart[i]!, r1 = fromE.rowStart[i + 1]!;
          const we = released * wEE, wi = released * wEI;
          for (let q = r0; q < r1; q++) {
            const post = fromE.targets[q]!;
            ringE[out + post] = ringE[out + post]! + (post < nE ? we : wi);
          }
        } else {
          const r0 = fromI.rowStart[i]!, r1 = fromI.rowStart[i + 1]!;
          for (let q = r0; q < r1; q++) {
            const post = fromI.targets[q]!;
            ringI[out + post] = ringI[out + post]! + (post < nE ? wIE : wII);
          }
        }
      }
      if (exc) {
        meanE += vNew;
        const a = act[i]!;
        meanAct += a;
        if (measuring) {
          sumA[i] = sumA[i]! + a;
          sumA2[i] = sumA2[i]! + a * a;
        }
        act[i] = a * actDecay;
      }
    }
    meanE /= nE;
    meanAct /= nE;
    if (measuring) {
      sumMean += meanAct;
      sumMean2 += meanAct * meanAct;
      nSamples++;
    }
    dec.push(t, meanE);
    if (params.onProgress && (k + 1) % progressEvery === 0) params.onProgress((k + 1) / nSteps);
  }

  // synchrony χ over excitatory cells
  let meanVar = 0;
  for (let i = 0; i < nE; i++) {
    const m = sumA[i]! / nSamples;
    meanVar += sumA2[i]! / nSamples - m * m;
  }
  meanVar /= nE;
  const popMean = sumMean / nSamples;
  const popVar = sumMean2 / nSamples - popMean * popMean;
  const chi = meanVar > 0 ? Math.sqrt(Math.max(0, popVar) / meanVar) : 0;

  const timesMs = rasterT.slice(0, nSpikes);
  const neurons = rasterN.slice(0, nSpikes);
  const t0 = measureFrom * dt;
  const tEnd = nSteps * dt;
  let eCount = 0, iCount = 0;
  for (let q = 0; q < nSpikes; q++) {
    if (timesMs[q]! < t0) continue;
    if (neurons[q]! < nE) eCount++;
    else iCount++;
  }
  const windowS = (tEnd - t0) / 1000;
  const trace = dec.finish();
  let peak = -Infinity;
  for (let q = 0; q < trace.vMv.length; q++) if (trace.vMv[q]! > peak) peak = trace.vMv[q]!;
  const meanRateE = eCount / nE / windowS;
  return {
    agent: opts.label,
    condition: '',
    model: 'network',
    dtMs: dt,
    durationMs: tEnd,
    trace,
    spikeTimesMs: Array.from(timesMs),
    spikeCount: nSpikes,
    rateHz: meanRateE,
    peakMv: peak,
    stimulusChangeMs: 0,
    traceKind: 'population-voltage',
    extra: {
      synchrony: chi,
      meanRateEHz: meanRateE,
      meanRateIHz: iCount / nI / windowS,
      measureFromMs: t0,
      cells: n,
      excitatoryCells: nE,
      neuronSteps: n * nSteps,
    },
    raster: { timesMs, neurons, excitatoryCount: nE, cellCount: n },
  };
}
