/**
 * Money helpers. Recomputed figures can carry pence (a 2-day stay is 2/7 of
 * a week), so comparisons are made in whole pence, never on raw floats.
 */

/** Pounds rounded to whole pence, as an integer number of pence. */
export function toPence(gbp: number): number {
  return Math.round(gbp * 100);
}

/** Whether two amounts in pounds agree to the penny. */
export function samePence(a: number, b: number): boolean {
  return toPence(a) === toPence(b);
}

/** Formats pounds as "£1,304", or "£66.29" when there are pence; "-£4,460" below zero. */
export function formatGbp(gbp: number): string {
  const pence = toPence(gbp);
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const whole = Math.floor(abs / 100).toLocaleString('en-GB');
  const rest = abs % 100;
  return rest === 0 ? `${sign}£${whole}` : `${sign}£${whole}.${String(rest).padStart(2, '0')}`;
}
