import type { Scenario } from '../sim/scenario.js';
import type { ReplicationResult } from '../sim/results.js';
import { runExperiment, type ExperimentOutcome } from '../capacity/experiment.js';
import { openRunner } from '../workers/index.js';
import { ProgressBar } from './progress.js';

/**
 * Runs replications [from, to) of several scenarios with one seed (common
 * random numbers) on a runner opened for them, delivering every
 * replication's results in index order, and closes the runner whatever
 * happens. Ctrl-C stops dispatching; what finished is kept (partial).
 */
export async function runScenarios(
  scenarios: readonly Scenario[], seed: number, workers: number, from: number, to: number,
  deliver: (replication: number, results: ReplicationResult[]) => void,
): Promise<ExperimentOutcome & { workers: number }> {
  const handle = await openRunner(scenarios, seed, workers);
  // A bar per call: compare makes one, each round of size one more (stderr, terminals only).
  const bar = new ProgressBar(to - from, process.stderr, undefined, `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}, replications ${from + 1}–${to} `);
  let done = 0;
  const counted = (replication: number, results: ReplicationResult[]) => {
    deliver(replication, results);
    bar.update(++done);
  };
  let stop = false;
  const onSigint = () => { stop = true; };
  process.once('SIGINT', onSigint);
  try {
    // Batches small enough to keep every worker busy, large enough to amortise a message.
    const batchSize = Math.max(1, Math.min(25, Math.ceil((to - from) / (4 * Math.max(1, handle.concurrency)))));
    const outcome = await runExperiment(handle.run, { from, to, batchSize, concurrency: handle.concurrency, shouldStop: () => stop }, counted);
    // Short without Ctrl-C means a runner returned fewer results than asked: never pass that off as partial.
    if (outcome.stopped && !stop) throw new Error(`replications ${from}..${to}: the runner delivered ${outcome.delivered} of ${to - from}`);
    return { ...outcome, workers: handle.workers };
  } finally {
    bar.done();
    process.removeListener('SIGINT', onSigint);
    await handle.close();
  }
}
