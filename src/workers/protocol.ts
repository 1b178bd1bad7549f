import type { Scenario } from '../sim/scenario.js';

/**
 * Plain data crossing between the pool (main thread) and a worker thread.
 * Scenarios travel once per worker: a task names them by `key`, and carries
 * them only when the worker has said it does not hold that key yet.
 */

/** One batch: replications [from, to) of the scenarios named by `key`, with one seed. */
export interface BatchTask {
  key: string;
  seed: number;
  from: number;
  to: number;
  /** Present on the first task a worker sees for `key` (or after it asked). */
  scenarios?: Scenario[];
  /**
   * Test-only fault injection: the worker thread calls process.exit(1)
   * before running. The pool sets it on one attempt of one batch when a
   * test asks (PoolOptions.exitOnceOnBatch); the model never sees it.
   */
  exitBeforeRunning?: boolean;
  /** Test-only: the worker thread spins for ever (a hung worker), so the pool's batch timeout is seen to work. */
  hangBeforeRunning?: boolean;
}

/** A worker's answer: results, a request for the scenarios, or the model's error as data. */
export type BatchReply =
  /** Results packed by packResults (packing.ts); the buffer is transferred, not copied. */
  | { kind: 'done'; packed: Float64Array }
  | { kind: 'needScenarios' }
  | { kind: 'failed'; message: string; stack?: string };
