import { quantileType7 } from './p-square.js';

/**
 * Weekly bands of one series: the mean over every replication, and
 * percentiles over the first `bandLimit` replications (exact, type 7).
 *
 * Why not streaming percentiles per week, as for scalar figures: a default
 * scenario has ~4,000 series-weeks, and five P² estimators each cost the main
 * thread as much per replication as simulating one. Bands from the first
 * 1,000 replications (25 values beyond the 2.5th percentile) are as precise
 * as a chart can show; the mean keeps using every replication. Memory is
 * fixed: bandLimit × weeks values per series. Deterministic, because
 * replications arrive in index order.
 *
 * Held values are stored week by week (week w's replications side by side),
 * so a week's percentiles sort its own contiguous slice in place: no column
 * copied out with a stride of a whole replication, and a second call (a
 * partial result, then the final one) finds the slices already sorted.
 * Sorting reorders values within a week only, which percentiles ignore.
 */
export class WeeklyBands {
  private readonly sums: Float64Array;
  private readonly held: Float64Array;
  private n = 0;
  /** Replications held when the week slices were last sorted (-1: never). */
  private sortedFor = -1;

  constructor(private readonly weeks: number, readonly bandLimit: number) {
    this.sums = new Float64Array(weeks);
    this.held = new Float64Array(weeks * bandLimit);
  }

  /** Add one replication's weekly values (already checked finite and of the right length). */
  add(values: ArrayLike<number>): void {
    const { sums, held, weeks, bandLimit, n } = this;
    for (let w = 0; w < weeks; w++) sums[w] += values[w];
    if (n < bandLimit) for (let w = 0; w < weeks; w++) held[w * bandLimit + n] = values[w];
    this.n++;
  }

  /** Replications the percentiles rest on. */
  get bandReplications(): number {
    return Math.min(this.n, this.bandLimit);
  }

  /** Numbers held for percentiles (bounded by bandLimit × weeks). */
  get retainedSize(): number {
    return this.bandReplications * this.weeks;
  }

  /** Mean per week over all replications. */
  mean(): number[] {
    return Array.from(this.sums, (s) => s / this.n);
  }

  /** Percentiles per week: one array per probability. */
  percentiles(probabilities: readonly number[]): number[][] {
    const m = this.bandReplications;
    const out = probabilities.map(() => new Array<number>(this.weeks));
    const sorted = this.sortedFor === m;
    for (let w = 0; w < this.weeks; w++) {
      const column = this.held.subarray(w * this.bandLimit, w * this.bandLimit + m);
      if (!sorted) column.sort();
      probabilities.forEach((p, k) => (out[k][w] = quantileType7(column, p)));
    }
    this.sortedFor = m;
    return out;
  }
}
