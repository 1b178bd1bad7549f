import type { MetricCatalogue, ReplicationResult } from '../../src/sim/results.js';
import { SizingSearch, runSizingSearch, type SizingOptions } from '../../src/capacity/sizing.js';
import { sizingOutcome, type SizingOutcome } from '../../src/capacity/sizing-outcome.js';
import { exponential, mulberry32 } from './random-source.js';

/**
 * A cheap sizing problem with a known answer: an M/M/c/c loss system
 * (Erlang B) where each server costs `bedCost` per unit time and each lost
 * customer `lossCost`. Mean cost of c servers over T: c·bedCost·T +
 * λ·T·B(c, λ)·lossCost, exactly. Every configuration of one replication sees
 * the same arrivals and service times (common random numbers).
 */

export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

export const CATALOGUE: MetricCatalogue = {
  scalars: [
    { id: 'cost.total', label: 'Cost', unit: 'GBP', group: 'cost' },
    { id: 'spillover.count', label: 'Lost', unit: 'count', group: 'spillover' },
    { id: 'spillover.localRequests', label: 'Requests', unit: 'count', group: 'spillover' },
    { id: 'spillover.share', label: 'Share lost', unit: 'share', group: 'spillover', ratio: { numerator: 'spillover.count', denominator: 'spillover.localRequests' } },
  ],
  series: [],
  weekStarts: [],
};

export interface Problem {
  erlangs: number;
  horizon: number;
  bedCost: number;
  lossCost: number;
  servers: number[];
}

/** One replication of every configuration (same arrivals and services). */
export function replicate(p: Problem, seed: number, replication: number): ReplicationResult[] {
  const rng = mulberry32((seed * 1000003 + replication * 7919) | 0);
  const arrivals: [number, number][] = [];
  for (let t = exponential(rng, 1 / p.erlangs); t < p.horizon; t += exponential(rng, 1 / p.erlangs)) arrivals.push([t, exponential(rng, 1)]);
  return p.servers.map((c) => {
    const busy: number[] = [];
    let lost = 0;
    for (const [t, s] of arrivals) {
      for (let i = busy.length - 1; i >= 0; i--) if (busy[i] <= t) busy.splice(i, 1);
      if (busy.length < c) busy.push(t + s);
      else lost += 1;
    }
    const n = arrivals.length;
    return { replication, events: n, values: [c * p.bedCost * p.horizon + lost * p.lossCost, lost, n, n ? lost / n : 0], weekly: [] };
  });
}

/** Mean cost of c servers, exactly. */
export function meanCost(p: Problem, c: number): number {
  return c * p.bedCost * p.horizon + p.erlangs * p.horizon * erlangB(c, p.erlangs) * p.lossCost;
}

/** One sizing search on the problem with a seed, run in this thread. */
export async function searchOnce(p: Problem, seed: number, options: Partial<SizingOptions>): Promise<{ search: SizingSearch; outcome: SizingOutcome }> {
  const search = new SizingSearch(p.servers.map(() => CATALOGUE), {
    objective: 'cost.total', target: { figure: 'spillover.share', value: 0.1 }, keyFigures: [], confidence: 0.95,
    initialReplications: 10, maxReplications: 2000, ...options,
  });
  await runSizingSearch(search, async (configs, from, to, deliver) => {
    for (let r = from; r < to; r++) {
      const all = replicate(p, seed, r);
      configs.forEach((k) => deliver(k, all[k]));
    }
    return { stopped: false };
  });
  return { search, outcome: sizingOutcome(search, false, p.servers) };
}
