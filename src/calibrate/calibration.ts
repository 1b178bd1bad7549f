import { dayNumber, isoDate } from '../sim/calendar-dates.js';
import { estimateEntries, type EntryEstimates } from './entries.js';
import { estimateExits, outOfCountyShare, type ExitRates } from './exits.js';
import type { Estimate } from './intervals.js';
import { buildPlacements, type Placement } from './placements.js';
import { joinChildren } from './return-children.js';
import { missingColumns, parseEpisodes, parseHeader } from './return-tables.js';
import type { Problem, RawTable } from './return-types.js';
import { estimateStays, type StayGroup } from './stays.js';
import { observationWindow, type ObservationWindow } from './window.js';

/** Everything calibrate estimates from a return, before it is written as a scenario. */
export interface Calibration {
  window: ObservationWindow;
  startDay: number;
  children: number;
  placements: Placement[];
  entries: EntryEstimates;
  exits: { local: ExitRates; external: ExitRates; family: ExitRates };
  outOfCounty: Estimate | null;
  stays: StayGroup[];
  dropped: { children: number; problems: number };
}

/** Bad input: problems in the tables (table, file, row, column), or a start date the returns do not cover. */
export type CalibrationOutcome = { ok: true; calibration: Calibration } | { ok: false; problems: Problem[]; startDate?: string };

/**
 * Read, check and estimate. Every problem in every table is found before
 * anything is estimated. With `dropInvalid`, children with a problem in one
 * of their rows are left out (and counted); a problem not tied to a child
 * (a missing column, a missing year) still stops the run.
 */
export function calibrate(episodes: RawTable[], headers: RawTable[], startDate: string, dropInvalid: boolean): CalibrationOutcome {
  const problems = [...episodes, ...headers].flatMap(missingColumns);
  if (problems.length) return { ok: false, problems };
  const episodeRows = episodes.flatMap((t) => parseEpisodes(t, problems));
  const headerRows = headers.flatMap((t) => parseHeader(t, problems));
  const children = joinChildren(episodeRows, headerRows, problems);
  const window = observationWindow(episodeRows.filter((e) => e.valid), problems);
  // No valid episode at all (a header row alone, or every row in error): nothing to estimate from, said as such,
  // never "0 problems in the return". Each episodes file is named, at its first data row.
  if (!window && problems.length === 0) {
    for (const t of episodes) problems.push({ file: t.file, table: 'episodes', row: 2, column: 'DECOM', message: t.rows.length === 0 ? 'no episode rows (only the header): the return must hold the episodes of at least one child' : 'no valid episode in this file' });
  }
  // --drop-invalid that leaves no valid episode: nothing to calibrate from, said as such (it read "0 problems in the return").
  if (!window && dropInvalid && problems.length > 0 && problems.every((p) => p.child)) {
    const children = new Set(problems.map((p) => p.child)).size;
    // Only this: the children's own problems are the ones --drop-invalid was asked to pass over (run without it to list them).
    return { ok: false, problems: [{ file: episodes.map((t) => t.file).join(', '), table: 'episodes', row: 1, column: 'CHILD', message: `every child's episodes have a problem (${children} children, ${problems.length} problems): --drop-invalid leaves nothing to calibrate from; fix the return (run without --drop-invalid to list each problem)` }] };
  }
  const fatal = problems.filter((p) => !p.child);
  if (fatal.length || (problems.length && !dropInvalid) || !window) return { ok: false, problems: fatal.length || !dropInvalid ? problems : [] };
  const bad = new Set(problems.map((p) => p.child!));
  for (const c of bad) children.delete(c);
  const startDay = dayNumber(startDate);
  if (startDay < window.startDay || startDay > window.endDay) {
    return { ok: false, problems: [], startDate: `${startDate} is outside the returns' years: they cover ${isoDate(window.startDay)} to ${isoDate(window.endDay - 1)}, so a start date may be from ${isoDate(window.startDay)} to ${isoDate(window.endDay)} (the day after they end); the caseload is the children in care on that day` };
  }
  const placements = buildPlacements(children.values());
  return {
    ok: true,
    calibration: {
      window, startDay, children: children.size, placements,
      entries: estimateEntries(placements, window, startDay),
      exits: estimateExits(placements, window),
      outOfCounty: outOfCountyShare(placements, window),
      stays: estimateStays(placements, window),
      dropped: { children: bad.size, problems: problems.length },
    },
  };
}
