import type { RandomSource } from '../random.js';
import { standardNormal } from './normal.js';

/**
 * A lognormal draw given the mean and standard deviation of the variable
 * itself (the natural way to state a stay), converted to the underlying
 * normal's μ and σ: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
 */
export function lognormal(source: RandomSource, mean: number, sd: number): number {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  const mu = Math.log(mean) - sigma2 / 2;
  return Math.exp(mu + Math.sqrt(sigma2) * standardNormal(source));
}
