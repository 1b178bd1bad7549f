import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { runLogged, scenario } from './helpers.js';

const line = (l: { t: number; what: string; child: number; where: string }) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const direct = (days: number[]) => [{ name: 'direct', arrivalDays: days, route: 'direct', ageYears: { dist: 'fixed', value: 12 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }];
const carers = (extra: Record<string, unknown> = {}) => ({
  specialistShare: 0,
  pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700, capacitySteps: [{ from: '2026-05-01', places: 2 }] }],
  whenNoCarer: 'residential',
  // Searches every 10 days from day 5 until day 20: on days 5 and 15.
  stepDownSearches: [{ from: '2026-04-01', perYear: 36.525 }, { from: '2026-04-21', perYear: 0 }],
  ...extra,
});

describe('family-based care with limited supply: exact event logs', () => {
  it('a step-down finding no carer waits in its home until a carer is recruited; the wait is delayed step-down bed-days', () => {
    const s = scenario({
      demand: direct([0, 1]),
      services: { homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: carers() },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived').map(line)).toEqual([
      '0 placed-home 1 Home A', '1 placed-home 2 Home A',
      '5 step-down-search 1 Home A', '5 step-down 1 family', '5 placed-family 1 family',
      '15 step-down-search 2 Home A', '15 step-down-wait 2 Home A',
      '30 carers-added 0 In-house 1->2', '30 step-down 2 family', '30 placed-family 2 family',
    ]);
    expect(figure('stepDown.delayedBedDays')).toBe(15);
    expect(figure('stepDown.waited')).toBe(1);
    expect(figure('stability.stepDowns')).toBe(2);
    expect(figure('stepDown.fy2026.count')).toBe(2);
    // Each at the pool's £700 a week: child 1 from day 5, child 2 from day 30, to day 365.
    expect(figure('cost.family')).toBeCloseTo(((360 + 335) * 700) / 7, 6);
    expect(figure('carers.0.utilisation')).toBeCloseTo((360 + 335) / (365 + 335), 12);
  });

  it('outreach on step-down starts when the child steps down, after any wait for a carer, not when the wait begins', () => {
    const s = scenario({
      demand: direct([0, 1]),
      services: {
        homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: carers(),
        outreach: { slots: 2, episodeDays: { dist: 'fixed', value: 100 }, startOn: ['stepDown'] },
      },
    });
    const { log } = runLogged(s);
    expect(log.filter((l) => l.what.startsWith('outreach') || l.what.startsWith('step-down')).map(line)).toEqual([
      '5 step-down-search 1 Home A', '5 step-down 1 family', '5 outreach-start 1 Outreach',
      '15 step-down-search 2 Home A', '15 step-down-wait 2 Home A',
      '30 step-down 2 family', '30 outreach-start 2 Outreach',
      '105 outreach-end 1 Outreach', '130 outreach-end 2 Outreach',
    ]);
  });

  it('a family placement that finds no carer follows whenNoCarer: residential sends the child to a home', () => {
    const s = scenario({
      demand: [{ ...direct([0, 1])[0], placement: { family: 1 } }],
      services: { homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: carers({ stepDownSearches: [] }) },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.what !== 'arrived' && l.t < 30).map(line)).toEqual([
      '0 placed-family 1 family',
      '1 no-carer 2 family', '1 placed-home 2 Home A',
    ]);
    expect(figure('family.noCarer')).toBe(1);
  });

  it('keeps its books under random demand: carers in use match children holding them, after every event', () => {
    const s = scenario({
      horizonYears: 3,
      demand: [{ name: 'direct', ratePerYear: 30, route: 'direct', ageYears: { dist: 'uniform', min: 8, max: 16 }, needMix: { ebd: 1 }, placement: { inHouseHome: 0.6, family: 0.4 } }],
      services: { homes: [{ name: 'Home A', beds: 4, fixedWeeklyGbpPerBed: 5500 }], fosterCarers: carers({ specialistShare: 0.5, stepDownSearches: [{ from: '2026-04-01', perYear: 10 }], pools: [...carers().pools, { name: 'Agency specialist', kind: 'specialist', provider: 'agency', carers: 2, weeklyGbp: 2000 }] }) },
      placements: { family: { weeklyCostGbp: { dist: 'fixed', value: 1000 }, breakdownPerYear: 0.5, returnHomePerYear: 0.3 }, localResidential: { stepDownPerYear: 0.5, returnHomePerYear: 0.3 } },
    });
    for (let r = 0; r < 20; r++) expect(() => runReplication(s, 5, r, { checkInvariants: true })).not.toThrow();
  });
});
