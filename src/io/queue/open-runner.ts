import type { Scenario } from '../../sim/scenario.js';
import { openRunner, type PoolOptions, type RunnerHandle } from '../../workers/index.js';

/** Batches are sized for a queue as if for this many threads (run.ts): jobs of up to 200 replications. */
export const QUEUE_BATCH_WORKERS = 8;

/**
 * The local worker pool, or with `queue` (a Redis URL) the BullMQ queue of
 * `carecap worker`s. The queue's code (BullMQ, ioredis) is imported only
 * here and only then, so a run without --queue never loads it.
 */
export async function openRunnerOrQueue(scenarios: readonly Scenario[], seed: number, workers: number, queue?: string, pool?: PoolOptions): Promise<RunnerHandle> {
  if (!queue) return openRunner(scenarios, seed, workers, pool);
  const { openQueueRunner } = await import('./submitter.js');
  return openQueueRunner(scenarios, seed, queue);
}
