/**
 * `network`: a population of excitatory (E, 80 %) and inhibitory (I, 20 %) cells coupled by AMPA and
 * GABA-A conductance synapses, in which tipping the E/I balance (less GABA-A, more AMPA, or more drive)
 * turns asynchronous firing into seizure-like hypersynchronous population bursts.
 *
 * Model choices (a teaching model; every part is simplified):
 * - Cells: every neuron is a Wang–Buzsáki cell (channels/wb.ts), class 1, so it can fire at any rate, and
 *   it has the same sodium channel as the use-dependence experiment: a sodium-channel blocker acts here
 *   through exactly the same binding mechanism. Excitatory cells also carry a spike-triggered adaptation
 *   (AHP-like potassium) conductance (+0.02 mS/cm² per spike, decaying with 150 ms, reversal EK): a
 *   simplified stand-in for the slow potassium currents of pyramidal cells, and with synaptic
 *   depression what ends a population burst. Real pyramidal cells have more (dendrites, NMDA, ...).
 * - Connectivity: sparse random with a fixed in-degree (each cell receives K_E excitatory and K_I
 *   inhibitory inputs, drawn with a seeded PRNG), stored as CSR by presynaptic cell.
 * - Synapses: conductance jumps at each presynaptic spike after a 1 ms delay, exponential decay
 *   (AMPA 2 ms, reversal 0 mV; GABA-A 8 ms, reversal −75 mV). Excitatory synapses depress (Tsodyks–Markram
 *   resources, U = 0.5, recovery 400 ms); release scaling (SV2A and α2δ ligands) multiplies U.
 * - Input: each cell gets a constant bias current (the drive, default 0.3 µA/cm², ±10 % heterogeneity) and
 *   independent Poisson excitatory input (1000 Hz of 0.003 mS/cm² AMPA events), which keeps control
 *   firing irregular. With these constants control firing is asynchronous (E ≈ 2 Hz, I ≈ 19 Hz, χ ≈ 0.15
 *   at 200 cells); cutting GABA-A to 30 % gives recurrent population bursts (χ ≈ 0.65). The constants
 *   were tuned by hand for that contrast; they are not fitted to data.
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
import { naBlockFrom } from '../channels/na-block.js';
import { wbK, wbNa, wbRates } from '../channels/wb.js';
import { WB_PARAMS } from '../cells/wb.js';
import { gateAlphaBeta } from '../integrator.js';
import { channelFactor, type Modifiers } from '../modifiers.js';
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
  /** Advanced: replace some of {@link NETWORK_PARAMS} (for exploration and tests). */
  overrides?: Partial<Record<keyof typeof NETWORK_PARAMS, number>>;
}

export interface NetworkRunParams extends NetworkOptions {
  durationMs: number;
  /** Mean bias current, µA/cm². */
  driveUA: number;
}

/** Fixed network constants (per synapse conductances in mS/cm²). */
export const NETWORK_PARAMS = {
  excitatoryFraction: 0.8,
  gEE: 0.012,
  gEI: 0.01,
  gIE: 0.03,
  gII: 0.02,
  tauAmpaMs: 2,
  tauGabaMs: 8,
  eAmpaMv: 0,
  eGabaMv: -75,
  delayMs: 1,
  releaseU: 0.5,
  tauRecoveryMs: 400,
  adaptIncrement: 0.02,
  tauAdaptMs: 150,
  poissonRateHz: 1000,
  gPoisson: 0.003,
  driveHeterogeneity: 0.1,
} as const;

