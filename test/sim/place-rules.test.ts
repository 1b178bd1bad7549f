import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

/**
 * Who a place takes (src/sim/model/place.ts, place-specs.ts): ages, needs, a house's sharing rule, single
 * occupancy, on scripted scenarios worked by hand (docs/model.md). Day 10 is 2026-04-11.
 */
const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const fixed = (value: number) => ({ dist: 'fixed', value });
const direct = (name: string, days: number[], age: number, need: string, placement: object, more: object = {}) =>
  ({ name, arrivalDays: days, route: 'direct', ageYears: fixed(age), needMix: { [need]: 1 }, placement, ...more });
const placed = (s: ReturnType<typeof scenario>) => runLogged(s).log.filter((l) => l.what !== 'arrived' && l.t < 10).map(line);
const house = (more: object) => ({ name: 'House 1', places: 2, registration: 'registered', fixedWeeklyGbpPerPlace: 5477, ...more });

describe('a house\'s sharing rule', () => {
  it('keeps apart only the needs listed: two young people with the same need share, one with the other need does not', () => {
    const s = scenario({
      demand: [direct('ebd', [0, 1], 12, 'ebd', { house: 1 }), direct('complex', [2], 12, 'complex', { house: 1 })],
      services: { houses: [house({ places: 3, sharing: { needsApart: [['ebd', 'complex']] } })] },
    });
    expect(placed(s)).toEqual([
      '0 placed-house 1 House 1', '1 placed-house 2 House 1',
      '2 spillover 3 house', '2 turned-away 3 House 1', '2 placed-external 3 out of county',
    ]);
  });

  it('two young people exactly the largest age gap apart may share', () => {
    const s = scenario({
      demand: [direct('younger', [0], 10, 'ebd', { house: 1 }), direct('older', [0], 12, 'ebd', { house: 1 }), direct('oldest', [1], 12.5, 'ebd', { house: 1 })],
      services: { houses: [house({ places: 3, sharing: { maxAgeGapYears: 2 } })] },
    });
    // Child 3 (12.5) is more than 2 years older than child 1 (10 and a day) and may not join them.
    expect(placed(s)).toEqual(['0 placed-house 1 House 1', '0 placed-house 2 House 1', '1 spillover 3 house', '1 turned-away 3 House 1', '1 placed-external 3 out of county']);
  });

  it('a need kept apart from itself keeps out a second such child, but the one already there is not moved by a later step', () => {
    const s = scenario({
      demand: [direct('complex', [0, 1], 12, 'complex', { house: 1 })],
      services: { houses: [house({ sharing: { needsApart: [['complex', 'complex']] }, capacitySteps: [{ from: '2026-04-11', places: 3 }] })] },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t <= 10).map(line)).toEqual([
      '0 placed-house 1 House 1', '1 spillover 2 house', '1 turned-away 2 House 1', '1 placed-external 2 out of county', '10 places-added 0 House 1 2->3',
    ]);
  });
});

describe('ages and needs a place takes', () => {
  it('a home for ages 10 and over takes a child on their tenth birthday', () => {
    const s = scenario({
      demand: [direct('d', [0], 10, 'ebd', { inHouseHome: 1 })],
      services: { homes: [{ name: 'Home A', beds: 1, fixedWeeklyGbpPerBed: 5500, minAge: 10, maxAge: 18 }] },
    });
    expect(placed(s)).toEqual(['0 placed-home 1 Home A']);
  });

  it('a home for one need takes children with that need and no other', () => {
    const s = scenario({
      demand: [direct('ebd', [0], 12, 'ebd', { inHouseHome: 1 }), direct('complex', [1], 12, 'complex', { inHouseHome: 1 })],
      services: { homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500, needs: ['ebd'] }] },
    });
    expect(placed(s)).toEqual(['0 placed-home 1 Home A', '1 spillover 2 inHouseHome', '1 placed-external 2 out of county']);
  });
});

describe('single occupancy takes a whole house only', () => {
  it('two young people who need single occupancy each take one Hub bed', () => {
    const s = scenario({ demand: [{ name: 'r', arrivalDays: [0, 1], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 }, singleOccupancyShare: 1 }] });
    expect(placed(s)).toEqual(['0 referral 1 Hub', '0 placed-hub 1 Hub', '1 referral 2 Hub', '1 placed-hub 2 Hub']);
  });

  it('two young people who need single occupancy each take one bed of a home', () => {
    const s = scenario({
      demand: [direct('d', [0, 1], 12, 'ebd', { inHouseHome: 1 }, { singleOccupancyShare: 1 })],
      services: { homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }] },
    });
    expect(placed(s)).toEqual(['0 placed-home 1 Home A', '1 placed-home 2 Home A']);
  });
});

describe('income from places sold to other councils', () => {
  it('is booked for each service\'s own sale, from the later of the sale and the service\'s opening', () => {
    // The Hub sells 1 bed for days 10-20 at £7,000 a week: 10 days × £1,000. Home A opens on day 30 and sells 1 bed
    // from day 10 with no end: income from its opening, 335 days × £1,000 to the horizon (day 365).
    const s = scenario({
      services: {
        hub: { soldPlaces: [{ buyer: 'Rutland', places: 1, from: '2026-04-11', to: '2026-04-21', weeklyGbpPerPlace: 7000 }] },
        homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500, opens: '2026-05-01', soldPlaces: [{ buyer: 'Rutland', places: 1, from: '2026-04-11', weeklyGbpPerPlace: 7000 }] }],
      },
    });
    expect(runLogged(s).figure('cost.soldPlacesIncome')).toBeCloseTo(-(10 + 335) * 1000, 6);
  });
});
