import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess, fourBeds, COMPARED_FILES, DEFAULT_SCENARIO, HUB_LOSS, REDIS_SERVER, redisCli, resultsWithoutRunTimes, startRedis, startWorker, tempDir, type TestRedis, type WorkerProcess } from './helpers.js';

if (!REDIS_SERVER) {
  console.warn('test/scale-out/queue.test.ts skipped: redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)');
}

const SEED = '20260401';
const REPLICATIONS = '120';
// 12 jobs of 10 replications: enough that both workers take several.
const BATCH = '10';

describe.skipIf(!REDIS_SERVER)('carecap worker and --queue (a redis-server of the test\'s own on 127.0.0.1)', () => {
  let redis: TestRedis;
  const workers: WorkerProcess[] = [];
  const root = tempDir();

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
    await redis?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('Ctrl-C on the submitter removes its jobs not yet started and its scenarios (no worker is running)', async () => {
    const submit = cliProcess(['run', DEFAULT_SCENARIO, '--seed', SEED, '-r', REPLICATIONS, '--batch-size', BATCH, '--queue', redis.url, '--out', join(root, 'cancelled')]);
    while (Number(redisCli(redis.url, 'llen', 'bull:carecap:wait')) === 0) await new Promise((r) => setTimeout(r, 100));
    expect(redisCli(redis.url, 'keys', 'carecap:scenarios:*')).not.toBe('');
    submit.child.kill('SIGINT');
    const ended = await submit.done;
    expect(ended.code).toBe(130);
    expect(redisCli(redis.url, 'llen', 'bull:carecap:wait')).toBe('0');
    expect(redisCli(redis.url, 'keys', 'carecap:scenarios:*')).toBe('');
    // Nothing finished, so nothing is written (the one signal policy: what finished is kept, and that was nothing).
    expect(existsSync(join(root, 'cancelled', 'results.json'))).toBe(false);
  });

  it('two workers, one killed mid-job: the result is byte-identical to a one-machine run', async () => {
    const local = join(root, 'local');
    expect((await cli(['run', DEFAULT_SCENARIO, '--seed', SEED, '-r', REPLICATIONS, '--workers', '1', '--out', local])).code).toBe(0);
    const [a, b] = [startWorker(redis.url), startWorker(redis.url)];
    workers.push(a, b);
    await Promise.all([a.saw('taking jobs'), b.saw('taking jobs')]);
    const queued = join(root, 'queued');
    const submit = cliProcess(['run', DEFAULT_SCENARIO, '--seed', SEED, '-r', REPLICATIONS, '--batch-size', BATCH, '--queue', redis.url, '--out', queued]);
    await a.saw('started');
    a.child.kill('SIGKILL'); // mid-job: its first job has just started, with a thread pool still warming up
    const ended = await submit.done;
    expect(ended.stderr).toBe('');
    expect(ended.code).toBe(0);
    for (const f of COMPARED_FILES) expect(readFileSync(join(queued, f)), f).toEqual(readFileSync(join(local, f)));
    expect(resultsWithoutRunTimes(queued)).toEqual(resultsWithoutRunTimes(local));
    // The job the killed worker had started was run again by the other (BullMQ's stalled-job check).
    const startedBy = (w: WorkerProcess) => [...w.output().matchAll(/job (\S+): replications/g)].map((m) => m[1]);
    expect(startedBy(a).some((id) => startedBy(b).includes(id))).toBe(true);
    expect(redisCli(redis.url, 'keys', 'carecap:result:*')).toBe('');
    b.child.kill('SIGTERM');
    expect(await b.exited).toBe(0);
  });

  it('compare and size through the queue give the one-machine results', async () => {
    const w = startWorker(redis.url);
    workers.push(w);
    await w.saw('taking jobs');
    const option = fourBeds(root);
    const runs = {
      compare: ['compare', HUB_LOSS, option, '--seed', '5', '-r', '30', '--set', 'horizonYears=2'],
      size: ['size', HUB_LOSS, '--vary', 'services.hub.beds=2..5', '--target', 'spillover.share<=0.4', '--seed', '5', '-r', '40', '--initial', '10', '--set', 'horizonYears=2'],
    };
    for (const [name, args] of Object.entries(runs)) {
      const local = await cli([...args, '--workers', '0', '--out', join(root, `${name}-local`)]);
      const queued = await cli([...args, '--queue', redis.url, '--out', join(root, `${name}-queued`)]);
      expect(queued.stderr, name).toBe('');
      expect([local.code, queued.code], name).toEqual([0, 0]);
      expect(resultsWithoutRunTimes(join(root, `${name}-queued`)), name).toEqual(resultsWithoutRunTimes(join(root, `${name}-local`)));
    }
    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  });

  it('says clearly when Redis cannot be reached (exit 2, nothing written)', async () => {
    const r = await cli(['run', DEFAULT_SCENARIO, '--seed', SEED, '-r', '2', '--queue', 'redis://127.0.0.1:1', '--out', join(root, 'unreachable')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^--queue: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    expect(existsSync(join(root, 'unreachable'))).toBe(false);
  });
});
