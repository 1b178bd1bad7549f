import { LevelTime } from './level-time.js';

/**
 * A time-weighted monitor of how many places are in use: the integral of
 * occupancy and of capacity over time, the time spent full, and weekly means.
 *
 * It only accumulates from its origin (the end of the warm-up, set by
 * {@link OccupancyMonitor.reset}); `close` integrates up to the horizon.
 * Weekly buckets are counted from the origin in whole weeks of 7 days.
 */
export class OccupancyMonitor {
  private level = 0;
  private cap: number;
  private lastT = 0;
  private origin = 0;
  /** ∫ occupancy dt over the reporting period, in place-days. */
  occupiedDays = 0;
  /** ∫ capacity dt over the reporting period, in place-days. */
  availableDays = 0;
  /** Time with no room (occupancy ≥ capacity, including capacity 0), in days. */
  fullDays = 0;
  /** Occupancy integral per reporting week, in place-days. */
  readonly weekly: Float64Array;
  /** Days at each occupancy level (P(N = j)). */
  readonly levels = new LevelTime();

  constructor(capacity: number, weeks: number) {
    this.cap = capacity;
    this.weekly = new Float64Array(weeks);
  }

  /** Current number of places in use. */
  get current(): number {
    return this.level;
  }

  /** Current capacity in places. */
  get capacity(): number {
    return this.cap;
  }

  /** Changes of occupancy recorded so far (never reset): lets a caller see cheaply that nothing moved. */
  changes = 0;

  /** Record a change of occupancy by `delta` places at time `t`. */
  add(t: number, delta: number): void {
    this.advance(t);
    this.level += delta;
    this.changes++;
  }

  /** Record a change of capacity to `capacity` places at time `t`. */
  setCapacity(t: number, capacity: number): void {
    this.advance(t);
    this.cap = capacity;
  }

  /** Discard everything accumulated so far: the warm-up ends at `t`. */
  reset(t: number): void {
    this.advance(t);
    this.origin = t;
    this.occupiedDays = 0;
    this.availableDays = 0;
    this.fullDays = 0;
    this.weekly.fill(0);
    this.levels.clear();
  }

  /** Integrate up to the horizon `t`. */
  close(t: number): void {
    this.advance(t);
  }

  private advance(t: number): void {
    const from = this.lastT;
    this.lastT = t;
    if (t <= this.origin || t <= from) return;
    const start = from > this.origin ? from : this.origin;
    const dt = t - start;
    this.occupiedDays += this.level * dt;
    this.availableDays += this.cap * dt;
    // No room: full, or no places open (a service with no places turns every request away).
    if (this.level >= this.cap) this.fullDays += dt;
    this.levels.add(this.level, dt);
    if (this.level !== 0) this.spreadWeekly(start, t);
  }

  private spreadWeekly(from: number, to: number): void {
    const weeks = this.weekly.length;
    let week = Math.floor((from - this.origin) / 7);
    let t = from;
    while (t < to && week < weeks) {
      const weekEnd = this.origin + (week + 1) * 7;
      const until = to < weekEnd ? to : weekEnd;
      this.weekly[week] += this.level * (until - t);
      t = until;
      week++;
    }
  }
}
