import {
  CIN_CODES, LS_CODES, PLACE_CODES, PLACE_PROVIDER_CODES, PL_LOCATION_CODES, REASON_PLACE_CHANGE_CODES, REC_CODES, RNE_CODES,
} from './code-lists.js';
import { parseReturnDate } from './return-dates.js';
import type { EpisodeRow, HeaderRow, Problem, RawTable } from './return-types.js';

/** Columns each table must have (the episodes layout since REASON_PLACE_CHANGE came in, 2016/17). */
export const REQUIRED_COLUMNS = {
  episodes: ['CHILD', 'DECOM', 'RNE', 'LS', 'CIN', 'PLACE', 'PLACE_PROVIDER', 'DEC', 'REC', 'REASON_PLACE_CHANGE'],
  header: ['CHILD', 'SEX', 'DOB'],
} as const;

const CODE_COLUMNS: Record<string, { codes: readonly string[]; blank: boolean }> = {
  RNE: { codes: RNE_CODES, blank: false },
  LS: { codes: LS_CODES, blank: false },
  CIN: { codes: CIN_CODES, blank: false },
  PLACE: { codes: PLACE_CODES, blank: false },
  PLACE_PROVIDER: { codes: PLACE_PROVIDER_CODES, blank: true },
  REC: { codes: REC_CODES, blank: true },
  REASON_PLACE_CHANGE: { codes: REASON_PLACE_CHANGE_CODES, blank: true },
  PL_LOCATION: { codes: PL_LOCATION_CODES, blank: true },
};

/** Columns missing from a table, with a hint when the file looks like another table or another year's layout. */
export function missingColumns(t: RawTable): Problem[] {
  const names = t.header.map((h) => h.trim().toUpperCase());
  const have = new Set(names);
  // A column given twice would be read from its last copy without a word (the caseload CSV refuses this too).
  const twice = names.flatMap((c, i) => (c !== '' && names.indexOf(c) !== i ? [{ file: t.file, table: t.kind, row: 1, column: c, message: `column given twice (columns ${names.indexOf(c) + 1} and ${i + 1}): keep one` }] : []));
  const missing = REQUIRED_COLUMNS[t.kind].filter((c) => !have.has(c));
  if (missing.length === 0) return twice;
  const other = t.kind === 'episodes' ? 'header' : 'episodes';
  const looksOther = REQUIRED_COLUMNS[other].filter((c) => c !== 'CHILD').every((c) => have.has(c));
  const hint = looksOther
    ? ` (this looks like a ${other} table)`
    : ` (another year's layout? carecap reads the ${t.kind} table as returned since 2016/17: ${REQUIRED_COLUMNS[t.kind].join(', ')})`;
  return [...twice, ...missing.map((c) => ({ file: t.file, table: t.kind, row: 1, column: c, message: `missing column${hint}` }))];
}

/** A row's cells by upper-case column name. */
function cellsOf(t: RawTable, cells: string[]): (col: string) => string {
  const index = new Map(t.header.map((h, i) => [h.trim().toUpperCase(), i]));
  return (col) => (index.has(col) ? (cells[index.get(col)!] ?? '').trim() : '');
}

/**
 * A row whose cell count is not the header's cannot be read: a cell left out
 * (or one too many) shifts every later value into the wrong column, so a
 * date of birth or a postcode would be read, and echoed, as a code. Said
 * without any value; the row is not read further.
 */
function cellCountProblem(t: RawTable, cells: string[], row: number, problems: Problem[]): boolean {
  if (cells.length === t.header.length) return false;
  const blank = cells.length === 1 && cells[0].trim() === '';
  problems.push({ file: t.file, table: t.kind, row, column: '', message: blank ? 'is blank' : `has ${cells.length} cells, the header has ${t.header.length}: a cell is missing or extra, so its columns cannot be matched (no value is shown, as it may be personal data)` });
  return true;
}

/** Parse and check one episodes table; every problem is pushed, rows with problems are still returned (flagged). */
export function parseEpisodes(t: RawTable, problems: Problem[]): EpisodeRow[] {
  return t.rows.map((cells, i) => {
    const row = i + 2;
    if (cellCountProblem(t, cells, row, problems)) return { child: '', file: t.file, row, decom: 0, dec: null, rne: '', ls: '', place: '', provider: '', rec: '', reason: '', location: null, valid: false };
    const get = cellsOf(t, cells);
    const before = problems.length;
    const bad = (column: string, message: string) => problems.push({ file: t.file, table: 'episodes', row, column, message, child: get('CHILD') });
    if (!get('CHILD')) bad('CHILD', 'is empty');
    for (const [col, rule] of Object.entries(CODE_COLUMNS)) {
      const v = get(col);
      if (v === '' ? !rule.blank : !rule.codes.includes(v)) bad(col, v === '' ? 'is empty' : `"${v}" is not a DfE code for ${col}`);
    }
    const decom = dateCell(get('DECOM'), false, (m) => bad('DECOM', m));
    const dec = dateCell(get('DEC'), true, (m) => bad('DEC', m));
    if (decom !== null && dec !== null && dec < decom) bad('DEC', 'is before DECOM (dates out of order)');
    if (get('DEC') === '' && get('REC') !== '') bad('REC', 'is given but DEC is empty (an open episode has no reason ceased)');
    if (get('DEC') !== '' && get('REC') === '') bad('REC', 'is empty but DEC is given');
    return {
      child: get('CHILD'), file: t.file, row, decom: decom ?? 0, dec, rne: get('RNE'), ls: get('LS'), place: get('PLACE'),
      provider: get('PLACE_PROVIDER'), rec: get('REC'), reason: get('REASON_PLACE_CHANGE'),
      location: (get('PL_LOCATION') || null) as EpisodeRow['location'], valid: problems.length === before,
    };
  });
}

/** Parse and check one header table. Dates of birth are never echoed in messages. */
export function parseHeader(t: RawTable, problems: Problem[]): HeaderRow[] {
  return t.rows.map((cells, i) => {
    const row = i + 2;
    if (cellCountProblem(t, cells, row, problems)) return { child: '', file: t.file, row, birthDay: 0, valid: false };
    const get = cellsOf(t, cells);
    const before = problems.length;
    const bad = (column: string, message: string) => problems.push({ file: t.file, table: 'header', row, column, message, child: get('CHILD') });
    if (!get('CHILD')) bad('CHILD', 'is empty');
    if (!['1', '2'].includes(get('SEX'))) bad('SEX', get('SEX') === '' ? 'is empty' : `"${get('SEX')}" is not a DfE code for SEX (1 or 2)`);
    const birthDay = dateCell(get('DOB'), false, (m) => bad('DOB', m));
    return { child: get('CHILD'), file: t.file, row, birthDay: birthDay ?? 0, valid: problems.length === before };
  });
}

/** A date cell: dd/mm/yyyy, or empty where allowed. The value is not echoed (it may be a date of birth). */
function dateCell(text: string, blank: boolean, bad: (m: string) => void): number | null {
  if (text === '') {
    if (!blank) bad('is empty');
    return null;
  }
  const day = parseReturnDate(text);
  if (day === null) bad(/^\d{4}-\d{2}-\d{2}/.test(text) ? 'is a date as yyyy-mm-dd; the return writes dates as dd/mm/yyyy' : 'is not a date as dd/mm/yyyy');
  return day;
}
