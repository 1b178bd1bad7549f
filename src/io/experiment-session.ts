import type { Scenario } from '../sim/scenario.js';
import type { ReplicationResult } from '../sim/results.js';
import { runExperiment, type ExperimentOutcome } from '../capacity/experiment.js';
import { openRunnerOrQueue } from './queue/open-runner.js';

/**
 * Runs replications [from, to) of several scenarios with one seed (common
 * random numbers) on a runner opened for them, delivering every
 * replication's results in index order, and closes the runner whatever
 * happens. Ctrl-C stops dispatching; what finished is kept (partial).
 * With `queue` (a Redis URL) the batches run as jobs on `carecap worker`s.
 */
export async function runScenarios(
  scenarios: readonly Scenario[], seed: number, workers: number, from: number, to: number,
  deliver: (replication: number, results: ReplicationResult[]) => void,
  queue?: string,
): Promise<ExperimentOutcome & { workers: number }> {
  const handle = await openRunnerOrQueue(scenarios, seed, workers, queue);
  let stop = false;
  const onSigint = () => { stop = true; };
  process.once('SIGINT', onSigint);
  try {
    // Batches small enough to keep every worker busy, large enough to amortise a message.
    const batchSize = Math.max(1, Math.min(25, Math.ceil((to - from) / (4 * Math.max(1, handle.concurrency)))));
    const outcome = await runExperiment(handle.run, { from, to, batchSize, concurrency: handle.concurrency, shouldStop: () => stop }, deliver);
    // Short without Ctrl-C means a runner returned fewer results than asked: never pass that off as partial.
    if (outcome.stopped && !stop) throw new Error(`replications ${from}..${to}: the runner delivered ${outcome.delivered} of ${to - from}`);
    return { ...outcome, workers: handle.workers };
  } finally {
    process.removeListener('SIGINT', onSigint);
    await handle.close();
  }
}
