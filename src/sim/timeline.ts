import { dayNumber, financialYear, financialYearLabel, isoDate } from './calendar-dates.js';
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
  const horizonDays = Math.round(s.horizonYears * DAYS_PER_YEAR);
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
    });
  }
  return spans;
}
