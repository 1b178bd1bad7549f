import type { FigureSummary } from './result-document.js';

/**
 * Precision-driven replication counts (the confidence-interval method of
 * Hoad, Robinson & Davies 2010, as in sim-tools): keep adding replications
 * until, for every chosen figure, the 95% half-width relative to the mean
 *   e = t_{0.975, n-1} s / (sqrt(n) |mean|)
 * is at most the target (e.g. 0.05 for +/- 5%).
 */

/** Outcome of a precision check, shaped like RunDocument.precision. */
export interface PrecisionCheck {
  target: number;
  /** Relative half-width reached per figure id (Infinity serialises to null in JSON). */
  achieved: Record<string, number>;
  met: boolean;
}

/**
 * Relative half-width of a figure's 95% interval: half-width / |mean|.
 * Infinity when the mean is 0 and the half-width is not, 0 when both are 0,
 * and Infinity with fewer than two replications (no variance estimate yet,
 * whatever the NaN-free placeholder interval says).
 */
export function relativeHalfWidth(summary: FigureSummary): number {
  if (summary.n < 2) return Infinity;
  const half = (summary.ci95[1] - summary.ci95[0]) / 2;
  const scale = Math.abs(summary.mean);
  if (scale === 0) return half === 0 ? 0 : Infinity;
  return half / scale;
}

/** Finds each id's summary, naming any id that is missing. */
function pick(summaries: FigureSummary[], ids: string[]): FigureSummary[] {
  const byId = new Map(summaries.map((s) => [s.id, s]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`precision: no figure with id ${missing.join(', ')}`);
  return ids.map((id) => byId.get(id) as FigureSummary);
}

/** Checks whether every figure in `ids` has a relative half-width at most `precision` (> 0). */
export function replicationsNeeded(summaries: FigureSummary[], ids: string[], precision: number): PrecisionCheck {
  if (!(precision > 0 && Number.isFinite(precision))) {
    throw new RangeError(`precision: target must be a positive number, got ${precision}`);
  }
  const achieved: Record<string, number> = {};
  for (const s of pick(summaries, ids)) achieved[s.id] = relativeHalfWidth(s);
  const met = Object.values(achieved).every((e) => e <= precision);
  return { target: precision, achieved, met };
}

/**
 * Rough total replications to reach `precision` on every figure in `ids`,
 * from the half-width shrinking as 1 / sqrt(n): n * (e / target)^2, never
 * below the current n. Infinity when some figure has no finite precision yet.
 */
export function projectReplications(summaries: FigureSummary[], ids: string[], precision: number): number {
  const check = replicationsNeeded(summaries, ids, precision);
  const n = Math.max(0, ...pick(summaries, ids).map((s) => s.n));
  const worst = Math.max(0, ...Object.values(check.achieved));
  if (!Number.isFinite(worst)) return Infinity;
  return Math.max(n, Math.ceil(n * (worst / precision) ** 2));
}
