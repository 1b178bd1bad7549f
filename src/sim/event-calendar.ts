/**
 * The future event list: a binary min-heap ordered by (time, rank, sequence).
 *
 * Rank makes simultaneous events deterministic by kind (a bed released at
 * day 28 is processed before a referral at day 28: "release before admit",
 * as in simmer); the integer sequence breaks remaining ties in insertion
 * order (as SimPy's counter does). Rank and sequence are packed into one
 * double, `rank * 2^40 + seq`, exact while seq < 2^40 (about 10^12 events).
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

interface Entry<E> {
  t: number;
  key: number;
  event: E;
}

/** A calendar of events of type E. */
export class EventCalendar<E> {
  private heap: Entry<E>[] = [];
  private seq = 0;

  /** Number of pending events. */
  get size(): number {
    return this.heap.length;
  }

  /** Time of the next event, or Infinity when empty. */
  peekTime(): number {
    return this.heap.length > 0 ? this.heap[0].t : Infinity;
  }

  /** Schedule `event` at time `t` (days) with a rank from {@link Rank}. */
  schedule(t: number, rank: number, event: E): void {
    if (!(t >= 0) || !Number.isFinite(t)) throw new Error(`cannot schedule an event at time ${t}`);
    const entry: Entry<E> = { t, key: rank * RANK_SCALE + this.seq++, event };
    const heap = this.heap;
    let i = heap.length;
    heap.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent];
      if (p.t < t || (p.t === t && p.key < entry.key)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  /** Remove and return the next event with its time, or undefined when empty. */
  pop(): { t: number; event: E } | undefined {
    const heap = this.heap;
    const n = heap.length;
    if (n === 0) return undefined;
    const top = heap[0];
    const last = heap.pop() as Entry<E>;
    if (n > 1) siftDown(heap, last);
    return top;
  }
}

function siftDown<E>(heap: Entry<E>[], entry: Entry<E>): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    const right = child + 1;
    if (right < n && before(heap[right], heap[child])) child = right;
    if (!before(heap[child], entry)) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = entry;
}

function before<E>(a: Entry<E>, b: Entry<E>): boolean {
  return a.t < b.t || (a.t === b.t && a.key < b.key);
}
