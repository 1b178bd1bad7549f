import type { Scenario } from '../../src/sim/scenario.js';

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

/**
 * The reporting period and its financial years, worked out from the calendar
 * (Date.UTC), not with the model's timeline code. Definitions (docs/model.md
 * "Time and money"): time 0 is the start of the warm-up; the reporting period
 * starts on `startDate` after round(warmupYears × 365.25) days and lasts
 * its whole years as calendar years from `startDate` plus round(fraction × 365.25) days; a financial year runs 1 April – 31 March
 * and its unit costs are (1 + growth)^k times base prices in the k-th
 * financial year the period touches (k = 0 for the first).
 */
export interface Periods {
  originT: number;
  horizonT: number;
  /** Simulation time of an ISO date. */
  timeOf(iso: string): number;
  years: { fy: number; startT: number; endT: number; factor: number }[];
}

export function periodsOf(s: Scenario): Periods {
  const originT = Math.round(s.warmupYears * 365.25);
  const start = dayOf(s.startDate);
  const whole = Math.floor(s.horizonYears);
  const [y, m, d] = [+s.startDate.slice(0, 4), +s.startDate.slice(5, 7), +s.startDate.slice(8, 10)];
  const end = Date.UTC(y + whole, m - 1, d) / DAY_MS;
  const horizonT = originT + end - start + Math.round((s.horizonYears - whole) * 365.25);
  const timeOf = (iso: string) => originT + dayOf(iso) - start;
  const firstFy = new Date(start * DAY_MS).getUTCMonth() >= 3 ? new Date(start * DAY_MS).getUTCFullYear() : new Date(start * DAY_MS).getUTCFullYear() - 1;
  const years: Periods['years'] = [];
  for (let fy = firstFy; timeOf(`${fy}-04-01`) < horizonT; fy++) {
    years.push({
      fy,
      startT: Math.max(originT, timeOf(`${fy}-04-01`)),
      endT: Math.min(horizonT, timeOf(`${fy + 1}-04-01`)),
      factor: Math.pow(1 + s.costGrowthPerYear, fy - firstFy),
    });
  }
  return { originT, horizonT, timeOf, years };
}
