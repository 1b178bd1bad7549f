/** The tables of an SSDA903 return as read from CSV: header row, then data rows (row 2 on, as a spreadsheet counts). */
export interface RawTable {
  file: string;
  kind: 'episodes' | 'header';
  header: string[];
  rows: string[][];
}

/**
 * A problem in a return: table, file, row (header = row 1) and column. `child`
 * is kept only to drop that child with --drop-invalid: it is never printed.
 */
export interface Problem {
  file: string;
  table: 'episodes' | 'header';
  row: number;
  /** Empty for a problem with the whole row (its cell count). */
  column: string;
  message: string;
  child?: string;
}

/** One episode (days since 1970-01-01; `dec` null while open). */
export interface EpisodeRow {
  child: string;
  file: string;
  row: number;
  decom: number;
  dec: number | null;
  rne: string;
  ls: string;
  place: string;
  provider: string;
  rec: string;
  reason: string;
  location: 'IN' | 'OUT' | null;
  valid: boolean;
}

/** One child of the header table. */
export interface HeaderRow {
  child: string;
  file: string;
  row: number;
  birthDay: number;
  valid: boolean;
}

/** A problem as printed: no child id, no date of birth, no postcode. */
export function describeProblem(p: Problem): string {
  return `${p.file} (${p.table} table) row ${p.row}${p.column ? `, column ${p.column}` : ''}: ${p.message}`;
}
