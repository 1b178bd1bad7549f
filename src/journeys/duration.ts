/**
 * Reads a duration as Appendix A writes it ("9 months", "28 days (4 weeks)",
 * "2 week transition", "One-off") under the seed's own costing convention:
 * 1 month = 4 weeks (MODEL.md, "Time and money"), 1 week = 7 days, so
 * "28 days" = 4 weeks = 1 month. A one-off takes no time.
 */

/** A duration in the seed's weeks, or a one-off lump sum. */
export type Duration =
  | { kind: 'weeks'; weeks: number; gloss: number | null }
  | { kind: 'one-off' };

/** Weeks in a month when the seed costs a stay (000_0e86b6dfe50201ea.txt). */
export const WEEKS_PER_MONTH = 4;

const DAYS_PER_WEEK = 7;

// A leading "<n> <unit>", then free words ("transition", "(whilst in hospital)").
const LEADING = /^(\d+)\s+(day|days|week|weeks|month|months)\b/i;
// A bracketed restatement such as "(4 weeks)" or "(1 month)", and nothing else.
const GLOSS = /\((\d+)\s+(day|days|week|weeks|month|months)\)\s*$/i;

/** Weeks in `count` of `unit` (day, week, month, singular or plural). */
export function unitWeeks(count: number, unit: string): number {
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return count / DAYS_PER_WEEK;
  if (u.startsWith('week')) return count;
  return count * WEEKS_PER_MONTH;
}

/** Parses a written duration; null when it cannot be read. */
export function parseDuration(text: string): Duration | null {
  const trimmed = text.trim();
  if (/^one-off$/i.test(trimmed)) return { kind: 'one-off' };
  const lead = LEADING.exec(trimmed);
  if (!lead) return null;
  const weeks = unitWeeks(Number(lead[1]), lead[2]);
  const gloss = GLOSS.exec(trimmed);
  return { kind: 'weeks', weeks, gloss: gloss ? unitWeeks(Number(gloss[1]), gloss[2]) : null };
}

/** Whether the leading unit of a written duration is days. */
export function isInDays(text: string): boolean {
  return /^\d+\s+days?\b/i.test(text.trim());
}
