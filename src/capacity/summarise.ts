import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { DifferenceSummary, FigureSummary, SeriesSummary } from './result-document.js';
import { StreamingQuantiles } from './p-square.js';
import { RunningMoments } from './running-moments.js';
import { studentTCritical } from './student-t.js';

/**
 * Across-replication summaries in memory that does not grow with the number
 * of replications (see p-square.ts). Results must be added in strictly
 * increasing replication index, which makes the summary identical whatever
 * the thread count, batch size or completion order.
 *
 * With fewer than two replications there is no sample variance: sd is
 * reported as 0 and ci95 as [mean, mean] so that results.json holds no NaN;
 * `n` tells the reader how little that means. A paired difference with
 * n < 2 is never clearOfZero.
 */

/** Percentile probabilities reported, in FigureSummary / SeriesSummary order. */
export const PERCENTILES = [0.025, 0.1, 0.5, 0.9, 0.975] as const;

/** Options of a summariser. */
export interface SummariserOptions {
  /** Values held exactly per figure before switching to P-squared (default 1000). */
  exactLimit?: number;
}

// One-entry cache: every figure of a summary shares n, so t is computed once.
let cachedDf = NaN;
let cachedT = NaN;

/** t_{0.975, df}, remembered for the last df asked. */
function critical(df: number): number {
  if (df !== cachedDf) {
    cachedT = studentTCritical(df);
    cachedDf = df;
  }
  return cachedT;
}

/** Mean, sample sd and 95% t interval of a moments accumulator, NaN-free as documented above. */
function interval(m: RunningMoments): { mean: number; sd: number; ci95: [number, number] } {
  if (m.count === 0) throw new Error('summarise: no replications have been added');
  const mean = m.mean;
  if (m.count < 2) return { mean, sd: 0, ci95: [mean, mean] };
  const sd = m.sd;
  const half = (critical(m.count - 1) * sd) / Math.sqrt(m.count); // t_{0.975, n-1} s / sqrt(n)
  return { mean, sd, ci95: [mean - half, mean + half] };
}

/** Throws unless `index` is an integer greater than `last`; returns it. */
function checkOrder(index: number, last: number, who: string): number {
  if (!Number.isInteger(index) || index <= last) {
    throw new Error(
      `${who}: replication ${index} arrived after ${last}; results must be added in strictly increasing replication order`,
    );
  }
  return index;
}

/** Throws unless `values` are `expected` finite numbers; names the first bad one. */
function checkValues(values: number[], expected: number, ids: (i: number) => string, where: string): void {
  if (values.length !== expected) {
    throw new Error(`${where}: expected ${expected} values, got ${values.length}`);
  }
  const bad = values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) throw new Error(`${where}: ${ids(bad)} is ${values[bad]}, not a finite number`);
}

/** Summarises the replications of one scenario: figures with intervals, weekly bands. */
export class Summariser {
  private last = -1;
  private n = 0;
  private readonly moments: RunningMoments[];
  private readonly quantiles: StreamingQuantiles[];
  private readonly weekMoments: RunningMoments[][];
  private readonly weekQuantiles: StreamingQuantiles[][];

  constructor(readonly catalogue: MetricCatalogue, options: SummariserOptions = {}) {
    const limit = options.exactLimit ?? 1000;
    const weeks = catalogue.weekStarts.length;
    this.moments = catalogue.scalars.map(() => new RunningMoments());
    this.quantiles = catalogue.scalars.map(() => new StreamingQuantiles(PERCENTILES, limit));
    this.weekMoments = catalogue.series.map(() => Array.from({ length: weeks }, () => new RunningMoments()));
    this.weekQuantiles = catalogue.series.map(() =>
      Array.from({ length: weeks }, () => new StreamingQuantiles(PERCENTILES, limit)),
    );
  }

  /** Adds one replication; indices must strictly increase from call to call. */
  add(result: ReplicationResult): void {
    const where = `replication ${result.replication}`;
    checkOrder(result.replication, this.last, 'Summariser.add');
    const { scalars, series, weekStarts } = this.catalogue;
    checkValues(result.values, scalars.length, (i) => `figure ${scalars[i].id}`, where);
    if (result.weekly.length !== series.length) {
      throw new Error(`${where}: expected ${series.length} weekly series, got ${result.weekly.length}`);
    }
    result.weekly.forEach((w, j) =>
      checkValues(w, weekStarts.length, (i) => `series ${series[j].id} week ${i}`, `${where}, series ${series[j].id}`),
    );
    this.last = result.replication;
    this.n += 1;
    result.values.forEach((v, i) => {
      this.moments[i].add(v);
      this.quantiles[i].add(v);
    });
    result.weekly.forEach((w, j) =>
      w.forEach((v, k) => {
        this.weekMoments[j][k].add(v);
        this.weekQuantiles[j][k].add(v);
      }),
    );
  }

  /** Replications added so far. */
  get count(): number {
    return this.n;
  }

  /** Numbers held for percentiles across all figures and weeks; bounded once past exactLimit. */
  get retainedSize(): number {
    const all = [...this.quantiles, ...this.weekQuantiles.flat()];
    return all.reduce((sum, q) => sum + q.retainedSize, 0);
  }

  /** One summary per scalar figure, in catalogue order; throws before any replication. */
  figures(): FigureSummary[] {
    return this.catalogue.scalars.map((info, i) => {
      const m = this.moments[i];
      const [p2_5, p10, p50, p90, p97_5] = this.quantiles[i].values();
      const { id, label, unit, group } = info;
      return {
        ...{ id, label, unit, group, n: m.count },
        ...interval(m),
        ...{ p2_5, p10, p50, p90, p97_5, min: m.min, max: m.max },
      };
    });
  }

  /** Weekly bands (mean and percentiles across replications) per series, in catalogue order. */
  series(): SeriesSummary[] {
    if (this.n === 0) throw new Error('summarise: no replications have been added');
    return this.catalogue.series.map((info, j) => {
      const bands = this.weekQuantiles[j].map((q) => q.values());
      const band = (k: number): number[] => bands.map((b) => b[k]);
      const mean = this.weekMoments[j].map((m) => m.mean);
      const { id, label, unit } = info;
      const capacity = [...info.capacity];
      return { id, label, unit, capacity, mean, p2_5: band(0), p10: band(1), p50: band(2), p90: band(3), p97_5: band(4) };
    });
  }
}

/**
 * Paired differences (option minus baseline) on common random numbers: both
 * results of a pair come from the same replication index, so the sd of the
 * differences, not of each arm, sets the interval.
 */
export class PairedSummariser {
  private last = -1;
  private readonly pairs: { id: string; b: number; o: number }[];
  private readonly baselineMoments: RunningMoments[];
  private readonly optionMoments: RunningMoments[];
  private readonly differenceMoments: RunningMoments[];

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
    });
  }

  /** One difference per figure present in both catalogues, in baseline catalogue order. */
  differences(): DifferenceSummary[] {
    return this.pairs.map(({ b }, k) => {
      const { id, label, unit } = this.baseline.scalars[b];
      const d = this.differenceMoments[k];
      const { mean, sd, ci95 } = interval(d);
      const clearOfZero = d.count >= 2 && (ci95[0] > 0 || ci95[1] < 0);
      return {
        ...{ id, label, unit, baseline: this.baselineMoments[k].mean, option: this.optionMoments[k].mean },
        ...{ n: d.count, meanDifference: mean, sdDifference: sd, ci95, clearOfZero },
      };
    });
  }
}
