import { dayNumber, isoDate } from '../sim/calendar-dates.js';

/** Day number (days since 1970-01-01) of an SSDA903 date `dd/mm/yyyy`, or null if it is not a real date. */
export function parseReturnDate(text: string): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  const day = dayNumber(iso);
  return isoDate(day) === iso ? day : null;
}

/** `dd/mm/yyyy` of a day number (the return's own format). */
export function formatReturnDate(day: number): string {
  const [y, m, d] = isoDate(day).split('-');
  return `${d}/${m}/${y}`;
}

/** Age in years on a day, from the day of birth (365.25-day years). */
export function ageYearsOn(day: number, birthDay: number): number {
  return (day - birthDay) / 365.25;
}

/** The day of the 18th birthday (29 February births turn 18 on 1 March). */
export function eighteenthBirthday(birthDay: number): number {
  const [y, m, d] = isoDate(birthDay).split('-').map(Number);
  const iso = `${y + 18}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const day = dayNumber(iso);
  return isoDate(day) === iso ? day : dayNumber(`${y + 18}-03-01`);
}
