import type { Scenario } from '../sim/scenario.js';
import type { BatchRunner } from '../capacity/experiment.js';
import { inProcessRunner } from './in-process.js';
import { WorkerPool, type PoolOptions } from './pool.js';

export { BatchFailedError, BatchTimeoutError, WorkerLostError } from './errors.js';
export type { PoolOptions } from './pool.js';

/** A runner and how to release it. */
export interface RunnerHandle {
  run: BatchRunner;
  /** Batches that can usefully run at once. */
  concurrency: number;
  workers: number;
  close(): Promise<void>;
}

/** Batches in flight per worker thread: one running, one queued so no thread waits for the main thread. */
export const BATCHES_PER_WORKER = 2;

/**
 * Where replications run: `workers` threads of a piscina pool, or this
 * thread when 0. Either way every replication goes through runBatch, so the
 * results are the same; `options` are for tests (fault injection).
 */
export async function openRunner(scenarios: readonly Scenario[], seed: number, workers: number, options: PoolOptions = {}): Promise<RunnerHandle> {
  if (!Number.isSafeInteger(workers) || workers < 0) throw new RangeError(`openRunner: workers must be a whole number ≥ 0, got ${workers}`);
  if (workers === 0) return { run: inProcessRunner(scenarios, seed), concurrency: 1, workers: 0, close: async () => undefined };
  const pool = new WorkerPool(scenarios, seed, workers, options);
  return { run: pool.run, concurrency: workers * BATCHES_PER_WORKER, workers, close: () => pool.close() };
}
