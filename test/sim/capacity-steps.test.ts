import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { runLogged, scenario } from './helpers.js';
import { erlangB } from './queueing.js';

const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const hubReferrals = (days: number[]) => [{ name: 'referrals', arrivalDays: days, route: 'assessment', ageYears: { dist: 'fixed', value: 10 }, needMix: { ebd: 1 } }];
const direct = (days: number[], ageYears = 10) => [{ name: 'direct', arrivalDays: days, route: 'direct', ageYears: { dist: 'fixed', value: ageYears }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }];

describe('capacity that changes on dates: exact event logs', () => {
  it('a Hub opening with a ramp (1, then 2, then 3 beds ten days apart) turns away what the ramp cannot take', () => {
    const s = scenario({
      demand: hubReferrals([11, 12, 22, 23, 31]),
      services: { hub: { opens: '2026-04-11', capacitySteps: [{ from: '2026-04-11', places: 1 }, { from: '2026-04-21', places: 2 }, { from: '2026-05-01', places: 3 }] } },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t < 40).map(line)).toEqual([
      '10 opened 0 Hub',
      '11 referral 1 Hub', '11 placed-hub 1 Hub',
      '12 referral 2 Hub', '12 spillover 2 Hub', '12 placed-external 2 out of county',
      '20 places-added 0 Hub 1->2',
      '22 referral 3 Hub', '22 placed-hub 3 Hub',
      '23 referral 4 Hub', '23 spillover 4 Hub', '23 placed-external 4 out of county',
      '30 places-added 0 Hub 2->3',
      '31 referral 5 Hub', '31 placed-hub 5 Hub',
      '39 returned-home 1 left',
    ]);
    // Fixed cost follows the beds available: 1 bed for 10 days, 2 for 10, 3 for the rest of the year.
    expect(figure('cost.localFixed')).toBeCloseTo(((10 + 2 * 10 + 3 * 335) * 5200) / 7, 6);
  });

  it('a home cut from 3 beds to 1 moves its two most recently placed children on (here: spilled over, no other home)', () => {
    const s = scenario({
      demand: direct([0, 1, 2]),
      services: { homes: [{ name: 'Home A', beds: 3, fixedWeeklyGbpPerBed: 5500, capacitySteps: [{ from: '2026-04-11', places: 1 }] }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual([
      '0 placed-home 1 Home A', '1 placed-home 2 Home A', '2 placed-home 3 Home A',
      '10 places-removed 0 Home A 3->1',
      '10 spillover 3 inHouseHome', '10 turned-away 3 Home A', '10 placed-external 3 out of county',
      '10 spillover 2 inHouseHome', '10 turned-away 2 Home A', '10 placed-external 2 out of county',
    ]);
    expect(figure('stability.moves')).toBe(2);
    // Bed-days used: 1 + 2 + 3 × 8 before the cut, 1 × 355 after; available: 3 × 10 + 1 × 355.
    expect(figure('home.0.utilisation')).toBeCloseTo((1 + 2 + 3 * 8 + 355) / (3 * 10 + 355), 9);
  });

  it('a registered house re-registered as 16+ moves the under-16 and keeps the 16-year-old', () => {
    const s = scenario({
      demand: [...direct([0], 14), { ...direct([1], 16.5)[0], name: 'older' }].map((d) => ({ ...d, placement: { house: 1 } })),
      // maxAge 18: the house's own ages replace the registered default of under 16 (seed 001 §22).
      services: { houses: [{ name: 'House 1', registration: 'registered', maxAge: 18, fixedWeeklyGbpPerPlace: 5477, capacitySteps: [{ from: '2026-04-11', registration: 'unregulated16plus', fixedWeeklyGbpPerPlace: 2438 }] }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 10).map(line)).toEqual([
      '0 placed-house 1 House 1', '1 placed-house 2 House 1',
      '10 re-registered 0 House 1 ages 16-18',
      '10 spillover 1 house', '10 placed-external 1 out of county',
    ]);
    // The Hub's 3 beds all year, plus two house places at the registered price for 10 days, then at the 16+ price (seed 001 §25).
    expect(figure('cost.localFixed')).toBeCloseTo((3 * 365 * 5200 + 2 * (10 * 5477 + 355 * 2438)) / 7, 6);
  });

  it('a 16+ house re-registered moves its 16-year-old (registered: under 16, seed 001 §22) unless the house sets maxAge 18', () => {
    const run = (ages: object) => {
      const s = scenario({
        demand: direct([0], 16.5).map((d) => ({ ...d, placement: { house: 1 } })),
        services: { houses: [{ name: 'House 1', registration: 'unregulated16plus', ...ages, fixedWeeklyGbpPerPlace: 2438, capacitySteps: [{ from: '2026-04-11', registration: 'registered' }] }] },
      });
      return runLogged(s).log.filter((l) => l.what !== 'arrived' && l.t <= 10).map(line);
    };
    expect(run({})).toEqual(['0 placed-house 1 House 1', '10 re-registered 0 House 1 ages 0-16', '10 spillover 1 house', '10 placed-external 1 out of county']);
    expect(run({ maxAge: 18 })).toEqual(['0 placed-house 1 House 1', '10 re-registered 0 House 1 ages 0-18']);
  });

  it('a place sold to another council for ten days is staffed but not local: a referral then spills over, and the sale is income', () => {
    const s = scenario({
      demand: direct([0, 1, 12, 25]),
      services: { homes: [{ name: 'Home A', beds: 3, fixedWeeklyGbpPerBed: 5500, soldPlaces: [{ buyer: 'Rutland', places: 1, from: '2026-04-11', to: '2026-04-21', weeklyGbpPerPlace: 5000 }] }] },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual([
      '0 placed-home 1 Home A', '1 placed-home 2 Home A',
      '10 places-sold 0 Home A 0->1', '10 places-removed 0 Home A 3->2',
      '12 spillover 3 inHouseHome', '12 turned-away 3 Home A', '12 placed-external 3 out of county',
      '20 places-sold 0 Home A 1->0', '20 places-added 0 Home A 2->3',
      '25 placed-home 4 Home A',
    ]);
    expect(figure('cost.soldPlacesIncome')).toBeCloseTo((-10 * 5000) / 7, 6);
    // Every bed is staffed all year, sold or not (plus the Hub's 3 beds).
    expect(figure('cost.localFixed')).toBeCloseTo((3 * 365 * 5200 + 3 * 365 * 5500) / 7, 6);
  });

  it('an outreach team cut from 2 slots to 1 ends the episode that started last', () => {
    const s = scenario({
      demand: [{ name: 'at-risk', arrivalDays: [0, 1], route: 'outreach', ageYears: { dist: 'fixed', value: 12 }, needMix: { ebd: 1 }, riskDays: { dist: 'fixed', value: 300 }, riskBreakdownPerYear: 0 }],
      services: { outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 100 }, startOn: ['atRisk'], capacitySteps: [{ from: '2026-04-11', places: 1 }] } },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 10).map(line)).toEqual([
      '0 at-risk 1 home', '0 outreach-start 1 Outreach',
      '1 at-risk 2 home', '1 outreach-start 2 Outreach',
      '10 places-removed 0 Outreach 2->1', '10 outreach-end 2 Outreach',
    ]);
  });

  it('steps can be written in date order only', () => {
    expect(() => scenario({ services: { hub: { capacitySteps: [{ from: '2027-01-01', places: 2 }, { from: '2026-06-01', places: 4 }] } } })).toThrow(/date order/);
  });
});

describe('a capacity step against Erlang B in each period', () => {
  // Hub loss system, exponential 28-day stays at 3 Erlangs: 2 beds for five years, then 5 beds.
  // Each period is ≥ 20 mean stays long; 5 mean stays (140 days) are left out after the start
  // (empty system) and after the step, so each period is close to its own steady state.
  const YEAR = 365.25;
  const MEAN = 28;
  const stepT = 1826; // 2031-04-01, days after 2026-04-01
  const s = scenario({
    horizonYears: 10,
    demand: [{ name: 'referrals', ratePerYear: (3 * YEAR) / MEAN, route: 'assessment', ageYears: { dist: 'fixed', value: 2 }, needMix: { ebd: 1 } }],
    services: { hub: { beds: 2, stayDays: { dist: 'exponential', mean: MEAN }, capacitySteps: [{ from: '2031-04-01', places: 5 }] } },
  });
  const periods = [[5 * MEAN, stepT, 2], [stepT + 5 * MEAN, 10 * YEAR, 5]] as const;

  it('blocking before and after the step matches B(2, 3) and B(5, 3)', () => {
    const shares: number[][] = periods.map(() => []);
    for (let r = 0; r < 120; r++) {
      const counts = periods.map(() => ({ referrals: 0, blocked: 0 }));
      runReplication(s, 20260401, r, {
        trace: (t, what, _c, where) => {
          if (where !== 'Hub') return;
          periods.forEach(([a, b], k) => {
            if (t < a || t >= b) return;
            if (what === 'referral') counts[k].referrals++;
            if (what === 'spillover') counts[k].blocked++;
          });
        },
      });
      counts.forEach((c, k) => shares[k].push(c.blocked / c.referrals));
    }
    periods.forEach(([a, b, beds], k) => {
      expect(b - a).toBeGreaterThanOrEqual(20 * MEAN);
      const n = shares[k].length;
      const mean = shares[k].reduce((x, y) => x + y, 0) / n;
      const se = Math.sqrt(shares[k].reduce((x, y) => x + (y - mean) ** 2, 0) / (n - 1) / n);
      expect(Math.abs(mean - erlangB(beds, 3))).toBeLessThan(3 * se);
    });
  });
});
