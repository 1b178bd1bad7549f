import type { Scenario } from '../../sim/scenario.js';
import { WorkerPool } from '../../workers/pool.js';

/** Runs whose thread pools a worker keeps; an older idle one is closed when a new run arrives. */
const KEPT = 2;

interface Entry {
  /** Made once even when several of the run's jobs arrive together. */
  pool: Promise<WorkerPool>;
  busy: number;
}

/**
 * A `carecap worker`'s thread pools, one per submitted run (its scenarios and
 * seed), so a run's scenarios are prepared once per thread rather than per
 * job. Several submitters may share the workers; a pool is closed only when
 * no job is using it.
 */
export class PoolCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly threads: number) {}

  /** Runs `task` on the run's pool, making the pool (from `load`) on first use. */
  async use<T>(run: string, seed: number, load: () => Promise<Scenario[]>, task: (pool: WorkerPool) => Promise<T>): Promise<T> {
    let entry = this.entries.get(run);
    if (!entry) {
      entry = { pool: load().then((scenarios) => new WorkerPool(scenarios, seed, this.threads)), busy: 0 };
      entry.pool.catch(() => this.entries.delete(run)); // a failed load is retried by the next job
      this.entries.set(run, entry);
      await this.evict(run);
    }
    entry.busy++;
    try {
      return await task(await entry.pool);
    } finally {
      entry.busy--;
    }
  }

  /** Closes every pool (the worker is stopping). */
  async close(): Promise<void> {
    await Promise.all([...this.entries.values()].map((e) => e.pool.then((p) => p.close(), () => undefined)));
    this.entries.clear();
  }

  private async evict(keep: string): Promise<void> {
    for (const [run, e] of this.entries) {
      if (this.entries.size <= KEPT) return;
      if (run === keep || e.busy > 0) continue;
      this.entries.delete(run);
      await e.pool.then((p) => p.close(), () => undefined);
    }
  }
}
