/**
 * Flags about a whole column: its printed total against its rows, and
 * whether its rows cover the twelve months compared (the brief maps each
 * journey "over the course of a year", 000_0e86b6dfe50201ea.txt).
 */
import type { CostedJourney } from './cost.js';
import { WEEKS_PER_MONTH } from './duration.js';
import { describeSetting, type JourneyFlag } from './flag.js';
import { formatGbp, samePence } from './money.js';
import type { RowContext } from './row-flags.js';

/** Flags a column total that is not the sum of the column's stated rows. */
export function flagColumnTotal(ctx: RowContext, costed: CostedJourney): JourneyFlag[] {
  const stated = costed.statedTotalGbp;
  const sum = costed.statedRowsSumGbp;
  if (samePence(stated, sum)) return [];
  const omitted = costed.rows.find((r) => r.statedGbp !== null && r.statedGbp !== 0 && samePence(sum - r.statedGbp, stated));
  const gap = stated - sum;
  const reason = omitted
    ? `column total ${formatGbp(stated)} omits row ${omitted.row} (${describeSetting(omitted.settingAsWritten, omitted.setting)}, ${formatGbp(omitted.statedGbp ?? 0)}): its stated rows sum to ${formatGbp(sum)}`
    : `column total ${formatGbp(stated)} but its stated rows sum to ${formatGbp(sum)} (${formatGbp(Math.abs(gap))} ${gap > 0 ? 'more' : 'less'} than the rows)`;
  return [{ ...ctx, row: null, setting: null, kind: 'column-total', unit: 'GBP', stated, recomputed: sum, reason }];
}

/** Writes weeks as months and weeks of the seed's 4-week month. */
export function formatMonths(weeks: number): string {
  const months = Math.floor(weeks / WEEKS_PER_MONTH);
  const rest = Math.round((weeks - months * WEEKS_PER_MONTH) * 7) / 7;
  const parts = [`${months} months`];
  if (rest > 0) parts.push(Number.isInteger(rest) ? `${rest} week${rest === 1 ? '' : 's'}` : `${Math.round(rest * 7)} days`);
  return parts.join(' ');
}

/**
 * Flags a column whose sequential rows miss the compared period by a week or
 * more; concurrent rows ("Above Plus ...") and one-offs take no time.
 */
export function flagPeriod(ctx: RowContext, costed: CostedJourney, periodWeeks: number): JourneyFlag[] {
  const weeks = costed.sequentialWeeks;
  if (Math.abs(weeks - periodWeeks) < 1) return [];
  return [{
    ...ctx, row: null, setting: null, kind: 'period', unit: 'weeks', stated: periodWeeks, recomputed: weeks,
    reason: `rows that run one after another cover ${Math.round(weeks * 100) / 100} weeks (${formatMonths(weeks)}), not the ${periodWeeks} weeks (${formatMonths(periodWeeks)}) compared`,
  }];
}
