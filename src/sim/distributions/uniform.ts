import type { RandomSource } from '../random.js';

/** A uniform draw on [min, max). */
export function uniform(source: RandomSource, min: number, max: number): number {
  return min + (max - min) * source();
}
