import type { Scenario } from '../../sim/scenario.js';
import { openRunner, type PoolOptions, type RunnerHandle } from '../../workers/index.js';

/** Batches are sized for a queue as if for this many threads (run.ts), and at most QUEUE_BATCH_MAX replications. */
export const QUEUE_BATCH_WORKERS = 8;

/** Most replications in a queued job of `run`: 16 jobs in flight then hold at most ~55 MB of default-scenario results in Redis. */
export const QUEUE_BATCH_MAX = 100;

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
