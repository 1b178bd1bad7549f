import { join } from 'node:path';
import type { RunDocument } from '../capacity/result-document.js';
import type { MetricCatalogue, ReplicationResult } from '../sim/results.js';
import { CsvStream } from './csv-stream.js';
import { writeFileAtomic } from './atomic-write.js';
import { writeReport } from './report-command.js';
import { writeSummaryCsv, writeWeeklyCsv } from './summary-csv.js';
import { writeWorkbook } from './workbook.js';
import { outputError, StagedFolder } from './result-folder.js';
import { replicationsHeader } from './result-tables.js';


/**
 * A run's output folder, written so that a crash or Ctrl-C never leaves a
 * torn or misleading file: a StagedFolder (result-folder.ts, the one output
 * mechanism of every command) into whose staging replications.csv is
 * streamed as results arrive.
 */
export class RunOutput {
  readonly staging: string;
  private readonly out: StagedFolder;
  private readonly replications: CsvStream;

  constructor(readonly folder: string, catalogue: MetricCatalogue) {
    this.out = StagedFolder.open(folder);
    this.staging = this.out.staging;
    this.replications = new CsvStream(join(this.staging, 'replications.csv'), replicationsHeader(catalogue));
  }

  /** Streams one replication's row (call in replication order). */
  addReplication(r: ReplicationResult): void {
    this.replications.row([r.replication, r.events, ...r.values]);
  }

  /** Writes the document and its tables into staging, then publishes the lot. */
  async finish(doc: RunDocument): Promise<void> {
    try {
      await this.stage(doc);
    } catch (err) {
      this.abandon();
      throw outputError(this.folder, err);
    }
    this.out.publish();
  }

  private async stage(doc: RunDocument): Promise<void> {
    this.replications.close();
    await writeFileAtomic(join(this.staging, 'results.json'), JSON.stringify(doc, null, 1));
    await writeSummaryCsv(doc, join(this.staging, 'summary.csv'));
    if (doc.figures.length > 0) {
      await writeWeeklyCsv(doc, join(this.staging, 'weekly.csv'));
      await writeWorkbook(doc, join(this.staging, 'results.xlsx'));
      await writeReport(this.staging); // the report needs at least one replication's figures
    }
  }

  /** Removes the staging folder and everything in it (synchronous: safe in a signal handler). */
  abandon(): void {
    this.replications.discard();
    this.out.abandon();
  }
}
