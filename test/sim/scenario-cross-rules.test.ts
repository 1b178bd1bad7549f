import { describe, expect, it } from 'vitest';
import { formatPath, scenarioWarnings, validateScenario } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';

/** Rules spanning fields of a scenario file, as a user meets them: path and message of each problem. */
const problems = (raw: unknown) => {
  const r = validateScenario(raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};
const valid = () => structuredClone(scenario()) as unknown as Record<string, any>;
const house = (extra: Record<string, unknown> = {}) => ({ name: 'Oak', registration: 'registered', fixedWeeklyGbpPerPlace: 1000, ...extra });
const NEEDS = 'needs are: ebd, complex';

describe('where a problem is reported', () => {
  it('a problem with the whole file is reported at "(top level)"', () => {
    expect(formatPath([])).toBe('(top level)');
    expect(formatPath(['services', 'homes', 0, 'beds'])).toBe('services.homes[0].beds');
    const r = validateScenario(5);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['(top level)']);
  });

  it('a weekly cost far above the seeds is a warning at its path', () => {
    const s = valid();
    s.services.hub.fixedWeeklyGbpPerBed = 30000;
    const checked = validateScenario(s);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(scenarioWarnings(checked.scenario)).toEqual([
        { path: 'services.hub.fixedWeeklyGbpPerBed', message: "£30,000 a week is far above any cost in the councils' papers (about £9,000 a week at most)" },
      ]);
    }
  });
});

describe('needs and demand streams', () => {
  it('a need listed twice is reported at its second place', () => {
    const s = valid();
    s.needs = ['ebd', 'complex', 'ebd'];
    expect(problems(s)).toEqual(['needs[2]: need "ebd" is listed twice']);
  });

  it('a need mix whose weights are all zero is rejected, a positive one accepted', () => {
    const s = valid();
    s.demand[0].needMix = { ebd: 0, complex: 0 };
    expect(problems(s)).toEqual(['demand[0].needMix: weights must not all be zero']);
    s.demand[0].needMix = { ebd: 0, complex: 0.5 };
    expect(problems(s)).toEqual([]);
  });

  it('rate periods need a rate before the first period', () => {
    const s = valid();
    s.demand[0].ratePeriods = [{ from: '2026-06-01', ratePerYear: 4 }];
    expect(problems(s)).toEqual(['demand[0].ratePeriods: needs ratePerYear (the rate before the first period)']);
  });

  it('rate periods must be in strictly increasing date order', () => {
    const s = valid();
    delete s.demand[0].arrivalDays;
    s.demand[0].ratePerYear = 3;
    s.demand[0].ratePeriods = [{ from: '2026-06-01', ratePerYear: 4 }, { from: '2026-09-01', ratePerYear: 5 }];
    expect(problems(s)).toEqual([]);
    s.demand[0].ratePeriods = [{ from: '2026-06-01', ratePerYear: 4 }, { from: '2026-06-01', ratePerYear: 5 }];
    expect(problems(s)).toEqual(['demand[0].ratePeriods[1].from: periods must be in date order']);
    s.demand[0].ratePeriods = [{ from: '2026-09-01', ratePerYear: 4 }, { from: '2026-06-01', ratePerYear: 5 }, { from: '2026-12-01', ratePerYear: 5 }];
    expect(problems(s)).toEqual(['demand[0].ratePeriods[1].from: periods must be in date order']);
  });

  it('a short-break stream may only target short-break places', () => {
    const s = valid();
    s.demand[0].route = 'shortBreak';
    s.demand[0].purpose = 'shortBreaks';
    expect(problems(s)).toEqual([]);
    s.demand[0].purpose = 'longTerm';
    expect(problems(s)).toEqual(['demand[0].purpose: a shortBreak stream targets shortBreaks places']);
  });

  it('two demand streams may not share a name', () => {
    const s = valid();
    s.demand.push(structuredClone(s.demand[0]));
    expect(problems(s)).toEqual(['demand[1].name: demand stream "referrals" is named twice']);
  });
});

