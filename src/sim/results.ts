/**
 * What one replication returns: compact, plain data that crosses threads
 * cheaply (no event logs). Figures are positional: `values[i]` is the figure
 * described by `catalogue.scalars[i]`, and `weekly[j][w]` is the mean of
 * series `catalogue.series[j]` over simulated week `w` after warm-up.
 */
export interface ReplicationResult {
  /** Replication index, 0-based; with the master seed it fixes every stream. */
  replication: number;
  /** Events dispatched (stale, cancelled events are not counted). */
  events: number;
  /** One number per scalar figure, in catalogue order. */
  values: Numbers;
  /** One weekly array per series, in catalogue order. */
  weekly: Numbers[];
}

/** Numbers as a plain array (made in the model) or a view on a transferred buffer (from a worker). */
export type Numbers = number[] | Float64Array;

/** Units a figure can carry; the report and CSV print them. */
export type Unit =
  | 'share'        // a fraction in [0, 1], printed as a percentage
  | 'children'     // a head count or mean number of children present
  | 'places'       // places in use (a single-occupancy child fills a whole house)
  | 'count'        // events counted over the reporting period
  | 'GBP'          // pounds sterling over the reporting period (or the named year)
  | 'days'
  | 'weeks'
  | 'child-weeks'
  | 'per child';

/** Describes one scalar figure. */
export interface MetricInfo {
  /** Stable dotted id, e.g. `hub.utilisation`, `cost.fy2026.external`. */
  id: string;
  /** Plain-English label for tables and charts. */
  label: string;
  unit: Unit;
  /** Grouping for reports: a service name, `cost`, `spillover`, `stability`. */
  group: string;
  /**
   * A ratio figure (a share or a mean per event) names the count figures it
   * divides; summaries then report Σ numerator / Σ denominator over
   * replications, not the mean of per-replication ratios (docs/results.md).
   */
  ratio?: { numerator: string; denominator: string };
  /**
   * A financial year's total (`cost.fyYYYY.total`): the share of that year
   * inside the period, 1 for a whole year. Payback and discounting count a
   * first year that starts in October as half a year (cost-flows.ts).
   */
  yearShare?: number;
}

/** Describes one weekly series (occupancy of a service or place). */
export interface SeriesInfo {
  id: string;
  label: string;
  unit: Unit;
  /** Places available in each week (mean over the week), for the capacity line. */
  capacity: number[];
}

/** The figures a scenario produces, fixed before any replication runs. */
export interface MetricCatalogue {
  scalars: MetricInfo[];
  series: SeriesInfo[];
  /** ISO date (YYYY-MM-DD) each reported week starts on. */
  weekStarts: string[];
}
