import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import type { FigureSummary, SeriesSummary } from './result-document.js';
import { StreamingQuantiles } from './p-square.js';
import { RunningMoments } from './running-moments.js';
import { CoMoments } from './co-moments.js';
import { ratioEstimate } from './ratio-estimate.js';
import { studentTCritical } from './student-t.js';
import { WeeklyBands } from './weekly-bands.js';

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
  /** Replications whose weekly values the percentile bands rest on (default 1000; see weekly-bands.ts). */
  bandLimit?: number;
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
export function interval(m: RunningMoments): { mean: number; sd: number; ci95: [number, number] } {
  if (m.count === 0) throw new Error('summarise: no replications have been added');
  const mean = m.mean;
  if (m.count < 2) return { mean, sd: 0, ci95: [mean, mean] };
  const sd = m.sd;
  const half = (critical(m.count - 1) * sd) / Math.sqrt(m.count); // t_{0.975, n-1} s / sqrt(n)
  return { mean, sd, ci95: [mean - half, mean + half] };
}

/** Mean, sd and 95% t interval from a mean and an sd over n replications (NaN-free as above). */
export function intervalOf(mean: number, sd: number, n: number): { mean: number; sd: number; ci95: [number, number] } {
  if (n < 2) return { mean, sd: 0, ci95: [mean, mean] };
  const half = (critical(n - 1) * sd) / Math.sqrt(n);
  return { mean, sd, ci95: [mean - half, mean + half] };
}

/** For each figure of a catalogue that declares a ratio of two figures present in it, their positions. */
export function ratioPositions(catalogue: MetricCatalogue): ({ x: number; y: number } | null)[] {
  const index = new Map(catalogue.scalars.map((s, i) => [s.id, i]));
  return catalogue.scalars.map((s) => {
    const x = s.ratio && index.get(s.ratio.numerator);
    const y = s.ratio && index.get(s.ratio.denominator);
    return x !== undefined && y !== undefined && x !== null && y !== null ? { x, y } : null;
  });
}

/** Throws unless `index` is an integer greater than `last`; returns it. */
export function checkOrder(index: number, last: number, who: string): number {
  if (!Number.isInteger(index) || index <= last) {
    throw new Error(
      `${who}: replication ${index} arrived after ${last}; results must be added in strictly increasing replication order`,
    );
  }
  return index;
}

/** Throws unless `values` are `expected` finite numbers; names the first bad one. */
export function checkValues(values: ArrayLike<number>, expected: number, ids: (i: number) => string, where: string): void {
  if (values.length !== expected) {
    throw new Error(`${where}: expected ${expected} values, got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new Error(`${where}: ${ids(i)} is ${values[i]}, not a finite number`);
  }
}

/** Summarises the replications of one scenario: figures with intervals, weekly bands. */
export class Summariser {
  private last = -1;
  private n = 0;
  private readonly moments: RunningMoments[];
  private readonly quantiles: StreamingQuantiles[];
  private readonly weekly: WeeklyBands[];
  private readonly ratios: ({ x: number; y: number; m: CoMoments } | null)[];

  constructor(readonly catalogue: MetricCatalogue, options: SummariserOptions = {}) {
    const limit = options.exactLimit ?? 1000;
    const weeks = catalogue.weekStarts.length;
    this.moments = catalogue.scalars.map(() => new RunningMoments());
    this.quantiles = catalogue.scalars.map(() => new StreamingQuantiles(PERCENTILES, limit));
    this.weekly = catalogue.series.map(() => new WeeklyBands(weeks, options.bandLimit ?? 1000));
    this.ratios = ratioPositions(catalogue).map((p) => (p ? { ...p, m: new CoMoments(2) } : null));
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
    for (const r of this.ratios) r?.m.add([result.values[r.x], result.values[r.y]]);
    result.weekly.forEach((w, j) => this.weekly[j].add(w));
  }

  /** Replications added so far. */
  get count(): number {
    return this.n;
  }

  /** Numbers held for percentiles across all figures and weeks; bounded once past exactLimit. */
  get retainedSize(): number {
    return this.quantiles.reduce((sum, q) => sum + q.retainedSize, 0) + this.weekly.reduce((sum, b) => sum + b.retainedSize, 0);
  }

  /**
   * One summary per scalar figure, in catalogue order; throws before any
   * replication. A ratio figure whose parts are in the catalogue has its
   * mean, sd and interval from the ratio of totals (ratio-estimate.ts); its
   * percentiles stay those of the per-replication ratios.
   */
  figures(): FigureSummary[] {
    return this.catalogue.scalars.map((info, i) => {
      const m = this.moments[i];
      const [p2_5, p10, p50, p90, p97_5] = this.quantiles[i].values();
      const { id, label, unit, group } = info;
      const r = this.ratios[i];
      const est = r ? ratioEstimate(r.m, 0, 1) : null;
      return {
        ...{ id, label, unit, group, n: m.count },
        ...(est ? intervalOf(est.ratio, est.sd, m.count) : interval(m)),
        ...{ p2_5, p10, p50, p90, p97_5, min: m.min, max: m.max },
        ...(r && info.ratio ? { ratio: { numerator: info.ratio.numerator, denominator: info.ratio.denominator } } : {}),
      };
    });
  }

  /** Weekly bands (mean and percentiles across replications) per series, in catalogue order. */
  series(): SeriesSummary[] {
    if (this.n === 0) throw new Error('summarise: no replications have been added');
    return this.catalogue.series.map((info, j) => {
      const bands = this.weekly[j];
      const [p2_5, p10, p50, p90, p97_5] = bands.percentiles(PERCENTILES);
      const { id, label, unit } = info;
      const capacity = [...info.capacity];
      return { id, label, unit, capacity, mean: bands.mean(), p2_5, p10, p50, p90, p97_5, bandReplications: bands.bandReplications };
    });
  }
}

