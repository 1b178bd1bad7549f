import type { SizingSearch } from './sizing.js';
import { readable, unitOf } from './sizing.js';

/** The method in words, for the result document (docs/sizing.md). */
export function describeMethod(search: SizingSearch, configurations: number): string {
  const o = search.options;
  const delta = Number.isFinite(search.indifference) ? readable(search.indifference, unitOf(search, o.objective)) : 'not yet fixed';
  const eps = Number.isFinite(search.tolerance) ? readable(search.tolerance) : 'not yet fixed';
  return `Constrained ranking and selection on common random numbers (docs/sizing.md): the feasibility check of Andradóttir & Kim (2010) `
    + `with Kim & Nelson's fully sequential KN selection (2001), checked after rounds of ${search.schedule.join(', ')} cumulative replications. `
    + `Feasible: the cumulative linear form of ${o.target.figure} ≤ ${o.target.value} (a ratio figure as numerator − ${o.target.value} × denominator) `
    + `leaves the KN region downwards, tolerance ε = ${eps}; error ≤ ${search.betaFeasibility.toExponential(2)} per configuration. `
    + `Dropped as costlier: the cumulative paired difference of ${o.objective} from a configuration shown feasible leaves the region upwards, `
    + `indifference zone δ = ${delta}; error ≤ ${search.betaSelection.toExponential(2)} per pair (Bonferroni over ${configurations} configurations). `
    + `When every configuration's target mean is at least ε from the target and the best feasible one is at least δ better than every other, `
    + `it is selected with probability ≥ ${o.confidence}. A search stopped or capped before every comparison was decided claims nothing.`;
}
