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
 */
export class WeeklyBands {
  private readonly sums: Float64Array;
  private readonly held: Float64Array;
  private n = 0;

  constructor(private readonly weeks: number, readonly bandLimit: number) {
    this.sums = new Float64Array(weeks);
    this.held = new Float64Array(weeks * bandLimit);
  }

  /** Add one replication's weekly values (already checked finite and of the right length). */
  add(values: ArrayLike<number>): void {
    const keep = this.n < this.bandLimit;
    const base = this.n * this.weeks;
    for (let w = 0; w < this.weeks; w++) {
      this.sums[w] += values[w];
      if (keep) this.held[base + w] = values[w];
    }
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
    const column = new Float64Array(m);
    for (let w = 0; w < this.weeks; w++) {
      for (let r = 0; r < m; r++) column[r] = this.held[r * this.weeks + w];
      column.sort();
      probabilities.forEach((p, k) => (out[k][w] = quantileType7(column, p)));
    }
    return out;
  }
}
