import type { Unit } from '../sim/results.js';

/**
 * The shape of `results.json`: everything a report or a spreadsheet needs,
 * with no reference back to the simulator. Documented in docs/results.md.
 */

/** Across-replication summary of one scalar figure. */
export interface FigureSummary {
  id: string;
  label: string;
  unit: Unit;
  group: string;
  /** Replications summarised. */
  n: number;
  mean: number;
  /** Sample standard deviation across replications (n - 1 divisor). */
  sd: number;
  /** 95% confidence interval of the mean (Student t, n - 1 degrees of freedom). */
  ci95: [number, number];
  /** Percentiles across replications (the spread of outcomes, not of the mean). */
  p2_5: number;
  p10: number;
  p50: number;
  p90: number;
  p97_5: number;
  min: number;
  max: number;
  /** Only on a ratio figure: the ids of the count figures it divides; its mean is their ratio of totals (docs/results.md). */
  ratio?: { numerator: string; denominator: string };
}

/** Weekly band of one series: percentiles across replications, week by week. */
export interface SeriesSummary {
  id: string;
  label: string;
  unit: Unit;
  capacity: number[];
  mean: number[];
  p2_5: number[];
  p10: number[];
  p50: number[];
  p90: number[];
  p97_5: number[];
  /** Replications the weekly percentile bands rest on (the first ones; the mean uses all). */
  bandReplications?: number;
}

/** Paired difference (option minus baseline) of one figure on common random numbers. */
export interface DifferenceSummary {
  id: string;
  label: string;
  unit: Unit;
  baseline: number;
  option: number;
  n: number;
  meanDifference: number;
  sdDifference: number;
  ci95: [number, number];
  /** True when the 95% interval of the difference excludes zero. */
  clearOfZero: boolean;
  /**
   * 10th and 90th percentiles of the per-replication difference: the middle 80% of the paired runs. It
   * includes the drift of the two simulated histories apart once a child's path differs, so it is no forecast
   * range for the option's effect (paired-summariser.ts). Absent for ratio figures (compared as ratios of
   * totals) and in documents written before it.
   */
  p10p90?: [number, number];
}

/** Provenance every result document carries. */
export interface RunProvenance {
  carecapVersion: string;
  scenarioName: string;
  /** SHA-256 of the validated scenario (canonical JSON), so a result names its inputs exactly. */
  scenarioHash: string;
  /**
   * compare only: SHA-256 of everything compared (every scenario's hash, the baseline's and options' names and
   * overrides, the key figures and the discounting), since scenarioHash names the baseline alone.
   */
  experimentHash?: string;
  scenarioFile: string;
  seed: number;
  replications: number;
  workers: number;
  wallMs: number;
  /** True when the run stopped early (Ctrl-C, failure); figures cover finished replications only. */
  partial: boolean;
  /** ISO date-time the document was written (not used by the model). */
  writtenAt: string;
}

/** `results.json` of `carecap run`. */
export interface RunDocument {
  kind: 'run';
  provenance: RunProvenance;
  /** Plain-words description of the scenario for the report. */
  scenario: ScenarioDigest;
  weekStarts: string[];
  figures: FigureSummary[];
  series: SeriesSummary[];
  /** Present when --precision drove the replication count. */
  precision?: { target: number; achieved: Record<string, number>; met: boolean };
  failures: { replication: number; seed: number; message: string }[];
}

/** What the report says about the scenario, in plain words. */
export interface ScenarioDigest {
  name: string;
  description: string;
  startDate: string;
  horizonYears: number;
  warmupDays: number;
  capacity: { service: string; places: number; note: string }[];
  demand: { stream: string; ratePerYear: number; route: string }[];
  /** Prices and assumptions that decide the money, in words (digest.ts); absent in documents written before them. */
  assumptions?: { item: string; value: string }[];
}

/** One option of a comparison: its own figures and its paired differences from the baseline. */
export interface OptionResult {
  name: string;
  /** Overrides applied to the baseline scenario, e.g. `{ "services.outreach.slots": 16 }`. */
  overrides: Record<string, unknown>;
  figures: FigureSummary[];
  differences: DifferenceSummary[];
  /** The batch file's description of the option, plain words. */
  description?: string;
  /** The comparison read as a decision (compare-decision.ts, docs/sizing.md). */
  decision?: OptionDecision;
}

