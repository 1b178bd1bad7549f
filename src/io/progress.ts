/** Redraws at most this often (ms), so a fast run does not spend its time printing. */
const REDRAW_MS = 100;
const WIDTH = 24;

/** Where the bar is drawn: process.stderr, or a fake in tests. */
export interface ProgressTarget {
  isTTY?: boolean;
  columns?: number;
  write(s: string): unknown;
}

/**
 * A one-line progress bar (replications done / total, rate, time left) on
 * stderr, drawn only when stderr is a terminal: piped or logged output stays
 * clean. Time left is (total - done) / rate since the start.
 */
export class ProgressBar {
  private readonly on: boolean;
  private readonly started: number;
  private lastDraw = 0;
  private drawn = false;

  constructor(private total: number, private readonly target: ProgressTarget = process.stderr, private readonly now: () => number = () => performance.now()) {
    this.on = target.isTTY === true;
    this.started = now();
  }

  /** The total changed (a --precision round added replications). */
  setTotal(total: number): void {
    this.total = total;
  }

  /** Replications done so far (redrawn at most every REDRAW_MS). */
  update(done: number): void {
    if (!this.on) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && done < this.total) return;
    this.lastDraw = t;
    this.drawn = true;
    this.target.write(`\r${progressLine(done, this.total, (t - this.started) / 1000)}\x1b[K`);
  }

  /** Clears the line so the next message starts clean. */
  done(): void {
    if (this.on && this.drawn) this.target.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** The bar's text, e.g. `[#####-------] 1200/10000  850/s  10s left`. */
export function progressLine(done: number, total: number, seconds: number): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * WIDTH);
  const rate = seconds > 0 ? done / seconds : 0;
  const left = rate > 0 ? formatSeconds((total - done) / rate) : '…';
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}  ${rate.toFixed(rate < 10 ? 1 : 0)}/s  ${left} left`;
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${Math.round(s % 60)}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
