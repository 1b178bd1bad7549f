/**
 * The continuation region of Kim & Nelson's fully sequential procedure KN
 * (Kim & Nelson 2001, ACM TOMACS 11(3):251–273, with c = 1), which the
 * feasibility check of Andradóttir & Kim (2010, Naval Research Logistics
 * 57(5):403–421; Batur & Kim 2010) shares with the tolerance ε in place of δ.
 *
 * With n0 first-stage replications and a per-comparison error β,
 *   η = ½·[(2β)^(−2/(n0−1)) − 1],   h² = 2·η·(n0 − 1),
 * and after r replications a cumulative sum of differences D(r) has left
 * the region when |D(r)| ≥ R(r) = max{0, h²·S²/(2·δ) − δ·r/2}, S² being the
 * first-stage variance of the differences. The region closes at
 * r = h²·S²/δ², so every comparison is decided by then. Whenever the true
 * mean difference is at least δ, the sum leaves on the wrong side with
 * probability at most β (Fabian 1974's bound on a Brownian motion in a
 * triangle). Checking only at some r (rounds), not at every one, can only
 * lower that probability.
 */

/** h² for n0 first-stage replications and error β per comparison. */
export function knHSquared(initial: number, beta: number): number {
  if (!(initial >= 2)) throw new RangeError(`KN needs at least 2 first-stage replications, got ${initial}`);
  if (!(beta > 0 && beta < 0.5)) throw new RangeError(`KN error per comparison must be in (0, 0.5), got ${beta}`);
  const eta = 0.5 * ((2 * beta) ** (-2 / (initial - 1)) - 1);
  return 2 * eta * (initial - 1);
}

/** Half-width R(r) of the region on the sum scale; 0 once it has closed. */
export function knHalfWidth(hSquared: number, variance: number, zone: number, r: number): number {
  return Math.max(0, (hSquared * variance) / (2 * zone) - (zone * r) / 2);
}

/** Replications at which the region closes (every comparison decided). */
export function knClosesAt(hSquared: number, variance: number, zone: number): number {
  return Math.ceil((hSquared * variance) / (zone * zone));
}

/** Sample variance (n − 1 divisor) of the first n values. */
export function firstStageVariance(xs: ArrayLike<number>, n: number): number {
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (xs[i] - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (xs[i] - mean) ** 2;
  return ss / (n - 1);
}
