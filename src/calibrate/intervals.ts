/** 95% intervals for counts and shares, written out so a finance lead can check them. */

/** The standard normal quantile for a two-sided 95% interval. */
export const Z95 = 1.959964;

/** An estimate with its 95% interval and the sample behind it. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
  /** Events counted (or children, for a share). */
  events: number;
  /** Exposure in years (rates) or the sample size (shares). */
  exposure: number;
}

/** P(X ≤ k) for X Poisson with mean μ, summed term by term in logs (μ up to ~700). */
function poissonCdf(k: number, mu: number): number {
  let logTerm = -mu;
  let sum = Math.exp(logTerm);
  for (let j = 1; j <= k; j++) {
    logTerm += Math.log(mu) - Math.log(j);
    sum += Math.exp(logTerm);
  }
  return sum;
}

/** The μ where a decreasing function of μ crosses `target`, by bisection. */
function solve(f: (mu: number) => number, target: number, hi: number): number {
  let lo = 0;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** Chi-square quantile by the Wilson-Hilferty cube-root approximation (within 0.1% from ~100 degrees of freedom). */
function wilsonHilferty(df: number, z: number): number {
  const h = 2 / (9 * df);
  return df * Math.pow(1 - h + z * Math.sqrt(h), 3);
}

/** Exact 95% limits for a Poisson count k: P(X ≥ k | low) = P(X ≤ k | high) = 2.5%. */
function poissonLimits(k: number): [number, number] {
  if (k > 300) return [wilsonHilferty(2 * k, -Z95) / 2, wilsonHilferty(2 * k + 2, Z95) / 2];
  const top = k + 20 * Math.sqrt(k + 1) + 20;
  const low = k === 0 ? 0 : solve((mu) => poissonCdf(k - 1, mu), 0.975, top);
  return [low, solve((mu) => poissonCdf(k, mu), 0.025, top)];
}

/**
 * A Poisson rate, events ÷ exposure years, with the exact (Garwood) 95%
 * interval: the means under which k or more, or k or fewer, events have
 * probability 2.5% (equivalently chi-square quantiles of 2k and 2k + 2
 * degrees of freedom, halved). Zero events give a lower bound of 0.
 */
export function poissonRate(events: number, exposureYears: number): Estimate {
  if (exposureYears <= 0) return { value: NaN, low: NaN, high: NaN, events, exposure: exposureYears };
  const [low, high] = poissonLimits(events);
  return { value: events / exposureYears, low: low / exposureYears, high: high / exposureYears, events, exposure: exposureYears };
}

/** A share k of n with the Wilson score 95% interval. */
export function wilsonShare(k: number, n: number): Estimate {
  if (n === 0) return { value: NaN, low: NaN, high: NaN, events: k, exposure: n };
  const p = k / n;
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), events: k, exposure: n };
}
