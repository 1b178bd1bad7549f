import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CompareDocument, SizeDocument } from '../capacity/result-document.js';
import { renderReport } from '../report/render-report.js';
import { readPlotlyBundle } from '../report/plotly-bundle.js';
import { writeFileAtomic } from './atomic-write.js';
import { tableCsv } from './csv.js';
import { summaryTable, type Table } from './result-tables.js';
import { workbookBytes } from './workbook.js';

/**
 * Write a comparison's or a sizing's folder so that it is never torn or
 * misleading: the old results.json goes first (a folder without one is
 * visibly unfinished), every other file is written atomically, and the new
 * results.json comes last, so a results.json always belongs with the files
 * beside it. `tables` are the document's own CSVs (differences, configurations).
 */
export async function writeResultFolder(out: string, doc: CompareDocument | SizeDocument, tables: Record<string, Table>): Promise<void> {
  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'results.json'), { force: true });
  for (const [name, table] of Object.entries({ ...tables, 'summary.csv': summaryTable(doc) })) {
    await writeFileAtomic(join(out, name), tableCsv(table));
  }
  await writeFileAtomic(join(out, 'results.xlsx'), await workbookBytes(doc));
  await writeFileAtomic(join(out, 'report.html'), renderReport(doc, await readPlotlyBundle()));
  await writeFileAtomic(join(out, 'results.json'), JSON.stringify(doc, null, 1));
}
