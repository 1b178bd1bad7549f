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

/** Chi-square quantile by the Wilson-Hilferty cube-root approximation (good to ~1% from 2 degrees of freedom). */
function chiSquareQuantile(p: number, df: number, z: number): number {
  void p;
  const h = 2 / (9 * df);
  return df * Math.pow(1 - h + z * Math.sqrt(h), 3);
}

/**
 * A Poisson rate, events ÷ exposure years, with the exact (Garwood) 95%
 * interval: chi-square quantiles of 2k and 2k + 2 degrees of freedom, halved
 * (computed by Wilson-Hilferty). Zero events give a lower bound of 0.
 */
export function poissonRate(events: number, exposureYears: number): Estimate {
  if (exposureYears <= 0) return { value: NaN, low: NaN, high: NaN, events, exposure: exposureYears };
  const low = events === 0 ? 0 : chiSquareQuantile(0.025, 2 * events, -Z95) / 2;
  const high = chiSquareQuantile(0.975, 2 * events + 2, Z95) / 2;
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
