import type { Estimate } from './intervals.js';

/** A number to `digits` significant figures, as people read it (no exponent). */
export function sig(x: number, digits = 3): number {
  if (!Number.isFinite(x) || x === 0) return x;
  const p = Math.pow(10, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}

/** `0.152 (95% CI 0.121-0.188)`. */
export function withInterval(e: Estimate, digits = 3): string {
  const show = (x: number) => (Number.isFinite(x) ? String(sig(x, digits)) : 'unbounded');
  return `${show(e.value)} (95% CI ${show(e.low)}-${show(e.high)})`;
}

/** `34% (95% CI 28%-41%)`. */
export function percentWithInterval(e: Estimate): string {
  const pc = (x: number) => `${Math.round(x * 1000) / 10}%`;
  return `${pc(e.value)} (95% CI ${pc(e.low)}-${pc(e.high)})`;
}

/** Shares rounded to 3 decimals that still add up to exactly 1 (the remainder goes to the largest). */
export function roundedShares<K extends string>(shares: Record<K, number>): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  if (keys.length === 0) return {} as Record<K, number>; // nothing to share out (a return with no such entries)
  const out = Object.fromEntries(keys.map((k) => [k, Math.round(shares[k] * 1000) / 1000])) as Record<K, number>;
  const largest = keys.reduce((a, b) => (out[b] > out[a] ? b : a));
  out[largest] = Math.round((out[largest] + 1 - keys.reduce((s, k) => s + out[k], 0)) * 1000) / 1000;
  return out;
}
