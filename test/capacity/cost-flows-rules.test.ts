import { describe, expect, it } from 'vitest';
import type { MetricCatalogue, ReplicationResult } from '../../src/sim/results.js';
import { CostFlows, financialYears } from '../../src/capacity/cost-flows.js';
import { mulberry32 } from './random-source.js';

/** Rules of an option's money against the baseline (docs/sizing.md, Compare as a decision). */

const scalar = (id: string, label = id) => ({ id, label, unit: 'GBP' as const, group: 'cost' });
const catalogue = (ids: string[]): MetricCatalogue => ({
  scalars: ids.map((id) => (id.startsWith('cost.fy') ? scalar(id, `Cost in FY ${id.slice(7, 11)}/${Number(id.slice(9, 11)) + 1}`) : scalar(id))),
  series: [], weekStarts: [],
});
const result = (replication: number, values: number[]): ReplicationResult => ({ replication, events: 0, values, weekly: [] });

/** Catalogue: cost.total then FY 2026, 2027 (and 2028 when three years). */
const FY2 = catalogue(['cost.total', 'cost.fy2026.total', 'cost.fy2027.total']);
const FY3 = catalogue(['cost.total', 'cost.fy2026.total', 'cost.fy2027.total', 'cost.fy2028.total']);
const withYears = (years: number[]) => [years.reduce((a, b) => a + b, 0), ...years];

function twoYear(baseline: number[], option: number[]): CostFlows {
  const f = new CostFlows(FY2, FY2, { realRate: 0, deflator: 0 });
  f.add(result(0, withYears(baseline)), result(0, withYears(option)));
  return f;
}

describe('financial-year figures of a catalogue', () => {
  it('takes only ids of the exact form cost.fyYYYY.total and strips a leading "Cost in FY " from labels', () => {
    const c: MetricCatalogue = {
      scalars: [
        scalar('cost.total'),
        scalar('cost.fy2026.total', 'Cost in FY 2026/27'),
        scalar('ward.cost.fy2026.total', 'Ward cost in FY 2026/27'),
        scalar('cost.fy2027.total.perChild', 'Per child in FY 2027/28'),
        scalar('cost.fy2027.total', 'Total Cost in FY 2027/28'),
      ],
      series: [], weekStarts: [],
    };
    expect(financialYears(c)).toEqual([
      { fy: '2026', label: '2026/27', index: 1, yearShare: 1 },
      { fy: '2027', label: 'Total Cost in FY 2027/28', index: 4, yearShare: 1 },
    ]);
  });
});

describe('cost flows against the baseline', () => {
  it('uses only the financial years both arms report, labelled by year', () => {
    const base = catalogue(['cost.total', 'cost.fy2026.total', 'cost.fy2027.total', 'cost.fy2028.total']);
    const f = new CostFlows(base, FY2, { realRate: 0, deflator: 0 });
    f.add(result(0, [300, 100, 100, 100]), result(0, [170, 90, 80]));
    const years = f.financialYears();
    expect(years.map((y) => [y.fy, y.meanDifferenceGbp])).toEqual([['2026/27', -10], ['2027/28', -20]]);
    // Saving over the shared years, undiscounted: 10 + 20.
    expect(f.presentValue().gbp).toBeCloseTo(30, 12);
  });

  it('reads cost.total wherever it sits in each catalogue to count replications cheaper', () => {
    const base = catalogue(['hub.beds', 'cost.fy2026.total', 'cost.total']);
    const opt = catalogue(['hub.beds', 'cost.total', 'cost.fy2026.total']);
    const f = new CostFlows(base, opt, { realRate: 0.035, deflator: 0 });
    // Totals: baseline 100, option 90 (cheaper); baseline 100, option 110 (costlier). Bed counts (1 and 200) would say otherwise.
    f.add(result(0, [1, 100, 100]), result(0, [200, 90, 90]));
    f.add(result(1, [1, 100, 100]), result(1, [200, 110, 110]));
    expect(f.shareCheaper).toBe(0.5);
  });

  it('does not count a replication of equal or higher total cost as cheaper', () => {
    const f = new CostFlows(FY2, FY2, { realRate: 0, deflator: 0 });
    f.add(result(0, withYears([50, 50])), result(0, withYears([60, 40]))); // equal totals
    f.add(result(1, withYears([50, 50])), result(1, withYears([60, 50]))); // costlier
    f.add(result(2, withYears([50, 50])), result(2, withYears([40, 50]))); // cheaper
    expect(f.shareCheaper).toBeCloseTo(1 / 3, 12);
  });
});

describe('payback', () => {
  it('pays back in the year the cumulative saving reaches exactly zero at the end of the horizon', () => {
    // Savings −60 then +60: cumulative −60, 0 → turns within year 1 at 1 + 60/60 = 2 years.
    expect(twoYear([100, 100], [160, 40]).paybackYears()).toBeCloseTo(2, 12);
  });

  it('keeps the first year it turns and interpolates within it', () => {
    const f = new CostFlows(FY3, FY3, { realRate: 0, deflator: 0 });
    // Savings −60, +120, +30: cumulative −60, +60, +90 → turns in year 1 at 1 + 60/120 = 1.5.
    f.add(result(0, withYears([100, 100, 100])), result(0, withYears([160, -20, 70])));
    expect(f.paybackYears()).toBeCloseTo(1.5, 12);
  });
});

