import { randomUUID } from 'node:crypto';
import { Piscina } from 'piscina';
import type { Scenario } from '../sim/scenario.js';
import type { ReplicationResult } from '../sim/results.js';
import type { BatchRunner } from '../capacity/experiment.js';
import type { BatchReply, BatchTask } from './protocol.js';
import { BatchFailedError, BatchTimeoutError, isOutOfMemory, WorkerLostError } from './errors.js';
import { workerFile } from './worker-file.js';
import { unpackResults } from './packing.js';

/** Options of a worker pool. */
export interface PoolOptions {
  /** Retries of a batch whose worker thread died (default 2: three attempts in all). */
  retries?: number;
  /** Test-only: the first attempt at the batch starting at this replication kills its worker thread. */
  exitOnceOnBatch?: number;
  /** Test-only: the batch starting at this replication never finishes (a hung worker). */
  hangOnBatch?: number;
  /** Most time one batch may take, queueing included, before its thread is stopped (default BATCH_TIMEOUT_MS). */
  batchTimeoutMs?: number;
}

/** Default time limit of a batch: 10 minutes, about 100 times what a default batch of 25 takes on one core. */
export const BATCH_TIMEOUT_MS = 10 * 60 * 1000;
/** Heap a worker thread may use before V8 stops it (the cap in --workers assumes this much per thread). */
export const WORKER_HEAP_MIB = 1024;

/** A piscina pool running batches of replications; results are plain data keyed by replication. */
export class WorkerPool {
  private readonly piscina: Piscina<BatchTask, BatchReply>;
  private readonly key = randomUUID();
  private faultUsed = false;

  constructor(private readonly scenarios: readonly Scenario[], private readonly seed: number, readonly workers: number, private readonly options: PoolOptions = {}) {
    if (!Number.isSafeInteger(workers) || workers < 1) throw new RangeError(`worker pool: workers must be a whole number ≥ 1, got ${workers}`);
    // One task at a time per thread; the experiment keeps two per thread in
    // flight so a thread never idles while its next batch crosses over.
    this.piscina = new Piscina({
      filename: workerFile(), minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 1, idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MIB }, // a runaway thread dies alone, reported, instead of the process
    });
  }

  /** The runner handed to runExperiment. */
  readonly run: BatchRunner = async (from, to) => {
    const retries = this.options.retries ?? 2;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.attempt(from, to);
      } catch (err) {
        if (err instanceof BatchFailedError) throw err;
        if ((err as Error)?.name === 'AbortError') throw new BatchTimeoutError(from, to, this.timeoutMs);
        if (isOutOfMemory(err)) throw new WorkerLostError(from, to, attempt, err); // it would only run out again
        // Anything else is the thread dying (process.exit, a crash): piscina
        // starts a replacement, and the batch is simply run again there.
        if (attempt > retries) throw new WorkerLostError(from, to, attempt, err);
      }
    }
  };

  private async attempt(from: number, to: number): Promise<ReplicationResult[][]> {
    const task: BatchTask = { key: this.key, seed: this.seed, from, to };
    if (this.options.exitOnceOnBatch === from && !this.faultUsed) {
      this.faultUsed = true;
      task.exitBeforeRunning = true;
    }
    if (this.options.hangOnBatch === from) task.hangBeforeRunning = true;
    const signal = AbortSignal.timeout(this.timeoutMs);
    let reply = await this.piscina.run(task, { signal });
    // A thread that has not seen this pool's scenarios yet (a new or replacement thread) asks once.
    if (reply.kind === 'needScenarios') reply = await this.piscina.run({ ...task, scenarios: [...this.scenarios] }, { signal });
    switch (reply.kind) {
      case 'done':
        return unpackResults(reply.packed);
      case 'failed':
        throw new BatchFailedError(from, to, reply.message, reply.stack);
      case 'needScenarios':
        throw new Error('worker pool: a worker asked for scenarios it was just sent');
    }
  }

  private get timeoutMs(): number {
    return this.options.batchTimeoutMs ?? BATCH_TIMEOUT_MS;
  }

  /** Stops the threads (in-flight tasks are abandoned). */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
