import { describe, expect, it } from 'vitest';
import { OccupancyMonitor } from '../../src/sim/occupancy-monitor.js';

/**
 * The monitor against a brute-force integration of the step function, day by day, on the edge
 * cases: several changes at the same instant, changes exactly at the reset and on week
 * boundaries, and a close that runs past the last weekly bucket.
 */
type Ev = [t: number, kind: 'add' | 'cap', v: number];

function bruteForce(cap0: number, events: Ev[], origin: number, horizon: number, weeks: number) {
  let occupied = 0, available = 0, full = 0;
  const weekly = new Array<number>(weeks).fill(0);
  for (let day = origin; day < horizon; day++) {
    // State holding over [day, day + 1): every event at or before `day` has happened (integer times).
    let level = 0, cap = cap0;
    for (const [t, k, v] of events) if (t <= day) { if (k === 'add') level += v; else cap = v; }
    occupied += level;
    available += cap;
    if (level >= cap) full += 1;
    const w = Math.floor((day - origin) / 7);
    if (w < weeks) weekly[w] += level;
  }
  return { occupied, available, full, weekly };
}

function run(cap0: number, events: Ev[], origin: number, horizon: number, weeks: number) {
  const m = new OccupancyMonitor(cap0, weeks);
  let reset = false;
  for (const [t, k, v] of events) {
    if (!reset && t >= origin) { m.reset(origin); reset = true; }
    if (k === 'add') m.add(t, v); else m.setCapacity(t, v);
  }
  if (!reset) m.reset(origin);
  m.close(horizon);
  return { occupied: m.occupiedDays, available: m.availableDays, full: m.fullDays, weekly: Array.from(m.weekly) };
}

describe('OccupancyMonitor against a day-by-day sum', () => {
  it('handles same-instant changes, changes at the reset and on week boundaries', () => {
    const events: Ev[] = [
      [0, 'add', 2], [3, 'add', 1], [3, 'add', -2], [10, 'add', 1], [10, 'cap', 2],
      [17, 'add', 1], [17, 'add', -1], [24, 'add', -2], [24, 'add', 3], [26, 'cap', 4], [30, 'add', -3],
    ];
    const got = run(3, events, 10, 31, 3);
    const want = bruteForce(3, events, 10, 31, 3);
    expect(want).toEqual({ occupied: 2 * 14 + 3 * 6 + 0, available: 2 * 16 + 4 * 5, full: 14 + 2, weekly: [14, 14, 2 * 0 + 3 * 6] });
    expect(got).toEqual(want);
  });

  it('fills only the weeks it has when closed past the end of the last one, and ignores an empty service', () => {
    const events: Ev[] = [[2, 'add', 1], [12, 'add', -1], [15, 'add', 1]];
    const got = run(1, events, 5, 25, 2);
    const want = bruteForce(1, events, 5, 25, 2);
    // Occupied days 5-12 and 15-25 = 7 + 10; weeks [5,12) = 7 and [12,19) = 4.
    expect(want).toEqual({ occupied: 17, available: 20, full: 17, weekly: [7, 4] });
    expect(got).toEqual(want);
  });
});
