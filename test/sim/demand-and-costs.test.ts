import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { estimate, figureOf, runLogged, scenario } from './helpers.js';

const fixed = (value: number) => ({ dist: 'fixed', value });

describe('demand', () => {
  it('arrives at the stated rate: Poisson counts have mean rate × years', () => {
    const s = scenario({ horizonYears: 2, demand: [{ name: 'r', ratePerYear: 48, route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }], services: { hub: { beds: 1000 } } });
    const { mean, se } = estimate(s, 'spillover.referrals', 300);
    expect(Math.abs(mean - 96)).toBeLessThan(3 * se);
  });

  it('grows by the yearly rate: year 2 of 48 a year growing 25% expects 48 × (1.25^2 − 1.25)/ln 1.25', () => {
    const s = scenario({ horizonYears: 2, demand: [{ name: 'r', ratePerYear: 48, growthPerYear: 0.25, route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }], services: { hub: { beds: 1000 } } });
    const { mean, se } = estimate(s, 'spillover.referrals', 300);
    const expected = (48 * (1.25 ** 2 - 1)) / Math.log(1.25);
    expect(Math.abs(mean - expected)).toBeLessThan(3 * se);
  });

  it('follows piecewise rates from their dates', () => {
    // 48 a year for the first year, then 12 a year: 48 + 12 expected over two years.
    const s = scenario({ horizonYears: 2, demand: [{ name: 'r', ratePerYear: 48, ratePeriods: [{ from: '2027-04-01', ratePerYear: 12 }], route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }], services: { hub: { beds: 1000 } } });
    const { mean, se } = estimate(s, 'spillover.referrals', 300);
    expect(Math.abs(mean - (48 * 365 + 12 * 366) / 365.25)).toBeLessThan(3 * se);
  });
});

describe('outreach waits', () => {
  it('counts no wait for a child who finds a slot free, however long ago they arrived', () => {
    const s = scenario({
      demand: [{ name: 'a', arrivalDays: [0], route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }],
      services: { hub: { stayDays: fixed(60) }, outreach: { slots: 1, episodeDays: fixed(30), startOn: ['leaveHub'] } },
    });
    const { log, figure } = runLogged(s);
    expect(log.find((l) => l.what === 'outreach-start')!.t).toBe(60);
    expect(figure('outreach.meanWaitDays')).toBe(0);
    expect(figure('outreach.shareWaited')).toBe(0);
  });

  it('measures a wait from the request to the start of support', () => {
    const s = scenario({
      demand: [{ name: 'a', arrivalDays: [0, 5], route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }],
      services: { hub: { stayDays: fixed(10) }, outreach: { slots: 1, episodeDays: fixed(30), startOn: ['leaveHub'] } },
    });
    const { figure } = runLogged(s);
    // Child 1 starts at day 10 until 40; child 2 asks at day 15 and waits 25 days.
    expect(figure('outreach.meanWaitDays')).toBe(12.5);
    expect(figure('outreach.shareWaited')).toBe(0.5);
  });
});

describe('programme and one-off costs', () => {
  it('books recurring costs daily and one-off costs in their financial year', () => {
    const s = scenario({
      horizonYears: 2,
      services: { hub: { beds: 0 }, outreach: { fixedWeeklyGbpPerSlot: 0 } },
      otherCosts: { recurring: [{ name: 'clinical lead', gbpPerYear: 80_000, from: '2026-10-01' }], oneOff: [{ name: 'Mockingbird licence', date: '2027-05-01', gbp: 20_000 }] },
    });
    const v = runReplication(s, 1, 0).values;
    expect(figureOf(s, v, 'cost.fy2026.other')).toBeCloseTo((182 * 80_000) / 365.25, 6);
    expect(figureOf(s, v, 'cost.fy2027.other')).toBeCloseTo((366 * 80_000) / 365.25 + 20_000, 6);
    expect(figureOf(s, v, 'cost.total')).toBeCloseTo(((182 + 366) * 80_000) / 365.25 + 20_000, 6);
  });
});

describe('residential entrants and placement lengths', () => {
  it('counts new entrants only, and measures placements from their true start', () => {
    const s = scenario({
      demand: [{ name: 'd', arrivalDays: [0], route: 'direct', ageYears: fixed(17.5), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: { homes: [{ name: 'H', beds: 2, fixedWeeklyGbpPerBed: 1 }] },
      initialCaseload: [{ ageYears: 17.9, need: 'ebd', setting: 'home:H', weeklyCostGbp: 0, weeksInPlacement: 10 }],
    });
    const { figure } = runLogged(s);
    // The arrival is the only new entrant; the caseload child was already in residential care.
    expect(figure('residential.entrants')).toBe(1);
    // Both leave at 18: the arrival after 182.625 days; the caseload child after 10 weeks + 36.525 days.
    expect(figure('residential.meanPlacementWeeks')).toBeCloseTo((182.625 + 70 + 36.525) / 2 / 7, 9);
  });

  it('lets a stream with no demand start later through ratePeriods', () => {
    const s = scenario({ horizonYears: 2, demand: [{ name: 'r', ratePerYear: 0, ratePeriods: [{ from: '2027-04-01', ratePerYear: 48 }], route: 'assessment', ageYears: fixed(9), needMix: { ebd: 1 } }], services: { hub: { beds: 1000 } } });
    const { log } = runLogged(s, 2, 0);
    const first = log.find((l) => l.what === 'arrived');
    expect(first!.t).toBeGreaterThanOrEqual(365);
  });
});
