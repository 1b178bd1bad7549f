import type { ResultDocument, RunDocument } from '../capacity/result-document.js';
import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import { tableCsv } from './csv.js';
import { writeFileAtomic } from './atomic-write.js';
import { replicationsTable, summaryTable, weeklyTable } from './result-tables.js';

/** Writes `summary.csv`: one row per figure (per option / configuration for compare and size). */
export async function writeSummaryCsv(doc: ResultDocument, path: string): Promise<void> {
  await writeFileAtomic(path, tableCsv(summaryTable(doc)));
}

/** Writes the weekly bands of a run, one row per series and week. */
export async function writeWeeklyCsv(doc: RunDocument, path: string): Promise<void> {
  await writeFileAtomic(path, tableCsv(weeklyTable(doc)));
}

/** Writes `replications.csv`: one row per replication, one column per scalar figure. */
export async function writeReplicationsCsv(path: string, catalogue: MetricCatalogue, results: ReplicationResult[]): Promise<void> {
  await writeFileAtomic(path, tableCsv(replicationsTable(catalogue, results)));
}
