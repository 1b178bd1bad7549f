/**
 * The future event list: a binary min-heap ordered by (time, rank, sequence).
 *
 * Rank makes simultaneous events deterministic by kind (a bed released at
 * day 28 is processed before a referral at day 28: "release before admit",
 * as in simmer); the integer sequence breaks remaining ties in insertion
 * order (as SimPy's counter does). Rank and sequence are packed into one
 * double, `rank * 2^40 + seq`, exact while seq < 2^40 (about 10^12 events).
 *
 * The heap is kept as parallel arrays (times and keys in typed arrays, events
 * beside them) rather than an array of entry objects: sifting then reads
 * contiguous numbers and scheduling allocates nothing but the event itself.
 * The sift loops are written out with local array references on purpose:
 * factoring the compare-and-move into methods measured ~12% slower on the
 * engine benchmark (bench/engine-loss.ts).
 */
const RANK_SCALE = 2 ** 40;

/** Ranks of simultaneous events: lower runs first. */
export const Rank = {
  /** Places freed, episodes ended: must precede admissions at the same time. */
  release: 0,
  /** Changes of capacity (a home opening or closing) and the warm-up reset. */
  control: 1,
  /** Arrivals, referrals, births of new demand. */
  admit: 2,
} as const;

/** A calendar of events of type E. */
export class EventCalendar<E> {
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private events: (E | undefined)[] = new Array(64);
  private n = 0;
  private seq = 0;
  /** Time of the event last returned by {@link EventCalendar.pop}, in days. */
  lastTime = 0;

  /** Number of pending events. */
  get size(): number {
    return this.n;
  }

  /** Time of the next event, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? this.times[0] : Infinity;
  }

  /** Schedule `event` at time `t` (days) with a rank from {@link Rank}. */
  schedule(t: number, rank: number, event: E): void {
    if (!(t >= 0) || !Number.isFinite(t)) throw new Error(`cannot schedule an event at time ${t}`);
    if (this.n === this.times.length) this.grow();
    const key = rank * RANK_SCALE + this.seq++;
    const { times, keys, events } = this;
    let i = this.n++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent];
      if (pt < t || (pt === t && keys[parent] < key)) break;
      times[i] = pt;
      keys[i] = keys[parent];
      events[i] = events[parent];
      i = parent;
    }
    times[i] = t;
    keys[i] = key;
    events[i] = event;
  }

  /** Remove and return the next event (its time is then `lastTime`), or undefined when empty. */
  pop(): E | undefined {
    if (this.n === 0) return undefined;
    const { times, keys, events } = this;
    const top = events[0];
    this.lastTime = times[0];
    const last = --this.n;
    if (last > 0) this.siftDown(times[last], keys[last], events[last], 0);
    events[last] = undefined;
    return top;
  }

  /**
   * Drop every pending event for which `keep` is false, keeping the others in
   * the same order (their times and keys do not change, and the order of
   * (time, rank, sequence) is total, so what pops next is what would have
   * popped next). For events cancelled by an epoch or token, which would
   * otherwise wait in the heap until their time (a birthday years ahead).
   */
  retain(keep: (event: E) => boolean): void {
    const { times, keys, events } = this;
    let m = 0;
    for (let i = 0; i < this.n; i++) {
      const e = events[i] as E;
      if (!keep(e)) continue;
      times[m] = times[i];
      keys[m] = keys[i];
      events[m] = e;
      m++;
    }
    for (let i = m; i < this.n; i++) events[i] = undefined;
    this.n = m;
    // Floyd's heap construction: sift down every parent, last first.
    for (let i = (m >> 1) - 1; i >= 0; i--) this.siftDown(times[i], keys[i], events[i], i);
  }

  /** Move the entry (t, key, event) down from slot `from` (the root, after a pop) to its place. */
  private siftDown(t: number, key: number, event: E | undefined, from: number): void {
    const { times, keys, events } = this;
    const n = this.n;
    let i = from;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && keys[right] < keys[child]))) child = right;
      const ct = times[child];
      if (ct > t || (ct === t && keys[child] > key)) break;
      times[i] = ct;
      keys[i] = keys[child];
      events[i] = events[child];
      i = child;
    }
    times[i] = t;
    keys[i] = key;
    events[i] = event;
  }

  private grow(): void {
    const size = this.times.length * 2;
    const times = new Float64Array(size);
    const keys = new Float64Array(size);
    times.set(this.times);
    keys.set(this.keys);
    this.times = times;
    this.keys = keys;
    this.events.length = size;
  }
}
