import type { RandomSource } from '../random.js';

/**
 * A standard normal draw by the Box–Muller transform. It uses exactly two
 * uniforms per draw and keeps no cached spare, so the number of draws a
 * child makes never depends on the order of earlier calls.
 */
export function standardNormal(source: RandomSource): number {
  const u1 = 1 - source();
  const u2 = source();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}
