/**
 * The neuron kernel of `asm`: pure TypeScript, no I/O, no imports from outside src/kernel.
 *
 * - Models: `hh` (Hodgkin–Huxley squid axon), `wb` (Wang–Buzsáki class-1 cell), `tc` (thalamocortical
 *   relay cell with the T-type calcium current), `network` (E/I population with AMPA and GABA-A synapses).
 * - One integrator for all (integrator.ts): exponential Euler for gates, forward Euler for V.
 * - Drugs reach the kernel only as {@link Modifiers}.
 * - {@link simulate} is the raw form; `experiments` are the named teaching experiments.
 *
 * @packageDocumentation
 */
export { simulate, validateProtocol, findReboundCurrents, MODEL_IDS, DEFAULT_DT_MS } from './simulate.js';
export type { ModelId, Protocol, StepProtocol, ReboundProtocol, SimulateOptions, SimulateResult, Run, ReboundCurrents } from './simulate.js';
export { CHANNEL_NAMES, combineModifiers, channelFactor } from './modifiers.js';
export type { ChannelName, Modifiers, LabelledModifiers, NaBinder, NaSlowInactivation, GabaAModifiers, ExcitatoryModifiers } from './modifiers.js';
export { RANGES, checkRange, validateModifiers, parseScale } from './ranges.js';
export type { Range, RangeName, ValidationError } from './ranges.js';
export { MAX_DT_MS, MIN_DT_MS } from './integrator.js';
export { rateHz, spikesIn, SPIKE_THRESHOLD_MV, SPIKE_REARM_MV } from './detector.js';
export type { Trace } from './trace.js';
export { makeCell, restingPotential, HH_PARAMS, WB_PARAMS, TC_PARAMS } from './cells/index.js';
export type { Cell, CellModelId } from './cells/index.js';
export { NETWORK_PARAMS, DEFAULT_NETWORK_DRIVE_UA } from './network/network.js';
export type { NetworkOptions } from './network/network.js';
export * as experiments from './experiments/index.js';
export { EXPERIMENTS, useDependence, rebound, absenceParadox, gaba, networkExperiment } from './experiments/index.js';
export type { ExperimentId, ExperimentInfo, ExperimentResult } from './experiments/index.js';
