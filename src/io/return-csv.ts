import { readFileSync } from 'node:fs';
import type { RawTable } from '../calibrate/return-types.js';
import { splitCsvLine } from './caseload-csv.js';
import { InputError } from './input-error.js';

/**
 * Read one SSDA903 table exported as CSV (UTF-8, a BOM allowed, RFC 4180
 * quoting). Rows keep their numbers as a spreadsheet shows them (header =
 * row 1); only blank lines at the end are dropped.
 */
export function readReturnCsv(file: string, kind: RawTable['kind']): RawTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    throw new InputError(file, [`cannot read the ${kind} table (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  const lines = text.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) throw new InputError(file, [`the ${kind} table is empty (expected a header row)`]);
  return { file, kind, header: splitCsvLine(lines[0]), rows: lines.slice(1).map(splitCsvLine) };
}
