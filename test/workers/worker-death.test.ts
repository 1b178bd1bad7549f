import { describe, expect, it } from 'vitest';
import { figuresOf, runJson } from './helpers.js';
import { openRunner, WorkerLostError } from '../../src/workers/index.js';
import { loadScenario } from '../../src/io/load-scenario.js';
import { HUB_LOSS } from './helpers.js';
import { WorkerPool } from '../../src/workers/pool.js';
import { inProcessRunner } from '../../src/workers/in-process.js';

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

  it('really loses a thread to the injected fault, and the retried batch gives the in-process results', async () => {
    const { scenario } = loadScenario(HUB_LOSS, ['horizonYears=1']);
    const pool = new WorkerPool([scenario], 1, 2, { exitOnceOnBatch: 4 });
    const piscina = pool['piscina'];
    let lost = 0;
    piscina.on('workerDestroy', () => lost++);
    try {
      const batches = await Promise.all([0, 2, 4, 6].map((from) => pool.run(from, from + 2)));
      expect(lost).toBe(1); // without the fault no thread is destroyed before close()
      const reference = await Promise.all([0, 2, 4, 6].map((from) => inProcessRunner([scenario], 1)(from, from + 2)));
      expect(batches.map((b) => b[0].map((r) => [r.replication, Array.from(r.values)]))).toEqual(reference.map((b) => b[0].map((r) => [r.replication, Array.from(r.values)])));
    } finally {
      await pool.close();
    }
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
