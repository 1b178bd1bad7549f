import type { Scenario } from '../sim/scenario.js';
import type { ReplicationResult } from '../sim/results.js';
import { runReplication } from '../sim/run-replication.js';
import { runExperiment, type ExperimentOutcome } from '../capacity/experiment.js';
import { BatchFailedError, WorkerLostError } from '../workers/index.js';
import { openRunnerOrQueue } from './queue/open-runner.js';
import { Interrupt } from './interrupt.js';
import { StagedFolder } from './result-folder.js';
import { ModelFailure } from './command-failure.js';

/** What a command body gets: its output folder (opened and locked up front) and the signal policy in force. */
export interface CommandSession {
  folder?: StagedFolder;
  interrupt: Interrupt;
}

/**
 * Runs the body of `compare` or `size` under the one output mechanism and
 * the one signal policy: the output folder is locked before any work, and a
 * signal makes the command end with 130 (143 after SIGTERM) whatever the
 * body returns. Whatever happens, the staging folder goes and the lock is
 * released (both are no-ops after a publish).
 */
export async function withSession(out: string | undefined, body: (s: CommandSession) => Promise<number>): Promise<number> {
  const folder = out ? StagedFolder.open(out) : undefined;
  const interrupt = new Interrupt(() => folder?.abandon());
  try {
    const status = await body({ folder, interrupt });
    return interrupt.requested ? interrupt.exitStatus : status;
  } finally {
    interrupt.dispose();
    folder?.abandon();
  }
}

/** How to re-run replication r of scenario i alone (the command line a user types). */
export type Rerun = (scenario: number, replication: number, seed: number) => string;
import { ProgressBar } from './progress.js';
import { ranged } from './run-rounds.js';

/**
 * Runs replications [from, to) of several scenarios with one seed (common
 * random numbers) on a runner opened for them, delivering every
 * replication's results in index order, and closes the runner whatever
 * happens. A signal stops dispatching; what finished is kept (partial). A
 * model failure becomes a ModelFailure naming the replication and scenario.
 * With `queue` (a Redis URL) the batches run as jobs on `carecap worker`s.
 */
export async function runScenarios(
  scenarios: readonly Scenario[], seed: number, workers: number, from: number, to: number,
  deliver: (replication: number, results: ReplicationResult[]) => void, rerun?: Rerun, queue?: string,
): Promise<ExperimentOutcome & { workers: number }> {
  const handle = await openRunnerOrQueue(scenarios, seed, workers, queue);
  // A bar per call: compare makes one, each round of size one more (stderr, terminals only).
  const bar = new ProgressBar(to - from, process.stderr, undefined, `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}, replications ${from + 1}–${to} `);
  let done = 0;
  const counted = (replication: number, results: ReplicationResult[]) => {
    deliver(replication, results);
    bar.update(++done);
  };
  const own = Interrupt.current ? undefined : new Interrupt();
  const interrupt = (Interrupt.current ?? own)!;
  try {
    // Batches small enough to keep every worker busy, large enough to amortise a message.
    const batchSize = Math.max(1, Math.min(25, Math.ceil((to - from) / (4 * Math.max(1, handle.concurrency)))));
    const outcome = await runExperiment(ranged(handle.run), { from, to, batchSize, concurrency: handle.concurrency, shouldStop: () => interrupt.requested }, counted)
      .catch((err: unknown) => { throw locate(err, scenarios, seed, rerun); });
    // Short without a signal means a runner returned fewer results than asked: never pass that off as partial.
    if (outcome.stopped && !interrupt.requested) throw new Error(`replications ${from}..${to}: the runner delivered ${outcome.delivered} of ${to - from}`);
    return { ...outcome, workers: handle.workers };
  } finally {
    bar.done();
    own?.dispose();
    await handle.close();
  }
}

/** A failed batch as a ModelFailure: each replication of the batch is re-run here, scenario by scenario, to name the first that fails. */
function locate(err: unknown, scenarios: readonly Scenario[], seed: number, rerun: Rerun = defaultRerun): unknown {
  if (err instanceof WorkerLostError) return new ModelFailure(err.from, seed, err.message, rerun(0, err.from, seed));
  if (!(err instanceof BatchFailedError)) return err;
  for (let r = err.from; r < err.to; r++) {
    for (let i = 0; i < scenarios.length; i++) {
      try {
        runReplication(scenarios[i], seed, r);
      } catch (e) {
        return new ModelFailure(r, seed, (e as Error)?.message ?? String(e), rerun(i, r, seed));
      }
    }
  }
  return new ModelFailure(err.from, seed, err.modelMessage, rerun(0, err.from, seed));
}

/** For a command that names no scenario file of its own (every command passes its own rerun; this is a fallback). */
const defaultRerun: Rerun = (_, replication, seed) => `carecap run <scenario file> --seed ${seed} --replication ${replication}`;

export { rerunCommand } from './rerun-command.js';
