import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import { Summariser } from './summarise.js';
import { figureIndex, scalarCatalogue, scalarPicker } from './scalar-figures.js';

/**
 * One configuration of a sizing search: its summary and, per replication,
 * the objective and the target's linear form
 *   g = figure − q             (a plain figure: mean g ≤ 0 ⇔ mean figure ≤ q)
 *   g = numerator − q·denominator   (a ratio figure: Σg ≤ 0 ⇔ Σnum / Σden ≤ q)
 * so a ratio target is tested on the ratio of totals, unbiased however few
 * events a replication sees (docs/sizing.md).
 */
export class SizingArm {
  readonly summary: Summariser;
  readonly objective: number[] = [];
  readonly g: number[] = [];
  /** The denominator per replication for a ratio target (scales the tolerance), else 1. */
  readonly scale: number[] = [];
  feasible: 'yes' | 'no' | 'unclear' = 'unclear';
  dropped?: string;
  private readonly pick: (r: ReplicationResult) => ReplicationResult;
  private readonly at: { objective: number; x: number; y: number | null };

  constructor(catalogue: MetricCatalogue, ids: string[], objective: string, target: { figure: string; value: number }, private readonly q = target.value) {
    const reduced = scalarCatalogue(catalogue, ids);
    this.summary = new Summariser(reduced);
    this.pick = scalarPicker(catalogue, reduced);
    const ratio = catalogue.scalars[figureIndex(catalogue, target.figure)].ratio;
    this.at = ratio
      ? { objective: figureIndex(catalogue, objective), x: figureIndex(catalogue, ratio.numerator), y: figureIndex(catalogue, ratio.denominator) }
      : { objective: figureIndex(catalogue, objective), x: figureIndex(catalogue, target.figure), y: null };
  }

  /** True when the target is a ratio figure (tested through its linear form). */
  get ratioTarget(): boolean {
    return this.at.y !== null;
  }

  add(result: ReplicationResult): void {
    this.summary.add(this.pick(result));
    const v = result.values;
    this.objective.push(v[this.at.objective]);
    const y = this.at.y === null ? 1 : v[this.at.y];
    this.g.push(v[this.at.x] - this.q * y);
    this.scale.push(y);
  }

  get replications(): number {
    return this.objective.length;
  }
}

/** Sum of the first n values. */
export function sumOf(xs: ArrayLike<number>, n = xs.length): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i];
  return s;
}
