import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { FigureSummary } from './result-document.js';
import { Summariser } from './summarise.js';
import { figureIndex, scalarCatalogue, scalarPicker } from './scalar-figures.js';
import { meanBounds, pairedBounds } from './sizing-bounds.js';

/**
 * A sequential sizing search on common random numbers (docs/sizing.md).
 * Rounds run every live configuration on the same replication indices,
 * n0, 2·n0, 4·n0 … up to the cap. After each round each live configuration
 * is tested at level α' = (1 − confidence) / (2 K R) (Bonferroni over K
 * configurations, R rounds and the two kinds of test):
 *   - feasible when the upper bound of its target figure's mean ≤ target;
 *   - dropped as infeasible when the lower bound > target;
 *   - dropped as costlier when the lower bound of its paired objective
 *     difference from a configuration already shown feasible is > 0.
 * With probability ≥ confidence no test errs: every configuration called
 * feasible is, and none dropped could have been the cheapest feasible one.
 */

/** What a search is asked. */
export interface SizingOptions {
  objective: string;
  target: { figure: string; value: number };
  /** Figures kept per configuration (objective and target are added). */
  keyFigures: readonly string[];
  /** Family-wise confidence, e.g. 0.95. */
  confidence: number;
  /** Replications in the first round (n0 ≥ 2). */
  initialReplications: number;
  /** Most replications any configuration gets. */
  maxReplications: number;
}

/** One configuration's state. */
export interface ConfigurationState {
  replications: number;
  feasible: 'yes' | 'no' | 'unclear';
  dropped?: string;
  figures: FigureSummary[];
}

/** Replication counts after each round: n0, 2·n0, … capped at `max`. */
export function roundSchedule(initial: number, max: number): number[] {
  if (!(initial >= 2 && max >= 2)) throw new RangeError(`sizing: need at least 2 replications per round (initial ${initial}, max ${max})`);
  const out: number[] = [];
  for (let n = Math.min(initial, max); ; n = Math.min(2 * n, max)) {
    out.push(n);
    if (n >= max) return out;
  }
}

interface Arm {
  summary: Summariser;
  pick: (r: ReplicationResult) => ReplicationResult;
  objective: number[];
  target: number[];
  objectiveIndex: number;
  targetIndex: number;
  feasible: 'yes' | 'no' | 'unclear';
  dropped?: string;
}

/** The search's state: which configurations are live, what each has shown. */
export class SizingSearch {
  readonly schedule: number[];
  /** Per-test level α'. */
  readonly alpha: number;
  private readonly arms: Arm[];
  private round = 0;

  constructor(catalogues: readonly MetricCatalogue[], readonly options: SizingOptions) {
    if (!(options.confidence > 0 && options.confidence < 1)) throw new RangeError(`sizing: confidence must be between 0 and 1, got ${options.confidence}`);
    this.schedule = roundSchedule(options.initialReplications, options.maxReplications);
    this.alpha = (1 - options.confidence) / (2 * catalogues.length * this.schedule.length);
    const ids = [...new Set([options.objective, options.target.figure, ...options.keyFigures])];
    this.arms = catalogues.map((c) => {
      const reduced = scalarCatalogue(c, ids);
      return {
        summary: new Summariser(reduced), pick: scalarPicker(c, reduced), objective: [], target: [],
        objectiveIndex: figureIndex(c, options.objective), targetIndex: figureIndex(c, options.target.figure), feasible: 'unclear',
      };
    });
  }

  /** The next round: which configurations run which replication indices; null when the search is over. */
  nextRound(): { configurations: number[]; from: number; to: number } | null {
    const live = this.live();
    if (this.round >= this.schedule.length || live.length === 0) return null;
    if (live.length === 1 && this.arms[live[0]].feasible === 'yes') return null;
    const from = this.round === 0 ? 0 : this.schedule[this.round - 1];
    return { configurations: live, from, to: this.schedule[this.round] };
  }

  /** Adds one configuration's replication; per configuration, indices must increase. */
  add(configuration: number, result: ReplicationResult): void {
    const arm = this.arms[configuration];
    arm.summary.add(arm.pick(result));
    arm.objective.push(result.values[arm.objectiveIndex]);
    arm.target.push(result.values[arm.targetIndex]);
  }

