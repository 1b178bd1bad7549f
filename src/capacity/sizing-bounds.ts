import { studentTCritical } from './student-t.js';

/**
 * One-sided Student t confidence bounds for a sizing search (docs/sizing.md).
 * With n values x of mean m and sample sd s, the one-sided (1 − α) bounds of
 * the true mean are m ± t_{1−α, n−1} s / √n; t_{1−α} is the two-sided
 * critical value at confidence 1 − 2α.
 */

/** Mean and one-sided bounds of a sample at level α each side. */
export interface Bounds {
  n: number;
  mean: number;
  lower: number;
  upper: number;
}

const cache = new Map<string, number>();

/** t_{1−α, df}: the one-sided critical value (cached: a search asks for few distinct pairs). */
export function oneSidedT(df: number, alpha: number): number {
  const key = `${df}:${alpha}`;
  let t = cache.get(key);
  if (t === undefined) {
    t = studentTCritical(df, 1 - 2 * alpha);
    if (cache.size > 1000) cache.clear();
    cache.set(key, t);
  }
  return t;
}

/** One-sided bounds of the mean of `values` at level α; needs two or more values. */
export function meanBounds(values: ArrayLike<number>, alpha: number): Bounds {
  const n = values.length;
  if (n < 2) throw new Error(`meanBounds: need two or more values, got ${n}`);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += (values[i] - mean) / (i + 1);
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const half = (oneSidedT(n - 1, alpha) * Math.sqrt(ss / (n - 1))) / Math.sqrt(n);
  return { n, mean, lower: mean - half, upper: mean + half };
}

/** One-sided bounds of the mean paired difference a − b over their common first n values (common random numbers). */
export function pairedBounds(a: ArrayLike<number>, b: ArrayLike<number>, alpha: number): Bounds {
  const n = Math.min(a.length, b.length);
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = a[i] - b[i];
  return meanBounds(d, alpha);
}
