import seedrandom from 'seedrandom';

/**
 * The yardstick for `loss-3` and `loss-3000`: a minimal event loop written
 * by hand for one model only, an M/M/c/c loss system (Poisson arrivals,
 * exponential stays, no queue), as someone would write it without carecap.
 * The next arrival is one number; departures sit in a binary min-heap of
 * times in a Float64Array. One seedrandom Alea stream per replication, as
 * carecap's purpose streams. Events counted: arrivals and departures.
 */
export interface LossCase {
  beds: number;
  arrivalsPerDay: number;
  meanStayDays: number;
  horizonDays: number;
}

export function runHandLoop(c: LossCase, replications: number, seed: number): { events: number; blocking: number } {
  const heap = new Float64Array(c.beds + 1);
  let events = 0;
  let offered = 0;
  let blocked = 0;
  for (let r = 0; r < replications; r++) {
    const u = seedrandom.alea(`hand-loop/${seed}/${r}`);
    const exp = (mean: number) => -mean * Math.log(1 - u());
    let n = 0;
    let nextArrival = exp(1 / c.arrivalsPerDay);
    for (;;) {
      const departs = n > 0 && heap[0] <= nextArrival;
      const t = departs ? heap[0] : nextArrival;
      if (t > c.horizonDays) break;
      events++;
      if (departs) {
        n = popMin(heap, n);
        continue;
      }
      offered++;
      nextArrival = t + exp(1 / c.arrivalsPerDay);
      if (n < c.beds) n = push(heap, n, t + exp(c.meanStayDays));
      else blocked++;
    }
  }
  return { events, blocking: blocked / offered };
}

function push(heap: Float64Array, n: number, t: number): number {
  let i = n;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent] <= t) break;
    heap[i] = heap[parent];
    i = parent;
  }
  heap[i] = t;
  return n + 1;
}

function popMin(heap: Float64Array, n: number): number {
  const last = heap[--n];
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && heap[child + 1] < heap[child]) child++;
    if (heap[child] >= last) break;
    heap[i] = heap[child];
    i = child;
  }
  heap[i] = last;
  return n;
}
