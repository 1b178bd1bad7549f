import type { Scenario } from '../sim/scenario.js';
import type { ReplicationResult } from '../sim/results.js';
import { runBatch } from '../sim/run-batch.js';
import { runExperiment, type BatchRunner } from '../capacity/experiment.js';
import type { Summariser } from '../capacity/summarise.js';
import { projectReplications, replicationsNeeded, type PrecisionCheck } from '../capacity/precision.js';
import { BatchFailedError, WorkerLostError } from '../workers/index.js';

/** Figures whose interval --precision drives (total cost, spill-overs; issue 4). */
export const PRECISION_FIGURES = ['cost.total', 'spillover.count'];

/** How to run: replication counts, batches, and what to do with each result. */
export interface RoundsPlan {
  scenario: Scenario;
  seed: number;
  run: BatchRunner;
  concurrency: number;
  batchSize: number;
  /** Replications of the first (or only) round. */
  replications: number;
  /** With a target: add rounds until it is met on PRECISION_FIGURES, up to maxReplications. */
  precision?: number;
  maxReplications: number;
  summary: Summariser;
  /** Called for each replication, in order, after the summariser has it. */
  deliver: (result: ReplicationResult) => void;
  shouldStop: () => boolean;
  onProgress: (done: number, total: number) => void;
}

/** A replication that threw (or whose worker kept dying), with what re-runs it alone. */
export interface RunFailure {
  replication: number;
  seed: number;
  message: string;
}

/** How the rounds ended. */
export interface RoundsOutcome {
  /** Replications 0 .. delivered - 1 are summarised. */
  delivered: number;
  stopped: boolean;
  failure?: RunFailure;
  precision?: PrecisionCheck;
}

/**
 * Run replications in rounds and feed them, in index order, to the
 * summariser. Without --precision there is one round. With it, each round
 * ends with a check of the 95% half-widths; the next round's total is the
 * projection n (e / target)^2 (precision.ts), at least 10% more, at most
 * maxReplications. Every decision depends on figures alone, so the count
 * reached is the same for any worker count or batch size.
 */
export async function runRounds(p: RoundsPlan): Promise<RoundsOutcome> {
  let delivered = 0;
  let target = p.precision ? Math.min(p.replications, p.maxReplications) : p.replications;
  const accept = (r: ReplicationResult) => {
    p.summary.add(r);
    p.deliver(r);
    delivered = r.replication + 1;
  };
  for (;;) {
    const total = target;
    try {
      const outcome = await runExperiment(ranged(p.run), {
        from: delivered, to: total, batchSize: p.batchSize, concurrency: p.concurrency,
        shouldStop: p.shouldStop, onProgress: (done) => p.onProgress(delivered, total),
      }, (_, [r]) => accept(r));
      if (outcome.stopped) return { delivered, stopped: true, precision: check(p) };
    } catch (err) {
      const failure = await locateFailure(p, err, delivered, accept);
      return { delivered, stopped: true, failure, precision: check(p) };
    }
    const precision = check(p);
    if (!precision || precision.met || delivered >= p.maxReplications) return { delivered, stopped: false, precision };
    const projected = projectReplications(p.summary.figures(), PRECISION_FIGURES, p.precision!);
    const next = Number.isFinite(projected) ? projected : 2 * delivered;
    target = Math.min(p.maxReplications, Math.max(next, delivered + Math.ceil(delivered / 10)));
  }
}

function check(p: RoundsPlan): PrecisionCheck | undefined {
  if (!p.precision || p.summary.count === 0) return p.precision ? { target: p.precision, achieved: {}, met: false } : undefined;
  return replicationsNeeded(p.summary.figures(), PRECISION_FIGURES, p.precision);
}

/** Every runner's errors name the batch they came from, so the failing replication can be found. */
export function ranged(run: BatchRunner): BatchRunner {
  return async (from, to) => {
    try {
      return await run(from, to);
    } catch (err) {
      if (err instanceof BatchFailedError || err instanceof WorkerLostError) throw err;
      throw new BatchFailedError(from, to, (err as Error)?.message ?? String(err), (err as Error)?.stack);
    }
  };
}

/**
 * A batch failed. Replications from the last one delivered to the end of
 * that batch are re-run here one at a time; the first that throws is the
 * failure, with its exact index, and those before it are delivered (the
 * partial result holds everything that finished before the failure). If
 * none throws here, the failure is reported at the batch's first
 * replication with the worker's message and nothing from that batch is
 * kept. A worker that kept dying is reported at its batch's first
 * replication without re-running it here, where it could take the main
 * thread down too.
 */
async function locateFailure(p: RoundsPlan, err: unknown, delivered: number, accept: (r: ReplicationResult) => void): Promise<RunFailure> {
  if (err instanceof WorkerLostError) return { replication: err.from, seed: p.seed, message: err.message };
  if (!(err instanceof BatchFailedError)) throw err;
  const held: ReplicationResult[] = []; // at most one batch, from err.from on
  for (let r = delivered; r < err.to; r++) {
    let result: ReplicationResult;
    try {
      result = runBatch([p.scenario], p.seed, r, r + 1)[0][0];
    } catch (e) {
      held.forEach(accept);
      return { replication: r, seed: p.seed, message: (e as Error)?.message ?? String(e) };
    }
    if (r < err.from) accept(result);
    else held.push(result);
  }
  return { replication: err.from, seed: p.seed, message: err.modelMessage };
}
