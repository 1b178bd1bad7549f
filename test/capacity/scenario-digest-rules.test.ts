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
  s.services.hub = { ...s.services.hub, beds: 5, stayDays: { dist: 'fixed', value: 42 } as never, maxWaitDays: over.maxWaitDays ?? 0 };
  s.services.outreach = { ...s.services.outreach, slots: 3, episodeDays: { dist: 'exponential', mean: 90 } as never, breakdownFactor: 0.5 };
  const house = { ...(base.services.houses[0] ?? {}) } as Scenario['services']['houses'][number];
  s.services.houses = [
    { ...house, name: 'Oak', places: 2, registration: 'unregulated16plus', opens: '2026-09-01', closes: undefined } as never,
    { ...house, name: 'Elm', places: 3, registration: 'registered', opens: undefined, closes: '2028-03-31' } as never,
    { ...house, name: 'Ash', places: 1, registration: 'registered', opens: undefined, closes: undefined } as never,
  ];
  const home = { ...(base.services.homes[0] ?? {}) } as Scenario['services']['homes'][number];
  s.services.homes = [
    { ...home, name: 'Birch', beds: 4, needs: ['EBD', 'CWD'], minAge: 8, maxAge: 17, opens: '2027-01-01', closes: '2029-01-01' } as never,
    { ...home, name: 'Yew', beds: 2, needs: [], minAge: 11, maxAge: 15, opens: undefined, closes: undefined } as never,
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
      { service: 'Hub assessment beds', places: 5, note: 'mean stay 42 days; referrals finding every bed taken go external' },
      { service: 'Outreach slots', places: 3, note: 'mean episode 90 days; breakdown hazard × 0.5 while supported' },
      { service: 'House Oak', places: 2, note: 'unregulated, 16+ only; opens 2026-09-01' },
      { service: 'House Elm', places: 3, note: 'registered; closes 2028-03-31' },
      { service: 'House Ash', places: 1, note: 'registered' },
      { service: 'Home Birch', places: 4, note: 'needs: EBD, CWD; ages 8–17; opens 2027-01-01, closes 2029-01-01' },
      { service: 'Home Yew', places: 2, note: 'any need; ages 11–15' },
    ]);
  });

  it('converts the warm-up from years to whole days (2 years = 730.5 → 731 days)', () => {
    expect(digestScenario(tiny()).warmupDays).toBe(731);
  });

  it('without a mix, a full Hub means a wait of maxWaitDays when one is allowed, else external', () => {
    expect(digestScenario(tiny({ maxWaitDays: 14 })).capacity[0]!.note).toBe('mean stay 42 days; waits up to 14 days for a bed');
    expect(digestScenario(tiny({ maxWaitDays: 0 })).capacity[0]!.note).toBe('mean stay 42 days; referrals finding every bed taken go external');
  });

  it('with a mix, a full Hub lists only the routes used, as whole percentages, in the fixed order', () => {
    const note = digestScenario(tiny({ maxWaitDays: 7, whenHubFull: { localPlace: 0.25, family: 0, crisisWait: 0.125, externalResidential: 0.625 } as never })).capacity[0]!.note;
    // 12.5% rounds to 13 (Math.round), 62.5% to 63; family (0) is left out.
    expect(note).toBe('mean stay 42 days; when full: 25% a local place, 13% a crisis wait (≤ 7 days), 63% external');
    const all = digestScenario(tiny({ maxWaitDays: 3, whenHubFull: { localPlace: 0.1, family: 0.2, crisisWait: 0.3, externalResidential: 0.4 } as never })).capacity[0]!.note;
    expect(all).toBe('mean stay 42 days; when full: 10% a local place, 20% family care, 30% a crisis wait (≤ 3 days), 40% external');
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