/** One option's decision figures against the baseline (all differences paired on common random numbers). */
export interface OptionDecision {
  /** 1 = the best mean on rankedBy (an order of means, not a finding: see amongBest). */
  rank: number;
  rankedBy: 'npv' | 'meanCostDifference';
  /** Share (0-1) of replications in which the option's cost.total is below the baseline's. */
  shareCheaper: number;
  /** From the 95% paired interval of cost.total. */
  costVerdict: 'cheaper' | 'costlier' | 'no detectable difference';
  /** Net present value of baseline − option costs (positive: the option saves), discounted as `discounting` says. */
  npv?: { gbp: number; ci95: [number, number]; discountRatePerYear: number; deflatorPerYear: number; discounting: string };
  /**
   * Years from the start until the cumulative mean undiscounted saving turns and stays non-negative; null: not within
   * the horizon; absent when the total cost difference cannot be told from zero (no payback is stated then).
   */
  paybackYears?: number | null;
  /** Extra cost per spill-over avoided; null: no detectable change in spill-overs (or none avoided). */
  costPerSpilloverAvoided?: number | null;
  /** Extra cost per out-of-county child-week avoided; null: no detectable change (or none avoided). */
  costPerOocWeekAvoided?: number | null;
  /** 95% intervals of the two ratios above (delta method on the paired replications), where a ratio is stated. */
  costPerSpilloverAvoidedCi95?: [number, number];
  costPerOocWeekAvoidedCi95?: [number, number];
  /** Undiscounted option − baseline cost per financial year, with 95% paired intervals. */
  byFinancialYear?: { fy: string; meanDifferenceGbp: number; ci95: [number, number] }[];
  /** One-off (capital or set-up) costs the option enters beyond the baseline's (otherCosts.oneOff), in cash; 0: none entered. */
  oneOffGbp?: number;
  /** The decision in plain words. */
  sentence: string;
  /** Whether screening for the best (ranking.best) keeps this option: the data cannot rule it out as the best. */
  amongBest?: boolean;
}

/** `results.json` of `carecap compare`. */
export interface CompareDocument {
  kind: 'compare';
  provenance: RunProvenance;
  scenario: ScenarioDigest;
  /** Ids of the key figures shown first (total cost, spill-overs, out-of-county weeks ...). */
  keyFigures: string[];
  baseline: { name: string; figures: FigureSummary[] };
  options: OptionResult[];
  /** Options, best mean first, and which screening keeps as possibly the best (compare-decision.ts). */
  /**
   * Options in order of their mean on `rankedBy` (best mean first), and, with `best`, what screening for the best
   * (best-subset.ts) kept: option indices, whether the baseline, at what confidence, over how many replications.
   */
  ranking?: {
    rankedBy: 'npv' | 'meanCostDifference'; order: number[]; sentence: string;
    best?: { options: number[]; baseline: boolean; confidence: number; replications: number };
  };
}

/** One evaluated configuration of a sizing search. */
export interface SizeConfiguration {
  /** Values of the varied paths, e.g. `{ "services.hub.beds": 4 }`. */
  settings: Record<string, number>;
  replications: number;
  /** Key figures only (objective, target figure and a few others). */
  figures: FigureSummary[];
  /** Meets the target with the stated confidence, fails it, or not yet clear when the search stopped. */
  feasible: 'yes' | 'no' | 'unclear';
  onParetoFront: boolean;
  /** Why the search stopped spending replications here, if it did early. */
  dropped?: string;
  /** Its objective minus the recommendation's, paired on their common replications (means over different counts are not comparable). */
  versusRecommended?: DifferenceSummary;
}

/** `results.json` of `carecap size`. */
export interface SizeDocument {
  kind: 'size';
  provenance: RunProvenance;
  scenario: ScenarioDigest;
  dimensions: { path: string; values: number[] }[];
  target: { figure: string; operator: '<='; value: number; confidence: number };
  objective: string;
  /** Figure plotted against the objective on the Pareto chart (spill-overs by default). */
  riskFigure: string;
  configurations: SizeConfiguration[];
  /** Index into configurations of the recommended configuration (never a dropped one), or null. */
  chosen: number | null;
  method: string;
  outcome?: 'single' | 'tie' | 'none-feasible' | 'stopped' | 'capped-inconclusive';
  /** Configurations shown to meet the target whose paired mean objective is within δ of the recommendation's. */
  tieSet?: number[];
  /**
   * One-off (capital or set-up) cost per unit a configuration adds above today's value, by varied path (`--one-off`),
   * paid on the start date and included in cost.total; empty: none entered, so added places carry running costs only.
   * Absent in documents written before December 2026.
   */
  oneOffPerUnit?: Record<string, number>;
  /** 'rule' when the recommendation was picked from identical survivors by `rule`. */
  recommendedBy?: 'finding' | 'rule';
  /** The tie rule in words. */
  rule?: string;
  /** The answer in words. */
  statement?: string;
  /** δ, in the objective's units. */
  indifference?: number;
  /** ε, in the target figure's units. */
  tolerance?: number;
  /** Today's configuration (the scenario as written) and the recommendation's paired difference from it (recommendation − today). */
  today?: { index: number | null; settings: Record<string, number>; difference?: DifferenceSummary };
  /** Present when the search was "least risk within a budget": the most mean cost.total allowed. */
  budget?: number;
}

export type ResultDocument = RunDocument | CompareDocument | SizeDocument;
