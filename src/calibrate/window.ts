import { dayNumber, financialYear } from '../sim/calendar-dates.js';
import type { EpisodeRow, Problem } from './return-types.js';
import { formatReturnDate } from './return-dates.js';

/** The days a set of returns covers: whole financial years, from the first 1 April to the last 31 March. */
export interface ObservationWindow {
  startDay: number;
  /** The day after the last day covered. */
  endDay: number;
  /** Financial years covered, named by their first calendar year. */
  years: number[];
}

/**
 * Each episodes file is one year's return: the financial year most of its
 * closed episodes end in (an episode closed on 31 March belongs to the year
 * ending then), or, with none closed, the year of its latest date. By the
 * majority, not the latest date: one mistyped date (an end in 2027 in the
 * 2025/26 return) once moved the whole file to 2026/27 and was reported as a
 * missing year at row 1. Now that row is named, at its column, as a date
 * after its return's year (a problem of its child, so --drop-invalid can
 * leave the child out). The years must follow on without a gap, or exits in
 * the missing year would be lost while children still count as in care.
 */
export function observationWindow(episodes: EpisodeRow[], problems: Problem[]): ObservationWindow | null {
  const byFile = new Map<string, EpisodeRow[]>();
  for (const e of episodes) {
    const rows = byFile.get(e.file);
    if (rows) rows.push(e);
    else byFile.set(e.file, [e]);
  }
  const yearOf = new Map<string, number>();
  for (const [file, rows] of byFile) {
    const closed = new Map<number, number>();
    for (const e of rows) if (e.dec !== null) closed.set(financialYear(e.dec), (closed.get(financialYear(e.dec)) ?? 0) + 1);
    const year = closed.size > 0
      ? [...closed.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0]
      : financialYear(Math.max(...rows.map((e) => Math.max(e.decom, e.dec ?? e.decom))));
    yearOf.set(file, year);
    const end = dayNumber(`${year + 1}-04-01`);
    const label = `${year}/${String((year + 1) % 100).padStart(2, '0')}`;
    for (const e of rows) {
      for (const [column, day] of [['DECOM', e.decom], ['DEC', e.dec]] as const) {
        if (day !== null && day >= end) {
          problems.push({ file, table: 'episodes', row: e.row, column, child: e.child, message: `${formatReturnDate(day)} is after the end of this return's year (${label}, which ends on 31/03/${year + 1}): is the year mistyped?` });
        }
      }
    }
  }
  const years = [...new Set(yearOf.values())].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const missing = years.slice(1).find((y, i) => y !== years[i] + 1);
  if (missing !== undefined) {
    const file = [...yearOf.keys()].find((f) => yearOf.get(f) === missing)!;
    problems.push({ file, table: 'episodes', row: 1, column: 'DECOM', message: `the returns skip the year before ${missing}/${String((missing + 1) % 100).padStart(2, '0')}: give every year between the first and the last` });
  }
  return { startDay: dayNumber(`${years[0]}-04-01`), endDay: dayNumber(`${years[years.length - 1] + 1}-04-01`), years };
}

/** A day as fractional calendar years (for trends). */
export function yearsOf(day: number): number {
  return 1970 + day / 365.2425;
}
