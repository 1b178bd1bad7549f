/**
 * Streaming means and co-moments of a few variables observed together
 * (Welford's update in several dimensions; Pébay 2008, eq. 3.12): for the
 * k-th vector x, d = x − mean (before the update); mean += d / k;
 * C[a][b] += d[a] · (x[b] − mean[b]). The sample covariance is C / (k − 1).
 * Values are shifted by the first vector so large offsets (pounds) keep
 * their precision, as in running-moments.ts.
 */
export class CoMoments {
  private n = 0;
  private readonly shift: Float64Array;
  private readonly m: Float64Array;
  private readonly c: Float64Array;

  constructor(readonly dimension: number) {
    this.shift = new Float64Array(dimension);
    this.m = new Float64Array(dimension);
    this.c = new Float64Array(dimension * dimension);
  }

  /** Adds one observation of every variable. */
  add(x: ArrayLike<number>): void {
    const k = this.dimension;
    if (this.n === 0) for (let a = 0; a < k; a++) this.shift[a] = x[a];
    this.n += 1;
    const d = new Float64Array(k);
    for (let a = 0; a < k; a++) {
      d[a] = x[a] - this.shift[a] - this.m[a];
      this.m[a] += d[a] / this.n;
    }
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) this.c[a * k + b] += d[a] * (x[b] - this.shift[b] - this.m[b]);
  }

  get count(): number {
    return this.n;
  }

  /** Mean of variable a. */
  mean(a: number): number {
    return this.shift[a] + this.m[a];
  }

  /** Sample variance of Σ w[a]·x[a] (n − 1 divisor); 0 with fewer than two observations. */
  varianceOf(w: ArrayLike<number>): number {
    if (this.n < 2) return 0;
    const k = this.dimension;
    let v = 0;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) v += w[a] * w[b] * this.c[a * k + b];
    return Math.max(0, v / (this.n - 1));
  }
}
