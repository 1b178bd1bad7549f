import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/io/load-scenario.js';
import { digestScenario } from '../../src/capacity/digest.js';
import type { Scenario } from '../../src/sim/scenario.js';

/**
 * The scenario digest is what a Cabinet paper reader sees of the inputs: capacity,
 * what happens when the Hub is full, demand and its growth. Each expected string below
 * is written by hand from the small scenario built here.
 */
const base: Scenario = loadScenario('scenarios/plan-2020.yaml').scenario;

function tiny(over: {
  whenHubFull?: Scenario['placements']['whenHubFull'];
  maxWaitDays?: number;
  demand?: Partial<Scenario['demand'][number]>[];
} = {}): Scenario {
  const s = structuredClone(base) as Scenario;
  s.name = 'tiny';
  s.description = 'a tiny council';
  s.startDate = '2026-04-01';
  s.horizonYears = 4;
  s.warmupYears = 2;
  s.services.hub = { ...s.services.hub, beds: 5, stayDays: { dist: 'fixed', value: 42 } as never, maxWaitDays: over.maxWaitDays ?? 0, fixedWeeklyGbpPerBed: 5200, variableWeeklyGbpPerChild: 0 };
  s.services.outreach = { ...s.services.outreach, slots: 3, episodeDays: { dist: 'exponential', mean: 90 } as never, breakdownFactor: 0.5, fixedWeeklyGbpPerSlot: 660 };
  const house = { ...(base.services.houses[0] ?? {}) } as Scenario['services']['houses'][number];
  s.services.houses = [
    { ...house, name: 'Oak', places: 2, registration: 'unregulated16plus', opens: '2026-09-01', closes: undefined, fixedWeeklyGbpPerPlace: 2438, variableWeeklyGbpPerChild: 0 } as never,
    { ...house, name: 'Elm', places: 3, registration: 'registered', opens: undefined, closes: '2028-03-31', fixedWeeklyGbpPerPlace: 5477, variableWeeklyGbpPerChild: 0 } as never,
    { ...house, name: 'Ash', places: 1, registration: 'registered', opens: undefined, closes: undefined, fixedWeeklyGbpPerPlace: 5477, variableWeeklyGbpPerChild: 120.4 } as never,
  ];
  const home = { ...(base.services.homes[0] ?? {}) } as Scenario['services']['homes'][number];
  s.services.homes = [
    { ...home, name: 'Birch', beds: 4, needs: ['EBD', 'CWD'], minAge: 8, maxAge: 17, opens: '2027-01-01', closes: '2029-01-01', fixedWeeklyGbpPerBed: 5500, variableWeeklyGbpPerChild: 0, provider: 'inHouse' } as never,
    { ...home, name: 'Yew', beds: 2, needs: [], minAge: 11, maxAge: 15, opens: undefined, closes: undefined, fixedWeeklyGbpPerBed: 4500, variableWeeklyGbpPerChild: 0, provider: 'blockContract' } as never,
  ];
  s.placements = { ...s.placements, whenHubFull: over.whenHubFull } as never;
  const d0 = base.demand[0]!;
  s.demand = (over.demand ?? [{}]).map((d, i) => ({ ...d0, name: `stream${i}`, ratePerYear: 12, arrivalDays: undefined, growthPerYear: 0, route: 'assessment', ...d })) as never;
  return s;
}