export const DEFAULT_NETWORK_DRIVE_UA = 0.3;

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
  const e1 = checkRange('cells', n, 'networkCells');
  if (e1) errors.push(e1);
  const e2 = checkRange('dt', opts.dtMs, 'dtMs');
  if (e2) errors.push(e2);
  const e3 = checkRange('duration', params.durationMs, 'durationMs');
  if (e3) errors.push(e3);
  const e4 = checkRange('drive', params.driveUA, 'currentUA');
  if (e4) errors.push(e4);
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

  // cell parameters with modifiers (same channels as the wb cell)
  const gNa = WB_PARAMS.gNa * channelFactor(mod, 'na');
  const gK = WB_PARAMS.gK * channelFactor(mod, 'k');
  const gL = WB_PARAMS.gL * channelFactor(mod, 'leak');
  const block = naBlockFrom(mod.naBinders, mod.naSlowInactivation);
  const bSize = block?.size ?? 0;
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

  // state (structure of arrays)
  const V = new Float64Array(n);
  const H = new Float64Array(n);
  const Nk = new Float64Array(n);
  const B = new Float64Array(n * bSize);
  const gE = new Float64Array(n);
  const gI = new Float64Array(n);
  const gA = new Float64Array(nE);
  const bias = new Float64Array(n);
  const above = new Uint8Array(n);
  const resource = new Float64Array(nE).fill(1);
  const lastSpike = new Float64Array(nE).fill(-1e9);
  const delaySteps = Math.max(1, Math.round(P.delayMs / dt));
  const slots = delaySteps + 1;
  const ringE = new Float64Array(slots * n);
  const ringI = new Float64Array(slots * n);
  for (let i = 0; i < n; i++) {
    const v0 = -70 + 10 * rng.next();
    V[i] = v0;
    H[i] = wbNa.hInf(v0);
    Nk[i] = wbK.nInf(v0);
    if (block !== null) block.init(B, i * bSize, H[i]!, v0);
    bias[i] = params.driveUA * (1 + P.driveHeterogeneity * rng.normal());
  }

  const nSteps = Math.round(params.durationMs / dt);
  const measureFrom = Math.round((params.measureFromMs ?? params.durationMs / 4) / dt);
  // synchrony accumulators (excitatory cells): each cell's spike train filtered by an exponential kernel
  const act = new Float64Array(nE);
  const actDecay = Math.exp(-dt / SYNCHRONY_KERNEL_MS);
  const sumV = new Float64Array(nE);
  const sumV2 = new Float64Array(nE);
  let sumMean = 0, sumMean2 = 0, nSamples = 0;
  // raster (growable)
  let rasterT = new Float64Array(1024);
  let rasterN = new Int32Array(1024);
  let nSpikes = 0;
  const dec = new Decimator(nSteps + 1, opts.maxPoints);
  let meanV0 = 0;
  for (let i = 0; i < nE; i++) meanV0 += V[i]!;
  dec.push(0, meanV0 / nE);

  const cm = WB_PARAMS.cm, eNa = WB_PARAMS.eNa, eK = WB_PARAMS.eK, eL = WB_PARAMS.eL;
  const eAmpa = P.eAmpaMv, eGaba = P.eGabaMv;
  const recDecayPerMs = 1 / P.tauRecoveryMs;
  const adaptDecay = Math.exp(-dt / P.tauAdaptMs);
  const adaptInc = P.adaptIncrement;
  const r = new Float64Array(5);

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
      const v = V[i]!;
      const hOld = H[i]!;
      wbRates(v, r);
      const h = gateAlphaBeta(hOld, r[1]!, r[2]!, dt);
      const nk = gateAlphaBeta(Nk[i]!, r[3]!, r[4]!, dt);
      H[i] = h;
      Nk[i] = nk;
      let g = gNa;
      if (block !== null) {
        block.advance(B, i * bSize, hOld, v, dt);
        g *= block.availability(B, i * bSize);
      }
      const iIon = wbNa.current(g, r[0]!, h, v, eNa) + wbK.current(gK, nk, v, eK) + gL * (v - eL);
      let iSyn = ge * (v - eAmpa) + gi * (v - eGaba);
      if (i < nE) {
        const ga = gA[i]! * adaptDecay;
        gA[i] = ga;
        iSyn += ga * (v - eK);
      }
      const vNew = v + (dt * (bias[i]! - iIon - iSyn)) / cm;
      V[i] = vNew;
      if (above[i] === 0) {
        if (vNew > 0) {
          above[i] = 1;
          const ts = t - dt + (dt * (0 - v)) / (vNew - v);
          if (nSpikes === rasterT.length) {
            const t2 = new Float64Array(nSpikes * 2);
            t2.set(rasterT);
            rasterT = t2;
            const n2 = new Int32Array(nSpikes * 2);
            n2.set(rasterN);
            rasterN = n2;
          }
          if (i < nE) {
            act[i] = act[i]! + 1;
            gA[i] = gA[i]! + adaptInc;
          }
          rasterT[nSpikes] = ts;
          rasterN[nSpikes++] = i;
          const out = ((slot + delaySteps) % slots) * n;
          if (i < nE) {
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
      } else if (vNew < -20) {
        above[i] = 0;
      }
      if (i < nE) {
        meanE += vNew;
        const a = act[i]!;
        meanAct += a;
        if (measuring) {
          sumV[i] = sumV[i]! + a;
          sumV2[i] = sumV2[i]! + a * a;
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
  }

  // synchrony χ over excitatory cells
  let meanVar = 0;
  for (let i = 0; i < nE; i++) {
    const m = sumV[i]! / nSamples;
    meanVar += sumV2[i]! / nSamples - m * m;
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
  const eTimes: number[] = [];
  for (let s = 0; s < nSpikes; s++) {
    if (timesMs[s]! < t0) continue;
    if (neurons[s]! < nE) {
      eCount++;
      eTimes.push(timesMs[s]!);
    } else iCount++;
  }
  const windowS = (tEnd - t0) / 1000;
  const allTimes = Array.from(timesMs);
  const trace = dec.finish();
  let peak = -Infinity;
  for (let q = 0; q < trace.vMv.length; q++) if (trace.vMv[q]! > peak) peak = trace.vMv[q]!;
  const meanRateE = eCount / nE / windowS;
  return {
    label: opts.label,
    model: 'network',
    dtMs: dt,
    durationMs: tEnd,
    trace,
    spikeTimesMs: allTimes,
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
