import { writeFileAtomic } from './atomic-write.js';

/**
 * CSV that opens correctly in Excel: UTF-8 with a byte-order mark (so £ and
 * accents survive), CRLF line ends, RFC 4180 quoting, and a defence against
 * formula injection (OWASP "CSV Injection"): text starting with = + - @, tab
 * or CR gets a leading apostrophe so Excel shows it instead of running it.
 * Numbers are written as numbers and never altered.
 */

/** A CSV cell value: text, a number, or empty. */
export type CsvValue = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, quoted and defended as needed. Non-finite numbers become empty cells. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : value;
  if (FORMULA_START.test(text)) text = "'" + text;
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** A whole CSV document: BOM, a header row, then data rows, every line ending CRLF. */
export function toCsv(header: string[], rows: CsvValue[][]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}

/** Writes a CSV file atomically. */
export async function writeCsv(path: string, header: string[], rows: CsvValue[][]): Promise<void> {
  await writeFileAtomic(path, toCsv(header, rows));
}

/** A table (from result-tables.ts) as CSV text. */
export function tableCsv(table: { header: string[]; rows: CsvValue[][] }): string {
  return toCsv(table.header, table.rows);
}
