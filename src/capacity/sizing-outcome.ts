import type { DifferenceSummary } from './result-document.js';
import type { SizingSearch } from './sizing.js';
import type { SizingArm } from './sizing-arm.js';
import { intervalOf } from './summarise.js';
import { RunningMoments } from './running-moments.js';
import { pairedBounds } from './sizing-bounds.js';

/**
 * What a finished search may claim (docs/sizing.md, Outcomes):
 *   single / tie: one configuration was left by the procedure (a finding);
 *     the tie set adds every configuration shown to meet the target whose
 *     paired difference from it (on their common replications) has a
 *     one-sided 95% upper bound below δ: shown to cost no more than δ more,
 *     which by the definition of δ does not matter;
 *   tie with recommendedBy 'rule': several configurations survived with
 *     identical objectives replication by replication; the rule picks one;
 *   none-feasible: every configuration was shown to fail the target;
 *   stopped / capped-inconclusive: the search ended before deciding; no
 *     configuration is recommended and no confidence is claimed.
 */
export type SizingOutcomeKind = 'single' | 'tie' | 'none-feasible' | 'stopped' | 'capped-inconclusive';

export interface SizingOutcome {
  outcome: SizingOutcomeKind;
  chosen: number | null;
  tieSet: number[];
  recommendedBy?: 'finding' | 'rule';
  rule: string;
  /** Paired difference of the objective, recommendation − today's configuration. */
  todayDifference?: DifferenceSummary;
  /** Configurations still live when the search stopped or hit the cap. */
  undecided: number[];
  /** Per configuration, its paired objective difference from the recommendation on their common replications. */
  versusRecommended?: (DifferenceSummary | undefined)[];
}

export const TIE_RULE = 'the configuration with the fewest places in all (sum of the varied settings), then the lower mean objective';

/** The outcome of a search; `capacities[k]` is configuration k's sum of varied settings (the tie rule). */
export function sizingOutcome(search: SizingSearch, stopped: boolean, capacities: readonly number[]): SizingOutcome {
  const live = search.live();
  const arms = search.arms;
  const base = { tieSet: [] as number[], rule: TIE_RULE, undecided: stopped || !search.finished() ? live : [] };
  if (stopped) return { ...base, outcome: 'stopped', chosen: null };
  if (live.length === 0) return { ...base, outcome: 'none-feasible', chosen: null };
  if (!search.finished()) return { ...base, outcome: 'capped-inconclusive', chosen: null };
  const mean = (k: number) => arms[k].objective.reduce((a, b) => a + b, 0) / arms[k].replications;
  const byRule = [...live].sort((a, b) => capacities[a] - capacities[b] || mean(a) - mean(b) || a - b);
  const chosen = byRule[0];
  const close = arms.flatMap((a, k) => (k !== chosen && a.feasible === 'yes' && !live.includes(k) && withinZone(a, arms[chosen], search.indifference) ? [k] : []));
  const tieSet = [...live, ...close].sort((a, b) => a - b);
  return {
    ...base,
    outcome: tieSet.length > 1 ? 'tie' : 'single',
    chosen,
    tieSet,
    recommendedBy: live.length > 1 ? 'rule' : 'finding',
    todayDifference: search.today ? pairedDifference(search.options.objective, arms[chosen], search.today) : undefined,
    versusRecommended: arms.map((a, k) => (k !== chosen && a.replications >= 2 ? pairedDifference(search.options.objective, a, arms[chosen]) : undefined)),
  };
}

/** True when the one-sided 95% upper bound of the paired mean a − b is below δ. */
function withinZone(a: SizingArm, b: SizingArm, delta: number): boolean {
  const n = Math.min(a.replications, b.replications);
  return n >= 2 && pairedBounds(a.objective.slice(0, n), b.objective.slice(0, n), 0.05).upper < delta;
}

/** Paired difference option − baseline of the objective over their common replications, with its 95% t interval. */
export function pairedDifference(id: string, option: SizingArm, baseline: SizingArm): DifferenceSummary {
  const n = Math.min(option.replications, baseline.replications);
  const [d, mo, mb] = [new RunningMoments(), new RunningMoments(), new RunningMoments()];
  for (let j = 0; j < n; j++) {
    d.add(option.objective[j] - baseline.objective[j]);
    mo.add(option.objective[j]);
    mb.add(baseline.objective[j]);
  }
  const { mean, sd, ci95 } = intervalOf(d.mean, n > 1 ? d.sd : 0, n);
  const info = option.summary.catalogue.scalars.find((s) => s.id === id);
  return {
    id, label: info?.label ?? id, unit: info?.unit ?? 'count', baseline: mb.mean, option: mo.mean,
    n, meanDifference: mean, sdDifference: sd, ci95, clearOfZero: n >= 2 && (ci95[0] > 0 || ci95[1] < 0),
  };
}
