import type { RandomSource } from '../random.js';

/** An exponential draw with the given mean (inversion; 1 - u avoids log(0)). */
export function exponential(source: RandomSource, mean: number): number {
  return -mean * Math.log(1 - source());
}
