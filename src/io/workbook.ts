import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import type { ResultDocument } from '../capacity/result-document.js';
import type { Unit } from '../sim/results.js';
import type { CsvValue } from './csv.js';
import { writeFileAtomic } from './atomic-write.js';
import { documentTables, type Table } from './result-tables.js';

/**
 * The workbook, written with write-excel-file (its one dependency is fflate):
 * a frozen bold header row, £, % and dd/mm/yyyy formats, full-precision
 * numbers. It cannot write autofilters, so the sheets have none (Excel's
 * Data > Filter adds them in one click).
 */

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
function isoDate(value: CsvValue): Cell {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? { value: new Date(value + 'T00:00:00Z'), type: Date, format: 'dd/mm/yyyy' }
    : cell(value, undefined);
}

/** One cell; text stays text (xlsx strings are never formulas, so no apostrophe is needed). */
function cell(value: CsvValue, format: string | undefined): Cell {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return format ? { value, type: Number, format } : { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  return { value: String(value), type: String };
}

function sheetOf(table: Table): Sheet<Buffer> {
  const dates = new Set(table.dateColumns ?? []);
  const money = new Set(table.unitColumns ?? []);
  const header: Cell[] = table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' }));
  const rows = table.rows.map((cells, r) => {
    const fmt = numberFormat(table.rowUnits?.[r]);
    return cells.map((v, c) => (dates.has(c) ? isoDate(v) : cell(v, table.columnUnits?.[c] ? numberFormat(table.columnUnits[c]) : money.has(c) ? fmt : undefined)));
  });
  const columns = table.header.map((h, i) => {
    const longest = Math.max(h.length, ...table.rows.slice(0, 200).map((row) => String(row[i] ?? '').length));
    return { width: Math.min(48, Math.max(10, longest + 2)) };
  });
  return { data: [header, ...rows], sheet: sheetName(table.name), columns, stickyRowsCount: 1 };
}

/** The workbook of a result document as xlsx bytes: one sheet per table. */
export async function workbookBytes(doc: ResultDocument): Promise<Uint8Array> {
  const buffer = await writeXlsxFile(documentTables(doc).map(sheetOf)).toBuffer();
  return new Uint8Array(buffer);
}

/** Writes an .xlsx with one sheet per table (figures, weekly bands or differences or configurations, about). */
export async function writeWorkbook(doc: ResultDocument, path: string): Promise<void> {
  await writeFileAtomic(path, await workbookBytes(doc));
}
