import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/sim/timeline.js';
import { createState } from '../../src/sim/model/state.js';
import { acquireChild } from '../../src/sim/model/child-pool.js';
import { registerChild } from '../../src/sim/model/arrivals.js';
import { drawOutcome, placeExternal } from '../../src/sim/model/placements.js';
import type { Child } from '../../src/sim/model/child.js';
import { runLogged, scenario, type LogLine } from './helpers.js';

/**
 * Placements: drawing a destination, the exits of a placement, returning
 * home, external placements (out of county, supported accommodation, the
 * breakdown uplift) and leaving care while waiting. Expected values are
 * worked by hand from the scripted scenarios.
 */
const fixed = (value: number) => ({ dist: 'fixed', value });
const mix = (m: Record<string, number>) => ({ home: 0, family: 0, inHouseHome: 0, house: 0, externalResidential: 0, ...m });
const events = (log: LogLine[]) => log.filter((l) => l.what !== 'arrived').map((l) => `${l.t} ${l.what} ${l.child} ${l.where}`);
const direct = (age: number, placement: Record<string, number>, days = [0]) => ({
  demand: [{ name: 'd', arrivalDays: days, route: 'direct', ageYears: fixed(age), needMix: { ebd: 1 }, placement }],
});

describe('drawing a destination from an outcome mix', () => {
  it('each destination takes exactly its interval of [0, 1): a draw on a boundary goes to the next one', () => {
    const m = mix({ home: 0.5, family: 0.5 });
    expect(drawOutcome(m, 0.4999)).toBe('home');
    expect(drawOutcome(m, 0.5)).toBe('family');
  });

  it('a destination with share 0 is never drawn, even by a draw of exactly 0', () => {
    expect(drawOutcome(mix({ home: 0, family: 1 }), 0)).toBe('family');
  });

  it('a draw past a mix that adds up to just under 1 (the validator allows 1e-6) goes to an external placement', () => {
    expect(drawOutcome(mix({ home: 0.5, family: 0.4999995 }), 0.9999999)).toBe('externalResidential');
  });
});

describe('how a placement ends', () => {
  const familyWith = (rates: Record<string, number>) => scenario({ ...direct(10, { family: 1 }), placements: { family: rates } });

  it('with only a special guardianship rate, the placement ends in special guardianship', () => {
    const { log, figure } = runLogged(familyWith({ sgoPerYear: 36.5 }));
    expect(events(log).map((l) => l.split(' ')[1])).toEqual(['placed-family', 'special-guardianship']);
    expect(figure('children.sgo')).toBe(1);
  });

  it('with only a return-home rate, the child returns home', () => {
    const { log, figure } = runLogged(familyWith({ returnHomePerYear: 36.5 }));
    expect(events(log).map((l) => l.split(' ')[1])).toEqual(['placed-family', 'returned-home']);
    expect(figure('children.returnedHome')).toBe(1);
  });

  it('with only a step-down rate, the placement steps down', () => {
    const s = scenario({ ...direct(10, { externalResidential: 1 }), placements: { external: { stepDownPerYear: 36.5 } } });
    const { log, figure } = runLogged(s);
    expect(events(log).map((l) => l.split(' ')[1])).toEqual(['placed-external', 'step-down', 'placed-family']);
    expect(figure('stability.stepDowns')).toBe(1);
  });
});

describe('returning home', () => {
  it('a re-entry rate of 0 puts nobody at risk: the child who goes home has simply left care', () => {
    const s = scenario({
      demand: [{ name: 'r', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } }],
      placements: { returnHome: { reentryPerYear: 0, riskDays: fixed(100) } },
    });
    expect(events(runLogged(s).log)).toEqual(['0 referral 1 Hub', '0 placed-hub 1 Hub', '28 returned-home 1 left']);
  });

  it('a child coming back into care from home is not charged the breakdown uplift: what broke down was not a placement in care', () => {
    // Child 1 leaves the Hub for home on day 10, at risk of coming back (365 a year); child 2 took the only bed
    // on day 10 for 400 days, so child 1's return at b goes out of county at £6,000 a week, with no £2,000 uplift.
    const s = scenario({
      demand: [
        { name: 'short', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'long', arrivalDays: [10], route: 'assessment', ageYears: fixed(10), needMix: { complex: 1 } },
      ],
      services: { hub: { beds: 1, stayDays: fixed(10), stayDaysByNeed: { complex: fixed(400) } } },
      placements: { returnHome: { reentryPerYear: 365, riskDays: fixed(100) }, external: { breakdownUpliftWeeklyGbp: 2000 }, localResidential: { breakdownUpliftWeeklyGbp: 2000 }, family: { breakdownUpliftWeeklyGbp: 2000 } },
    });
    const { log, figure } = runLogged(s);
    const one = log.filter((l) => l.child === 1 && l.what !== 'arrived').map((l) => l.what);
    expect(one).toEqual(['referral', 'placed-hub', 'returned-home', 'at-risk', 'breakdown', 'referral', 'spillover', 'placed-external']);
    const b = log.find((l) => l.what === 'breakdown')!.t;
    expect(b).toBeGreaterThan(10);
    expect(figure('cost.external')).toBeCloseTo(((365 - b) * 6000) / 7, 6);
  });
});

