/** Samplers take their random source explicitly (d3-random style). */
export { exponential } from './exponential.js';
export { standardNormal } from './normal.js';
export { gamma } from './gamma.js';
export { lognormal } from './lognormal.js';
export { weibull } from './weibull.js';
export { uniform } from './uniform.js';
export { triangular } from './triangular.js';
export { empirical } from './empirical.js';
export { DistributionSchema, makeSampler, moments } from './spec.js';
export type { Distribution, Sampler } from './spec.js';
