/**
 * Civil dates as day numbers, without the clock or the Date object (the model
 * stays pure). Algorithms from Howard Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms" (days_from_civil and civil_from_days).
 */

/** Days since 1970-01-01 of an ISO date `YYYY-MM-DD`. */
export function dayNumber(iso: string): number {
  const [y0, m, d] = iso.split('-').map(Number);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whether `YYYY-MM-DD` names a day in the calendar (2026-02-30 does not: it would read as 2 March). */
export function isCalendarDate(iso: string): boolean {
  return isoDate(dayNumber(iso)) === iso;
}

/** ISO date `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** A day number as people read it: `1 Oct 2026`. */
export function readableDate(day: number): string {
  const [y, m, d] = isoDate(day).split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The UK financial year (1 April to 31 March) containing a day, named by its first calendar year. */
export function financialYear(day: number): number {
  const [y, m] = isoDate(day).split('-').map(Number);
  return m >= 4 ? y : y - 1;
}

/** `2026` → `2026/27`. */
export function financialYearLabel(fy: number): string {
  return `${fy}/${String((fy + 1) % 100).padStart(2, '0')}`;
}
