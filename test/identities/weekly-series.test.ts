import { describe, expect, it } from 'vitest';
import { catalogueOf, runReplication } from '../../src/sim/run-replication.js';
import { figureOf, scenario } from '../sim/helpers.js';

/**
 * Weekly series and occupancy figures worked by hand. A 14-day warm-up and a 20-day period
 * (weeks of 7, 7 and 6 days). Two Hub beds, 28-day stays. Child 1 is in today's caseload, in the
 * Hub from time 0, so in the period for its first 14 days; child 2 arrives on day 3 of the period
 * and stays to its end (day 3 + 28 > 20).
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
    // Week 0: child 1 all 7 days, child 2 days 3-7 (4 of 7). Week 1: both. Week 2: child 2 only.
    expect(hub[0]).toBeCloseTo(1 + 4 / 7, 12);
    expect(hub[1]).toBeCloseTo(2, 12);
    expect(hub[2]).toBeCloseTo(1, 12);
    expect(hub).toHaveLength(3);
  });

  it('reads occupancy, utilisation and time full off the same 20 days', () => {
    const f = (id: string) => figureOf(s, Array.from(r.values), id);
    // Place-days used: 14 (child 1) + 17 (child 2) = 31, of 2 × 20 available; both beds taken days 3-14.
    expect(f('hub.meanOccupancy')).toBeCloseTo(31 / 20, 12);
    expect(f('hub.utilisation')).toBeCloseTo(31 / 40, 12);
    expect(f('hub.shareTimeFull')).toBeCloseTo(11 / 20, 12);
    expect(f('hub.admissions')).toBe(1); // child 1 was admitted in the warm-up
    expect(f('cost.localFixed')).toBeCloseTo((2 * 20 * 5200) / 7, 6);
  });
});
