import { expect, it } from 'vitest';
import { scenario } from './helpers.js';
import { catalogueOf } from '../../src/sim/run-replication.js';

/**
 * The weekly series of the catalogue (`catalogueOf`, the charts of
 * docs/results.md) carry each place's own capacity, week by week, so that a
 * chart of a home's beds in use is drawn against that home's beds, not the
 * Hub's. The period starts on Wednesday 1 April 2026 and has 365 days: 52
 * whole weeks and a last week of 1 day.
 */
it('each place\'s series has that place\'s own capacity, with a dated step from the week it starts', () => {
  const s = scenario({
    services: {
      hub: { beds: 3 },
      outreach: { slots: 5 },
      // Home A: 2 beds, 4 from 29 April 2026 (the start of week 4).
      homes: [{ name: 'Home A', beds: 2, fixedWeeklyGbpPerBed: 5500, capacitySteps: [{ from: '2026-04-29', places: 4 }] }],
      houses: [{ name: 'Oak', places: 1, registration: 'registered', fixedWeeklyGbpPerPlace: 4000 }],
    },
  });
  const c = catalogueOf(s);
  const series = Object.fromEntries(c.series.map((x) => [x.id, x.capacity]));
  expect(c.weekStarts).toHaveLength(53);
  expect(series.hub).toEqual(new Array(53).fill(3));
  expect(series['house.0']).toEqual(new Array(53).fill(1));
  expect(series['home.0']).toEqual([2, 2, 2, 2, ...new Array(49).fill(4)]);
  expect(series.outreach).toEqual(new Array(53).fill(5));
  // Counts of children have no capacity: zero.
  expect(series.ooc).toEqual(new Array(53).fill(0));
});
