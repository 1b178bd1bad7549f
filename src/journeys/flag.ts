/**
 * A flag: one place where Appendix A's own arithmetic does not add up,
 * named by child, journey, row and setting, with stated and recomputed values.
 */

/** Which figure a flag is about. */
export type FlagKind =
  | 'row-total'       // a row's total is not weeks x weekly cost
  | 'duration-gloss'  // "28 days (N weeks)" restates a different length
  | 'column-total'    // the column's total is not the sum of its rows
  | 'period'          // sequential rows do not cover the twelve months compared
  | 'narrative'       // the "Cost:" paragraph disagrees with the stated totals
  | 'direction'       // recomputed, the avoided cost becomes an extra cost (or back)
  | 'further-support'; // the "further 2 months" of ART is not weeks x weekly cost

/** One discrepancy found in the seed. */
export interface JourneyFlag {
  child: number;
  /** 'difference' for flags about actual minus anticipated. */
  journey: 'actual' | 'anticipated' | 'difference';
  /** 1-based row in the seed's table; null for column or narrative flags. */
  row: number | null;
  /** The row's setting (a blank cell is shown as the setting it continues). */
  setting: string | null;
  kind: FlagKind;
  /** 'GBP' for money, 'weeks' for period flags. */
  unit: 'GBP' | 'weeks';
  stated: number;
  recomputed: number;
  /** Plain-English reason, e.g. "stated £1,300 but 8 weeks x £163 = £1,304". */
  reason: string;
}

/** Describes a row's setting for a reader, marking a continued blank cell. */
export function describeSetting(settingAsWritten: string, setting: string): string {
  return settingAsWritten === '' ? `(blank: continues ${setting})` : setting;
}
