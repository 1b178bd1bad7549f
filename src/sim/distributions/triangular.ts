import type { RandomSource } from '../random.js';

/** A triangular draw on [min, max] with the given mode, by inversion of its CDF. */
export function triangular(source: RandomSource, min: number, mode: number, max: number): number {
  const u = source();
  const split = (mode - min) / (max - min);
  if (u < split) return min + Math.sqrt(u * (max - min) * (mode - min));
  return max - Math.sqrt((1 - u) * (max - min) * (max - mode));
}
