/** The protocols of the named experiments (the catalogue with titles and teaching text is in src/domain). */
export { withControl, type ExperimentRuns } from './common.js';
export { useDependence, USE_DEPENDENCE_DEFAULTS, type UseDependenceOptions } from './use-dependence.js';
export { rebound, type ReboundOptions } from './rebound.js';
export { thalamicInhibition, TC_GABA_A, THALAMIC_INHIBITION_DEFAULTS, type ThalamicInhibitionOptions } from './thalamic-inhibition.js';
export { gaba, GABA_DEFAULTS, CORTICAL_GABA_A, type GabaOptions } from './gaba.js';
export { transitionSweep, transitionLevel, TRANSITION_CHI, SWEEP_DEFAULTS, type SweepOptions } from './network.js';
export { voltageClamp, rateCurves, halfPoint, CLAMP_DEFAULTS } from './voltage-clamp.js';
export { restingPotentialExperiment, nernst, ghk, potentials, MATURE_IONS, NEONATAL_IONS, SEIZURE_IONS, PERMEABILITY, type Ions, type RestingPotentialOptions } from './resting-potential.js';
