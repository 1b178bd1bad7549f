import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { figureOf, scenario } from '../sim/helpers.js';

/**
 * Financial years worked by hand for a run that starts and ends mid-year, after a warm-up,
 * across 29 February 2028. Start 15 October 2027, 1.5 years: docs/model.md counts the whole year as
 * a calendar year (15 Oct 2027 – 14 Oct 2028, 366 days with 29 February) and the half year as
 * round(0.5 × 365.25) = 183 days, so 549 days and the period's last day is 15 April 2029.
 * FY 2027/28: 15 Oct 2027 – 31 Mar 2028 = 17 + 30 + 31 + 31 + 29 + 31 days (Oct 15–31 inclusive,
 * then Nov … Mar with a 29-day February) = 169; FY 2028/29: 365; FY 2029/30: 1–15 April = 15. Unit costs grow 4% a year, stepped by financial year.
 */
describe('costs by financial year for a run that does not start on 1 April', () => {
  const s = scenario({
    startDate: '2027-10-15', horizonYears: 1.5, warmupYears: 0.25, costGrowthPerYear: 0.04,
    // Child 1 takes the only bed on the start date; child 2, on day 10, finds it taken and goes out of
    // county (£6,000 a week) until the end: 10-year-olds do not reach 18 in the run.
    demand: [{ name: 'referrals', arrivalDays: [0, 10], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }],
    services: { hub: { beds: 1, fixedWeeklyGbpPerBed: 7000, stayDays: { dist: 'fixed', value: 28 } } },
    // One-off payments on the edges: in the warm-up, on the start date, on a financial year's first
    // day, on the period's last day, and on the day after it ends.
    otherCosts: {
      oneOff: [['2027-09-01', 16_000], ['2027-10-15', 1000], ['2028-04-01', 2000], ['2029-04-15', 4000], ['2029-04-16', 8000]].map(([date, gbp], i) => ({ name: `payment ${i}`, date, gbp })),
    },
  });
  const v = Array.from(runReplication(s, 1, 0).values);
  const f = (id: string) => figureOf(s, v, id);
  const g = [1, 1.04, 1.04 ** 2];

  it('has exactly the financial years the period touches', () => {
    const fys = [...new Set(catalogueOf(s).scalars.map((m) => m.id.match(/^cost\.fy(\d+)\./)?.[1]).filter(Boolean))];
    expect(fys).toEqual(['2027', '2028', '2029']);
  });

  it('charges the fixed cost of each year\'s days only, none of the warm-up', () => {
    expect(f('cost.fy2027.localFixed')).toBeCloseTo(169 * 1000 * g[0], 6);
    expect(f('cost.fy2028.localFixed')).toBeCloseTo(365 * 1000 * g[1], 6);
    expect(f('cost.fy2029.localFixed')).toBeCloseTo(15 * 1000 * g[2], 6);
  });

  it('charges a placement that runs across the year ends to each year by its days', () => {
    const day = 6000 / 7;
    expect(f('cost.fy2027.external')).toBeCloseTo((169 - 10) * day * g[0], 6);
    expect(f('cost.fy2028.external')).toBeCloseTo(365 * day * g[1], 6);
    expect(f('cost.fy2029.external')).toBeCloseTo(15 * day * g[2], 6);
    expect(f('cost.outOfCounty')).toBeCloseTo((159 * g[0] + 365 * g[1] + 15 * g[2]) * day, 6);
    expect(f('ooc.childWeeks')).toBeCloseTo((549 - 10) / 7, 9);
  });

  it('books a one-off payment in the financial year of its date, in cash terms, only inside the period', () => {
    expect(f('cost.fy2027.other')).toBe(1000);
    expect(f('cost.fy2028.other')).toBe(2000);
    expect(f('cost.fy2029.other')).toBe(4000);
    expect(f('cost.other')).toBe(7000);
  });
});
