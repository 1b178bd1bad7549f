import type { ReplicationResult } from '../../src/sim/results.js';
import { describe, expect, it } from 'vitest';
import { packResults, unpackResults } from '../../src/workers/packing.js';
import { runBatch } from '../../src/sim/run-batch.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { HUB_LOSS } from './helpers.js';

describe('packed batch results', () => {
  it('unpack to exactly what runBatch returned', () => {
    const { scenario } = loadScenario(HUB_LOSS, ['horizonYears=1']);
    const results = runBatch([scenario, scenario], 3, 5, 9);
    expect(plain(unpackResults(packResults(results)))).toEqual(results);
  });

  it('keep every double bit for bit, and empty series', () => {
    const odd = [[{ replication: 0, events: 0, values: [0.1 + 0.2, -0, 5e-324, 1.7976931348623157e308], weekly: [] }]];
    const back = unpackResults(packResults(odd));
    expect(plain(back)).toEqual(odd);
    expect(Object.is(back[0][0].values[1], -0)).toBe(true);
  });
});

/** Unpacked results are views on the buffer; as plain arrays they must equal what was packed. */
function plain(batches: ReplicationResult[][]) {
  return batches.map((b) => b.map((r) => ({ ...r, values: Array.from(r.values), weekly: r.weekly.map((w) => Array.from(w)) })));
}
