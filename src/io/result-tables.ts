import type {
  CompareDocument, FigureSummary, ResultDocument, RunDocument, RunProvenance, ScenarioDigest, SizeDocument,
} from '../capacity/result-document.js';
import { decisionsTable } from './decision-table.js';
import type { MetricCatalogue, ReplicationResult, Unit } from '../sim/results.js';
import type { CsvValue } from './csv.js';

/**
 * Result documents as plain tables (a header and rows), shared by the CSV and
 * the workbook writers so both say the same thing.
 */
export interface Table {
  /** Sheet name (at most 31 characters, none of []:*?/\). */
  name: string;
  header: string[];
  rows: CsvValue[][];
  /** Unit of each row's figure, where a row is one figure (for number formats). */
  rowUnits?: (Unit | undefined)[];
  /** Columns whose numbers are in the row's unit. */
  unitColumns?: number[];
  /** Columns holding ISO dates. */
  dateColumns?: number[];
  /** The unit of each column, where a column has one whatever the row (a table of decisions). */
  columnUnits?: (Unit | undefined)[];
}

/** A unit as a column header says it: `£`, `share 0-1` (a fraction, shown as % in the report), `child-weeks`. */
export function unitHeader(unit: Unit): string {
  return unit === 'GBP' ? '£' : unit === 'share' ? 'share 0-1' : unit;
}

/** A figure's column header with its unit: `cost.total (£)`, `spillover.share (share 0-1)`. */
export function figureColumn(id: string, unit: Unit | undefined, what = ''): string {
  return `${id}${what ? ` ${what}` : ''}${unit ? ` (${unitHeader(unit)})` : ''}`;
}

/** The header of replications.csv: replication, events, then every scalar figure with its unit. */
export function replicationsHeader(catalogue: MetricCatalogue): string[] {
  return ['replication', 'events', ...catalogue.scalars.map((s) => figureColumn(s.id, s.unit))];
}

const FIGURE_HEADER = ['id', 'label', 'group', 'unit', 'n', 'mean', 'sd', 'ci95_low', 'ci95_high', 'p2_5', 'p10', 'p50', 'p90', 'p97_5', 'min', 'max'];
const FIGURE_UNIT_COLUMNS = [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15];

function figureCells(f: FigureSummary): CsvValue[] {
  return [f.id, f.label, f.group, f.unit, f.n, f.mean, f.sd, f.ci95[0], f.ci95[1], f.p2_5, f.p10, f.p50, f.p90, f.p97_5, f.min, f.max];
}

/** Figures with context columns in front (option name, configuration …). */
function figureTable(name: string, contextHeader: string[], blocks: { context: CsvValue[]; figures: FigureSummary[] }[]): Table {
  const rows = blocks.flatMap((b) => b.figures.map((f) => [...b.context, ...figureCells(f)]));
  const rowUnits = blocks.flatMap((b) => b.figures.map((f) => f.unit));
  const shift = contextHeader.length;
  return { name, header: [...contextHeader, ...FIGURE_HEADER], rows, rowUnits, unitColumns: FIGURE_UNIT_COLUMNS.map((c) => c + shift) };
}

/** `summary.csv`: one row per figure (per option or configuration for compare and size documents). */
export function summaryTable(doc: ResultDocument): Table {
  switch (doc.kind) {
    case 'run':
      return figureTable('Figures', [], [{ context: [], figures: doc.figures }]);
    case 'compare':
      return figureTable('Figures', ['option'], [
        { context: [doc.baseline.name], figures: doc.baseline.figures },
        ...doc.options.map((o) => ({ context: [o.name], figures: o.figures })),
      ]);
    case 'size':
      return figureTable('Figures', ['configuration', 'settings'], doc.configurations.map((c, i) => ({
        // Numbered from 1, as in configurations.csv, the terminal and the report.
        context: [i + 1, Object.entries(c.settings).map(([k, v]) => `${k}=${v}`).join('; ')], figures: c.figures,
      })));
  }
}

/** Weekly bands of every series in one long table: a row per series and week. */
export function weeklyTable(doc: RunDocument): Table {
  const header = ['series', 'label', 'unit', 'week_start', 'capacity', 'mean', 'p2_5', 'p10', 'p50', 'p90', 'p97_5'];
  // A series with no places (a waiting list, children out of county) has no capacity: blank, not 0.
  const rows = doc.series.flatMap((s) => {
    const hasCapacity = s.capacity.some((c) => c > 0);
    return doc.weekStarts.map((week, w): CsvValue[] =>
      [s.id, s.label, s.unit, week, hasCapacity ? s.capacity[w] : null, s.mean[w], s.p2_5[w], s.p10[w], s.p50[w], s.p90[w], s.p97_5[w]]);
  });
  return { name: 'Weekly', header, rows, dateColumns: [3] };
}