describe('the scenario digest says in plain words what the model was given', () => {
  it('lists every service with its places and a note on how it runs, in order: Hub, outreach, houses, homes', () => {
    const d = digestScenario(tiny());
    expect(d.name).toBe('tiny');
    expect(d.description).toBe('a tiny council');
    expect(d.startDate).toBe('2026-04-01');
    expect(d.horizonYears).toBe(4);
    expect(d.capacity).toEqual([
      { service: 'Hub assessment beds', places: 5, note: '£5,200 a bed-week; mean stay 42 days; referrals finding every bed taken go external' },
      { service: 'Outreach slots', places: 3, note: '£660 a slot-week, costed as 52 weeks a year as seed 001 §14 costs the team (beds and places are costed by the day, 52.18 weeks a year); mean episode 90 days; breakdown hazard × 0.5 while supported' },
      { service: 'House Oak', places: 2, note: '£2,438 a place-week; unregulated, 16+ only; opens 2026-09-01' },
      { service: 'House Elm', places: 3, note: '£5,477 a place-week; registered; closes 2028-03-31' },
      // A variable rate is per child-week used, beside the fixed price (rounded to whole pounds).
      { service: 'House Ash', places: 1, note: '£5,477 a place-week + £120 a child-week used; registered' },
      { service: 'Home Birch', places: 4, note: '£5,500 a bed-week; needs: EBD, CWD; ages 8–17; opens 2027-01-01, closes 2029-01-01' },
      { service: 'Home Yew', places: 2, note: '£4,500 a bed-week (block contract); any need; ages 11–15' },
    ]);
  });

  it('converts the warm-up from years to whole days (2 years = 730.5 → 731 days)', () => {
    expect(digestScenario(tiny()).warmupDays).toBe(731);
  });

  it('without a mix, a full Hub means a wait of maxWaitDays when one is allowed, else external', () => {
    expect(digestScenario(tiny({ maxWaitDays: 14 })).capacity[0]!.note).toBe('£5,200 a bed-week; mean stay 42 days; waits up to 14 days for a bed');
    expect(digestScenario(tiny({ maxWaitDays: 0 })).capacity[0]!.note).toBe('£5,200 a bed-week; mean stay 42 days; referrals finding every bed taken go external');
  });

  it('with a mix, a full Hub lists only the routes used, as whole percentages, in the fixed order', () => {
    const note = digestScenario(tiny({ maxWaitDays: 7, whenHubFull: { localPlace: 0.25, family: 0, crisisWait: 0.125, externalResidential: 0.625 } as never })).capacity[0]!.note;
    // 12.5% rounds to 13 (Math.round), 62.5% to 63; family (0) is left out.
    expect(note).toBe('£5,200 a bed-week; mean stay 42 days; when full: 25% a local place, 13% a crisis wait (≤ 7 days), 63% external');
    const all = digestScenario(tiny({ maxWaitDays: 3, whenHubFull: { localPlace: 0.1, family: 0.2, crisisWait: 0.3, externalResidential: 0.4 } as never })).capacity[0]!.note;
    expect(all).toBe('£5,200 a bed-week; mean stay 42 days; when full: 10% a local place, 20% family care, 30% a crisis wait (≤ 3 days), 40% external');
  });

  it('shows each demand stream with its yearly rate, route and volume growth (none, rise or fall)', () => {
    const s = tiny({
      demand: [
        { growthPerYear: 0, route: 'assessment' },
        { growthPerYear: 0.035, route: 'direct', ratePerYear: 6 },
        { growthPerYear: -0.02, route: 'outreach', ratePerYear: undefined, arrivalDays: [1, 50, 100, 200, 300, 400, 500, 600] },
        { growthPerYear: 0.1, route: 'shortBreak', ratePerYear: 2 },
      ],
    });
    expect(digestScenario(s).demand).toEqual([
      { stream: 'stream0', ratePerYear: 12, route: 'needs assessment at the Hub; volume no growth' },
      { stream: 'stream1', ratePerYear: 6, route: 'direct placement; volume +3.5% a year' },
      // 8 arrivals listed over a 4-year horizon = 2 a year.
      { stream: 'stream2', ratePerYear: 2, route: 'outreach for a placement at risk; volume -2.0% a year' },
      { stream: 'stream3', ratePerYear: 2, route: 'short breaks (respite, not a placement); volume +10.0% a year' },
    ]);
  });
});

