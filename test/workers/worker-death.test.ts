import { describe, expect, it } from 'vitest';
import { figuresOf, runJson } from './helpers.js';
import { openRunner, WorkerLostError } from '../../src/workers/index.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { HUB_LOSS } from './helpers.js';

// The fault is injected through the pool's test-only option exitOnceOnBatch:
// the first attempt at that batch calls process.exit(1) inside its worker
// thread. The model never sees it.
describe('a worker thread that dies', () => {
  it('is replaced, its batch retried, and the figures do not change', async () => {
    const reference = await runJson({ workers: 0 });
    const killed = await runJson({ workers: 2, batchSize: 5, pool: { exitOnceOnBatch: 15 } });
    expect(killed.code).toBe(0);
    expect(killed.doc.provenance.partial).toBe(false);
    expect(killed.doc.failures).toEqual([]);
    expect(figuresOf(killed.doc)).toEqual(figuresOf(reference.doc));
  });

  it('gives up on a batch when its retries are used up', async () => {
    const { scenario } = loadScenario(HUB_LOSS, ['horizonYears=1']);
    const handle = await openRunner([scenario], 1, 1, { exitOnceOnBatch: 0, retries: 0 });
    try {
      await expect(handle.run(0, 2)).rejects.toBeInstanceOf(WorkerLostError);
      // The replacement thread runs the next batch normally.
      const [results] = await handle.run(2, 4);
      expect(results.map((r) => r.replication)).toEqual([2, 3]);
    } finally {
      await handle.close();
    }
  });
});