/** Paired differences of every option from the baseline. */
export function differencesTable(doc: CompareDocument): Table {
  const header = ['option', 'id', 'label', 'unit', 'key_figure', 'baseline_mean', 'option_mean', 'n', 'mean_difference', 'sd_difference', 'ci95_low', 'ci95_high', 'clear_of_zero',
    'p10_difference', 'p90_difference'];
  const list = doc.options.flatMap((o) => o.differences.map((d) => ({ o, d })));
  return {
    name: 'Differences', header,
    // P10 and P90 of the per-replication difference (the scatter of paired runs, drift included: no forecast range); empty for ratio figures.
    rows: list.map(({ o, d }) => [o.name, d.id, d.label, d.unit, doc.keyFigures.includes(d.id), d.baseline, d.option, d.n, d.meanDifference, d.sdDifference, d.ci95[0], d.ci95[1], d.clearOfZero,
      d.p10p90?.[0] ?? null, d.p10p90?.[1] ?? null]),
    rowUnits: list.map(({ d }) => d.unit), unitColumns: [5, 6, 8, 9, 10, 11, 13, 14],
  };
}

/** Every configuration of a sizing search with its settings, verdict and the objective and risk figures. */
export function configurationsTable(doc: SizeDocument): Table {
  const ids = [...new Set([doc.objective, doc.riskFigure, doc.target.figure])];
  const unitOf = (id: string) => doc.configurations.flatMap((c) => c.figures).find((f) => f.id === id)?.unit;
  // The comparable number: each configuration's objective minus the recommendation's, paired on their common
  // replications (means over different counts are not comparable), with its interval and replications.
  const vs = ['mean', 'ci95_low', 'ci95_high'].map((w) => figureColumn(`${doc.objective} minus recommended`, unitOf(doc.objective), w));
  const header = ['configuration', ...doc.dimensions.map((d) => d.path), 'replications', 'feasible', 'pareto_front', 'chosen', 'dropped',
    ...ids.flatMap((id) => ['mean', 'ci95_low', 'ci95_high'].map((w) => figureColumn(id, unitOf(id), w))), ...vs, 'paired_replications'];
  // Numbered from 1, as on the report and in the terminal.
  const rows = doc.configurations.map((c, i): CsvValue[] => [i + 1, ...doc.dimensions.map((d) => c.settings[d.path]), c.replications, c.feasible, c.onParetoFront, i === doc.chosen, c.dropped ?? '',
    ...ids.flatMap((id) => { const f = c.figures.find((x) => x.id === id); return f ? [f.mean, f.ci95[0], f.ci95[1]] : [null, null, null]; }),
    ...(c.versusRecommended ? [c.versusRecommended.meanDifference, c.versusRecommended.ci95[0], c.versusRecommended.ci95[1], c.versusRecommended.n] : [null, null, null, null])]);
  return { name: 'Configurations', header, rows };
}

/** Provenance and scenario digest as name/value rows. */
export function aboutTable(p: RunProvenance, s: ScenarioDigest): Table {
  const rows: CsvValue[][] = [
    ['scenario', s.name], ['description', s.description], ['start date', s.startDate], ['horizon (years)', s.horizonYears], ['warm-up (days)', s.warmupDays],
    ...s.capacity.map((c): CsvValue[] => [`capacity: ${c.service}`, c.places, c.note]),
    ...s.demand.map((d): CsvValue[] => [`demand: ${d.stream} (per year)`, d.ratePerYear, d.route]),
    ['seed', p.seed], ['replications', p.replications], ['partial', p.partial], ['workers', p.workers], ['wall time (ms)', p.wallMs],
    ['scenario file', p.scenarioFile], ['scenario SHA-256', p.scenarioHash], ['carecap version', p.carecapVersion], ['written at', p.writtenAt],
  ];
  return { name: 'About', header: ['item', 'value', 'note'], rows };
}

/** `replications.csv`: a row per replication, a column per scalar figure in catalogue order. */
export function replicationsTable(catalogue: MetricCatalogue, results: ReplicationResult[]): Table {
  const sorted = [...results].sort((a, b) => a.replication - b.replication);
  return {
    name: 'Replications',
    header: replicationsHeader(catalogue),
    rows: sorted.map((r) => [r.replication, r.events, ...r.values]),
  };
}

/** The sheets of a document's workbook, in order. */
export function documentTables(doc: ResultDocument): Table[] {
  switch (doc.kind) {
    case 'run':
      return [summaryTable(doc), weeklyTable(doc), aboutTable(doc.provenance, doc.scenario)];
    case 'compare':
      // The decision first (rank, NPV, payback, verdict, one-off costs): a finance lead works in the workbook.
      return [...(doc.options.some((o) => o.decision) ? [decisionsTable(doc)] : []), differencesTable(doc), summaryTable(doc), aboutTable(doc.provenance, doc.scenario)];
    case 'size':
      return [configurationsTable(doc), summaryTable(doc), aboutTable(doc.provenance, doc.scenario)];
  }
}
