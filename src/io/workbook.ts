import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import type { ResultDocument } from '../capacity/result-document.js';
import type { Unit } from '../sim/results.js';
import type { CsvValue } from './csv.js';
import { writeFileAtomic } from './atomic-write.js';
import { documentTables, type Table } from './result-tables.js';
import { warnSafe } from './terminal-text.js';

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

/**
 * What Excel holds (Microsoft, "Excel specifications and limits"): 1,048,576 rows a sheet and 32,767 characters a
 * cell. Past them Excel opens a sheet in part or calls the workbook damaged (hostile review 7: a 40,000-character
 * description, and a weekly sheet of 50 years × 700 homes). The CSV files and results.json hold everything.
 */
export const EXCEL_LIMITS = { rows: 1_048_576, cellCharacters: 32_767 };
const CUT_TEXT = ' … (cut here: an Excel cell holds 32,767 characters; the whole text is in results.json)';

/** One cell; text stays text (xlsx strings are never formulas, so no apostrophe is needed). */
function cell(value: CsvValue, format: string | undefined, limits = EXCEL_LIMITS): Cell {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return null;
  if (typeof value === 'number') return format ? { value, type: Number, format } : { value, type: Number };
  if (typeof value === 'boolean') return { value, type: Boolean };
  const text = String(value);
  return { value: text.length > limits.cellCharacters ? text.slice(0, limits.cellCharacters - CUT_TEXT.length) + CUT_TEXT : text, type: String };
}

/** A table as a sheet, within Excel's limits: rows past them are left out, and the last row says so. */
export function sheetOf(table: Table, limits = EXCEL_LIMITS): Sheet<Buffer> {
  const dates = new Set(table.dateColumns ?? []);
  const money = new Set(table.unitColumns ?? []);
  const header: Cell[] = table.header.map((h) => ({ value: h, type: String, fontWeight: 'bold' }));
  // The header and a closing note take two of the sheet's rows.
  const kept = table.rows.length > limits.rows - 1 ? limits.rows - 2 : table.rows.length;
  const rows: Cell[][] = table.rows.slice(0, kept).map((cells, r) => {
    const fmt = numberFormat(table.rowUnits?.[r]);
    return cells.map((v, c) => (dates.has(c) ? isoDate(v) : cell(v, table.columnUnits?.[c] ? numberFormat(table.columnUnits[c]) : money.has(c) ? fmt : undefined, limits)));
  });
  if (kept < table.rows.length) {
    rows.push([{ value: `${(table.rows.length - kept).toLocaleString('en-GB')} more rows are not in this sheet (an Excel sheet holds ${limits.rows.toLocaleString('en-GB')} rows); every row is in the CSV files and results.json`, type: String, fontWeight: 'bold' }]);
  }
  const columns = table.header.map((h, i) => {
    const longest = Math.max(h.length, ...table.rows.slice(0, 200).map((row) => String(row[i] ?? '').length));
    return { width: Math.min(48, Math.max(10, longest + 2)) };
  });
  return { data: [header, ...rows], sheet: sheetName(table.name), columns, stickyRowsCount: 1 };
}

/**
 * The workbook of a result document as xlsx bytes: one sheet per table; null when the workbook is larger than the
 * xlsx writer can build in memory (a sheet's XML past JavaScript's longest string, ~512 MB), said on stderr: the run
 * then has every other file rather than failing with "Invalid string length" after it has finished (hostile review 7).
 */
export async function workbookBytes(doc: ResultDocument): Promise<Uint8Array | null> {
  try {
    const buffer = await writeXlsxFile(documentTables(doc).map((t) => sheetOf(t))).toBuffer();
    return new Uint8Array(buffer);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    warnSafe('carecap: results.xlsx not written: the workbook is too large to build (its tables are in the CSV files and results.json)');
    return null;
  }
}

/** Writes an .xlsx with one sheet per table (figures, weekly bands or differences or configurations, about); nothing when too large (see workbookBytes). */
export async function writeWorkbook(doc: ResultDocument, path: string): Promise<void> {
  const bytes = await workbookBytes(doc);
  if (bytes) await writeFileAtomic(path, bytes);
}
