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
    expect(problems(withHub(3, [sale('A', 50, '2026-04-01')]))).toEqual(['services.hub.soldPlaces[0].places: 50 places sold from 2026-04-01, more than the Hub\'s 3']);
  });

  it('overlapping sales add up; sales one after the other do not', () => {
    // 2 from April, then 2 more from June while the first runs: 4 of 3 beds.
    expect(problems(withHub(3, [sale('A', 2, '2026-04-01'), sale('B', 2, '2026-06-01', '2026-09-01')]))).toEqual([
      'services.hub.soldPlaces[1].places: 4 places sold from 2026-06-01 with the 1 other sale running then, more than the Hub\'s 3',
    ]);
    // The first ends on 1 June, the day the second starts: 2 then 2, never 4.
    expect(problems(withHub(3, [sale('A', 2, '2026-04-01', '2026-06-01'), sale('B', 2, '2026-06-01')]))).toEqual([]);
  });

  it('a capacity step that adds beds makes room for a sale of them', () => {
    expect(problems(withHub(3, [sale('A', 5, '2027-04-01')], [{ from: '2027-04-01', places: 5 }]))).toEqual([]);
  });
});
