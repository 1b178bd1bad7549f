import { existsSync, mkdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { RunDocument } from '../capacity/result-document.js';
import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import { CsvStream } from './csv-stream.js';
import { writeFileAtomic } from './atomic-write.js';
import { writeReport } from './report-command.js';
import { writeSummaryCsv, writeWeeklyCsv } from './summary-csv.js';
import { writeWorkbook } from './workbook.js';
import { replicationsHeader } from './result-tables.js';

/** Files of a run folder; results.json is published last and means "the rest belongs to it". */
export const RUN_FILES = ['replications.csv', 'summary.csv', 'weekly.csv', 'results.xlsx', 'report.html', 'results.json'] as const;

/**
 * A run's output folder, written so that a crash or Ctrl-C never leaves a
 * torn or misleading file. Everything is written into a hidden staging
 * folder inside the output folder (same file system, so renames are
 * atomic); replications.csv is streamed there as results arrive. Publishing
 * first removes the old results.json, then renames the other files in, then
 * results.json last: at every instant the folder either has a results.json
 * that matches the files beside it, or none.
 */
export class RunOutput {
  readonly staging: string;
  private readonly replications: CsvStream;

  constructor(readonly folder: string, catalogue: MetricCatalogue) {
    mkdirSync(folder, { recursive: true });
    this.staging = join(folder, `.carecap-staging-${process.pid}-${randomBytes(4).toString('hex')}`);
    mkdirSync(this.staging);
    this.replications = new CsvStream(join(this.staging, 'replications.csv'), replicationsHeader(catalogue));
  }

  /** Streams one replication's row (call in replication order). */
  addReplication(r: ReplicationResult): void {
    this.replications.row([r.replication, r.events, ...r.values]);
  }

  /** Writes the document and its tables into staging, then publishes the lot. */
  async finish(doc: RunDocument): Promise<void> {
    this.replications.close();
    await writeFileAtomic(join(this.staging, 'results.json'), JSON.stringify(doc, null, 1));
    await writeSummaryCsv(doc, join(this.staging, 'summary.csv'));
    if (doc.figures.length > 0) {
      await writeWeeklyCsv(doc, join(this.staging, 'weekly.csv'));
      await writeWorkbook(doc, join(this.staging, 'results.xlsx'));
      await writeReport(this.staging); // the report needs at least one replication's figures
    }
    this.publish();
  }

  private publish(): void {
    const target = (f: string) => join(this.folder, f);
    if (existsSync(target('results.json'))) unlinkSync(target('results.json'));
    for (const f of RUN_FILES) {
      const staged = join(this.staging, f);
      if (existsSync(staged)) renameSync(staged, target(f));
      else rmSync(target(f), { force: true }); // an old file not rewritten this time would mislead
    }
    this.abandon();
  }

  /** Removes the staging folder and everything in it (synchronous: safe in a signal handler). */
  abandon(): void {
    this.replications.discard();
    rmSync(this.staging, { recursive: true, force: true });
  }
}
