/** Redraws at most this often (ms), so a fast run does not spend its time printing. */
const REDRAW_MS = 100;
const WIDTH = 24;
/** No time-left estimate until results have flowed this long: the first ones include pool start-up. */
const SETTLE_MS = 500;

/** Where the bar is drawn: process.stderr, or a fake in tests. */
export interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/**
 * A one-line progress bar (replications done / total, rate, time left) on
 * stderr, drawn only when stderr is a terminal: piped or logged output stays
 * clean. The rate is measured from the first finished replication, not from
 * the start, so worker start-up does not inflate the first estimate (a
 * 3-second run once began by promising 32 minutes).
 */
export class ProgressBar {
  private readonly on: boolean;
  private lastDraw = 0;
  private drawn = false;
  private first: { t: number; done: number } | undefined;

  constructor(private total: number, private readonly target: ProgressTarget = process.stderr, private readonly now: () => number = () => performance.now(), private readonly label = '') {
    this.on = target.isTTY === true;
  }

  /** The total changed (a --precision round added replications). */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Replications done so far (redrawn at most every REDRAW_MS). */
  update(done: number): void {
    if (!this.on) return;
    const t = this.now();
    if (done > 0 && !this.first) this.first = { t, done };
    if (t - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = t;
    this.drawn = true;
    const since = this.first && t - this.first.t >= SETTLE_MS ? { done: done - this.first.done, seconds: (t - this.first.t) / 1000 } : undefined;
    const line = `${this.label}${progressLine(done, this.total, since)}`;
    this.target.write(`\r${line.slice(0, Math.max(20, (this.target.columns ?? 100) - 1))}\x1b[K`);
  }

  /** Clears the line so the next message starts clean. */
  done(): void {
    if (this.on && this.drawn) this.target.write('\r\x1b[K');
    this.drawn = false;
  }
}

/**
 * The bar's text, e.g. `[#####-------] 1200/10000  850/s  10s left`; the
 * rate is `since.done` replications in `since.seconds`, and until it is
 * known the time left reads "estimating".
 */
export function progressLine(done: number, total: number, since?: { done: number; seconds: number }): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * WIDTH);
  const rate = since && since.seconds > 0 && since.done > 0 ? since.done / since.seconds : 0;
  const left = rate > 0 ? `${formatSeconds((total - done) / rate)} left` : 'estimating time left';
  const rateText = rate > 0 ? `  ${rate.toFixed(rate < 10 ? 1 : 0)}/s` : '';
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}${rateText}  ${left}`;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
