import ExcelJS from 'exceljs';
import type { ResultDocument } from '../capacity/result-document.js';
import type { Unit } from '../sim/results.js';
import { writeFileAtomic } from './atomic-write.js';
import { documentTables, type Table } from './result-tables.js';

/** Excel number formats by unit: whole pounds, percentages, otherwise general. */
function numberFormat(unit: Unit | undefined): string | undefined {
  if (unit === 'GBP') return '"£"#,##0';
  if (unit === 'share') return '0.0%';
  return undefined;
}

/** Sheet names: at most 31 characters, none of Excel's forbidden []:*?/\. */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

/** An ISO date (YYYY-MM-DD) as a UTC Date, which Excel stores as a date serial. */
function isoDate(value: unknown): unknown {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(value + 'T00:00:00Z') : value;
}

function addSheet(book: ExcelJS.Workbook, table: Table): void {
  const sheet = book.addWorksheet(sheetName(table.name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.header).font = { bold: true };
  const dates = new Set(table.dateColumns ?? []);
  table.rows.forEach((cells, r) => {
    // Text stays text: xlsx stores strings as strings, never as formulas, so no apostrophe is needed here.
    const row = sheet.addRow(cells.map((v, c) => (dates.has(c) ? isoDate(v) : v ?? null)));
    for (const c of dates) row.getCell(c + 1).numFmt = 'dd/mm/yyyy';
    const fmt = numberFormat(table.rowUnits?.[r]);
    if (fmt) for (const c of table.unitColumns ?? []) row.getCell(c + 1).numFmt = fmt;
  });
  sheet.columns.forEach((col, i) => {
    const longest = Math.max(table.header[i]?.length ?? 8, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length));
    col.width = Math.min(48, Math.max(10, longest + 2));
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
}

/** The workbook of a result document as xlsx bytes: one sheet per table. */
export async function workbookBytes(doc: ResultDocument): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = `carecap ${doc.provenance.carecapVersion}`;
  book.created = new Date(doc.provenance.writtenAt);
  for (const table of documentTables(doc)) addSheet(book, table);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** Writes an .xlsx with one sheet per table (figures, weekly bands or differences or configurations, about). */
export async function writeWorkbook(doc: ResultDocument, path: string): Promise<void> {
  await writeFileAtomic(path, await workbookBytes(doc));
}
