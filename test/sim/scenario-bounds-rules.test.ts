import { describe, expect, it } from 'vitest';
import { scenarioWarnings } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';
import { loadScenario } from '../../src/io/load-scenario.js';

/** The `path: message` lines a user sees when `patch` makes the base scenario invalid ('' when it is valid). */
function problems(patch: Record<string, unknown>): string {
  try {
    scenario(patch);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

const stream = (patch: Record<string, unknown>) => ({
  name: 'referrals',
  route: 'assessment',
  ageYears: { dist: 'fixed', value: 10 },
  needMix: { ebd: 1 },
  arrivalDays: [],
  ...patch,
});

describe('the horizon must be at least one whole day', () => {
  it('a horizon of 0.001 years (about a third of a day) is refused with the rounding explained', () => {
    expect(problems({ horizonYears: 0.001 })).toBe('horizonYears: 0.001 years rounds to 0 days; the horizon must be at least one day');
  });
  it('a horizon of 0.002 years (0.73 days, which rounds to one day) is accepted', () => {
    expect(problems({ horizonYears: 0.002 })).toBe('');
  });
});

describe('money per week: above £1,000,000 is an error, above £25,000 a warning', () => {
  it('a Hub bed at £1,000,001 a week is refused, naming the field and suggesting pence or a yearly figure', () => {
    expect(problems({ services: { hub: { fixedWeeklyGbpPerBed: 1_000_001 } } })).toBe(
      'services.hub.fixedWeeklyGbpPerBed: 1000001 is above 1,000,000 pounds a week; no placement costs that (is it a yearly figure, or in pence?)',
    );
  });
  it('exactly £1,000,000 a week is not an error, only a warning', () => {
    const s = scenario({ services: { hub: { fixedWeeklyGbpPerBed: 1_000_000 } } });
    expect(scenarioWarnings(s)).toEqual([
      { path: 'services.hub.fixedWeeklyGbpPerBed', message: "£1,000,000 a week is far above any cost in the councils' papers (about £9,000 a week at most)" },
    ]);
  });
  it('a weekly cost given as a distribution is bounded by its value (a fixed crisis placement of £2,000,000)', () => {
    expect(problems({ placements: { crisis: { weeklyCostGbp: { dist: 'fixed', value: 2_000_000 } } } })).toBe(
      'placements.crisis.weeklyCostGbp: 2000000 is above 1,000,000 pounds a week; no placement costs that (is it a yearly figure, or in pence?)',
    );
  });
  it('£25,001 a week warns; £25,000 a week does not', () => {
    expect(scenarioWarnings(scenario({ services: { outreach: { fixedWeeklyGbpPerSlot: 25_001 } } }))).toEqual([
      { path: 'services.outreach.fixedWeeklyGbpPerSlot', message: "£25,001 a week is far above any cost in the councils' papers (about £9,000 a week at most)" },
    ]);
    expect(scenarioWarnings(scenario({ services: { outreach: { fixedWeeklyGbpPerSlot: 25_000 } } }))).toEqual([]);
  });
});

describe('other sums of money: above £10,000,000,000 is an error', () => {
  const recurring = (gbpPerYear: number) => ({ otherCosts: { recurring: [{ name: 'team', gbpPerYear }] } });
  it('a recurring cost of £10,000,000,001 a year is refused at its path', () => {
    expect(problems(recurring(10_000_000_001))).toBe('otherCosts.recurring[0].gbpPerYear: 10000000001 is above 10,000,000,000 pounds');
  });
  it('a recurring cost of exactly £10,000,000,000 is accepted without warning (it is not a weekly figure)', () => {
    expect(problems(recurring(10_000_000_000))).toBe('');
    expect(scenarioWarnings(scenario(recurring(10_000_000_000)))).toEqual([]);
  });
});

describe('durations: above 1,000,000 days is an error', () => {
  const stay = (d: Record<string, unknown>) => ({ services: { hub: { stayDays: d } } });
  const msg = (n: number) => `services.hub.stayDays: ${n} is above 1,000,000 days (2,700 years)`;
  it('a fixed stay of 1,000,001 days is refused; 1,000,000 days is accepted', () => {
    expect(problems(stay({ dist: 'fixed', value: 1_000_001 }))).toBe(msg(1_000_001));
    expect(problems(stay({ dist: 'fixed', value: 1_000_000 }))).toBe('');
  });
  it('an exponential stay is bounded by its mean', () => {
    expect(problems(stay({ dist: 'exponential', mean: 2_000_000 }))).toBe(msg(2_000_000));
  });
  it('a gamma stay counts its mean plus one standard deviation (shape 4, scale 250,000: 1,000,000 + 500,000)', () => {
    expect(problems(stay({ dist: 'gamma', shape: 4, scale: 250_000 }))).toBe(msg(1_500_000));
    // mean + sd = 400,000 + 200,000 is well inside
    expect(problems(stay({ dist: 'gamma', shape: 4, scale: 100_000 }))).toBe('');
  });
  it('a lognormal stay is bounded by the larger of its mean and sd', () => {
    expect(problems(stay({ dist: 'lognormal', mean: 10, sd: 2_000_000 }))).toBe(msg(2_000_000));
    expect(problems(stay({ dist: 'lognormal', mean: 2_000_000, sd: 10 }))).toBe(msg(2_000_000));
  });
  it('a weibull stay is bounded by its mean plus one sd (shape 1: scale + scale)', () => {
    expect(problems(stay({ dist: 'weibull', shape: 1, scale: 2_000_000 }))).toBe(msg(4_000_000));
  });
  it('uniform and triangular stays are bounded by their max', () => {
    expect(problems(stay({ dist: 'uniform', min: 1, max: 2_000_000 }))).toBe(msg(2_000_000));
    expect(problems(stay({ dist: 'triangular', min: 1, mode: 2, max: 2_000_000 }))).toBe(msg(2_000_000));
  });
  it('an empirical stay is bounded by the top of its last bin', () => {
    expect(problems(stay({ dist: 'empirical', bins: [{ from: 0, to: 10, share: 0.5 }, { from: 10, to: 2_000_000, share: 0.5 }] }))).toBe(msg(2_000_000));
  });
});

describe('rates and hazards', () => {
  it('an arrival rate of 100,001 a year is refused; 100,000 is accepted', () => {
    const rate = (r: number) => ({ demand: [stream({ arrivalDays: undefined, ratePerYear: r })] });
    expect(problems(rate(100_001))).toBe('demand[0].ratePerYear: 100001 is above 100,000 arrivals a year; the councils in the seeds see hundreds');
    expect(problems(rate(100_000))).toBe('');
  });
  it('a breakdown hazard above 365 a year (more than daily) is refused; 365 is accepted', () => {
    expect(problems({ placements: { family: { breakdownPerYear: 366 } } })).toBe(
      'placements.family.breakdownPerYear: 366 is above 365 a year (more than once a day)',
    );
    expect(problems({ placements: { family: { breakdownPerYear: 365 } } })).toBe('');
  });
});

describe('beds, slots and places: above 10,000 is an error', () => {
  it('10,001 Hub beds are refused with the bare bound; 10,000 are accepted', () => {
    expect(problems({ services: { hub: { beds: 10_001 } } })).toBe('services.hub.beds: 10001 is above 10,000');
    expect(problems({ services: { hub: { beds: 10_000 } } })).toBe('');
  });
  it('a home inside the homes list with 10,001 beds is refused at its index', () => {
    const home = (beds: number, name: string) => ({ name, beds, fixedWeeklyGbpPerBed: 5000 });
    expect(problems({ services: { homes: [home(2, 'a'), home(10_001, 'b')] } })).toBe('services.homes[1].beds: 10001 is above 10,000');
  });
  it('10,001 outreach slots are refused', () => {
    expect(problems({ services: { outreach: { slots: 10_001 } } })).toBe('services.outreach.slots: 10001 is above 10,000');
  });
});

describe('arrival ages must stay under 18', () => {
  const ages = (d: Record<string, unknown>) => ({ demand: [stream({}), stream({ name: 'older', ageYears: d })] });
  const msg = (top: number) =>
    `demand[1].ageYears: arrival ages reach ${top}; a child in care is under 18, and older draws would be capped just below 18 without a word`;
  it('a fixed age of 18 is refused; 17.9 is accepted', () => {
    expect(problems(ages({ dist: 'fixed', value: 18 }))).toBe(msg(18));
    expect(problems(ages({ dist: 'fixed', value: 17.9 }))).toBe('');
  });
  it('bounded distributions may reach 18 but not exceed it', () => {
    expect(problems(ages({ dist: 'uniform', min: 10, max: 18 }))).toBe('');
    expect(problems(ages({ dist: 'triangular', min: 10, mode: 14, max: 18 }))).toBe('');
    expect(problems(ages({ dist: 'empirical', bins: [{ from: 10, to: 18, share: 1 }] }))).toBe('');
    expect(problems(ages({ dist: 'uniform', min: 10, max: 18.5 }))).toBe(msg(18.5));
    expect(problems(ages({ dist: 'triangular', min: 10, mode: 14, max: 18.5 }))).toBe(msg(18.5));
    expect(problems(ages({ dist: 'empirical', bins: [{ from: 10, to: 18.5, share: 1 }] }))).toBe(msg(18.5));
  });
  it('an unbounded distribution must have its scale below 18 (exponential mean 18 refused, 10 accepted)', () => {
    expect(problems(ages({ dist: 'exponential', mean: 18 }))).toBe(msg(18));
    expect(problems(ages({ dist: 'exponential', mean: 10 }))).toBe('');
  });
});

describe('closing dates must come after opening dates', () => {
  const house = { name: 'h', registration: 'registered', fixedWeeklyGbpPerPlace: 3000 };
  const home = { name: 'k', beds: 2, fixedWeeklyGbpPerBed: 5000 };
  it('a Hub that closes on the day it opens is refused; closing the next day is accepted', () => {
    expect(problems({ services: { hub: { opens: '2027-01-01', closes: '2027-01-01' } } })).toBe(
      'services.hub.closes: closes (2027-01-01) must be after opens (2027-01-01)',
    );
    expect(problems({ services: { hub: { opens: '2027-01-01', closes: '2027-01-02' } } })).toBe('');
  });
  it('a house that closes before it opens is refused at its index', () => {
    expect(problems({ services: { houses: [house, { ...house, name: 'h2', opens: '2027-06-01', closes: '2027-01-01' }] } })).toBe(
      'services.houses[1].closes: closes (2027-01-01) must be after opens (2027-06-01)',
    );
  });
  it('a home that closes before it opens is refused at its index', () => {
    expect(problems({ services: { homes: [home, { ...home, name: 'k2', opens: '2027-06-01', closes: '2026-06-01' }] } })).toBe(
      'services.homes[1].closes: closes (2026-06-01) must be after opens (2027-06-01)',
    );
  });
  it('only one of opens and closes is never an error', () => {
    expect(problems({ services: { hub: { closes: '2026-05-01' } } })).toBe('');
    expect(problems({ services: { hub: { opens: '2027-05-01' } } })).toBe('');
  });
});

describe('a recurring cost must end after it starts', () => {
  const cost = (from?: string, to?: string) => ({ otherCosts: { recurring: [{ name: 'a', gbpPerYear: 1 }, { name: 'team', gbpPerYear: 1000, from, to }] } });
  it('to on or before from is refused at its index', () => {
    expect(problems(cost('2027-01-01', '2027-01-01'))).toBe('otherCosts.recurring[1].to: to (2027-01-01) must be after from (2027-01-01)');
    expect(problems(cost('2027-01-01', '2026-12-31'))).toBe('otherCosts.recurring[1].to: to (2026-12-31) must be after from (2027-01-01)');
  });
  it('to after from, or only one of them, is accepted', () => {
    expect(problems(cost('2027-01-01', '2027-01-02'))).toBe('');
    expect(problems(cost('2027-01-01', undefined))).toBe('');
    expect(problems(cost(undefined, '2027-01-01'))).toBe('');
  });
});

describe('dates outside the period: said, not silent', () => {
  // The base scenario (helpers.ts) starts on its startDate and runs horizonYears; its last day is the day before the end.
  const base = scenario({});
  const start = base.startDate;
  const endYear = Number(start.slice(0, 4)) + Math.ceil(base.horizonYears) + 1;
  const after = `${endYear}-01-01`;

  it('a capacity step and an opening after the end have no effect, and each is named', () => {
    const s = scenario({ services: { hub: { capacitySteps: [{ from: after, places: 4 }] } } });
    const w = scenarioWarnings(s);
    expect(w).toHaveLength(1);
    expect(w[0].path).toBe('services.hub.capacitySteps[0].from');
    expect(w[0].message).toMatch(new RegExp(`^${after} is on or after the end of the period \\(the run covers ${start} to \\d{4}-\\d{2}-\\d{2}\\): it has no effect in this run$`));
  });

  it('an opening after the end is said to keep the place closed throughout; an end date after it is no slip and is not warned of', () => {
    const opens = scenarioWarnings(scenario({ services: { hub: { opens: after } } }));
    expect(opens).toHaveLength(1);
    expect(opens[0].path).toBe('services.hub.opens');
    expect(opens[0].message).toMatch(/: the place never opens in this run, so it is closed throughout$/);
    expect(opens[0].message).not.toContain('no effect');
    expect(scenarioWarnings(scenario({ services: { hub: { closes: after } } }))).toEqual([]);
    expect(scenarioWarnings(scenario({ otherCosts: { recurring: [{ name: 'Rent', gbpPerYear: 1000, from: '2020-01-01', to: after }] } }))).toEqual([]);
  });

  it('a one-off cost before the start date is not counted, and is said to be', () => {
    const s = scenario({ otherCosts: { oneOff: [{ name: 'Purchase', date: '2001-04-01', gbp: 625_000 }] } });
    expect(scenarioWarnings(s)).toEqual([{ path: 'otherCosts.oneOff[0].date', message: `2001-04-01 is before the start date ${start}: a one-off cost then is not counted in this run` }]);
  });

  it('dates inside the period, and a step before the start (in force from the start), give no warning', () => {
    expect(scenarioWarnings(scenario({ services: { hub: { capacitySteps: [{ from: '2001-01-01', places: 4 }, { from: start, places: 3 }] } } }))).toEqual([]);
  });
});

describe('distributions whose tail the bounds must see', () => {
  it('a Weibull with a tiny shape is judged by its mean and spread, not its scale', () => {
    expect(problems({ placements: { external: { inCountyWeeklyCostGbp: { dist: 'weibull', shape: 0.02, scale: 5000 } } } }))
      .toMatch(/^placements\.external\.inCountyWeeklyCostGbp: [\d.e+]+ is above 1,000,000 pounds a week/);
    expect(problems({ services: { hub: { stayDays: { dist: 'weibull', shape: 0.001, scale: 1 } } } })).toMatch(/stayDays: Infinity is above 1,000,000 days/);
    expect(problems({ services: { hub: { stayDays: { dist: 'weibull', shape: 1.5, scale: 40 } } } })).toBe('');
  });

  it('an empirical distribution with no bins is reported by its rule, not as an internal error', () => {
    expect(problems({ services: { hub: { stayDays: { dist: 'empirical', bins: [] } } } })).toMatch(/services\.hub\.stayDays\.bins: Too small: expected array to have >=1 items/);
  });
});

describe('the start date is a year a plan could have', () => {
  it('years 0000 and 9999 are refused (weekly.csv once read 10000-01-07); 2026 is not', () => {
    expect(problems({ startDate: '0000-01-01' })).toBe('startDate: 0000-01-01 is outside 1900-01-01 to 2200-12-31: is the year right?');
    expect(problems({ startDate: '9999-12-31' })).toBe('startDate: 9999-12-31 is outside 1900-01-01 to 2200-12-31: is the year right?');
    expect(problems({ startDate: '2026-04-01' })).toBe('');
  });
});

describe("today's caseload outside a place's rules: said, not silent (MODEL.md: eligibility is enforced)", () => {
  const row = (setting: string, ageYears: number, need = 'ebd') => ({ ageYears, need, setting, weeklyCostGbp: 0, weeksInPlacement: 10 });
  const withPlaces = (rows: unknown[]) => scenario({
    services: {
      houses: [{ name: 'Sixteen', registration: 'unregulated16plus', fixedWeeklyGbpPerPlace: 2438 }],
      homes: [{ name: 'EBD home', beds: 3, fixedWeeklyGbpPerBed: 5000, needs: ['ebd'], minAge: 8 }],
    },
    initialCaseload: rows,
  });

  it('a 12-year-old in a 16+ house, and a child of a need a home does not take, are each named at their row', () => {
    const w = scenarioWarnings(withPlaces([row('house:Sixteen', 16.5), row('house:Sixteen', 12), row('home:EBD home', 10, 'complex'), row('home:EBD home', 7)]));
    expect(w.map((x) => x.path)).toEqual(['initialCaseload[1].setting', 'initialCaseload[2].setting', 'initialCaseload[3].setting']);
    expect(w[0].message).toBe('aged 12, where house “Sixteen” takes 16 to under 18 (unregulated16plus): placed there as today\'s caseload says (the rules apply to new placements); check the row');
    expect(w[1].message).toMatch(/^need complex, which home “EBD home” does not take \(ebd\)/);
    expect(w[2].message).toMatch(/^aged 7, where home “EBD home” takes 8 to under 18/);
  });

  it('rows inside the rules, and the shipped caseload, give no warning', () => {
    expect(scenarioWarnings(withPlaces([row('house:Sixteen', 17), row('home:EBD home', 9)]))).toEqual([]);
    expect(scenarioWarnings(loadScenario('scenarios/leicestershire.yaml').scenario).filter((w) => w.path.startsWith('initialCaseload'))).toEqual([]);
  });
});

describe('names', () => {
  it('may not begin or end with a blank, which a trimmed caseload cell could never match', () => {
    expect(problems({ services: { homes: [{ name: 'Oak ', beds: 2, fixedWeeklyGbpPerBed: 5000 }] } })).toMatch(/services\.homes\[0\]\.name: must not begin or end with a space/);
    expect(problems({ services: { homes: [{ name: 'Oak\u2028', beds: 2, fixedWeeklyGbpPerBed: 5000 }] } })).toMatch(/must not begin or end with a space/);
    expect(problems({ services: { homes: [{ name: 'Oak Lodge', beds: 2, fixedWeeklyGbpPerBed: 5000 }] } })).toBe('');
  });
});

describe('need names', () => {
  it('may not be a name JavaScript objects already use, which the maps by need would read as their own machinery', () => {
    // "valueOf" passed every check and then failed every replication ("… is not a function"); "__proto__" was
    // dropped from needMix unread (hostile review 7).
    for (const need of ['valueOf', 'constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(problems({ needs: [need], demand: [stream({ needMix: { [need]: 1 } })] })).toContain(`needs[0]: "${need}" cannot name a need: JavaScript objects already use that name`);
    }
    expect(problems({ needs: ['value'], demand: [stream({ needMix: { value: 1 } })] })).toBe('');
  });
});

describe('a lognormal that cannot be drawn', () => {
  it('is refused when its underlying σ² is not finite, wherever it is used (an age gave wrong figures, a stay a failed run)', () => {
    const msg = 'sd and mean too far apart (or too small) for a lognormal';
    expect(problems({ demand: [stream({ ageYears: { dist: 'lognormal', mean: 1e-200, sd: 1 } })] })).toContain(`demand[0].ageYears.sd: ${msg}`);
    expect(problems({ services: { hub: { beds: 3, stayDays: { dist: 'lognormal', mean: 1e-300, sd: 1 }, fixedWeeklyGbpPerBed: 5200 } } })).toContain(`services.hub.stayDays.sd: ${msg}`);
    expect(problems({ demand: [stream({ ageYears: { dist: 'lognormal', mean: 10, sd: 3 } })] })).toBe('');
  });
});

describe('names of list elements', () => {
  it('may not be digits alone, which --set would read as an index (a home called "0" set the first home instead)', () => {
    expect(problems({ services: { homes: [{ name: '0', beds: 2, fixedWeeklyGbpPerBed: 5000 }] } })).toMatch(/services\.homes\[0\]\.name: must not be digits alone: --set reads such a part of a path as a list index/);
    expect(problems({ demand: [stream({ name: '12' })] })).toMatch(/demand\[0\]\.name: must not be digits alone/);
    expect(problems({ services: { homes: [{ name: 'Home 0', beds: 2, fixedWeeklyGbpPerBed: 5000 }] } })).toBe('');
  });
});
