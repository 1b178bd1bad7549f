import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { capacitySteps, houseCapacitySteps, soldPlaces } from '../../src/sim/dated-capacity-schema.js';
import { FosterCarersSchema } from '../../src/sim/foster-supply-schema.js';
import { HubFullMixSchema } from '../../src/sim/placement-schema.js';
import { perScenario } from '../../src/sim/per-scenario.js';
import { formatPath, validateScenario } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';

/** What a user sees for a part of a scenario file: `path: message` lines, empty when it is accepted. */
const problems = (schema: z.ZodType, raw: unknown) => {
  const r = schema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
};
const scenarioProblems = (raw: unknown) => {
  const r = validateScenario(raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('dated capacity steps (Hub, outreach, homes)', () => {
  it('a step dated on a day that does not exist is refused as not a real calendar date', () => {
    expect(problems(capacitySteps, [{ from: '2027-02-29', places: 2 }])).toEqual(['[0].from: expected a real calendar date']);
    expect(problems(capacitySteps, [{ from: '2028-02-29', places: 2 }])).toEqual([]); // 2028 is a leap year
  });

  it('steps must be in date order with one step per date', () => {
    expect(problems(capacitySteps, [{ from: '2026-05-01', places: 2 }, { from: '2026-06-01', places: 4 }])).toEqual([]);
    expect(problems(capacitySteps, [{ from: '2026-05-01', places: 2 }, { from: '2026-05-01', places: 4 }])).toEqual([
      '(top level): steps must be in date order, one per date',
    ]);
    expect(problems(capacitySteps, [{ from: '2026-06-01', places: 2 }, { from: '2026-05-01', places: 4 }])).toEqual([
      '(top level): steps must be in date order, one per date',
    ]);
  });
});

describe('house capacity steps (places and/or registration)', () => {
  it('a house step must change places, registration or both', () => {
    expect(problems(houseCapacitySteps, [{ from: '2026-05-01', places: 1 }])).toEqual([]);
    expect(problems(houseCapacitySteps, [{ from: '2026-05-01', registration: 'unregulated16plus' }])).toEqual([]);
    expect(problems(houseCapacitySteps, [{ from: '2026-05-01', places: 2, registration: 'registered' }])).toEqual([]);
    expect(problems(houseCapacitySteps, [{ from: '2026-05-01', fixedWeeklyGbpPerPlace: 2438 }])).toEqual([
      '[0]: a step changes places, registration or both',
    ]);
  });

  it('house steps on the same date are refused', () => {
    expect(problems(houseCapacitySteps, [{ from: '2026-05-01', places: 1 }, { from: '2026-05-01', places: 2 }])).toEqual([
      '(top level): steps must be in date order, one per date',
    ]);
  });
});

describe('places sold to other councils', () => {
  const sale = (dates: { from: string; to?: string }) => [{ buyer: 'Rutland', places: 1, weeklyGbpPerPlace: 5000, ...dates }];

  it('a sale with no end runs to the horizon and is accepted', () => {
    expect(problems(soldPlaces, sale({ from: '2026-05-01' }))).toEqual([]);
  });

  it('a sale must end after it starts', () => {
    expect(problems(soldPlaces, sale({ from: '2026-05-01', to: '2026-05-02' }))).toEqual([]);
    expect(problems(soldPlaces, sale({ from: '2026-05-01', to: '2026-05-01' }))).toEqual(['[0].to: to must be after from']);
    expect(problems(soldPlaces, sale({ from: '2026-05-01', to: '2026-04-30' }))).toEqual(['[0].to: to must be after from']);
  });
});

describe('foster carer supply', () => {
  const base = {
    specialistShare: 0.75,
    pools: [{ name: 'In-house', kind: 'mainstream', provider: 'inHouse', carers: 2, weeklyGbp: 500 }],
    whenNoCarer: 'residential',
  };

  it('spot purchasing needs the spot price; placing residentially does not', () => {
    expect(problems(FosterCarersSchema, base)).toEqual([]);
    expect(problems(FosterCarersSchema, { ...base, whenNoCarer: 'spotPurchase', spotWeeklyGbp: 900 })).toEqual([]);
    expect(problems(FosterCarersSchema, { ...base, whenNoCarer: 'spotPurchase' })).toEqual([
      'spotWeeklyGbp: required when whenNoCarer is spotPurchase',
    ]);
  });

  it('a step-down search dated on a day that does not exist is refused', () => {
    expect(problems(FosterCarersSchema, { ...base, stepDownSearches: [{ from: '2026-04-31', perYear: 10 }] })).toEqual([
      'stepDownSearches[0].from: expected a real calendar date',
    ]);
  });

  it('step-down searches must be in date order, one per date', () => {
    const searches = (a: string, b: string) => ({ ...base, stepDownSearches: [{ from: a, perYear: 10 }, { from: b, perYear: 5 }] });
    expect(problems(FosterCarersSchema, searches('2026-04-01', '2027-04-01'))).toEqual([]);
    expect(problems(FosterCarersSchema, searches('2026-04-01', '2026-04-01'))).toEqual(['stepDownSearches: searches must be in date order']);
    expect(problems(FosterCarersSchema, searches('2027-04-01', '2026-04-01'))).toEqual(['stepDownSearches: searches must be in date order']);
  });
});

describe('where a child goes when the Hub is full', () => {
  it('the shares must add up to 1', () => {
    expect(problems(HubFullMixSchema, { localPlace: 0.5, externalResidential: 0.5 })).toEqual([]);
    expect(problems(HubFullMixSchema, { localPlace: 0.5, externalResidential: 0.4 })).toEqual(['(top level): shares must add up to 1']);
    expect(problems(HubFullMixSchema, { localPlace: 0.6, externalResidential: 0.6 })).toEqual(['(top level): shares must add up to 1']);
  });
});

describe('home age range', () => {
  const withHome = (minAge: number, maxAge: number) => {
    const s = structuredClone(scenario()) as unknown as Record<string, any>;
    s.services.homes = [{ name: 'Home A', beds: 3, fixedWeeklyGbpPerBed: 5500, minAge, maxAge }];
    return s;
  };

  it('a home must take a range of ages: minAge below maxAge', () => {
    expect(scenarioProblems(withHome(11, 12))).toEqual([]);
    expect(scenarioProblems(withHome(12, 12))).toEqual(['services.homes[0].maxAge: minAge must be below maxAge']);
    expect(scenarioProblems(withHome(14, 12))).toEqual(['services.homes[0].maxAge: minAge must be below maxAge']);
  });
});

describe('per-scenario values', () => {
  it('are worked out once per scenario and key, and kept apart between keys and scenarios', () => {
    const a = scenario();
    const b = scenario();
    let made = 0;
    const make = (v: string) => () => {
      made += 1;
      return { v };
    };
    const first = perScenario(a, 'specs', make('a-specs'));
    expect(perScenario(a, 'specs', make('again'))).toBe(first);
    expect(made).toBe(1);
    const other = perScenario(a, 'samplers', make('a-samplers'));
    expect(other.v).toBe('a-samplers');
    expect(made).toBe(2);
    // the first key survives a second key being added for the same scenario
    expect(perScenario(a, 'specs', make('again'))).toBe(first);
    expect(perScenario(b, 'specs', make('b-specs')).v).toBe('b-specs');
    expect(made).toBe(3);
    expect(perScenario(a, 'samplers', make('again'))).toBe(other);
    expect(made).toBe(3);
  });
});
