import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { figureOf, scenario } from '../sim/helpers.js';

/**
 * Weekly series and occupancy figures worked by hand. A 14-day warm-up and a 20-day period
 * (weeks of 7, 7 and 6 days). Two Hub beds, 28-day stays. Child 1 is in today's caseload, placed
 * in the Hub when the warm-up ends (docs/model.md: "after a warm-up, when it ends") with none of
 * its stay used, so in the Hub all 20 days; child 2 arrives on day 3 of the period and stays to its
 * end (day 3 + 28 > 20).
 */
describe('weekly series after a warm-up, with a short last week', () => {
  const s = scenario({
    warmupYears: 14 / 365.25, horizonYears: 20 / 365.25,
    demand: [{ name: 'referrals', arrivalDays: [3], route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }],
    services: { hub: { beds: 2 } },
    initialCaseload: [{ ageYears: 10, need: 'ebd', setting: 'hub', weeklyCostGbp: 0, weeksInPlacement: 0 }],
  });
  const r = runReplication(s, 1, 0);
  const cat = catalogueOf(s);

  it('counts weeks from the end of the warm-up and divides the last week by its 6 days', () => {
    expect(cat.weekStarts).toEqual(['2026-04-01', '2026-04-08', '2026-04-15']);
    const hub = Array.from(r.weekly[cat.series.findIndex((x) => x.id === 'hub')]);
    // Week 0: child 1 all 7 days, child 2 days 3-7 (4 of 7). Weeks 1 and 2: both, so the 6-day week
    // averages 2 (12 child-days / 6), not 12 / 7.
    expect(hub[0]).toBeCloseTo(1 + 4 / 7, 12);
    expect(hub[1]).toBeCloseTo(2, 12);
    expect(hub[2]).toBeCloseTo(2, 12);
    expect(hub).toHaveLength(3);
  });

  it('reads occupancy, utilisation and time full off the same 20 days', () => {
    const f = (id: string) => figureOf(s, Array.from(r.values), id);
    // Place-days used: 20 (child 1) + 17 (child 2) = 37, of 2 × 20 available; both beds taken days 3-20.
    expect(f('hub.meanOccupancy')).toBeCloseTo(37 / 20, 12);
    expect(f('hub.utilisation')).toBeCloseTo(37 / 40, 12);
    expect(f('hub.shareTimeFull')).toBeCloseTo(17 / 20, 12);
    expect(f('hub.admissions')).toBe(1); // today's caseload is not an admission (docs/model.md)
    expect(f('cost.localFixed')).toBeCloseTo((2 * 20 * 5200) / 7, 6);
  });
});
