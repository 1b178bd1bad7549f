import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';

const problems = (raw: unknown) => {
  const r = validateScenario(raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};
const valid = () => structuredClone(scenario()) as unknown as Record<string, any>;

describe('scenario validation', () => {
  it('accepts the minimal scenario', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('reports every problem at once, each with its path and rule', () => {
    const s = valid();
    s.services.hub.beds = -1;
    s.services.hub.bed = 2;
    s.horizonYears = 0;
    s.startDate = '2026-02-30';
    const found = problems(s);
    expect(found).toHaveLength(4);
    expect(found).toContain('services.hub: Unrecognized key: "bed"');
    expect(found.some((p) => p.startsWith('services.hub.beds: '))).toBe(true);
    expect(found.some((p) => p.startsWith('horizonYears: '))).toBe(true);
    expect(found).toContain('startDate: expected a real calendar date');
  });

  it('checks names that refer to each other', () => {
    const s = valid();
    s.demand[0].needMix = { ebd: 1, unknown: 2 };
    s.services.homes = [{ name: 'A', beds: 1, fixedWeeklyGbpPerBed: 1, needs: ['nope'] }, { name: 'A', beds: 1, fixedWeeklyGbpPerBed: 1 }];
    s.matching = { inHouseHome: ['B'] };
    expect(problems(s)).toEqual([
      'demand[0].needMix.unknown: unknown need "unknown"; needs are: ebd, complex',
      'services.homes[0].needs[0]: unknown need "nope"',
      'services: two houses or homes are both named "A"',
      'matching.inHouseHome[0]: "B" is neither "homes", "houses" nor the name of a house or home',
    ]);
  });

  it('requires the fields of each route', () => {
    const s = valid();
    s.demand.push({ name: 'd', ratePerYear: 3, route: 'direct', ageYears: { dist: 'fixed', value: 3 }, needMix: { ebd: 1 } });
    s.demand.push({ name: 'o', ratePerYear: 3, arrivalDays: [1], route: 'outreach', ageYears: { dist: 'fixed', value: 3 }, needMix: { ebd: 1 } });
    expect(problems(s)).toEqual([
      'demand[1].placement: required when route is direct',
      'demand[2].ratePerYear: give exactly one of ratePerYear and arrivalDays',
      'demand[2].riskDays: required when route is outreach',
      'demand[2].riskBreakdownPerYear: required when route is outreach',
    ]);
  });

  it('rejects outcome shares that do not add up to 1', () => {
    const s = valid();
    s.services.hub.outcomes = { home: 0.5, family: 0.4 };
    expect(problems(s)).toEqual(['services.hub.outcomes: shares must add up to 1']);
  });

  it('checks caseload rows against the scenario', () => {
    const s = valid();
    s.initialCaseload = [
      { ageYears: 12, need: 'ebd', setting: 'home:Nowhere', weeklyCostGbp: 100, weeksInPlacement: 3 },
      { ageYears: 18, need: 'ebd', setting: 'family', weeklyCostGbp: 100, weeksInPlacement: 3 },
    ];
    expect(problems(s)).toEqual([
      'initialCaseload[1].ageYears: must be under 18 (a young person leaves care at 18)',
      'initialCaseload[0].setting: unknown setting "home:Nowhere"; settings are: hub, family, external-in-county, external-out-of-county',
    ]);
  });
});
