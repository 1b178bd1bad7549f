/**
 * The grid of a sizing search: integer ranges of scenario paths
 * (`services.hub.beds=2..6`) and their cartesian product.
 */

/** One varied path and the values it takes, ascending. */
export interface Dimension {
  path: string;
  values: number[];
}

/** A risk target: the mean of `figure` must be at most `value`. */
export interface Target {
  figure: string;
  operator: '<=';
  value: number;
}

/** Most configurations a grid may hold (a guard against a typo like 1..1000 × 1..1000). */
export const MAX_CONFIGURATIONS = 2000;

/** Parse `path=from..to` (whole numbers, from ≤ to; `path=n` is a single value); a string says what is wrong. */
export function parseVary(text: string): Dimension | string {
  // A path may name a list element with spaces or an apostrophe (services.homes.Hope's Place.beds), as --set's may.
  const m = /^\s*([^=]*[^=\s])\s*=\s*(-?\d+)\s*(?:\.\.\s*(-?\d+)\s*)?$/.exec(text);
  if (!m) return `--vary ${text}: expected path=from..to with whole numbers, e.g. services.hub.beds=2..6`;
  const from = Number(m[2]);
  const to = m[3] === undefined ? from : Number(m[3]);
  if (to < from) return `--vary ${text}: the range ends (${to}) before it starts (${from})`;
  if (to - from + 1 > MAX_CONFIGURATIONS) return `--vary ${text}: ${to - from + 1} values is more than ${MAX_CONFIGURATIONS}`;
  return { path: m[1], values: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
}

/** Parse `figure<=value`, e.g. `spillover.share<=0.1`; a string says what is wrong. */
export function parseTarget(text: string): Target | string {
  const m = /^\s*([A-Za-z0-9_.]+)\s*<=\s*(-?[0-9.]+(?:e-?\d+)?)\s*$/i.exec(text);
  if (!m || !Number.isFinite(Number(m[2]))) return `--target ${text}: expected figure<=value, e.g. spillover.share<=0.1`;
  // Every figure a target names (counts, shares, days, money) is at least 0: a negative limit can never be met.
  if (Number(m[2]) < 0) return `--target ${text}: the limit ${m[2]} is below 0, which no figure can meet`;
  return { figure: m[1], operator: '<=', value: Number(m[2]) };
}

/** Every combination of the dimensions' values; the first dimension varies slowest. */
export function gridOf(dimensions: readonly Dimension[]): Record<string, number>[] {
  const seen = new Set<string>();
  for (const d of dimensions) {
    if (seen.has(d.path)) throw new Error(`grid: ${d.path} is varied twice`);
    seen.add(d.path);
  }
  const size = dimensions.reduce((n, d) => n * d.values.length, 1);
  if (size > MAX_CONFIGURATIONS) throw new Error(`grid: ${size} configurations is more than ${MAX_CONFIGURATIONS}`);
  return dimensions.reduce<Record<string, number>[]>(
    (acc, d) => acc.flatMap((settings) => d.values.map((v) => ({ ...settings, [d.path]: v }))),
    [{}],
  );
}
