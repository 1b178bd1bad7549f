import { describe, expect, it } from 'vitest';
import { CostLedger } from '../../src/sim/model/cost-ledger.js';
import type { FinancialYearSpan } from '../../src/sim/timeline.js';

/**
 * The ledger against sums worked by hand. The reporting period runs from t = 10 to t = 40 in
 * three financial years [10, 20), [20, 30), [30, 40) with unit-cost factors 1, 1.5 and 2.
 */
const years: FinancialYearSpan[] = [
  { fy: 2030, label: '2030/31', startT: 10, endT: 20, costFactor: 1 },
  { fy: 2031, label: '2031/32', startT: 20, endT: 30, costFactor: 1.5 },
  { fy: 2032, label: '2032/33', startT: 30, endT: 40, costFactor: 2 },
];
const byYear = (l: CostLedger, c: Parameters<CostLedger['get']>[0]) => [0, 1, 2].map((y) => l.get(c, y));

describe('CostLedger: one-off payments by financial year', () => {
  it('books a payment on the first day of the period to the first year', () => {
    const l = new CostLedger(years);
    l.payAt('other', 10, 100);
    expect(byYear(l, 'other')).toEqual([100, 0, 0]);
  });

  it('books a payment on a year boundary to the year that starts there, not the one that ends', () => {
    const l = new CostLedger(years);
    l.payAt('other', 20, 7);
    l.payAt('other', 30, 11);
    expect(byYear(l, 'other')).toEqual([0, 7, 11]);
  });

  it('drops payments outside the period: in the warm-up and on the horizon itself', () => {
    const l = new CostLedger(years);
    l.payAt('other', 9.5, 1000);
    l.payAt('other', 40, 1000);
    l.payAt('other', 45, 1000);
    expect(byYear(l, 'other')).toEqual([0, 0, 0]);
  });

  it('books payments in cash terms, with no unit-cost growth, in their own category only', () => {
    const l = new CostLedger(years);
    l.payAt('crisis', 35, 50);
    expect(byYear(l, 'crisis')).toEqual([0, 0, 50]);
    expect(byYear(l, 'other')).toEqual([0, 0, 0]);
  });
});

describe('CostLedger: daily rates by financial year', () => {
  it('splits a rate across years by days, grown by each year\'s factor, ignoring the warm-up and after the horizon', () => {
    const l = new CostLedger(years);
    // 4 a day from t = 5 (warm-up) to t = 45 (past the horizon): 10 days in each year.
    l.accrue('family', 5, 45, 4);
    expect(byYear(l, 'family')).toEqual([40, 60, 80]);
  });

  it('charges a stay that ends exactly on a year boundary to that year only', () => {
    const l = new CostLedger(years);
    l.accrue('family', 12, 20, 3); // 8 days × 3 × 1
    l.accrue('family', 20, 20, 3); // nothing
    l.accrue('family', 25, 22, 3); // reversed: nothing
    l.accrue('family', 21, 25, 0); // zero rate: nothing
    expect(byYear(l, 'family')).toEqual([24, 0, 0]);
  });

  it('agrees with a brute-force day-by-day sum for awkward intervals', () => {
    const l = new CostLedger(years);
    const spans: [number, number, number][] = [[0, 10, 1], [10, 10.5, 2], [19.25, 31.75, 8], [29, 50, 0.5], [39.5, 40, 16]];
    for (const [a, b, r] of spans) l.accrue('outreach', a, b, r);
    // Second computation: step in quarter days (all ends are multiples of 0.25) and look up each step's year.
    const want = [0, 0, 0];
    for (const [a, b, r] of spans) {
      for (let t = a; t < b; t += 0.25) {
        const y = years.findIndex((s) => t >= s.startT && t < s.endT);
        if (y >= 0) want[y] += 0.25 * r * years[y].costFactor;
      }
    }
    expect(want).toEqual([1 + 0.75 * 8, 10 * 8 * 1.5 + 1 * 0.5 * 1.5, 1.75 * 8 * 2 + 10 * 0.5 * 2 + 0.5 * 16 * 2]);
    byYear(l, 'outreach').forEach((v, y) => expect(v).toBeCloseTo(want[y], 12));
  });
});
