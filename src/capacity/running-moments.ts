/**
 * Streaming mean and variance by Welford's method (Welford 1962; Knuth,
 * TAOCP vol. 2, 4.2.2): for the k-th value x,
 *   delta = x - mean;  mean += delta / k;  m2 += delta * (x - mean)
 * and the sample variance is m2 / (k - 1). Unlike the textbook
 * sum(x^2) - n * mean^2 it does not cancel catastrophically when the values
 * sit on a large offset (costs in pounds, 1e9 + small noise). The values
 * are also shifted by the first one (Chan, Golub & LeVeque 1983), so the
 * running mean of the deviations is small and keeps full precision: at 1e9 +
 * noise the variance is then good to ~1e-14 instead of ~1e-7. Memory is
 * constant: four numbers plus the extremes.
 */
export class RunningMoments {
  private n = 0;
  private shift = 0; // the first value; m is the mean of (x - shift)
  private m = 0;
  private m2 = 0;
  private lo = Infinity;
  private hi = -Infinity;

  /** Adds one observation; it must be a finite number. */
  add(x: number): void {
    if (!Number.isFinite(x)) {
      throw new RangeError(`RunningMoments.add: value must be finite, got ${x}`);
    }
    if (this.n === 0) this.shift = x;
    this.n += 1;
    const y = x - this.shift;
    const delta = y - this.m;
    this.m += delta / this.n;
    this.m2 += delta * (y - this.m);
    if (x < this.lo) this.lo = x;
    if (x > this.hi) this.hi = x;
  }

  /** Observations added so far. */
  get count(): number {
    return this.n;
  }

  /** Arithmetic mean of the observations; NaN before the first. */
  get mean(): number {
    return this.n === 0 ? NaN : this.shift + this.m;
  }

  /** Sample variance (n - 1 divisor); NaN with fewer than two observations. */
  get variance(): number {
    return this.n < 2 ? NaN : this.m2 / (this.n - 1);
  }

  /** Sample standard deviation (n - 1 divisor); NaN with fewer than two observations. */
  get sd(): number {
    return Math.sqrt(this.variance);
  }

  /** Smallest observation; NaN before the first. */
  get min(): number {
    return this.n === 0 ? NaN : this.lo;
  }

  /** Largest observation; NaN before the first. */
  get max(): number {
    return this.n === 0 ? NaN : this.hi;
  }
}
