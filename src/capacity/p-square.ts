/**
 * Percentiles of a stream in bounded memory.
 *
 * The first `exactLimit` values (default 1000) are kept, and percentiles are
 * exact: sample quantiles of type 7 (Hyndman & Fan 1996; R's default),
 *   h = (n - 1) p,  Q(p) = x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])
 * on the sorted values. So runs of up to 1000 replications, the usual case,
 * report exact percentiles. When one more value arrives the buffer seeds one
 * P-squared estimator per probability (Jain & Chlamtac 1985, CACM 28(10)) and
 * is released: five markers per probability, so memory is fixed whatever the
 * number of replications. Markers are seeded at the ranks P-squared would
 * want after `exactLimit` values, with the exact order statistics as heights.
 * Everything is deterministic: the same values in the same order give the
 * same percentiles.
 */

/** Type-7 quantile of values sorted ascending, for p in [0, 1]. */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  if (lo + 1 >= sorted.length) return sorted[sorted.length - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/** The P-squared estimator for one probability, seeded from sorted values (at least 5). */
export class PSquareQuantile {
  private readonly heights: number[];
  private readonly ranks: number[]; // 1-based marker positions n_i
  private readonly desired: number[]; // desired positions n'_i
  private readonly step: number[]; // dn'_i = [0, p/2, p, (1+p)/2, 1]

  constructor(readonly p: number, sorted: ArrayLike<number>) {
    const n = sorted.length;
    if (n < 5) throw new RangeError(`PSquareQuantile: needs 5 seed values, got ${n}`);
    this.step = [0, p / 2, p, (1 + p) / 2, 1];
    this.desired = this.step.map((s) => 1 + (n - 1) * s);
    const ranks = this.desired.map(Math.round);
    // Keep ranks strictly increasing inside [1, n] when p is near 0 or 1.
    for (let i = 1; i < 5; i++) ranks[i] = Math.max(ranks[i], ranks[i - 1] + 1);
    // The top marker is the largest value: pushed up by the pass above (p near 1, few seeds: 5 seeds
    // at p = 0.9 gave ranks 1 3 5 6 7), it would read past the seeds and every estimate would be NaN.
    ranks[4] = n;
    for (let i = 3; i >= 0; i--) ranks[i] = Math.min(ranks[i], ranks[i + 1] - 1);
    this.ranks = ranks;
    this.heights = ranks.map((r) => sorted[r - 1]);
  }

  /** Adds one value (Jain & Chlamtac, algorithm steps B1-B3). */
  add(x: number): void {
    const q = this.heights;
    let k: number;
    if (x < q[0]) {
      q[0] = x;
      k = 0;
    } else if (x >= q[4]) {
      q[4] = x;
      k = 3;
    } else {
      k = 0;
      while (x >= q[k + 1]) k++;
    }
    for (let i = k + 1; i < 5; i++) this.ranks[i] += 1;
    for (let i = 0; i < 5; i++) this.desired[i] += this.step[i];
    for (let i = 1; i <= 3; i++) this.adjust(i);
  }

  /** Current estimate of the p-quantile (the middle marker's height). */
  get value(): number {
    return this.heights[2];
  }

  /** Moves marker i one place towards its desired rank when it is off by one or more. */
  private adjust(i: number): void {
    const n = this.ranks;
    const q = this.heights;
    const off = this.desired[i] - n[i];
    if (!((off >= 1 && n[i + 1] - n[i] > 1) || (off <= -1 && n[i - 1] - n[i] < -1))) return;
    const d = Math.sign(off);
    // Piecewise-parabolic (P-squared) prediction, Jain & Chlamtac eq. (2).
    const parabolic =
      q[i] +
      (d / (n[i + 1] - n[i - 1])) *
        ((n[i] - n[i - 1] + d) * ((q[i + 1] - q[i]) / (n[i + 1] - n[i])) +
          (n[i + 1] - n[i] - d) * ((q[i] - q[i - 1]) / (n[i] - n[i - 1])));
    if (q[i - 1] < parabolic && parabolic < q[i + 1]) q[i] = parabolic;
    else q[i] += (d * (q[i + d] - q[i])) / (n[i + d] - n[i]); // linear fallback
    n[i] += d;
  }
}

/** Several percentiles of one stream: exact up to `exactLimit` values, P-squared beyond. */
export class StreamingQuantiles {
  private buffer: number[] | null = [];
  private estimators: PSquareQuantile[] = [];

  constructor(readonly probabilities: readonly number[], readonly exactLimit = 1000) {
    if (!Number.isInteger(exactLimit) || exactLimit < 5) {
      throw new RangeError(`StreamingQuantiles: exactLimit must be an integer >= 5, got ${exactLimit}`);
    }
    for (const p of probabilities) {
      if (!(p >= 0 && p <= 1)) throw new RangeError(`StreamingQuantiles: probability ${p} not in [0, 1]`);
    }
  }

  /** Adds one value. */
  add(x: number): void {
    if (this.buffer === null) {
      for (const e of this.estimators) e.add(x);
      return;
    }
    if (this.buffer.length < this.exactLimit) {
      this.buffer.push(x);
      return;
    }
    const sorted = Float64Array.from(this.buffer).sort();
    this.estimators = this.probabilities.map((p) => new PSquareQuantile(p, sorted));
    this.buffer = null;
    for (const e of this.estimators) e.add(x);
  }

  /** True while every value is held and percentiles are exact. */
  get exact(): boolean {
    return this.buffer !== null;
  }

  /** Numbers held for the percentiles: at most max(exactLimit, 15 x probabilities). */
  get retainedSize(): number {
    return this.buffer === null ? this.estimators.length * 15 : this.buffer.length;
  }

  /** Current percentiles, one per probability in constructor order; NaN before any value. */
  values(): number[] {
    if (this.buffer === null) return this.estimators.map((e) => e.value);
    if (this.buffer.length === 0) return this.probabilities.map(() => NaN);
    const sorted = Float64Array.from(this.buffer).sort();
    return this.probabilities.map((p) => quantileType7(sorted, p));
  }
}
