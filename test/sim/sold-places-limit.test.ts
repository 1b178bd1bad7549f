import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/sim/scenario.js';
import { scenario } from './helpers.js';

/** Places sold to other councils earn income per place: never more places than the service has (hostile-input review). */
const problems = (raw: unknown) => {
  const r = validateScenario(raw);
  return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
};
const sale = (buyer: string, places: number, from: string, to?: string) => ({ buyer, places, from, ...(to ? { to } : {}), weeklyGbpPerPlace: 5000 });
const withHub = (beds: number, sales: unknown[], steps: unknown[] = []) => {
  const s = structuredClone(scenario()) as unknown as Record<string, any>;
  s.services.hub.beds = beds;
  s.services.hub.soldPlaces = sales;
  s.services.hub.capacitySteps = steps;
  return s;
};

describe('places sold cannot exceed the places a service has', () => {
  it('selling every bed is allowed; one more is refused at that sale, naming the count and the size', () => {
    expect(problems(withHub(3, [sale('A', 3, '2026-04-01')]))).toEqual([]);
    expect(problems(withHub(3, [sale('A', 50, '2026-04-01')]))).toEqual(['services.hub.soldPlaces[0].places: 50 places sold on 2026-04-01, more than the Hub\'s 3 then: income would be booked for places that do not exist']);
  });

  it('overlapping sales add up; sales one after the other do not', () => {
    // 2 from April, then 2 more from June while the first runs: 4 of 3 beds.
    expect(problems(withHub(3, [sale('A', 2, '2026-04-01'), sale('B', 2, '2026-06-01', '2026-09-01')]))).toEqual([
      'services.hub.soldPlaces[1].places: 4 places sold on 2026-06-01 (2 sales running then), more than the Hub\'s 3 then: income would be booked for places that do not exist',
    ]);
    // The first ends on 1 June, the day the second starts: 2 then 2, never 4.
    expect(problems(withHub(3, [sale('A', 2, '2026-04-01', '2026-06-01'), sale('B', 2, '2026-06-01')]))).toEqual([]);
  });

  it('a capacity step that adds beds makes room for a sale of them', () => {
    expect(problems(withHub(3, [sale('A', 5, '2027-04-01')], [{ from: '2027-04-01', places: 5 }]))).toEqual([]);
  });

  it('a sale must fit the places the service has while it runs, not the most it ever has (hostile review 3)', () => {
    // 1 bed until a step to 5 in 2029: 5 sold from today would earn for 4 beds for three years.
    expect(problems(withHub(1, [sale('A', 5, '2026-04-01')], [{ from: '2029-01-01', places: 5 }]))).toEqual([
      'services.hub.soldPlaces[0].places: 5 places sold on 2026-04-01, more than the Hub\'s 1 then: income would be booked for places that do not exist',
    ]);
    // The same sale starting with the step is fine.
    expect(problems(withHub(1, [sale('A', 5, '2029-01-01')], [{ from: '2029-01-01', places: 5 }]))).toEqual([]);
  });

  it('a step that cuts places under a running sale is refused at the step; ending the sale first is fine', () => {
    expect(problems(withHub(3, [sale('A', 3, '2026-04-01')], [{ from: '2026-06-01', places: 1 }]))).toEqual([
      'services.hub.capacitySteps[0].places: the step on 2026-06-01 leaves the Hub 1 place, fewer than the 3 sold then: end the sale (soldPlaces[].to) before it, or sell fewer',
    ]);
    expect(problems(withHub(3, [sale('A', 3, '2026-04-01', '2026-06-01')], [{ from: '2026-06-01', places: 1 }]))).toEqual([]);
  });

  it('a house step that changes only the registration keeps the places it had', () => {
    const s = structuredClone(scenario({ services: { houses: [{ name: 'Oak', registration: 'registered', fixedWeeklyGbpPerPlace: 2438 }] } })) as unknown as Record<string, any>;
    s.services.houses[0].soldPlaces = [sale('A', 2, '2026-04-01')];
    s.services.houses[0].capacitySteps = [{ from: '2026-10-01', registration: 'unregulated16plus' }];
    expect(problems(s)).toEqual([]);
    s.services.houses[0].capacitySteps = [{ from: '2026-10-01', places: 1 }];
    expect(problems(s)).toEqual(['services.houses[0].capacitySteps[0].places: the step on 2026-10-01 leaves the house “Oak” 1 place, fewer than the 2 sold then: end the sale (soldPlaces[].to) before it, or sell fewer']);
  });
});
