/**
 * Time spent at each occupancy level (places in use), for the distribution
 * P(N = j) of a service (docs/results.md). Fed by OccupancyMonitor with the
 * level held over each interval of the reporting period.
 */
export class LevelTime {
  private days: number[] = [];

  /** `dt` days spent with `level` places in use. */
  add(level: number, dt: number): void {
    const j = Math.max(0, Math.round(level));
    while (this.days.length <= j) this.days.push(0);
    this.days[j] += dt;
  }

  /** Days at exactly `j` places in use. */
  at(j: number): number {
    return this.days[j] ?? 0;
  }

  /** Days at `j` or more places in use. */
  atLeast(j: number): number {
    let s = 0;
    for (let k = j; k < this.days.length; k++) s += this.days[k];
    return s;
  }

  clear(): void {
    this.days = [];
  }
}
