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
}

/** Provenance every result document carries. */
export interface RunProvenance {
  carecapVersion: string;
  scenarioName: string;
  /** SHA-256 of the validated scenario (canonical JSON), so a result names its inputs exactly. */
  scenarioHash: string;
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
}

/** One option of a comparison: its own figures and its paired differences from the baseline. */
export interface OptionResult {
  name: string;
  /** Overrides applied to the baseline scenario, e.g. `{ "services.outreach.slots": 16 }`. */
  overrides: Record<string, unknown>;
  figures: FigureSummary[];
  differences: DifferenceSummary[];
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
  /** Index into configurations of the cheapest feasible configuration, or null if none. */
  chosen: number | null;
  method: string;
}

export type ResultDocument = RunDocument | CompareDocument | SizeDocument;
