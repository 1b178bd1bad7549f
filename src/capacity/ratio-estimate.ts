import type { CoMoments } from './co-moments.js';

/**
 * A ratio figure summarised as total over total (docs/results.md, Ratio
 * figures): with numerator X and denominator Y per replication,
 *   R = ΣX / ΣY = X̄ / Ȳ,
 * not the mean of X/Y per replication, which is biased when a replication
 * sees few events (a quarter-year Hub loss system read 14.5% under Erlang B).
 * Its standard error is the delta method's (Cochran 1977, §6.4):
 *   se(R) = sd(X − R·Y) / (√n · Ȳ),
 * the sd of the linearised values Z = (X − R·Y) / Ȳ over √n. `sd` below is
 * sd(Z), so a t interval R ± t·sd/√n reads like any other figure's.
 * R = 0 (and sd 0) when no replication saw a denominator event, as the
 * per-replication figure is 0 then.
 */
export interface RatioEstimate {
  ratio: number;
  /** sd of the linearised per-replication values (X − R·Y) / Ȳ. */
  sd: number;
}

/** Ratio of the means of variables `x` and `y` of `m`, with the delta-method sd. */
export function ratioEstimate(m: CoMoments, x: number, y: number): RatioEstimate {
  const ybar = m.mean(y);
  if (!(ybar > 0)) return { ratio: 0, sd: 0 };
  const ratio = m.mean(x) / ybar;
  const w = new Array<number>(m.dimension).fill(0);
  w[x] = 1 / ybar;
  w[y] = -ratio / ybar;
  return { ratio, sd: Math.sqrt(m.varianceOf(w)) };
}

/**
 * Difference of two ratios measured on the same replications (paired):
 * R_o − R_b, with the sd of the per-replication linearised difference
 * Z_o − Z_b, so what both arms share cancels as in any paired difference.
 * Variables: [X_b, Y_b, X_o, Y_o] in that order.
 */
export function pairedRatioDifference(m: CoMoments): { baseline: number; option: number; difference: number; sd: number } {
  const b = ratioEstimate(m, 0, 1);
  const o = ratioEstimate(m, 2, 3);
  const yb = m.mean(1);
  const yo = m.mean(3);
  const w = [0, 0, 0, 0];
  if (yb > 0) [w[0], w[1]] = [-1 / yb, b.ratio / yb];
  if (yo > 0) [w[2], w[3]] = [1 / yo, -o.ratio / yo];
  return { baseline: b.ratio, option: o.ratio, difference: o.ratio - b.ratio, sd: Math.sqrt(m.varianceOf(w)) };
}
