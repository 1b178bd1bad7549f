import type { RandomSource } from '../random.js';

/** A Weibull draw with the given shape k and scale λ, by inversion: λ(−ln U)^(1/k). */
export function weibull(source: RandomSource, shape: number, scale: number): number {
  return scale * Math.pow(-Math.log(1 - source()), 1 / shape);
}
