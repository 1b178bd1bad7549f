import { describe, expect, it } from 'vitest';
import { runReplication } from '../../src/sim/run-replication.js';
import { figureOf, runLogged, scenario } from './helpers.js';
import { richScenario } from './rich-scenario.js';

describe('invariants of the care model', () => {
  it('no place ever holds more than its room and every child is in one consistent state, after every event', () => {
    const s = richScenario();
    for (let r = 0; r < 15; r++) {
      // checkInvariants throws, naming the child or place, on the first broken invariant.
      const result = runReplication(s, 11, r, { checkInvariants: true });
      expect(result.events).toBeGreaterThan(100);
    }
  });

  it('fixed cost equals places × days × rate, whatever the demand', () => {
    const quiet = (rate: number) => scenario({
      horizonYears: 2,
      demand: [{ name: 'r', ratePerYear: rate, route: 'assessment', ageYears: { dist: 'fixed', value: 9 }, needMix: { ebd: 1 } }],
      services: {
        hub: { beds: 3, fixedWeeklyGbpPerBed: 5200 },
        outreach: { slots: 12, fixedWeeklyGbpPerSlot: 660 },
        houses: [{ name: 'H', registration: 'registered', fixedWeeklyGbpPerPlace: 5477, opens: '2026-10-01' }],
      },
    });
    const days = Math.round(2 * 365.25);
    const houseDays = days - 183; // 2026-04-01 to 2026-10-01 is 183 days
    const expectedLocal = (3 * days * 5200 + 2 * houseDays * 5477) / 7;
    // The team is costed on 52-week years, as the seed costs it (seed 001 §14: 12 × £660 × 52 = £411,840 a year).
    const expectedOutreach = (12 * 660 * 52 * days) / 365.25;
    for (const rate of [1, 50, 400]) {
      const s = quiet(rate);
      const v = runReplication(s, 1, 0).values;
      expect(figureOf(s, v, 'cost.localFixed')).toBeCloseTo(expectedLocal, 4);
      expect(figureOf(s, v, 'cost.outreach')).toBeCloseTo(expectedOutreach, 4);
    }
    // The seed's own check: 12 slots × £660 × 52 weeks = £411,840 a year at full capacity (seed 001 §14),
    // here as the model's cost of an outreach team over four calendar years from 1 April 2026
    // (1,461 days with 29 February 2028, so exactly 4 × 365.25): 4 × £411,840.
    const fourYears = scenario({ horizonYears: 4, services: { outreach: { slots: 12, fixedWeeklyGbpPerSlot: 660 } } });
    expect(figureOf(fourYears, runReplication(fourYears, 1, 0).values, 'cost.outreach')).toBeCloseTo(4 * 411_840, 6);
  });

  it('grows unit costs by financial year: year k costs (1 + g)^k of the base', () => {
    const s = scenario({ horizonYears: 3, costGrowthPerYear: 0.04, services: { hub: { beds: 1, fixedWeeklyGbpPerBed: 7000 } } });
    const v = runReplication(s, 1, 0).values;
    expect(figureOf(s, v, 'cost.fy2026.localFixed')).toBeCloseTo(365 * 1000, 6);
    expect(figureOf(s, v, 'cost.fy2027.localFixed')).toBeCloseTo(366 * 1000 * 1.04, 6); // 2028 is a leap year
    expect(figureOf(s, v, 'cost.fy2028.localFixed')).toBeCloseTo(365 * 1000 * 1.04 ** 2, 6);
  });

  it('variable cost equals the occupancy integral × rate', () => {
    // The breakdown uplift on a local next placement adds to the variable rate (uplift-path.test.ts, the event-log
    // auditor): none on local places here, so local variable cost is the rates' alone.
    const s = richScenario({ costGrowthPerYear: 0, placements: { localResidential: { breakdownUpliftWeeklyGbp: 0 } } });
    for (let r = 0; r < 5; r++) {
      const v = runReplication(s, 3, r).values;
      const days = Math.round(3 * 365.25); // the reporting period is a whole number of days
      const homes = [0, 1, 2].map((i) => figureOf(s, v, `home.${i}.meanOccupancy`) * days);
      const houseA = figureOf(s, v, 'house.1.meanOccupancy') * days; // places used; single occupancy counts 2
      const hub = figureOf(s, v, 'hub.meanOccupancy') * days;
      const variable = figureOf(s, v, 'cost.localVariable');
      // Rates per child-day: EBD home £75/7, Unregulated A £50/7, Hub £100/7; others 0. A single-occupancy
      // child in Unregulated A holds 2 places but is charged once, so the house's share is bounded.
      const lower = (homes[0] * 75 + hub * 100 + (houseA / 2) * 50) / 7;
      const upper = (homes[0] * 75 + hub * 100 + houseA * 50) / 7;
      expect(variable).toBeGreaterThanOrEqual(lower - 1e-6);
      expect(variable).toBeLessThanOrEqual(upper + 1e-6);
    }
  });

  it('variable cost equals occupancy × rate exactly when no one needs single occupancy', () => {
    const s = scenario({
      horizonYears: 2,
      demand: [{ name: 'd', ratePerYear: 30, route: 'direct', ageYears: { dist: 'uniform', min: 5, max: 17 }, needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: { homes: [{ name: 'A', beds: 2, fixedWeeklyGbpPerBed: 0, variableWeeklyGbpPerChild: 700 }] },
      placements: { localResidential: { returnHomePerYear: 3 } },
    });
    for (let r = 0; r < 5; r++) {
      const v = runReplication(s, 2, r).values;
      const childDays = figureOf(s, v, 'home.0.meanOccupancy') * Math.round(2 * 365.25);
      expect(figureOf(s, v, 'cost.localVariable')).toBeCloseTo(childDays * 100, 4);
    }
  });
});

describe("today's caseload meets a scenario with less room", () => {
  const row = (setting: string) => ({ ageYears: 16.5, need: 'ebd', setting, weeklyCostGbp: 0, weeksInPlacement: 10 });
  it('moves children the scenario has no room for, instead of overfilling a place', () => {
    const s = scenario({
      services: {
        hub: { beds: 1 },
        homes: [{ name: 'Closed today', beds: 2, fixedWeeklyGbpPerBed: 1, closes: '2026-04-01' }, { name: 'Open', beds: 1, fixedWeeklyGbpPerBed: 1 }],
      },
      initialCaseload: [row('hub'), row('hub'), row('home:Closed today'), row('home:Closed today')],
    });
    const { log, figure } = runLogged(s);
    expect(figure('children.caseloadMoved')).toBe(3);
    expect(log.filter((l) => l.t === 0 && l.what.startsWith('placed-')).map((l) => `${l.what} ${l.where}`)).toEqual([
      'placed-hub Hub', 'placed-external out of county', 'placed-home Open', 'placed-external out of county',
    ]);
    runReplication(s, 1, 0, { checkInvariants: true });
  });
});
