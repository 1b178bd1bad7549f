import type { RandomSource } from '../random.js';
import { standardNormal } from './normal.js';

/**
 * A gamma draw with the given shape and scale (mean = shape × scale), by
 * Marsaglia & Tsang (2000), "A simple method for generating gamma variables";
 * shapes below 1 use the boost X·U^(1/shape) from the same paper.
 */
export function gamma(source: RandomSource, shape: number, scale: number): number {
  if (shape < 1) {
    const boost = Math.pow(1 - source(), 1 / shape);
    return gamma(source, shape + 1, scale) * boost;
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(source);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - source();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
  }
}
