import type { ReplicationResult } from '../sim/results.js';

/**
 * Runs replications [from, to) of every scenario of an experiment and
 * resolves with one array per scenario, in replication order. Where it runs
 * (in this thread or a worker pool) is the runner's business.
 */
export type BatchRunner = (from: number, to: number) => Promise<ReplicationResult[][]>;

/** How to spread an experiment's replications over batches. */
export interface ExperimentPlan {
  from: number;
  to: number;
  batchSize: number;
  /** Batches in flight at once (the pool's size; 1 in-process). */
  concurrency: number;
  /** Checked before each new batch is dispatched: true stops dispatching (Ctrl-C). */
  shouldStop?: () => boolean;
  /** Called after each delivered replication with how many are done. */
  onProgress?: (done: number) => void;
}

/** How an experiment ended. */
export interface ExperimentOutcome {
  /** Replications delivered, all of them contiguous from `from`. */
  delivered: number;
  stopped: boolean;
}

/**
 * Dispatch batches and deliver each replication's results (one per scenario)
 * strictly in index order, whatever order batches finish in, so summaries
 * are identical for any worker count or batch size. Out-of-order batches wait
 * in a buffer bounded by the concurrency. A batch that rejects rejects the
 * whole experiment after the batches in flight have settled.
 */
export async function runExperiment(
  run: BatchRunner,
  plan: ExperimentPlan,
  deliver: (replication: number, results: ReplicationResult[]) => void,
): Promise<ExperimentOutcome> {
  const { from, to } = plan;
  const size = Math.max(1, Math.floor(plan.batchSize));
  const ready = new Map<number, ReplicationResult[][]>();
  let nextStart = from;
  let nextDeliver = from;
  let stopped = false;
  let failure: unknown = null;

  const flush = () => {
    for (let batch = ready.get(nextDeliver); batch; batch = ready.get(nextDeliver)) {
      ready.delete(nextDeliver);
      const count = batch[0]?.length ?? 0;
      for (let k = 0; k < count; k++) {
        deliver(nextDeliver + k, batch.map((perScenario) => perScenario[k]));
        plan.onProgress?.(nextDeliver + k + 1 - from);
      }
      nextDeliver += count;
    }
  };

  const worker = async () => {
    for (;;) {
      if (failure !== null) return;
      // Nothing left to dispatch: a stop asked for now (Ctrl-C during the last batch) loses nothing,
      // so the run is complete, not "stopped" (it was reported as partial with every replication in).
      if (nextStart >= to) return;
      if (plan.shouldStop?.()) {
        stopped = true;
        return;
      }
      const start = nextStart;
      const end = Math.min(to, start + size);
      nextStart = end;
      try {
        ready.set(start, await run(start, end));
        flush();
      } catch (err) {
        failure ??= err;
        return;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.concurrency) }, worker));
  if (failure !== null) throw failure;
  return { delivered: nextDeliver - from, stopped: stopped || nextDeliver < to };
}
