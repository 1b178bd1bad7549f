import { describe, expect, it } from 'vitest';
import { changesAfterStart, weeklyCapacity, type ScheduleInputs } from '../../src/sim/model/capacity-schedule.js';
import type { Timeline } from '../../src/sim/timeline.js';

/** A place's capacity over time (src/sim/model/capacity-schedule.ts), on schedules worked by hand. */
const schedule = (patch: Partial<ScheduleInputs>): ScheduleInputs => ({
  size: 2, minAge: 0, maxAge: 18, fixedGbpPerPlaceDay: 700, opensT: -Infinity, closesT: Infinity, steps: [], sold: [], ...patch,
});
const brief = (x: ScheduleInputs) => changesAfterStart(x).map((c) => [c.t, c.capacity, c.soldPlaces]);

describe('the dated changes of a place', () => {
  it('lists the changes in date order whatever order the opening, closing, steps and sales are written in', () => {
    // Opens day 20 with 2 places, 1 of them sold from day 10 (before it opens) to day 40; 3 places from day 30,
    // 1 from day 50; closes day 100. Nothing is available or sold before day 20, so day 10 changes nothing.
    const x = schedule({ opensT: 20, closesT: 100, steps: [{ t: 30, places: 3 }, { t: 50, places: 1 }], sold: [{ fromT: 10, toT: 40, places: 1 }] });
    expect(brief(x)).toEqual([[20, 1, 1], [30, 2, 1], [40, 3, 0], [50, 1, 0], [100, 0, 0]]);
  });

  it('a sale that starts as a place is added leaves local places unchanged but is still a change (places sold)', () => {
    const x = schedule({ steps: [{ t: 10, places: 3 }], sold: [{ fromT: 10, toT: Infinity, places: 1 }] });
    expect(brief(x)).toEqual([[10, 2, 1]]);
  });

  it('a change of the ages taken alone, or of the fixed cost alone, is a change; a step that repeats the places is not', () => {
    const x = schedule({ steps: [{ t: 10, maxAge: 16 }, { t: 20, fixedGbpPerPlaceDay: 500 }, { t: 30, places: 2 }] });
    expect(changesAfterStart(x)).toEqual([
      { t: 10, capacity: 2, soldPlaces: 0, minAge: 0, maxAge: 16, fixedGbpPerPlaceDay: 700 },
      { t: 20, capacity: 2, soldPlaces: 0, minAge: 0, maxAge: 16, fixedGbpPerPlaceDay: 500 },
    ]);
  });
});

describe('the report\'s weekly capacity line', () => {
  it('is the mean places available over each reporting week, the last week cut short at the horizon', () => {
    // Reporting from day 14 (after a warm-up) to day 31: weeks [14, 21), [21, 28) and [28, 31).
    // 2 places until day 17, 4 until day 29, then 1.
    const tl = { originT: 14, horizonT: 31, weekStarts: ['a', 'b', 'c'] } as unknown as Timeline;
    const x = schedule({ steps: [{ t: 17, places: 4 }, { t: 29, places: 1 }] });
    const weeks = weeklyCapacity(tl, x);
    expect(weeks).toHaveLength(3);
    expect(weeks[0]).toBeCloseTo((3 * 2 + 4 * 4) / 7, 12);
    expect(weeks[1]).toBeCloseTo(4, 12);
    expect(weeks[2]).toBeCloseTo((1 * 4 + 2 * 1) / 3, 12);
  });
});
