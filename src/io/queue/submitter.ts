import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import type { Scenario } from '../../sim/scenario.js';
import type { ReplicationResult } from '../../sim/results.js';
import { BatchFailedError, type RunnerHandle } from '../../workers/index.js';
import { bullConnection, probeRedis, redisConnection } from './connect.js';
import { cancelKey, decodeResults, MODEL_FAILURE, QUEUE_NAME, resultKey, scenariosKey, TTL_SECONDS, type QueueJobData, type QueueJobReturn } from './protocol.js';

/** Jobs in Redis at once per submitter: enough to keep many workers busy, few enough that out-of-order results stay small. */
export const JOBS_IN_FLIGHT = 16;

/** Attempts at a job that fails for a reason other than the model (a worker's thread pool giving up). */
const ATTEMPTS = 3;

/** Seconds between checks of the jobs in flight, in case a completion event was missed. */
const POLL_MS = 1000;

interface Pending {
  from: number;
  to: number;
  resolve: (r: ReplicationResult[][]) => void;
  reject: (e: unknown) => void;
}

/**
 * A BatchRunner whose batches are BullMQ jobs on the `carecap` queue, run
 * by `carecap worker` processes on any machine. runExperiment still delivers
 * replications in index order, so the results are those of a local run.
 * A worker that dies mid-job loses its lock; BullMQ's stalled-job check
 * (on the surviving workers) puts the job back, and another worker runs it.
 * The first Ctrl-C cancels every job not yet started (a cancelled batch
 * delivers nothing, so the run stops at the first gap, marked partial).
 */
export async function openQueueRunner(scenarios: readonly Scenario[], seed: number, url: string): Promise<RunnerHandle> {
  await probeRedis(url, '--queue');
  const run = randomUUID();
  const client = redisConnection(url);
  const queue = new Queue<QueueJobData, QueueJobReturn, string>(QUEUE_NAME, { connection: bullConnection(url) });
  const events = new QueueEvents(QUEUE_NAME, { connection: bullConnection(url) });
  await client.set(scenariosKey(run), JSON.stringify(scenarios), 'EX', TTL_SECONDS);
  const pending = new Map<string, Pending>();
  const threads = new Map<string, number>();
  let cancelled = false;

  const settle = async (jobId: string): Promise<void> => {
    const p = pending.get(jobId);
    if (!p) return;
    // The state first, then the job: a job read before it completed would have no return value.
    const state = await queue.getJobState(jobId);
    // Only the first of several concurrent checks (event, poll) goes on.
    if ((state !== 'completed' && state !== 'failed') || !pending.delete(jobId)) return;
    const job = await Job.fromId<QueueJobData, QueueJobReturn>(queue, jobId);
    try {
      if (!job) throw new Error(`replications ${p.from}..${p.to - 1}: job ${jobId} vanished from the queue`);
      if (state === 'failed') throw failure(p, job.failedReason);
      const ret = job.returnvalue;
      threads.set(ret.worker, ret.threads);
      const bytes = ret.skipped ? null : await client.getBuffer(resultKey(jobId));
      if (!bytes && !ret.skipped) throw new Error(`replications ${p.from}..${p.to - 1}: job ${jobId} completed but its results are not in Redis`);
      p.resolve(bytes ? decodeResults(bytes) : scenarios.map(() => []));
    } catch (err) {
      p.reject(err);
    } finally {
      await Promise.all([job?.remove().catch(() => undefined), client.del(resultKey(jobId))]);
    }
  };
  const settleAll = () => Promise.all([...pending.keys()].map((id) => settle(id).catch(() => undefined)));
  events.on('completed', ({ jobId }) => void settle(jobId).catch(() => undefined));
  events.on('failed', ({ jobId }) => void settle(jobId).catch(() => undefined));
  const poll = setInterval(() => void settleAll(), POLL_MS);

  /** Removes every job not yet started; each delivers nothing. Jobs running finish and are delivered. */
  const cancel = async (): Promise<void> => {
    if (cancelled) return;
    cancelled = true;
    await client.set(cancelKey(run), '1', 'EX', TTL_SECONDS);
    for (const [jobId, p] of pending) {
      const removed = await queue.remove(jobId).catch(() => 0);
      if (removed === 1 && pending.delete(jobId)) p.resolve(scenarios.map(() => []));
    }
  };
  const onSigint = () => void cancel();
  process.on('SIGINT', onSigint);

  const runBatch = async (from: number, to: number): Promise<ReplicationResult[][]> => {
    if (cancelled) return scenarios.map(() => []);
    const jobId = `${run}-${from}`;
    const result = new Promise<ReplicationResult[][]>((resolve, reject) => pending.set(jobId, { from, to, resolve, reject }));
    try {
      await queue.add('batch', { run, seed, from, to }, { jobId, attempts: ATTEMPTS, backoff: { type: 'fixed', delay: 1000 } });
    } catch (err) {
      pending.delete(jobId); // never queued: nothing will settle it
      throw err;
    }
    return result;
  };
  const close = async (): Promise<void> => {
    process.off('SIGINT', onSigint);
    clearInterval(poll);
    if (pending.size > 0) await cancel(); // only after a failure: jobs of ours nobody will wait for
    for (const p of pending.values()) p.reject(new Error('queue runner closed'));
    await client.del(scenariosKey(run));
    await Promise.all([events.close(), queue.close()]);
    client.disconnect();
  };
  return {
    run: runBatch,
    concurrency: JOBS_IN_FLIGHT,
    get workers() { return [...threads.values()].reduce((a, b) => a + b, 0); },
    close,
  };
}

/** A failed job as the error runRounds expects: the model's (re-run locally to find the replication) or the queue's. */
function failure(p: Pending, reason: string): Error {
  if (reason.startsWith(MODEL_FAILURE)) return new BatchFailedError(p.from, p.to, reason.slice(MODEL_FAILURE.length));
  return new Error(`replications ${p.from}..${p.to - 1}: the queue gave up on this batch (${reason}); a batch is tried ${ATTEMPTS} times and may stall (its worker lost) 3 times`);
}
