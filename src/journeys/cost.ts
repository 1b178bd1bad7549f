/**
 * Recomputes Appendix A's arithmetic from its rows: a row costs weeks x the
 * weekly cost column; a one-off is a lump sum equal to that column; TOIL is
 * staff time off in lieu and costs nothing (000_0e86b6dfe50201ea.txt, child 12).
 */
import { parseDuration } from './duration.js';
import { toPence } from './money.js';
import type { Journey, JourneyRow } from './schema.js';

/** One row recomputed, with the setting it continues when its cell is blank. */
export interface CostedRow {
  /** 1-based, as a reader counts rows in the seed's table. */
  row: number;
  /** Setting as written; '' when the seed leaves the cell blank. */
  settingAsWritten: string;
  /** The setting the row belongs to: a blank cell continues the one before. */
  setting: string;
  /** Weeks of the seed's 4-week month; 0 for a one-off. */
  weeks: number;
  concurrent: boolean;
  /** Null when the seed writes TOIL. */
  statedGbp: number | null;
  recomputedGbp: number;
}

/** A journey column recomputed. */
export interface CostedJourney {
  rows: CostedRow[];
  statedTotalGbp: number;
  /** Sum of the row totals as the seed states them. */
  statedRowsSumGbp: number;
  /** Sum of the recomputed row totals. */
  recomputedTotalGbp: number;
  /** Weeks covered by rows that are not concurrent. */
  sequentialWeeks: number;
}

/** Cost of one row under the seed's convention. */
export function costRow(row: JourneyRow): { weeks: number; gbp: number } {
  const duration = parseDuration(row.duration);
  if (duration === null) throw new Error(`unreadable duration "${row.duration}" (validate first)`);
  if (row.weeklyCostGbp === 'TOIL') return { weeks: duration.kind === 'weeks' ? duration.weeks : 0, gbp: 0 };
  if (duration.kind === 'one-off') return { weeks: 0, gbp: row.weeklyCostGbp };
  // Rounded to the penny: a stay of days is a fraction of a week.
  return { weeks: duration.weeks, gbp: toPence(duration.weeks * row.weeklyCostGbp) / 100 };
}

/** Recomputes every row and the column total of one journey. */
export function costJourney(journey: Journey): CostedJourney {
  let previousSetting = '';
  const rows = journey.rows.map((row, index): CostedRow => {
    const setting = row.setting === '' ? previousSetting : row.setting;
    previousSetting = setting;
    const { weeks, gbp } = costRow(row);
    return {
      row: index + 1,
      settingAsWritten: row.setting,
      setting,
      weeks,
      concurrent: row.concurrent,
      statedGbp: row.statedTotalGbp === 'TOIL' ? null : row.statedTotalGbp,
      recomputedGbp: gbp,
    };
  });
  const sum = (values: number[]): number => values.reduce((a, b) => a + toPence(b), 0) / 100;
  return {
    rows,
    statedTotalGbp: journey.statedTotalGbp,
    statedRowsSumGbp: sum(rows.map((r) => r.statedGbp ?? 0)),
    recomputedTotalGbp: sum(rows.map((r) => r.recomputedGbp)),
    sequentialWeeks: sum(rows.filter((r) => !r.concurrent).map((r) => r.weeks)),
  };
}
