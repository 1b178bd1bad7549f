import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { DifferenceSummary, FigureSummary } from './result-document.js';
import { Summariser } from './summarise.js';
import { PairedSummariser } from './paired-summariser.js';
import { scalarCatalogue, scalarPicker } from './scalar-figures.js';
import { CostFlows, type Discounting } from './cost-flows.js';
import { PairedScores } from './best-subset.js';

/** Figures shown first in a comparison, when the scenario has them (MODEL.md, What a run reports). */
export const KEY_FIGURES = [
  'cost.total', 'cost.spillovers', 'cost.breakdownUplift', 'cost.totalWithoutBreakdownUplift', 'cost.outOfCounty', 'spillover.count', 'spillover.share', 'spillover.children', 'ooc.childWeeks', 'ooc.children', 'hub.utilisation',
  'hub.shareTimeFull', 'outreach.meanWaitDays', 'stability.breakdowns',
];

/**
 * A comparison of options against a baseline on common random numbers. Feed
 * it, replication by replication in index order, the baseline's result and
 * every option's result from that same replication index and seed; it keeps
 * each arm's own summary and each option's paired differences.
 */
export class Comparison {
  private readonly baseline: Summariser;
  private readonly options: Summariser[];
  private readonly paired: PairedSummariser[];
  private readonly pickBaseline: (r: ReplicationResult) => ReplicationResult;
  private readonly pickOption: ((r: ReplicationResult) => ReplicationResult)[];
  /** Each option's money against the baseline per replication (NPV, by financial year, share cheaper). */
  readonly flows: CostFlows[];
  /**
   * Every arm's saving against the baseline, replication by replication, for
   * screening the best (best-subset.ts): alternative 0 is the baseline (saving
   * 0), alternative i + 1 option i; `npv` discounted, `total` the undiscounted total cost.
   */
  readonly savings: { npv: PairedScores; total: PairedScores };
  private readonly npvScores: Float64Array;
  private readonly totalScores: Float64Array;

  constructor(baseline: MetricCatalogue, options: readonly MetricCatalogue[], discounting: Discounting = { realRate: 0.035, deflator: 0 }) {
    const b = scalarCatalogue(baseline);
    const os = options.map((o) => scalarCatalogue(o));
    this.baseline = new Summariser(b);
    this.options = os.map((o) => new Summariser(o));
    this.paired = os.map((o) => new PairedSummariser(b, o));
    this.pickBaseline = scalarPicker(baseline, b);
    this.pickOption = options.map((o, i) => scalarPicker(o, os[i]));
    this.flows = options.map((o) => new CostFlows(baseline, o, discounting));
    this.savings = { npv: new PairedScores(options.length + 1), total: new PairedScores(options.length + 1) };
    this.npvScores = new Float64Array(options.length + 1);
    this.totalScores = new Float64Array(options.length + 1);
  }

  /** Adds one replication: `results[0]` the baseline's, then one per option, all with one replication index. */
  add(results: readonly ReplicationResult[]): void {
    if (results.length !== this.options.length + 1) throw new Error(`Comparison.add: expected ${this.options.length + 1} results, got ${results.length}`);
    const base = this.pickBaseline(results[0]);
    this.baseline.add(base);
    this.options.forEach((s, i) => {
      const option = this.pickOption[i](results[i + 1]);
      s.add(option);
      this.paired[i].add(base, option);
      const saving = this.flows[i].add(results[0], results[i + 1]);
      this.npvScores[i + 1] = saving.npv;
      this.totalScores[i + 1] = saving.total;
    });
    this.savings.npv.add(this.npvScores);
    this.savings.total.add(this.totalScores);
  }

  /** Replications added. */
  get count(): number {
    return this.baseline.count;
  }

  /** The baseline's figures. */
  baselineFigures(): FigureSummary[] {
    return this.baseline.figures();
  }

  /** Each option's figures and paired differences (option − baseline), in option order. */
  optionResults(): { figures: FigureSummary[]; differences: DifferenceSummary[] }[] {
    return this.options.map((s, i) => ({ figures: s.figures(), differences: this.paired[i].differences() }));
  }
}
