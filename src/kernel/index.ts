/**
 * The neuron kernel of `asm`: pure TypeScript, no I/O, no imports from outside src/kernel, no drug names.
 *
 * - Channel sets (mechanisms/) are the unit, one per published set (hh, wb, traub, im, it, pas, gabaa); a
 *   cell (cells/) is a list of them, and one integrator (integrator.ts) drives any cell, one or a population,
 *   in current or voltage clamp, from rate tables (default) or exactly.
 * - Models: `hh` (squid axon), `wb` (hippocampal fast-spiking interneuron), `rs` (regular-spiking cortical
 *   pyramidal cell), `tc` (thalamocortical relay cell), `network` (RS and FS cells with AMPA and GABA-A).
 * - Drugs reach the kernel only as {@link Modifiers}.
 * - {@link simulate} is the raw form; experiments/ holds the protocols of the named experiments.
 *
 * @packageDocumentation
 */
export { simulate, validateProtocol, findReboundCurrents, checkResolution, runLabel, MODEL_IDS, DEFAULT_DT_MS } from './simulate.js';
export type { ModelId, Protocol, StepProtocol, ReboundProtocol, SimulateOptions, SimulateResult, Run, TimeSeries, ReboundCurrents } from './simulate.js';
export { CHANNEL_NAMES, combineModifiers, channelFactor } from './modifiers.js';
export type { ChannelName, Modifiers, LabelledModifiers, NaBinder, NaSlowInactivation, GabaAModifiers, ExcitatoryModifiers } from './modifiers.js';
export { RANGES, checkRange, validateModifiers, parseScale } from './ranges.js';
export type { Range, RangeName, ValidationError } from './ranges.js';
export { Cell, MAX_DT_MS, MIN_DT_MS, TABLE_DV_MV } from './integrator.js';
export { rateHz, countIn, SPIKE_THRESHOLD_MV, SPIKE_REARM_MV, UPSTROKE_ONSET_V_PER_S, UPSTROKE_MIN_AMPLITUDE_MV } from './detector.js';
export type { SpikeFeatures } from './detector.js';
export type { Trace } from './trace.js';
export { makeCell, restingPotential, findRestingPotential, CELL_MODEL_IDS, CELL_MODEL_TITLES, HH_PARAMS, WB_PARAMS, RS_PARAMS, TC_PARAMS } from './cells/index.js';
export type { CellModelId } from './cells/index.js';
export { NETWORK_PARAMS, DEFAULT_NETWORK_DRIVE_UA } from './network/network.js';
export type { NetworkOptions } from './network/network.js';
export * as experiments from './experiments/index.js';
