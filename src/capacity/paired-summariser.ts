import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { DifferenceSummary } from './result-document.js';
import { RunningMoments } from './running-moments.js';
import { checkOrder, checkValues, interval, intervalOf, ratioPositions } from './summarise.js';
import { CoMoments } from './co-moments.js';
import { pairedRatioDifference } from './ratio-estimate.js';
import { StreamingQuantiles } from './p-square.js';

/**
 * Percentiles of the per-replication difference reported beside its mean:
 * the middle 80% of the paired replications. Not a range for the option's
 * effect in one future: both arms start with the same children and draws,
 * but once one child's path differs the two simulated histories drift apart,
 * so the spread measures that drift as much as the option (docs/results.md).
 * Only the mean difference and its 95% interval describe the option.
 */
export const SPREAD_PERCENTILES = [0.1, 0.9] as const;

/**
 * Paired differences (option minus baseline) on common random numbers: both
 * results of a pair come from the same replication index, so the sd of the
 * differences, not of each arm, sets the interval. A ratio figure (whose
 * parts both catalogues hold) is compared as a difference of ratios of
 * totals, with the delta-method sd of the paired linearised values.
 */
export class PairedSummariser {
  private last = -1;
  private readonly pairs: { id: string; b: number; o: number }[];
  private readonly baselineMoments: RunningMoments[];
  private readonly optionMoments: RunningMoments[];
  private readonly differenceMoments: RunningMoments[];
  private readonly ratios: ({ xb: number; yb: number; xo: number; yo: number; m: CoMoments } | null)[];
  /** Per-replication differences' P10 and P90, for figures that are not ratios (a ratio of totals has no per-replication difference to rank). */
  private readonly spreads: (StreamingQuantiles | null)[];
  /** Whether every replication so far gave the option exactly the baseline's value (and, for a ratio, the same parts). */
  private readonly identical: boolean[];

  constructor(readonly baseline: MetricCatalogue, readonly option: MetricCatalogue) {
    const optionIndex = new Map(option.scalars.map((s, i) => [s.id, i]));
    this.pairs = baseline.scalars.flatMap((s, b) => {
      const o = optionIndex.get(s.id);
      return o === undefined ? [] : [{ id: s.id, b, o }];
    });
    const fresh = (): RunningMoments[] => this.pairs.map(() => new RunningMoments());
    this.baselineMoments = fresh();
    this.optionMoments = fresh();
    this.differenceMoments = fresh();
    const rb = ratioPositions(baseline);
    const ro = ratioPositions(option);
    this.ratios = this.pairs.map(({ b, o }) => {
      const [pb, po] = [rb[b], ro[o]];
      return pb && po ? { xb: pb.x, yb: pb.y, xo: po.x, yo: po.y, m: new CoMoments(4) } : null;
    });
    this.spreads = this.ratios.map((r) => (r ? null : new StreamingQuantiles(SPREAD_PERCENTILES)));
    this.identical = this.pairs.map(() => true);
  }

  /** Adds the baseline and option results of one replication; indices must strictly increase. */
  add(baseline: ReplicationResult, option: ReplicationResult): void {
    if (baseline.replication !== option.replication) {
      throw new Error(
        `PairedSummariser.add: baseline replication ${baseline.replication} paired with option replication ${option.replication}`,
      );
    }
    checkOrder(baseline.replication, this.last, 'PairedSummariser.add');
    const where = `replication ${baseline.replication}`;
    checkValues(baseline.values, this.baseline.scalars.length, (i) => `baseline figure ${this.baseline.scalars[i].id}`, where);
    checkValues(option.values, this.option.scalars.length, (i) => `option figure ${this.option.scalars[i].id}`, where);
    this.last = baseline.replication;
    this.pairs.forEach(({ b, o }, k) => {
      this.baselineMoments[k].add(baseline.values[b]);
      this.optionMoments[k].add(option.values[o]);
      this.differenceMoments[k].add(option.values[o] - baseline.values[b]);
      this.spreads[k]?.add(option.values[o] - baseline.values[b]);
      const r = this.ratios[k];
      r?.m.add([baseline.values[r.xb], baseline.values[r.yb], option.values[r.xo], option.values[r.yo]]);
      if (option.values[o] !== baseline.values[b] || (r && (option.values[r.xo] !== baseline.values[r.xb] || option.values[r.yo] !== baseline.values[r.yb]))) this.identical[k] = false;
    });
  }

  /** One difference per figure present in both catalogues, in baseline catalogue order. */
  differences(): DifferenceSummary[] {
    return this.pairs.map(({ b }, k) => {
      const { id, label, unit } = this.baseline.scalars[b];
      const d = this.differenceMoments[k];
      const r = this.ratios[k] ? pairedRatioDifference(this.ratios[k]!.m) : null;
      // The same value in both arms in every replication: exactly no difference. A ratio's delta-method sd would
      // otherwise be rounding noise (1e-9), read as an interval around zero and called "cannot tell".
      const { mean, sd, ci95 } = this.identical[k] ? { mean: 0, sd: 0, ci95: [0, 0] as [number, number] } : r ? intervalOf(r.difference, r.sd, d.count) : interval(d);
      const clearOfZero = d.count >= 2 && (ci95[0] > 0 || ci95[1] < 0);
      const spread = this.spreads[k]?.values();
      return {
        ...{ id, label, unit, baseline: r ? r.baseline : this.baselineMoments[k].mean, option: r ? r.option : this.optionMoments[k].mean },
        ...{ n: d.count, meanDifference: mean, sdDifference: sd, ci95, clearOfZero },
        ...(spread ? { p10p90: [spread[0], spread[1]] as [number, number] } : {}),
      };
    });
  }
}
