import type { Scenario } from '../sim/scenario.js';

/**
 * Paired differences compare the same period replication by replication: a
 * scenario over another period has no meaning beside its reference (a 3-year
 * total is "cheaper" than a 5-year one by two years' costs, which once made
 * `size --vary horizonYears=1..3` recommend a one-year horizon as a £257m
 * saving). One rule for compare's options, size's configurations and
 * sensitivity's arms.
 */
export function periodProblems(reference: Scenario, other: Scenario, label: string, referenceName: string): string[] {
  return (['startDate', 'horizonYears', 'warmupYears'] as const).flatMap((key) => (other[key] === reference[key] ? [] : [
    `${label}: ${key} is ${other[key]}, ${referenceName}'s is ${reference[key]}: paired comparisons need the same period; change it for every scenario, or run the periods as separate runs`,
  ]));
}