describe('houses', () => {
  it('a house setting only its youngest age is valid', () => {
    const s = valid();
    s.services.houses = [house({ registration: 'unregulated16plus', minAge: 17 })];
    expect(problems(s)).toEqual([]);
    s.services.houses = [house({ maxAge: 12 })];
    expect(problems(s)).toEqual([]);
  });

  it('a house whose maxAge is not above its minAge is rejected at maxAge', () => {
    const s = valid();
    s.services.houses = [house({ minAge: 12, maxAge: 12 })];
    expect(problems(s)).toEqual(['services.houses[0].maxAge: maxAge must be above minAge']);
    s.services.houses = [house({ minAge: 12, maxAge: 13 })];
    expect(problems(s)).toEqual([]);
  });

  it('a house accepts only needs of the scenario', () => {
    const s = valid();
    s.services.houses = [house({ needs: ['complex', 'nope'] })];
    expect(problems(s)).toEqual(['services.houses[0].needs[1]: unknown need "nope"']);
  });

  it('needs kept apart must be needs of the scenario', () => {
    const s = valid();
    s.services.houses = [house({ sharing: { needsApart: [['ebd', 'complex'], ['ebd', 'nope']] } })];
    expect(problems(s)).toEqual(['services.houses[0].sharing.needsApart[1][1]: unknown need "nope"']);
  });

  it('a house with its own stay needs exits, reported on the house', () => {
    const s = valid();
    s.services.houses = [house({ stayDays: { dist: 'fixed', value: 30 } })];
    expect(problems(s)).toEqual(['services.houses[0].exits: required with stayDays: where children go when the stay ends']);
  });
});

describe('needs named elsewhere', () => {
  it('a Hub stay by need must name a need of the scenario', () => {
    const s = valid();
    s.services.hub.stayDaysByNeed = { ebd: { dist: 'fixed', value: 10 } };
    expect(problems(s)).toEqual([]);
    s.services.hub.stayDaysByNeed = { nope: { dist: 'fixed', value: 10 } };
    expect(problems(s)).toEqual([`services.hub.stayDaysByNeed.nope: unknown need "nope"; ${NEEDS}`]);
  });

  it('a breakdown factor by need must name a need of the scenario', () => {
    const s = valid();
    s.placements.breakdownFactorByNeed = { complex: 2 };
    expect(problems(s)).toEqual([]);
    s.placements.breakdownFactorByNeed = { nope: 2 };
    expect(problems(s)).toEqual(['placements.breakdownFactorByNeed.nope: unknown need "nope"']);
  });
});

describe('initial caseload', () => {
  const row = (extra: Record<string, unknown>) => ({ ageYears: 12, need: 'ebd', setting: 'hub', weeklyCostGbp: 1000, weeksInPlacement: 3, ...extra });
  const withUnits = () => {
    const s = valid();
    s.services.houses = [house()];
    s.services.homes = [{ name: 'Elm', beds: 2, fixedWeeklyGbpPerBed: 1000 }];
    return s;
  };
  const SETTINGS = 'settings are: hub, family, external-in-county, external-out-of-county, house:Oak, home:Elm';

  it('a child already in care must have a need of the scenario', () => {
    const s = valid();
    s.initialCaseload = [row({ need: 'nope' })];
    expect(problems(s)).toEqual([`initialCaseload[0].need: unknown need "nope"; ${NEEDS}`]);
  });

  it('a child already in a named house or home is accepted', () => {
    const s = withUnits();
    s.initialCaseload = [row({ setting: 'house:Oak' }), row({ setting: 'home:Elm' }), row({ setting: 'family' })];
    expect(problems(s)).toEqual([]);
  });

  it('a child already in a house whose name contains a colon is accepted', () => {
    const s = valid();
    s.services.houses = [house({ name: 'Oak:North' })];
    s.initialCaseload = [row({ setting: 'house:Oak:North' })];
    expect(problems(s)).toEqual([]);
  });

  it('a setting naming no house or home of that kind is rejected, listing the settings there are', () => {
    const s = withUnits();
    s.initialCaseload = [row({ setting: 'home:Oak' }), row({ setting: 'house:Nope' }), row({ setting: 'room:Elm' })];
    expect(problems(s)).toEqual([
      `initialCaseload[0].setting: unknown setting "home:Oak"; ${SETTINGS}`,
      `initialCaseload[1].setting: unknown setting "house:Nope"; ${SETTINGS}`,
      `initialCaseload[2].setting: unknown setting "room:Elm"; ${SETTINGS}`,
    ]);
  });

  it('a placement longer than the child has lived is refused; one as long as a life is accepted', () => {
    const s = valid();
    // 12 years are 626.1 weeks (365.25 / 7 a year).
    s.initialCaseload = [row({ weeksInPlacement: 99_999_999 }), row({ weeksInPlacement: 626 }), row({ ageYears: 0.5, weeksInPlacement: 27 })];
    expect(problems(s)).toEqual([
      'initialCaseload[0].weeksInPlacement: 99999999 weeks is longer than the child has lived (12 years, 626 weeks)',
      'initialCaseload[2].weeksInPlacement: 27 weeks is longer than the child has lived (0.5 years, 26 weeks)',
    ]);
  });
});
