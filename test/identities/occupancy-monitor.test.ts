import { describe, expect, it } from 'vitest';
import { OccupancyMonitor } from '../../src/sim/occupancy-monitor.js';

/**
 * The monitor against integrals worked by hand. Capacity 2; the warm-up ends at t = 10; the
 * period has 3 weeks (21 days, to t = 31).
 *   t  0: 1 in use      (warm-up: not counted)
 *   t  5: 2 in use      (full, still warm-up)
 *   t 10: warm-up ends  (2 in use, full)
 *   t 13: 1 in use
 *   t 20: capacity 3    (a place opens)
 *   t 24: 3 in use      (full again)
 *   t 31: horizon
 */
describe('OccupancyMonitor, by hand', () => {
  const m = new OccupancyMonitor(2, 3);
  m.add(0, 1);
  m.add(5, 1);
  m.reset(10);
  m.add(13, -1);
  m.setCapacity(20, 3);
  m.add(24, 2);
  m.close(31);

  it('integrates occupancy and capacity from the end of the warm-up', () => {
    // 2 × 3 (10-13) + 1 × 11 (13-24) + 3 × 7 (24-31) = 6 + 11 + 21 = 38
    expect(m.occupiedDays).toBe(38);
    // 2 × 10 (10-20) + 3 × 11 (20-31) = 53
    expect(m.availableDays).toBe(53);
  });

  it('counts time full only when occupancy reaches capacity', () => {
    // 10-13 (2 of 2) and 24-31 (3 of 3)
    expect(m.fullDays).toBe(10);
  });

  it('spreads occupancy into weeks counted from the end of the warm-up', () => {
    // Week 0 (10-17): 2 × 3 + 1 × 4 = 10; week 1 (17-24): 7; week 2 (24-31): 21.
    expect(Array.from(m.weekly)).toEqual([10, 7, 21]);
  });

  it('reports its current level and capacity', () => {
    expect(m.current).toBe(3);
    expect(m.capacity).toBe(3);
  });

  it('counts time with no places open as full (docs/model.md: a service with no places turns every request away)', () => {
    const closed = new OccupancyMonitor(0, 1);
    closed.close(7);
    expect(closed.fullDays).toBe(7);
    expect(closed.availableDays).toBe(0);
  });

  it('ignores time before the warm-up ends even when nothing changes at the reset', () => {
    const w = new OccupancyMonitor(1, 2);
    w.add(3, 1);
    w.reset(7);
    w.close(14);
    expect([w.occupiedDays, w.fullDays, ...w.weekly]).toEqual([7, 7, 7, 0]);
  });
});
