import { describe, expect, it } from 'vitest';
import { runLogged, scenario } from './helpers.js';

type L = { t: number; what: string; child: number; where: string };
const line = (l: L) => `${l.t} ${l.what} ${l.child} ${l.where}`;
const fixed = (value: number) => ({ dist: 'fixed', value });

describe("today's caseload in family care holds its carers", () => {
  it('a caseload child in family care holds the only carer, so a new family placement finds none', () => {
    const s = scenario({
      demand: [{ name: 'fam', arrivalDays: [1], route: 'direct', ageYears: fixed(10), needMix: { ebd: 1 }, placement: { family: 1 } }],
      initialCaseload: [{ ageYears: 10, need: 'ebd', setting: 'family', weeklyCostGbp: 700, weeksInPlacement: 10 }],
      services: {
        homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500 }],
        fosterCarers: { specialistShare: 0, pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 1, weeklyGbp: 700 }], whenNoCarer: 'residential', stepDownSearches: [] },
      },
    });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t > 0 && l.what !== 'arrived').map(line)).toEqual(['1 no-carer 2 family', '1 placed-home 2 Home A']);
    expect(figure('carers.0.utilisation')).toBeCloseTo(1, 12);
  });
});

describe('a caseload child part-way through a purpose stay', () => {
  const run = (weeks: number) =>
    runLogged(scenario({
      initialCaseload: [{ ageYears: 10, need: 'ebd', setting: 'home:Jarvis', weeksInPlacement: weeks, weeklyCostGbp: 5500 }],
      services: { homes: [{ name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: fixed(28), exits: { home: 1 } }] },
    })).log.filter((l) => l.what === 'stay-ended').map(line);
  it('stays only the rest of the stay: 28 days less the 14 already stayed', () => {
    expect(run(2)).toEqual(['14 stay-ended 1 Jarvis']);
  });
  it('having already stayed as long as any stay the place allows, leaves the next day (not the same day)', () => {
    expect(run(4)).toEqual(['1 stay-ended 1 Jarvis']);
  });
});

describe('short breaks', () => {
  const house = { name: 'Elm', registration: 'registered', fixedWeeklyGbpPerPlace: 100, variableWeeklyGbpPerChild: 70, purpose: 'shortBreaks', stayDays: fixed(2) };
  it('a two-night break in a house is one child for two days, charged the variable rate for the two nights', () => {
    const s = scenario({ demand: [{ name: 'b', arrivalDays: [0], route: 'shortBreak', ageYears: fixed(12), needMix: { ebd: 1 } }], services: { houses: [house] } });
    const { figure } = runLogged(s);
    expect(figure('house.0.meanChildren')).toBeCloseTo(2 / 365, 12);
    expect(figure('cost.localVariable')).toBeCloseTo((2 * 70) / 7, 9);
  });
  it('breaks during the warm-up are not counted in the reporting period', () => {
    const s = scenario({ warmupYears: 1, demand: [{ name: 'b', ratePerYear: 40, route: 'shortBreak', ageYears: fixed(12), needMix: { ebd: 1 } }], services: { houses: [{ ...house, stayDays: fixed(1) }] } });
    const { log, figure } = runLogged(s);
    const inWarmup = log.filter((l) => l.what === 'short-break' && l.t < 365).length;
    const inReport = log.filter((l) => l.what === 'short-break' && l.t >= 365).length;
    expect(inWarmup).toBeGreaterThan(5);
    expect(figure('shortBreaks.episodes')).toBe(inReport);
    expect(figure('house.0.admissions')).toBe(inReport);
  });
});

describe('a referral for a purpose, placed elsewhere', () => {
  it('is an ordinary child afterwards: after a breakdown and the Hub they take a long-term bed', () => {
    const s = scenario({
      demand: [{ name: 'e', arrivalDays: [0, 1], route: 'direct', purpose: 'emergency', ageYears: fixed(10), needMix: { ebd: 1 }, placement: { inHouseHome: 1 } }],
      services: {
        hub: { beds: 2, stayDays: fixed(7), outcomes: { home: 0, inHouseHome: 1 } },
        homes: [
          { name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: fixed(300), exits: { home: 1 } },
          { name: 'Long', beds: 2, fixedWeeklyGbpPerBed: 5500, purpose: 'longTerm' },
        ],
      },
      placements: { external: { breakdownPerYear: 20 } },
    });
    const { log } = runLogged(s);
    const two = log.filter((l) => l.child === 2 && l.what !== 'arrived').map((l) => `${l.what} ${l.where}`);
    expect(two.slice(0, 3)).toEqual(['spillover inHouseHome', 'turned-away Jarvis', 'placed-external out of county']);
    const b = two.indexOf('breakdown external');
    expect(b).toBeGreaterThan(0);
    expect(two.slice(b + 1).find((x) => x.startsWith('placed-home') || x.startsWith('placed-external'))).toBe('placed-home Long');
  });
});

describe('a referral for a purpose, assessed in the Hub first', () => {
  it('leaves the Hub as an ordinary child: placed in a long-term home, not in the emergency bed', () => {
    const s = scenario({
      demand: [{ name: 'e', arrivalDays: [0], route: 'assessment', purpose: 'emergency', ageYears: fixed(10), needMix: { ebd: 1 } }],
      services: {
        hub: { beds: 1, stayDays: fixed(7), outcomes: { home: 0, inHouseHome: 1 } },
        homes: [
          { name: 'Jarvis', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'emergency', stayDays: fixed(300), exits: { home: 1 } },
          { name: 'Long', beds: 1, fixedWeeklyGbpPerBed: 5500, purpose: 'longTerm' },
        ],
      },
    });
    expect(runLogged(s).log.filter((l) => l.what.startsWith('placed-')).map(line)).toEqual(['0 placed-hub 1 Hub', '7 placed-home 1 Long']);
  });
});

describe('short-break children are not children in care', () => {
  it('children who came only for short breaks (taken or refused) during the warm-up are not in care when the report starts', () => {
    const house = { name: 'Elm', registration: 'registered', fixedWeeklyGbpPerPlace: 100, purpose: 'shortBreaks', stayDays: fixed(10) };
    const s = scenario({ warmupYears: 1, demand: [{ name: 'b', ratePerYear: 60, route: 'shortBreak', ageYears: fixed(12), needMix: { ebd: 1 } }], services: { houses: [house] } });
    const { log, figure } = runLogged(s);
    expect(log.filter((l) => l.t < 365 && l.what === 'short-break-ended').length).toBeGreaterThan(3);
    expect(log.filter((l) => l.t < 365 && l.what === 'short-break-refused').length).toBeGreaterThan(3);
    // Only a child on a break at the very start of the report could be present; none is in care.
    expect(figure('children.inCare')).toBe(0);
  });
});
