/**
 * Waits of one service over the reporting period, for P(wait > t)
 * (docs/results.md, Waits and occupancy distributions). One definition of a
 * wait everywhere: from joining the list (or asking, when a place was free:
 * a wait of 0) to being served, or to giving up, when the wait is censored
 * at the time given up. A child who gave up after d days waited at least d:
 * they count in "over t" for every t < d. Children still waiting at the
 * horizon are not counted, nor those who could not wait at all (no list, or
 * the list full).
 */
export class WaitTally {
  /** Waits ended (served or gave up). */
  ended = 0;
  /** Of those, the ones that gave up (censored). */
  gaveUp = 0;
  /** Waits ended that lasted more than thresholdsDays[i]. */
  readonly over: number[];

  constructor(readonly thresholdsDays: readonly number[]) {
    this.over = thresholdsDays.map(() => 0);
  }

  /** A wait of `days` ended: served, or (censored) gave up. */
  record(days: number, censored = false): void {
    this.ended += 1;
    if (censored) this.gaveUp += 1;
    this.thresholdsDays.forEach((t, i) => {
      if (days > t) this.over[i] += 1;
    });
  }
}

/** Thresholds t (days) at which P(wait > t) is reported. */
export const WAIT_THRESHOLDS_DAYS = [7, 28, 91] as const;
