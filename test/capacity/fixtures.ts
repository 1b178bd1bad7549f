import type { MetricCatalogue, ReplicationResult } from '../../src/sim/results.js';
import { exponential, mulberry32 } from './random-source.js';

/** A small catalogue: two figures, one series over three weeks. */
export const CATALOGUE: MetricCatalogue = {
  scalars: [
    { id: 'hub.utilisation', label: 'Hub utilisation', unit: 'share', group: 'hub' },
    { id: 'cost.external', label: 'External cost', unit: 'GBP', group: 'cost' },
  ],
  series: [{ id: 'hub.occupancy', label: 'Hub occupancy', unit: 'children', capacity: [4, 4, 5] }],
  weekStarts: ['2026-04-06', '2026-04-13', '2026-04-20'],
};

/** Deterministic fake replication results for CATALOGUE. */
export function fakeResults(count: number, seed = 1): ReplicationResult[] {
  const source = mulberry32(seed);
  return Array.from({ length: count }, (_, replication) => ({
    replication,
    events: 100,
    values: [source(), 1e6 + exponential(source, 5e4)],
    weekly: [[0, 1, 2].map((w) => w + 4 * source())],
  }));
}
