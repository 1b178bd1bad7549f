import { dayNumber, financialYear, financialYearLabel, isoDate, readableDate } from './calendar-dates.js';
import type { Scenario } from './scenario.js';

/** Days in a year when a scenario gives a span in years (Julian year). */
export const DAYS_PER_YEAR = 365.25;

/** A financial year's slice of the reporting period, in simulation days. */
export interface FinancialYearSpan {
  fy: number;
  label: string;
  startT: number;
  endT: number;
  /** Unit-cost multiplier: (1 + growth)^k in the k-th financial year of the run. */
  costFactor: number;
  /** The share of the financial year inside the period: 1 for a whole year, less for a first or last year cut short. */
  yearShare: number;
  /** For a year cut short, which part is in the period, for labels: " (1 Oct 2026 to 31 Mar 2027 only)"; '' for a whole year. */
  part: string;
}

/**
 * The run's clock. Simulation time 0 is the start of the warm-up; the
 * reporting period runs from `originT` (the scenario's start date) to
 * `horizonT`. Time is in days.
 */
export interface Timeline {
  originT: number;
  horizonT: number;
  startDay: number;
  weeks: number;
  weekStarts: string[];
  years: FinancialYearSpan[];
  /** Simulation time of an ISO date. */
  timeOf(iso: string): number;
}

/** Build the timeline of a scenario. */
export function buildTimeline(s: Scenario): Timeline {
  const originT = Math.round(s.warmupYears * DAYS_PER_YEAR);
  const horizonDays = reportingDays(s.startDate, s.horizonYears);
  const horizonT = originT + horizonDays;
  const startDay = dayNumber(s.startDate);
  const weeks = Math.ceil(horizonDays / 7);
  const weekStarts = Array.from({ length: weeks }, (_, w) => isoDate(startDay + 7 * w));
  return {
    originT,
    horizonT,
    startDay,
    weeks,
    weekStarts,
    years: financialYears(startDay, horizonDays, originT, s.costGrowthPerYear),
    timeOf: (iso) => originT + dayNumber(iso) - startDay,
  };
}

/**
 * Days in the reporting period: whole years are calendar years from the
 * start date (five years from 2027-04-01 end on 2032-03-31 and include two
 * leap days, so FY 2031/32 is charged all of its 366 days); a fraction of a
 * year left over is 365.25 days a year.
 */
export function reportingDays(startDate: string, years: number): number {
  const whole = Math.floor(years);
  const [y, m, d] = startDate.split('-').map(Number);
  // From 29 February, whole years end on 29 February when the end year has one (four years from 2028-02-29 are
  // 1,461 days, not 1,460: hostile review 3), else on 28 February.
  const endYear = y + whole;
  const leap = (endYear % 4 === 0 && endYear % 100 !== 0) || endYear % 400 === 0;
  const end = `${String(endYear).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(m === 2 && d === 29 && !leap ? 28 : d).padStart(2, '0')}`;
  return dayNumber(end) - dayNumber(startDate) + Math.round((years - whole) * DAYS_PER_YEAR);
}

/** The financial years a reporting period from `startDate` covers, with each one's label and the part of it covered. */
export function financialYearSpans(startDate: string, horizonYears: number): FinancialYearSpan[] {
  return financialYears(dayNumber(startDate), reportingDays(startDate, horizonYears), 0, 0);
}

function financialYears(startDay: number, days: number, originT: number, growth: number): FinancialYearSpan[] {
  const first = financialYear(startDay);
  const last = financialYear(startDay + days - 1);
  const spans: FinancialYearSpan[] = [];
  for (let fy = first; fy <= last; fy++) {
    const from = Math.max(dayNumber(`${fy}-04-01`), startDay);
    const to = Math.min(dayNumber(`${fy + 1}-04-01`), startDay + days);
    spans.push({
      fy,
      label: financialYearLabel(fy),
      startT: originT + from - startDay,
      endT: originT + to - startDay,
      costFactor: Math.pow(1 + growth, fy - first),
      yearShare: (to - from) / (dayNumber(`${fy + 1}-04-01`) - dayNumber(`${fy}-04-01`)),
      part: to - from < dayNumber(`${fy + 1}-04-01`) - dayNumber(`${fy}-04-01`) ? ` (${readableDate(from)} to ${readableDate(to - 1)} only)` : '',
    });
  }
  return spans;
}
