/**
 * A piecewise-constant function of time built from +/- changes: the deliberately
 * simple second computation the auditor compares the model's monitors with.
 * It keeps every change and integrates by brute force, interval by interval.
 */
export class StepFunction {
  private readonly changes: { t: number; delta: number }[] = [];

  constructor(private readonly initial = 0) {}

  add(t: number, delta: number): void {
    this.changes.push({ t, delta });
  }

  /** The level just after time t (all changes at or before t applied). */
  at(t: number): number {
    return this.changes.filter((c) => c.t <= t).reduce((a, c) => a + c.delta, this.initial);
  }

  /** Times at which the level may change, inside (a, b). */
  breakpoints(a: number, b: number): number[] {
    return this.changes.map((c) => c.t).filter((t) => t > a && t < b);
  }

  /** ∫ level dt over [a, b]. */
  integral(a: number, b: number): number {
    return pieces([this], a, b).reduce((sum, p) => sum + p.levels[0] * (p.to - p.from), 0);
  }
}

/** The intervals of [a, b] on which every function is constant, with their levels. */
export function pieces(fs: StepFunction[], a: number, b: number): { from: number; to: number; levels: number[] }[] {
  const cuts = [...new Set([a, b, ...fs.flatMap((f) => f.breakpoints(a, b))])].sort((x, y) => x - y);
  const out: { from: number; to: number; levels: number[] }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const mid = (cuts[i] + cuts[i + 1]) / 2;
    out.push({ from: cuts[i], to: cuts[i + 1], levels: fs.map((f) => f.at(mid)) });
  }
  return out;
}

/** a / b, or 0 when b is 0 (as the model's figures: no NaN). */
export const ratio = (a: number, b: number) => (b > 0 ? a / b : 0);

/** Time in [a, b] during which occupancy ≥ capacity, a capacity of 0 included (a service with no places open turns every request away). */
export function timeFull(occupancy: StepFunction, capacity: StepFunction, a: number, b: number): number {
  return pieces([occupancy, capacity], a, b)
    .filter((p) => p.levels[0] >= p.levels[1]) // no places open counts as full (docs/model.md)
    .reduce((sum, p) => sum + (p.to - p.from), 0);
}