describe('the digest lists the prices and assumptions that decide the money', () => {
  it('says the uplift follows the child\'s history when every kind of next placement carries the same amount (MODEL.md)', () => {
    const s = tiny();
    for (const b of [s.placements.external, s.placements.localResidential, s.placements.family]) b.breakdownUpliftWeeklyGbp = 2077.63;
    const row = digestScenario(s).assumptions.find((a) => a.item === 'After a breakdown');
    expect(row?.value).toBe('the next placement costs more: +£2,078 a week on an external placement; +£2,078 a week on a local house or home; +£2,078 a week on family-based care; the same whatever the next placement, so it follows the child\'s history, not whether a bed was free (MODEL.md "Breakdown"). Its total is cost.breakdownUplift; compare gives each option\'s difference with and without it');
  });

  it('external, crisis and family prices (fixed or a mean), growth, the return policy and other costs, in words', () => {
    const s = tiny();
    s.costGrowthPerYear = 0.04;
    s.placements = {
      ...s.placements,
      external: {
        ...s.placements.external, outOfCountyShare: 0.6, breakdownUpliftWeeklyGbp: 2077.63, supportedAccommodation16plus: undefined,
        inCountyWeeklyCostGbp: { dist: 'fixed', value: 5000 }, outOfCountyWeeklyCostGbp: { dist: 'uniform', min: 6000, max: 8000 },
      },
      crisis: { weeklyCostGbp: { dist: 'fixed', value: 9000 } },
      family: { ...s.placements.family, weeklyCostGbp: { dist: 'fixed', value: 800 }, breakdownUpliftWeeklyGbp: 513.99 },
      localResidential: { ...s.placements.localResidential, breakdownUpliftWeeklyGbp: 0 },
    } as never;
    s.policies = { returnFromOutOfCounty: true };
    s.otherCosts = { oneOff: [{ name: 'Purchase', date: '2026-04-01', gbp: 625000 }], recurring: [{ name: 'Team', gbpPerYear: 50000, from: '2027-04-01' }] } as never;
    expect(digestScenario(s).assumptions).toEqual([
      { item: 'Cost growth', value: '4.0% a year from the start date, applied to every weekly price and yearly rate (places, placements, recurring costs and income from places sold); one-off costs are cash as entered; costs are cash (nominal) amounts' },
      // The uniform's mean is (6,000 + 8,000) / 2.
      { item: 'External residential placement', value: 'in county £5,000 a week; out of county £7,000 a week on average (uniform); 60% of external placements out of county' },
      { item: 'After a breakdown', value: 'the next placement costs more: +£2,078 a week on an external placement; nothing on a local house or home; +£514 a week on family-based care; the amounts differ, so which kind of place is free changes what a breakdown costs and a free bed of the cheaper kind saves the difference: a departure from MODEL.md "Breakdown", which has one cost by the child\'s history. Its total is cost.breakdownUplift; compare gives each option\'s difference with and without it' },
      { item: 'After a Hub assessment', value: '10% home, 15% family care, 40% an in-house home, 15% a house, 20% an external placement (services.hub.outcomes): what a Hub bed saves rests on these shares, above all on the share going home (docs/validation.md, Sensitivity)' },
      { item: 'Crisis placement', value: '£9,000 a week' },
      { item: 'Family placement', value: '£800 a week' },
      { item: 'Children out of county', value: 'brought back when a suitable local place frees (policies.returnFromOutOfCounty)' },
      { item: 'Block-contract places', value: 'count as local places: a child placed in one is not a spill-over and not out of county, though the provider is external (its cost is booked as block-purchased external places, cost.externalBlock)' },
      { item: 'One-off: Purchase', value: '£625,000 on 2026-04-01' },
      { item: 'Recurring: Team', value: '£50,000 a year from 2027-04-01' },
    ]);
  });

  it('says when there is no growth and when children stay out of county', () => {
    const s = tiny();
    s.costGrowthPerYear = 0;
    s.policies = { returnFromOutOfCounty: false };
    const a = digestScenario(s).assumptions!;
    expect(a.find((x) => x.item === 'Cost growth')?.value).toBe('none: every cost at start-date prices');
    expect(a.find((x) => x.item === 'Children out of county')?.value).toBe('stay where they are until their placement ends (policies.returnFromOutOfCounty: off)');
  });

  it('lists each sale of places with its price, dates and indexation, so the income an option rests on is on the page', () => {
    const s = structuredClone(loadScenario('scenarios/leicestershire.yaml').scenario);
    s.costGrowthPerYear = 0.04;
    s.services.homes = [{ ...s.services.homes[0], name: 'Ivan House', soldPlaces: [{ places: 1, weeklyGbpPerPlace: 5500, from: '2026-10-01' }] }] as never;
    const sold = digestScenario(s).assumptions!.filter((x) => x.item.startsWith('Places sold'));
    expect(sold).toEqual([{ item: 'Places sold: Ivan House', value: '1 place at £5,500 a week each from 2026-10-01, indexed at the cost growth of 4.0% a year; income counted as a negative cost, the places out of local capacity' }]);
  });
});