describe('a first financial year cut short counts as its share of a year', () => {
  // A run from 1 October: FY 2026/27 is half inside the period (182 of 365 days), then whole years.
  const halfFirst = (ids: string[]): MetricCatalogue => {
    const c = catalogue(ids);
    c.scalars.forEach((x) => { if (/^cost\.fy\d+\.total$/.test(x.id)) x.yearShare = x.id === 'cost.fy2026.total' ? 0.5 : 1; });
    return c;
  };
  const HALF = halfFirst(['cost.total', 'cost.fy2026.total', 'cost.fy2027.total', 'cost.fy2028.total']);

  it('payback is time from the start: the half year, then the fraction of the year it turns in', () => {
    const f = new CostFlows(HALF, HALF, { realRate: 0, deflator: 0 });
    // Savings −60, +120, +30: cumulative −60, +60 → turns halfway through FY 2027/28, which starts 0.5 years in: 1.0
    // (1.5 if the short first year counted as a whole one).
    f.add(result(0, withYears([100, 100, 100])), result(0, withYears([160, -20, 70])));
    expect(f.paybackYears()).toBeCloseTo(1, 12);
    const whole = new CostFlows(FY3, FY3, { realRate: 0, deflator: 0 });
    whole.add(result(0, withYears([100, 100, 100])), result(0, withYears([160, -20, 70])));
    expect(whole.paybackYears()).toBeCloseTo(1.5, 12);
  });

  it('discounts each year from when it starts: the second year by half a year, the third by one and a half', () => {
    const f = new CostFlows(HALF, HALF, { realRate: 0.1, deflator: 0 });
    f.add(result(0, withYears([0, 0, 0])), result(0, withYears([-100, -100, -100])));
    expect(f.presentValue().gbp).toBeCloseTo(100 + 100 * 1.1 ** -0.5 + 100 * 1.1 ** -1.5, 9);
  });

  it('the model gives each financial year its share: a run from 1 October 2026 for 2 years', async () => {
    const { scenario } = await import('../sim/helpers.js');
    const { catalogueOf } = await import('../../src/sim/run-replication.js');
    const shares = financialYears(catalogueOf(scenario({ startDate: '2026-10-01', horizonYears: 2 }))).map((y) => [y.fy, Number(y.yearShare.toFixed(4))]);
    // 1 Oct 2026 to 1 Apr 2027: 182 of 365 days; FY 2027/28 whole (366 days, 2028 is a leap year); 1 Apr to 1 Oct 2028: 183 of 365.
    expect(shares).toEqual([['2026', 0.4986], ['2027', 1], ['2028', 0.5014]]);
    // Their labels say which part of a year cut short is in the period, so six months do not read as a year.
    expect(financialYears(catalogueOf(scenario({ startDate: '2026-10-01', horizonYears: 2 }))).map((y) => y.label))
      .toEqual(['2026/27 (1 Oct 2026 to 31 Mar 2027 only)', '2027/28', '2028/29 (1 Apr 2028 to 30 Sep 2028 only)']);
  });
});

describe('cost per unit avoided: a ratio of means with a delta-method interval', () => {
  const CAT = catalogue(['cost.total', 'spillover.count', 'ooc.childWeeks']);
  // Per replication: cost difference (option − baseline) and spill-overs avoided (baseline − option).
  const cost = [-100, -300, -200, -500, -150, -250];
  const avoided = [1, 3, 2, 4, 2, 2];
  const flows = new CostFlows(CAT, CAT, { realRate: 0, deflator: 0 });
  cost.forEach((c, r) => flows.add(result(r, [1000, 10, 50]), result(r, [1000 + c, 10 - avoided[r], 50])));

  it('is mean cost difference ÷ mean avoided, with the interval of the linearised values (by hand)', () => {
    const n = cost.length;
    const mc = cost.reduce((a, b) => a + b, 0) / n; // −250
    const ma = avoided.reduce((a, b) => a + b, 0) / n; // 14/6
    const ratio = mc / ma;
    const z = cost.map((c, r) => (c - ratio * avoided[r]) / ma);
    const mz = z.reduce((a, b) => a + b, 0) / n;
    const sd = Math.sqrt(z.reduce((a, b) => a + (b - mz) ** 2, 0) / (n - 1));
    const half = (2.570581835636314 * sd) / Math.sqrt(n); // t_{0.975, 5}
    const got = flows.perAvoided('spillover.count')!;
    expect(got.ratio).toBeCloseTo(ratio, 9);
    expect(got.ci95[0]).toBeCloseTo(ratio - half, 6);
    expect(got.ci95[1]).toBeCloseTo(ratio + half, 6);
  });

  it('is null when nothing is avoided on average (out-of-county weeks unchanged here)', () => {
    expect(flows.perAvoided('ooc.childWeeks')).toBeNull();
  });

  it('covers the true ratio in about 95% of runs (2,000 runs of 100 replications; within 3 standard errors)', () => {
    const u = mulberry32(20261201);
    const normal = () => Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    const trials = 2000;
    let covered = 0;
    for (let t = 0; t < trials; t++) {
      const f = new CostFlows(CAT, CAT, { realRate: 0, deflator: 0 });
      for (let r = 0; r < 100; r++) {
        // Avoided about 5 ± 2 a replication; each costs −£50k (a saving) with noise of £100k: the true ratio is −£50k.
        const a = 5 + 2 * normal();
        const c = -50_000 * a + 100_000 * normal();
        f.add(result(r, [1e6, 100, 50]), result(r, [1e6 + c, 100 - a, 50]));
      }
      const ci = f.perAvoided('spillover.count')!.ci95;
      if (ci[0] <= -50_000 && -50_000 <= ci[1]) covered++;
    }
    const se = Math.sqrt((0.95 * 0.05) / trials);
    expect(Math.abs(covered / trials - 0.95)).toBeLessThan(3 * se);
  });
});

