import type { RandomSource } from '../random.js';

/**
 * A draw from a histogram: bin i spans [edges[i], edges[i+1]) and carries
 * `cumulative[i]` of the probability up to its top; within a bin the value is
 * uniform. One uniform picks the bin, a second places the value, so the draw
 * count is fixed.
 */
export function empirical(source: RandomSource, edges: readonly number[], cumulative: readonly number[]): number {
  const u = source();
  let bin = 0;
  while (bin < cumulative.length - 1 && u >= cumulative[bin]) bin++;
  return edges[bin] + (edges[bin + 1] - edges[bin]) * source();
}