describe('external placements', () => {
  const external = (age: number, ext: Record<string, unknown>) => scenario({ ...direct(age, { externalResidential: 1 }), placements: { external: ext } });

  it('a supported-accommodation share of 0 is the same as none: the same prices are drawn for the same children', () => {
    const prices = { outOfCountyShare: 0.5, inCountyWeeklyCostGbp: { dist: 'uniform', min: 2000, max: 4000 }, outOfCountyWeeklyCostGbp: { dist: 'uniform', min: 5000, max: 7000 } };
    const none = scenario({ ...direct(16.5, { externalResidential: 1 }, [0, 1, 2, 3, 4, 5]), placements: { external: prices } });
    const zero = scenario({ ...direct(16.5, { externalResidential: 1 }, [0, 1, 2, 3, 4, 5]), placements: { external: { ...prices, supportedAccommodation16plus: { share: 0, weeklyCostGbp: fixed(1000) } } } });
    for (const seed of [1, 2, 3]) expect(runLogged(zero, seed).figure('cost.external')).toBe(runLogged(none, seed).figure('cost.external'));
  });

  it('a young person placed on their 16th birthday may go to supported accommodation', () => {
    const s = external(16, { supportedAccommodation16plus: { share: 1, weeklyCostGbp: fixed(3000) } });
    expect(runLogged(s).figure('cost.external')).toBeCloseTo((365 * 3000) / 7, 6);
  });

  it('a tiny supported-accommodation share leaves a 16-year-old in residential care', () => {
    const s = external(16.5, { supportedAccommodation16plus: { share: 1e-12, weeklyCostGbp: fixed(3000) } });
    expect(runLogged(s).figure('cost.external')).toBeCloseTo((365 * 6000) / 7, 6);
  });

  /** Place a 16½-year-old externally with the placement stream giving `draws` in turn. */
  function placeWith(ext: Record<string, unknown>, draws: number[]): Child {
    const s = scenario({ ...direct(10, { externalResidential: 1 }, []), placements: { external: ext } });
    const st = createState(s, buildTimeline(s), 1, 0);
    const child = registerChild(st, acquireChild({ traits: 1, assessment: 2, placement: 3, support: 4 }, 0), 16.5, 0, false);
    const real = child.rng;
    let i = 0;
    child.rng = { traits: real.traits, assessment: real.assessment, placement: () => draws[i++] ?? 0.5, support: real.support } as unknown as Child['rng'];
    placeExternal(st, child);
    return child;
  }

  it('an out-of-county share s sends exactly the draws below s out of county', () => {
    expect(placeWith({ outOfCountyShare: 0.5 }, [0.4999]).outOfCounty).toBe(true);
    expect(placeWith({ outOfCountyShare: 0.5 }, [0.5]).outOfCounty).toBe(false);
  });

  it('a supported-accommodation share s takes exactly the draws below s', () => {
    const sa = { outOfCountyShare: 1, supportedAccommodation16plus: { share: 0.5, weeklyCostGbp: fixed(3000) } };
    expect(placeWith(sa, [0.1, 0.4999]).gbpPerDay).toBeCloseTo(3000 / 7, 9);
    expect(placeWith(sa, [0.1, 0.5]).gbpPerDay).toBeCloseTo(6000 / 7, 9);
  });
});

describe('leaving care while waiting for a Hub bed', () => {
  it('a young person who turns 18 while waiting leaves the Hub waiting list: the next referral can wait in their place', () => {
    // One bed (100-day stays), at most one waiting. Child 2 (17.9) waits from day 1 and turns 18 on day
    // 1 + 0.1 × 365.25 = 37.525; child 3, referred on day 50, finds the list empty again and waits.
    const s = scenario({
      demand: [
        { name: 'a', arrivalDays: [0], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
        { name: 'b', arrivalDays: [1], route: 'assessment', ageYears: fixed(17.9), needMix: { ebd: 1 } },
        { name: 'c', arrivalDays: [50], route: 'assessment', ageYears: fixed(10), needMix: { ebd: 1 } },
      ],
      services: { hub: { beds: 1, stayDays: fixed(100), maxWaitDays: 200, maxWaiting: 1 } },
    });
    const lines = events(runLogged(s).log);
    expect(lines.filter((l) => / [23] /.test(l)).map((l) => l.replace(/^[\d.]+ /, (t) => `${Math.round(Number(t) * 1000) / 1000} `))).toEqual([
      '1 referral 2 Hub', '1 placed-waitingHub 2 waitingHub', '37.525 turned-18 2 left',
      '50 referral 3 Hub', '50 placed-waitingHub 3 waitingHub', '100 placed-hub 3 Hub', '200 returned-home 3 left',
    ]);
  });
});

describe('after leaving care', () => {
  it('a child who went home before their emergency stay was due to end is not moved again on the day it would have ended', () => {
    // Jarvis: an emergency home, 300-day stays; its placements return home at 36.5 a year (x within days).
    // The child goes home at x and, still supported by outreach (startOn: returnHome, a 400-day episode),
    // stays in the model: nothing may happen to them on day 300, when the emergency stay would have ended.
    const s = scenario({
      demand: [{ name: 'e', arrivalDays: [0], route: 'direct', purpose: 'emergency', ageYears: fixed(10), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: {
        homes: [{ name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: fixed(300), exits: { home: 1 } }],
        outreach: { slots: 1, episodeDays: fixed(400), startOn: ['returnHome'] },
      },
      placements: { localResidential: { returnHomePerYear: 36.5 } },
    });
    const { log, figure } = runLogged(s);
    const what = log.filter((l) => l.what !== 'arrived').map((l) => l.what);
    expect(what).toEqual(['placed-home', 'returned-home', 'outreach-start']);
    const x = log.find((l) => l.what === 'returned-home')!.t;
    expect(x).toBeLessThan(300);
    expect(figure('children.returnedHome')).toBe(1);
  });
});

