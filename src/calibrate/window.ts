import { dayNumber, financialYear } from '../sim/calendar-dates.js';
import type { EpisodeRow, Problem } from './return-types.js';

/** The days a set of returns covers: whole financial years, from the first 1 April to the last 31 March. */
export interface ObservationWindow {
  startDay: number;
  /** The day after the last day covered. */
  endDay: number;
  /** Financial years covered, named by their first calendar year. */
  years: number[];
}

/**
 * Each episodes file is one year's return: the financial year that holds its
 * latest date (an episode closed on 31 March belongs to the year ending
 * then). The years must follow on without a gap, or exits in the missing
 * year would be lost while children still count as in care.
 */
export function observationWindow(episodes: EpisodeRow[], problems: Problem[]): ObservationWindow | null {
  const latest = new Map<string, EpisodeRow>();
  for (const e of episodes) {
    const last = Math.max(e.decom, e.dec ?? e.decom);
    const seen = latest.get(e.file);
    if (!seen || last > Math.max(seen.decom, seen.dec ?? seen.decom)) latest.set(e.file, e);
  }
  const years = [...new Set([...latest.values()].map((e) => financialYear(Math.max(e.decom, e.dec ?? e.decom))))].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const missing = years.slice(1).find((y, i) => y !== years[i] + 1);
  if (missing !== undefined) {
    const file = [...latest.keys()].find((f) => financialYear(Math.max(latest.get(f)!.decom, latest.get(f)!.dec ?? 0)) === missing)!;
    problems.push({ file, table: 'episodes', row: 1, column: 'DECOM', message: `the returns skip the year before ${missing}/${String((missing + 1) % 100).padStart(2, '0')}: give every year between the first and the last` });
  }
  return { startDay: dayNumber(`${years[0]}-04-01`), endDay: dayNumber(`${years[years.length - 1] + 1}-04-01`), years };
}

/** A day as fractional calendar years (for trends). */
export function yearsOf(day: number): number {
  return 1970 + day / 365.2425;
}
