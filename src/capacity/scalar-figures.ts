import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';

/**
 * Scalar figures only: comparisons and sizing searches report no weekly
 * bands, and keeping weekly percentile buffers for every option would cost
 * memory in proportion to options × series × weeks × replications.
 */

/**
 * A catalogue of the chosen scalar figures (all when `ids` is absent), with
 * no weekly series; a chosen ratio figure brings its numerator and
 * denominator, which its summary needs (ratio-estimate.ts).
 */
export function scalarCatalogue(catalogue: MetricCatalogue, ids?: readonly string[]): MetricCatalogue {
  const parts = (id: string) => {
    const r = catalogue.scalars.find((s) => s.id === id)?.ratio;
    return r ? [id, r.numerator, r.denominator] : [id];
  };
  const wanted = ids ? [...new Set(ids.flatMap(parts))] : undefined;
  const scalars = wanted ? wanted.flatMap((id) => catalogue.scalars.filter((s) => s.id === id)) : catalogue.scalars;
  return { scalars, series: [], weekStarts: [] };
}

/** Picks a result's values for a catalogue made by {@link scalarCatalogue} from `full`. */
export function scalarPicker(full: MetricCatalogue, reduced: MetricCatalogue): (r: ReplicationResult) => ReplicationResult {
  const index = new Map(full.scalars.map((s, i) => [s.id, i]));
  const positions = reduced.scalars.map((s) => index.get(s.id) as number);
  return (r) => ({ replication: r.replication, events: r.events, values: positions.map((i) => r.values[i]), weekly: [] });
}

/** Position of a figure in a catalogue, naming the known figures when it is absent. */
export function figureIndex(catalogue: MetricCatalogue, id: string): number {
  const i = catalogue.scalars.findIndex((s) => s.id === id);
  if (i < 0) {
    const near = catalogue.scalars.map((s) => s.id).filter((s) => !s.startsWith('cost.fy') && !/^(house|home)\.\d/.test(s));
    throw new Error(`no figure "${id}"; figures include ${near.join(', ')}`);
  }
  return i;
}
