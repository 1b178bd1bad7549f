/**
 * A yearly rate with a trend: Poisson regression of each financial year's
 * count on the year, log μ_y = a + b (y − ȳ) + log exposure_y (exposure in
 * years, below 1 for a part-year), fitted by Newton's method. The growth a
 * year is e^b − 1; the rate on a date is the fitted curve there, with its
 * interval by the delta method from the information matrix.
 */
import { poissonRate, Z95, type Estimate } from './intervals.js';

/** A year's count: `year` in fractional years (mid-point), `exposureYears` observed. */
export interface YearCount {
  year: number;
  count: number;
  exposureYears: number;
}

/** Rate per year at a date, growth per year, and the counts behind them. */
export interface TrendFit {
  rateAt: Estimate;
  growth: Estimate | null;
  years: YearCount[];
}

/** Fit the trend and evaluate the rate at `atYear` (fractional years). One year, or no events: no trend. */
export function fitTrend(years: YearCount[], atYear: number): TrendFit {
  const events = years.reduce((s, y) => s + y.count, 0);
  const exposure = years.reduce((s, y) => s + y.exposureYears, 0);
  if (years.length < 2 || events === 0) return { rateAt: poissonRate(events, exposure), growth: null, years };
  const mean = years.reduce((s, y) => s + y.year * y.exposureYears, 0) / exposure;
  let a = Math.log(events / exposure);
  let b = 0;
  let info = [0, 0, 0];
  for (let it = 0; it < 50; it++) {
    let g0 = 0, g1 = 0;
    info = [0, 0, 0];
    for (const y of years) {
      const x = y.year - mean;
      const mu = y.exposureYears * Math.exp(a + b * x);
      g0 += y.count - mu;
      g1 += (y.count - mu) * x;
      info = [info[0] + mu, info[1] + mu * x, info[2] + mu * x * x];
    }
    const det = info[0] * info[2] - info[1] * info[1];
    const da = (info[2] * g0 - info[1] * g1) / det;
    const db = (-info[1] * g0 + info[0] * g1) / det;
    a += da;
    b += db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  const det = info[0] * info[2] - info[1] * info[1];
  const varA = info[2] / det, varB = info[0] / det, cov = -info[1] / det;
  const x = atYear - mean;
  const se = Math.sqrt(varA + 2 * x * cov + x * x * varB);
  const at = a + b * x;
  const seB = Math.sqrt(varB);
  return {
    rateAt: { value: Math.exp(at), low: Math.exp(at - Z95 * se), high: Math.exp(at + Z95 * se), events, exposure },
    growth: { value: Math.exp(b) - 1, low: Math.exp(b - Z95 * seB) - 1, high: Math.exp(b + Z95 * seB) - 1, events, exposure },
    years,
  };
}
