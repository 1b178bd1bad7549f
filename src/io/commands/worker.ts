import { hostname } from 'node:os';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Scenario } from '../../sim/scenario.js';
import { BatchFailedError } from '../../workers/index.js';
import { bullConnection, probeRedis, redisConnection, shownUrl } from '../queue/connect.js';
import { PoolCache } from '../queue/pool-cache.js';
import { cancelKey, encodeResults, MODEL_FAILURE, QUEUE_NAME, resultKey, scenariosKey, TTL_SECONDS, type QueueJobData, type QueueJobReturn } from '../queue/protocol.js';

/** Options of `carecap worker` (docs/scale-out.md). */
export interface WorkerOptions {
  redis: string;
  /** Worker threads for replications. */
  workers: number;
  /** BullMQ lock duration: a job whose worker stops renewing its lock for this long is stalled. */
  lockDurationMs: number;
  /** How often this worker looks for stalled jobs (of any worker) to put back on the queue. */
  stalledIntervalMs: number;
}

/** Times a job may stall (its worker died) before BullMQ fails it rather than run it again. */
const MAX_STALLED = 3;

/**
 * `carecap worker --redis URL`: take batches of replications from the
 * `carecap` queue and run them on this machine's worker threads (the same
 * runBatch as a local run), results to Redis. Two jobs per thread are taken,
 * so a thread never waits for the network. Ctrl-C or SIGTERM finishes the
 * jobs in hand and stops; a second signal stops at once (the jobs in hand
 * stall and another worker runs them).
 */
export async function workerCommand(o: WorkerOptions, print: (s: string) => void): Promise<number> {
  await probeRedis(o.redis, '--redis');
  const client = redisConnection(o.redis);
  const pools = new PoolCache(o.workers);
  const name = `${hostname()}:${process.pid}`;
  const worker = new Worker<QueueJobData, QueueJobReturn>(QUEUE_NAME, (job) => runJob(job), {
    connection: bullConnection(o.redis), name, concurrency: 2 * o.workers,
    lockDuration: o.lockDurationMs, stalledInterval: o.stalledIntervalMs, maxStalledCount: MAX_STALLED,
  });
  worker.on('error', (err) => process.stderr.write(`carecap worker: ${err.message}\n`));

  async function runJob(job: Job<QueueJobData, QueueJobReturn>): Promise<QueueJobReturn> {
    const { run, seed, from, to } = job.data;
    if (await client.exists(cancelKey(run))) return { worker: name, threads: o.workers, skipped: true };
    process.stderr.write(`job ${job.id}: replications ${from}..${to - 1} started\n`);
    const load = async (): Promise<Scenario[]> => {
      const text = await client.get(scenariosKey(run));
      if (!text) throw new UnrecoverableError(`the scenarios of run ${run} are not in Redis (the submitter has gone)`);
      return JSON.parse(text) as Scenario[];
    };
    const started = performance.now();
    try {
      const results = await pools.use(run, seed, load, (pool) => pool.run(from, to));
      const ran = performance.now();
      await client.set(resultKey(job.id!), encodeResults(results), 'EX', TTL_SECONDS);
      process.stderr.write(`job ${job.id}: done, ${Math.round(ran - started)} ms running, ${Math.round(performance.now() - ran)} ms storing results\n`);
    } catch (err) {
      if (err instanceof BatchFailedError) throw new UnrecoverableError(`${MODEL_FAILURE}${err.modelMessage}`);
      throw err;
    }
    return { worker: name, threads: o.workers };
  }

  print(`carecap worker ${name}: ${o.workers} threads, taking jobs from queue "${QUEUE_NAME}" at ${shownUrl(o.redis)} (Ctrl-C to stop)`);
  await stopped();
  await worker.close();
  await pools.close();
  client.disconnect();
  return 0;
}

/** Resolves on the first SIGINT or SIGTERM; a second one exits at once. */
function stopped(): Promise<void> {
  return new Promise((resolve) => {
    let count = 0;
    const handler = () => {
      if (++count > 1) process.exit(130);
      process.stderr.write('carecap worker: stopping after the jobs in hand (again to stop at once)\n');
      resolve();
    };
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
  });
}
