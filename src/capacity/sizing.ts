import type { MetricCatalogue, ReplicationResult, Unit } from '../sim/results.js';
import { money } from './compare-decision.js';
import type { FigureSummary } from './result-document.js';
import { SizingArm, sumOf } from './sizing-arm.js';
import { firstStageVariance, knClosesAt, knHalfWidth, knHSquared } from './kn-boundary.js';

/**
 * Constrained selection on common random numbers (docs/sizing.md): the
 * feasibility check of Andradóttir & Kim (2010) run alongside Kim & Nelson's
 * fully sequential KN selection (2001), as in their procedure AK+.
 *   - Feasibility: a configuration is feasible once Σ(g − 0) ≤ −R₁(r) and
 *     infeasible (dropped) once ≥ R₁(r); g is the target's linear form
 *     (sizing-arm.ts), R₁ the KN region with tolerance ε.
 *   - Selection: a configuration l is dropped as costlier once, against a
 *     configuration i already shown feasible, Σ(objective_l − objective_i)
 *     > R₂(r), R₂ the KN region with indifference δ.
 * Each comparison errs with probability ≤ β: β₁ = α₁/K for feasibility and
 * β₂ = α₂/(K − 1) for selection, α₁ = α₂ = (1 − confidence)/2 (Bonferroni,
 * valid under the dependence CRN induces). Rounds run every live
 * configuration on the same replication indices n0, 2·n0, … up to the cap.
 */

/** What a search is asked. */
export interface SizingOptions {
  objective: string;
  /** The constraint: mean of `figure` ≤ value (a ratio figure: total over total). */
  target: { figure: string; value: number };
  /** Figures kept per configuration (objective and target are added). */
  keyFigures: readonly string[];
  /** Probability of a correct selection in the indifference-zone sense, e.g. 0.95. */
  confidence: number;
  /** Replications in the first round (n0 ≥ 2); the variances are estimated from them. */
  initialReplications: number;
  /** Most replications any configuration gets. */
  maxReplications: number;
  /** δ, in the objective's units; default indifferenceShare × |today's first-round mean objective|. */
  indifference?: number;
  /** Default 0.005 (0.5%). */
  indifferenceShare?: number;
  /** ε, in the target figure's units; default 5% of the target value (0.5% for a money target, a budget). */
  tolerance?: number;
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

/** The search's state: which configurations are live, what each has shown. */
export class SizingSearch {
  readonly schedule: number[];
  readonly arms: SizingArm[];
  /** Today's configuration (the scenario as written), run alongside on the same replications; not a candidate. */
  readonly today: SizingArm | null;
  readonly betaFeasibility: number;
  readonly betaSelection: number;
  /** δ and ε once the first round has fixed them. */
  indifference = NaN;
  tolerance = NaN;
  private h1 = NaN;
  private h2 = NaN;
  private varG: number[] = [];
  private epsilon: number[] = [];
  private readonly varPair = new Map<number, number>();
  private round = 0;

  constructor(catalogues: readonly MetricCatalogue[], readonly options: SizingOptions, today?: MetricCatalogue) {
    if (!(options.confidence > 0 && options.confidence < 1)) throw new RangeError(`sizing: confidence must be between 0 and 1, got ${options.confidence}`);
    this.schedule = roundSchedule(options.initialReplications, options.maxReplications);
    const alpha = (1 - options.confidence) / 2;
    this.betaFeasibility = alpha / catalogues.length;
    this.betaSelection = alpha / Math.max(1, catalogues.length - 1);
    const ids = [...new Set([options.objective, options.target.figure, ...options.keyFigures])];
    const arm = (c: MetricCatalogue) => new SizingArm(c, ids, options.objective, options.target);
    this.arms = catalogues.map(arm);
    this.today = today ? arm(today) : null;
    if (options.tolerance !== undefined && !(options.tolerance > 0)) throw new RangeError(`sizing: tolerance must be positive, got ${options.tolerance}`);
    if (options.indifference !== undefined && !(options.indifference > 0)) throw new RangeError(`sizing: indifference must be positive, got ${options.indifference}`);
    if (options.tolerance === undefined && options.target.value === 0) throw new RangeError('sizing: a target of 0 needs an explicit tolerance');
  }

  /** Index standing for today's configuration in rounds and `add`. */
  get todayIndex(): number {
    return this.arms.length;
  }

  /** The next round: which configurations run which replication indices; null when the search is over. */
  nextRound(): { configurations: number[]; from: number; to: number } | null {
    if (this.round >= this.schedule.length || this.finished()) return null;
    const from = this.round === 0 ? 0 : this.schedule[this.round - 1];
    return { configurations: [...this.live(), ...(this.today ? [this.todayIndex] : [])], from, to: this.schedule[this.round] };
  }

  /** Adds one configuration's replication (todayIndex for today's); per configuration, indices must increase. */
  add(configuration: number, result: ReplicationResult): void {
    (configuration === this.todayIndex && this.today ? this.today : this.arms[configuration]).add(result);
  }