  /** Ends a round: test every live configuration and drop those that cannot be the answer. */
  endRound(): void {
    const live = this.live();
    const n = this.schedule[this.round];
    for (const k of live) {
      const arm = this.arms[k];
      if (arm.target.length !== n) throw new Error(`sizing: configuration ${k} has ${arm.target.length} replications after round ${this.round + 1}, expected ${n}`);
      const b = meanBounds(arm.target, this.alpha);
      if (arm.feasible === 'unclear' && b.upper <= this.options.target.value) arm.feasible = 'yes';
      else if (arm.feasible === 'unclear' && b.lower > this.options.target.value) {
        arm.feasible = 'no';
        arm.dropped = `fails the target: its lower bound ${b.lower.toPrecision(4)} > ${this.options.target.value} after ${n} replications`;
      }
    }
    const feasible = live.filter((k) => this.arms[k].feasible === 'yes');
    for (const j of live) this.dropIfCostlier(j, feasible, n);
    this.round += 1;
  }

  private dropIfCostlier(j: number, feasible: number[], n: number): void {
    const arm = this.arms[j];
    if (arm.dropped) return;
    for (const i of feasible) {
      if (i === j) continue;
      const d = pairedBounds(arm.objective, this.arms[i].objective, this.alpha);
      if (d.lower > 0) {
        arm.dropped = `costlier than configuration ${i}, which meets the target: its ${this.options.objective} is higher by at least ${readable(d.lower)} (paired lower bound) after ${n} replications`;
        return;
      }
    }
  }

  /** Configurations still being run. */
  live(): number[] {
    return this.arms.flatMap((a, k) => (a.dropped ? [] : [k]));
  }

  /** Every configuration's state; `unclear` ones reached the cap undecided. */
  states(): ConfigurationState[] {
    return this.arms.map((a) => ({ replications: a.target.length, feasible: a.feasible, dropped: a.dropped, figures: a.target.length ? a.summary.figures() : [] }));
  }

  /** The configuration shown feasible with the lowest mean objective, or null. */
  chosen(): number | null {
    let best: number | null = null;
    this.arms.forEach((a, k) => {
      if (a.feasible !== 'yes') return;
      if (best === null || mean(a.objective) < mean(this.arms[best].objective)) best = k;
    });
    return best;
  }
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** Runs rounds until the search is over; `runRound` delivers each (configuration, result) in index order per configuration. */
export async function runSizingSearch(
  search: SizingSearch,
  runRound: (configurations: number[], from: number, to: number, deliver: (configuration: number, result: ReplicationResult) => void) => Promise<{ stopped: boolean }>,
): Promise<{ stopped: boolean }> {
  for (let round = search.nextRound(); round; round = search.nextRound()) {
    const { stopped } = await runRound(round.configurations, round.from, round.to, (k, r) => search.add(k, r));
    if (stopped) return { stopped }; // a part-run round is not tested: its configurations stay as they were
    search.endRound();
  }
  return { stopped: false };
}

/** The method in words, for the result document. */
export function describeMethod(search: SizingSearch, configurations: number): string {
  const o = search.options;
  return `Sequential elimination on common random numbers (docs/sizing.md): rounds of ${search.schedule.join(', ')} cumulative replications; `
    + `after each round, one-sided Student t bounds at α' = ${search.alpha.toExponential(2)} each `
    + `(1 − ${o.confidence} split over ${configurations} configurations × ${search.schedule.length} rounds × 2 kinds of test, Bonferroni). `
    + `Feasible: upper bound of the mean of ${o.target.figure} ≤ ${o.target.value}. Dropped: lower bound above the target, or the paired `
    + `lower bound of ${o.objective} above that of a configuration shown feasible. With probability ≥ ${o.confidence} every configuration `
    + 'called feasible meets the target and none dropped was the cheapest feasible one.';
}

/** A number for a sentence: thousands separated, 4 significant figures at most below 1,000. */
function readable(x: number): string {
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-GB') : String(Number(x.toPrecision(4)));
}
