/**
 * Flags rows whose stated total is not weeks x weekly cost, and explains the
 * likely cause: a weekly rate printed rounded (£162.50 shown as £163), a row
 * costed for a different length than written, or a "weekly" cell that holds
 * the cost of a stay of days.
 */
import type { CostedRow } from './cost.js';
import { isInDays, parseDuration } from './duration.js';
import { describeSetting, type JourneyFlag } from './flag.js';
import { formatGbp, samePence } from './money.js';
import type { JourneyRow } from './schema.js';

/** Which column and child a row belongs to. */
export interface RowContext {
  child: number;
  journey: 'actual' | 'anticipated';
}

/** Writes a length in the seed's weeks: "8 weeks", "1 week", "2/7 week". */
export function formatWeeks(weeks: number): string {
  if (Number.isInteger(weeks)) return weeks === 1 ? '1 week' : `${weeks} weeks`;
  return `${Math.round(weeks * 7)}/7 week`;
}

/** Flags for one row: its total and its duration's bracketed restatement. */
export function flagRow(ctx: RowContext, row: JourneyRow, costed: CostedRow): JourneyFlag[] {
  const flags: JourneyFlag[] = [];
  const base = {
    ...ctx, row: costed.row, setting: describeSetting(costed.settingAsWritten, costed.setting),
    unit: 'GBP' as const,
  };
  if (costed.statedGbp !== null && !samePence(costed.statedGbp, costed.recomputedGbp)) {
    flags.push({
      ...base, kind: 'row-total', stated: costed.statedGbp, recomputed: costed.recomputedGbp,
      reason: explainRowTotal(row, costed),
    });
  }
  const duration = parseDuration(row.duration);
  if (duration?.kind === 'weeks' && duration.gloss !== null && duration.gloss !== duration.weeks) {
    flags.push({
      ...base, kind: 'duration-gloss', unit: 'weeks', stated: duration.gloss, recomputed: duration.weeks,
      reason: `"${row.duration}" restates ${formatWeeks(duration.gloss)} but its leading length is ${formatWeeks(duration.weeks)}`,
    });
  }
  return flags;
}

/** "stated £S but <weeks> x £W = £R", then the most likely cause. */
export function explainRowTotal(row: JourneyRow, costed: CostedRow): string {
  const weekly = row.weeklyCostGbp as number; // TOIL rows never mismatch: both cells are TOIL
  const stated = costed.statedGbp as number;
  const length = formatWeeks(costed.weeks);
  const asWritten = row.duration === length ? length : `${length} ("${row.duration}")`;
  const head = `stated ${formatGbp(stated)} but ${asWritten} x ${formatGbp(weekly)} = ${formatGbp(costed.recomputedGbp)}`;
  if (isInDays(row.duration) && stated === weekly) {
    const days = Math.round(costed.weeks * 7);
    return `${head}: the weekly cost cell holds the cost of the ${days}-day stay (${formatGbp(stated / days)} a day), not a weekly rate`;
  }
  const costedWeeks = weekly > 0 ? stated / weekly : NaN;
  if (Number.isInteger(costedWeeks)) {
    const what = /\bART\b/.test(costed.setting) ? 'ART outreach' : 'the row';
    return `${head}: ${what} costed for ${formatWeeks(costedWeeks)} (${formatGbp(stated)} / ${formatGbp(weekly)}) but the row says ${row.duration} (${formatWeeks(costed.weeks)})`;
  }
  const impliedWeekly = stated / costed.weeks;
  if (costed.weeks > 0 && Math.round(impliedWeekly) === weekly) {
    return `${head}: the total implies ${formatGbp(impliedWeekly)} a week, which the weekly cost cell shows rounded to ${formatGbp(weekly)}`;
  }
  return head;
}
