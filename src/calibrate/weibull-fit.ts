/**
 * Stay distributions fitted by maximum likelihood with right censoring (stays
 * still open at the end of the data, or cut by the 18th birthday) and left
 * truncation (stays that began before the first year of the return, seen only
 * from the window's start). Weibull: S(t) = exp(-(t/λ)^k). Log-likelihood
 *   Σ δᵢ[log k − k log λ + (k−1) log tᵢ] − Σ[(tᵢ/λ)^k − (aᵢ/λ)^k],
 * with tᵢ the stay at exit or censoring and aᵢ the stay already made when first
 * seen. Solved by Newton's method on (log k, log λ); the interval comes from
 * the observed information. Fewer than 10 ends, or no convergence, and the
 * exponential (k = 1) is used instead: rate = ends ÷ exposure.
 */
import { poissonRate, Z95, type Estimate } from './intervals.js';

/** One stay in days: `entryDays` already stayed when first seen, `exitDays` at end or censoring. */
export interface Stay {
  entryDays: number;
  exitDays: number;
  ended: boolean;
}

/** A fitted stay distribution (days). */
export type StayFit =
  | { kind: 'weibull'; shape: Estimate; scaleDays: Estimate; meanDays: number; ends: number; stays: number }
  | { kind: 'exponential'; meanDays: Estimate; ends: number; stays: number; why: string };

/** Fewest ends for a Weibull fit; below it the exponential is used. */
export const MIN_ENDS_FOR_WEIBULL = 10;

/** Fit a stay distribution: Weibull MLE when there are enough ends, else exponential. */
export function fitStays(stays: Stay[]): StayFit {
  const ends = stays.filter((s) => s.ended).length;
  const w = ends >= MIN_ENDS_FOR_WEIBULL ? weibullMle(stays) : null;
  if (w) return { ...w, ends, stays: stays.length };
  const exposureYears = stays.reduce((a, s) => a + (s.exitDays - s.entryDays), 0) / 365.25;
  const rate = poissonRate(ends, exposureYears);
  const meanDays: Estimate = { ...rate, value: 365.25 / rate.value, low: 365.25 / rate.high, high: rate.low > 0 ? 365.25 / rate.low : Infinity };
  return { kind: 'exponential', meanDays, ends, stays: stays.length, why: ends < MIN_ENDS_FOR_WEIBULL ? `fewer than ${MIN_ENDS_FOR_WEIBULL} ends` : 'the Weibull fit did not converge' };
}

function weibullMle(stays: Stay[]): Omit<Extract<StayFit, { kind: 'weibull' }>, 'ends' | 'stays'> | null {
  const obs = stays.map((s) => ({ a: Math.max(s.entryDays, 0) / 365.25, t: Math.max(s.exitDays, 0.5) / 365.25, d: s.ended ? 1 : 0 }));
  let u = 0; // log k
  let v = Math.log(obs.reduce((s, o) => s + o.t - o.a, 0) / Math.max(1, obs.reduce((s, o) => s + o.d, 0))); // log λ (years)
  for (let it = 0; it < 100; it++) {
    const [g, h] = derivatives(obs, u, v);
    const det = h[0] * h[2] - h[1] * h[1];
    if (!(det > 0) || !(h[0] < 0)) return null;
    const du = -(h[2] * g[0] - h[1] * g[1]) / det;
    const dv = -(-h[1] * g[0] + h[0] * g[1]) / det;
    const step = Math.min(1, 0.5 / Math.max(Math.abs(du), Math.abs(dv), 1e-12));
    u += du * step;
    v += dv * step;
    if (Math.abs(du) + Math.abs(dv) < 1e-9) {
      const [, hh] = derivatives(obs, u, v);
      const d2 = hh[0] * hh[2] - hh[1] * hh[1];
      const seU = Math.sqrt(-hh[2] / d2);
      const seV = Math.sqrt(-hh[0] / d2);
      const k = Math.exp(u);
      const lambdaDays = Math.exp(v) * 365.25;
      const events = obs.reduce((s, o) => s + o.d, 0);
      return {
        kind: 'weibull',
        shape: { value: k, low: Math.exp(u - Z95 * seU), high: Math.exp(u + Z95 * seU), events, exposure: obs.length },
        scaleDays: { value: lambdaDays, low: lambdaDays * Math.exp(-Z95 * seV), high: lambdaDays * Math.exp(Z95 * seV), events, exposure: obs.length },
        meanDays: lambdaDays * gammaFn(1 + 1 / k),
      };
    }
  }
  return null;
}

/** Gradient and Hessian [uu, uv, vv] of the log-likelihood in (u, v) = (log k, log λ). */
function derivatives(obs: { a: number; t: number; d: number }[], u: number, v: number): [number[], number[]] {
  const k = Math.exp(u);
  const g = [0, 0];
  const h = [0, 0, 0];
  for (const o of obs) {
    const lt = Math.log(o.t) - v;
    const wt = Math.exp(k * lt);
    const la = o.a > 0 ? Math.log(o.a) - v : 0;
    const wa = o.a > 0 ? Math.exp(k * la) : 0;
    g[0] += o.d * (1 + k * lt) - k * (wt * lt - wa * la);
    g[1] += -o.d * k + k * (wt - wa);
    h[0] += o.d * k * lt - k * (wt * lt - wa * la) - k * k * (wt * lt * lt - wa * la * la);
    h[1] += -o.d * k + k * (wt - wa) + k * k * (wt * lt - wa * la);
    h[2] += -k * k * (wt - wa);
  }
  return [g, h];
}

/** The gamma function (Lanczos, g = 7), for the Weibull mean λΓ(1 + 1/k). */
export function gammaFn(x: number): number {
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gammaFn(1 - x));
  const y = x - 1;
  let a = c[0];
  const t = y + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (y + i);
  return Math.sqrt(2 * Math.PI) * Math.pow(t, y + 0.5) * Math.exp(-t) * a;
}
