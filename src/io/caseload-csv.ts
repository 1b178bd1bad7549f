import { splitCsvRecords } from './csv-records.js';
import type { CaseloadRow } from '../sim/scenario.js';
import { InputError } from './input-error.js';
import { LIMITS, readInputText } from './read-input.js';
import { strictDecimal } from './number-options.js';

/** Columns of a caseload file (docs/caseload.md); the last two are optional. */
const REQUIRED = ['age_years', 'need', 'setting', 'weekly_cost_gbp', 'weeks_in_placement'] as const;
const OPTIONAL = ['single_occupancy', 'outreach', 'child_id'] as const;

/**
 * Read today's caseload: one child per row. Every problem is reported at
 * once, naming the row (counting the header as row 1, as a spreadsheet does)
 * and the column. Settings and needs are checked against the scenario later.
 */
export function readCaseloadCsv(file: string): CaseloadRow[] {
  const { rows, problems } = parseCaseloadCsv(file);
  if (problems.length) throw new InputError(file, problems);
  return rows;
}

/** CSV column of each caseload field, for messages about a row the scenario rejects. */
export const CASELOAD_COLUMNS: Record<string, string> = {
  ageYears: 'age_years', need: 'need', setting: 'setting', weeklyCostGbp: 'weekly_cost_gbp',
  weeksInPlacement: 'weeks_in_placement', singleOccupancy: 'single_occupancy', outreach: 'outreach',
};

/** The rows and every problem found in them (rows are empty when the header is wrong); an unreadable file throws. */
/**
 * Reads a caseload CSV. `rows` are the rows with no problem of their own, so the scenario's checks can name what
 * is wrong with them too (every problem at once), and `rowNumbers` each one's row as a spreadsheet numbers it: the
 * header is row 1 and blank rows count (hostile review 7: numbering after dropping blank rows named row 4 for row 7).
 */
export function parseCaseloadCsv(file: string): { rows: CaseloadRow[]; rowNumbers: number[]; problems: string[] } {
  const text = readInputText(file, 'caseload file', LIMITS.csvBytes);
  const records = splitCsvRecords(text);
  if (records === null) return { rows: [], rowNumbers: [], problems: ['the caseload file ends inside a quoted cell (a " opened and never closed): check the file is whole'] };
  const lines = records.flatMap((cells, i) => (cells.some((c) => c.trim() !== '') ? [{ cells, row: i + 1 }] : []));
  if (lines.length === 0) return { rows: [], rowNumbers: [], problems: ['the caseload file is empty (expected a header row)'] };
  const header = lines[0].cells.map((h) => h.trim().toLowerCase());
  const headerRow = lines[0].row;
  const problems: string[] = [];
  for (const col of REQUIRED) if (!header.includes(col)) problems.push(`row ${headerRow}: missing column "${col}"`);
  header.forEach((h, i) => {
    if (header.indexOf(h) !== i) problems.push(`row ${headerRow}: column "${h}" appears twice (columns ${header.indexOf(h) + 1} and ${i + 1}); which one is meant?`);
    if (!(REQUIRED as readonly string[]).includes(h) && !(OPTIONAL as readonly string[]).includes(h)) problems.push(`row ${headerRow}: unknown column "${h}"`);
  });
  if (problems.length) return { rows: [], rowNumbers: [], problems };
  const rows: CaseloadRow[] = [];
  const rowNumbers: number[] = [];
  for (const { cells, row } of lines.slice(1)) {
    const before = problems.length;
    const parsed = parseRow(cells, header, row, problems);
    if (problems.length > before) continue;
    rows.push(parsed);
    rowNumbers.push(row);
  }
  return { rows, rowNumbers, problems };
}

function parseRow(cells: string[], header: string[], rowNo: number, problems: string[]): CaseloadRow {
  const get = (col: string) => (header.includes(col) ? (cells[header.indexOf(col)] ?? '').trim() : '');
  const num = (col: string, rule: (v: number) => string | null) => {
    const raw = get(col);
    // Decimal only: Number() would read "0x0F" as 15 and "1e3" as 1000.
    const v = strictDecimal(raw.replace(/^-(?=[\d.])/, '')) === undefined ? NaN : Number(raw);
    const why = raw === '' ? 'is empty' : !Number.isFinite(v) ? `"${raw}" is not a decimal number` : rule(v);
    if (why) problems.push(`row ${rowNo}, column ${col}: ${why}`);
    return v;
  };
  const bool = (col: string) => {
    const raw = get(col).toLowerCase();
    if (['', 'no', 'n', 'false', '0'].includes(raw)) return false;
    if (['yes', 'y', 'true', '1'].includes(raw)) return true;
    problems.push(`row ${rowNo}, column ${col}: "${get(col)}" is not yes or no`);
    return false;
  };
  if (cells.length !== header.length) problems.push(`row ${rowNo}: has ${cells.length} cells, the header has ${header.length}`);
  const need = get('need');
  const setting = get('setting');
  if (!need) problems.push(`row ${rowNo}, column need: is empty`);
  if (!setting) problems.push(`row ${rowNo}, column setting: is empty`);
  return {
    ageYears: num('age_years', (v) => (v < 0 ? 'must not be negative' : v >= 18 ? `${v} is not under 18 (a young person leaves care at 18)` : null)),
    need,
    setting,
    weeklyCostGbp: num('weekly_cost_gbp', (v) => (v < 0 ? 'must not be negative' : null)),
    weeksInPlacement: num('weeks_in_placement', (v) => (v < 0 ? 'must not be negative' : null)),
    singleOccupancy: bool('single_occupancy'),
    outreach: bool('outreach'),
  };
}
