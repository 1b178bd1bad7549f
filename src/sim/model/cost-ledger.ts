import type { FinancialYearSpan } from '../timeline.js';

/** Cost categories of MODEL.md "Time and money", split so that every pound has one home. */
export const COST_CATEGORIES = [
  'localFixed',
  'localVariable',
  'outreach',
  'family',
  'externalInCounty',
  'externalOutOfCounty',
  'crisis',
  /** Block-purchased external places: the contract price of every place, used or not. */
  'externalBlock',
  'other',
  /** Income from places sold to other councils, booked as a negative cost (dated-capacity-schema.ts). */
  'soldPlacesIncome',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];
const CATEGORY_INDEX = Object.fromEntries(COST_CATEGORIES.map((c, i) => [c, i])) as Record<CostCategory, number>;

/**
 * Money accrued per day, by category and financial year, over the reporting
 * period only. A rate is given at base-year prices; each financial year's
 * slice is multiplied by that year's unit-cost growth factor.
 */
export class CostLedger {
  /** Pounds, indexed [category × years + year]. */
  readonly totals: Float64Array;

  constructor(readonly years: readonly FinancialYearSpan[]) {
    this.totals = new Float64Array(COST_CATEGORIES.length * years.length);
  }

  /** Accrue `gbpPerDay` (base-year prices) from `from` to `to` (days) to `category`. */
  accrue(category: CostCategory, from: number, to: number, gbpPerDay: number): void {
    if (gbpPerDay === 0 || to <= from) return;
    const row = CATEGORY_INDEX[category] * this.years.length;
    for (let y = 0; y < this.years.length; y++) {
      const span = this.years[y];
      const a = from > span.startT ? from : span.startT;
      const b = to < span.endT ? to : span.endT;
      if (b > a) this.totals[row + y] += (b - a) * gbpPerDay * span.costFactor;
    }
  }

  /** Add a one-off payment of `gbp` (cash terms, no growth) at time `t`, if it falls in the reporting period. */
  payAt(category: CostCategory, t: number, gbp: number): void {
    const y = this.years.findIndex((span) => t >= span.startT && t < span.endT);
    if (y >= 0) this.totals[CATEGORY_INDEX[category] * this.years.length + y] += gbp;
  }

  /** Pounds in `category` in year index `y`. */
  get(category: CostCategory, y: number): number {
    return this.totals[CATEGORY_INDEX[category] * this.years.length + y];
  }
}