  /** Ends a round: fix the constants after the first, then check feasibility and drop what cannot be the answer. */
  endRound(): void {
    const n = this.schedule[this.round];
    for (const k of this.live()) {
      if (this.arms[k].replications !== n) throw new Error(`sizing: configuration ${k} has ${this.arms[k].replications} replications after round ${this.round + 1}, expected ${n}`);
    }
    if (this.round === 0) this.fixConstants(n);
    for (const k of this.live()) this.checkFeasibility(k, n);
    const feasible = this.live().filter((k) => this.arms[k].feasible === 'yes');
    const drops = this.live().flatMap((l) => {
      const by = feasible.find((i) => i !== l && this.excess(l, i, n) > 0);
      return by === undefined ? [] : [[l, by]];
    });
    for (const [l, i] of drops) {
      const d = sumOf(this.arms[l].objective, n) / n - sumOf(this.arms[i].objective, n) / n;
      // Numbered from 1 (#2 for index 1), as people read configurations in every file and the report.
      this.arms[l].dropped = `higher ${this.options.objective} than configuration #${i + 1}, which meets the target: by ${readable(d, unitOf(this, this.options.objective))} in mean over ${n} paired replications, past the KN boundary`;
    }
    this.round += 1;
  }

  /** How far Σ(objective_l − objective_i) is past the KN boundary (> 0: drop l). */
  private excess(l: number, i: number, n: number): number {
    const a = this.arms[l].objective;
    const b = this.arms[i].objective;
    let d = 0;
    for (let j = 0; j < n; j++) d += a[j] - b[j];
    const v = this.pairVariance(l, i);
    const r = knHalfWidth(this.h2, v, this.indifference, n);
    return r === 0 && d === 0 ? -1 : d - r;
  }

  private checkFeasibility(k: number, n: number): void {
    const arm = this.arms[k];
    if (arm.feasible !== 'unclear') return;
    const s = sumOf(arm.g, n);
    const r = knHalfWidth(this.h1, this.varG[k], this.epsilon[k], n);
    if (s <= -r) arm.feasible = 'yes';
    else if (s >= r) {
      arm.feasible = 'no';
      arm.dropped = `fails the target: ${this.options.target.figure} above ${readable(this.options.target.value)} (cumulative excess past the feasibility boundary after ${n} replications)`;
    }
  }

  private fixConstants(n0: number): void {
    const o = this.options;
    const base = this.today ?? this.arms[0];
    this.indifference = o.indifference ?? (o.indifferenceShare ?? 0.005) * Math.abs(sumOf(base.objective, n0) / n0);
    if (!(this.indifference > 0)) this.indifference = Number.MIN_VALUE; // a zero objective: every difference counts
    const money = this.arms[0].summary.catalogue.scalars.find((x) => x.id === o.target.figure)?.unit === 'GBP';
    this.tolerance = o.tolerance ?? (money ? 0.005 : 0.05) * Math.abs(o.target.value);
    this.h1 = knHSquared(n0, this.betaFeasibility);
    this.h2 = knHSquared(n0, this.betaSelection);
    this.varG = this.arms.map((a) => firstStageVariance(a.g, n0));
    // ε on the linear form: ε × mean denominator in the first round (1 for a plain figure).
    this.epsilon = this.arms.map((a) => Math.max(this.tolerance * (sumOf(a.scale, n0) / n0), Number.MIN_VALUE));
  }

  /** First-round variance of the paired objective differences of l and i. */
  pairVariance(l: number, i: number): number {
    const key = Math.min(l, i) * this.arms.length + Math.max(l, i);
    let v = this.varPair.get(key);
    if (v === undefined) {
      const n0 = this.schedule[0];
      const d = Array.from({ length: n0 }, (_, j) => this.arms[l].objective[j] - this.arms[i].objective[j]);
      v = firstStageVariance(d, n0);
      this.varPair.set(key, v);
    }
    return v;
  }

  /** True when nothing is left to decide: all live configurations feasible and no pair among them undecided. */
  finished(): boolean {
    if (this.round === 0) return false;
    const live = this.live();
    if (live.some((k) => this.arms[k].feasible !== 'yes')) return false;
    const n = this.schedule[this.round - 1];
    return live.every((l) => live.every((i) => i === l || knHalfWidth(this.h2, this.pairVariance(l, i), this.indifference, n) === 0));
  }

  /** Replications each configuration needs at most before its comparisons must be decided (for the method text). */
  closesAt(): number {
    if (this.round === 0) return NaN;
    const feas = this.arms.map((_, k) => knClosesAt(this.h1, this.varG[k], this.epsilon[k]));
    return Math.max(...feas, ...[...this.varPair.values()].map((v) => knClosesAt(this.h2, v, this.indifference)));
  }

  /** Configurations still being run. */
  live(): number[] {
    return this.arms.flatMap((a, k) => (a.dropped ? [] : [k]));
  }

  /** Rounds completed. */
  get roundsDone(): number {
    return this.round;
  }

  /** Every configuration's state; `unclear` ones reached the cap undecided. */
  states(): ConfigurationState[] {
    return this.arms.map((a) => ({ replications: a.replications, feasible: a.feasible, dropped: a.dropped, figures: a.replications ? a.summary.figures() : [] }));
  }
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

/** A number for a sentence: money as £1.2m / £640k, otherwise thousands separated, 4 significant figures at most below 1,000. */
export function readable(x: number, unit?: Unit): string {
  if (unit === 'GBP') return money(x);
  return Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-GB') : String(Number(x.toPrecision(4)));
}

/** The unit of a figure a search reads, from a configuration's catalogue. */
export function unitOf(search: SizingSearch, id: string): Unit | undefined {
  return search.arms[0]?.summary.catalogue.scalars.find((m) => m.id === id)?.unit;
}
