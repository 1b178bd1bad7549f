import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/io/commands/run.js';
import { compareCommand } from '../../src/io/commands/compare.js';
import { WorkerLostError } from '../../src/workers/errors.js';
import { inProcess, scenarioFile, tempDir } from './helpers.js';

// The event budget's message is checked through `run` in output-folder.test.ts.
describe('workers and runaway replications (issue 14)', () => {
  it('a hung worker is stopped by the batch timeout and reported with how to re-run it', async () => {
    const file = scenarioFile(tempDir());
    const r = await inProcess((print) => runCommand(file, { seed: 1, replications: 4, workers: 1, json: false, set: [], pool: { hangOnBatch: 0, batchTimeoutMs: 1000 } }, print));
    expect(r.status).toBe(1);
    expect(r.text).toMatch(/replications 0\.\.3: the batch did not finish within 1 s, so its worker thread was stopped/);
    expect(r.text).toMatch(/no replication finished before it/);
    expect(r.text).not.toMatch(/0\.\.-1/);
  });

  it('a worker that dies of memory is reported as such, and not as "replications 0..-1 finished"', async () => {
    const lost = new WorkerLostError(0, 25, 1, Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' }));
    expect(lost.message).toMatch(/^replications 0\.\.24: the worker thread ran out of memory/);
    const file = scenarioFile(tempDir());
    const r = await inProcess((print) => runCommand(file, { seed: 1, replications: 4, workers: 1, json: false, set: [], pool: { exitOnceOnBatch: 0, retries: 0 } }, print));
    expect(r.status).toBe(1);
    expect(r.text).toMatch(/no replication finished before it/);
    expect(r.text).not.toMatch(/0\.\.-1/);
  });

  it('compare with an option whose model fails: exit 1 naming the replication, the option and how to re-run it', async () => {
    const dir = tempDir();
    const base = scenarioFile(dir);
    // Over the baseline's period (compare refuses another): a runaway demand past a small event budget.
    const bad = scenarioFile(dir, { 'demand.0.ratePerYear': 100000, 'limits.eventsPerReplication': 1000 }, 'runaway.yaml');
    const r = await inProcess((print) => compareCommand(base, [bad], { seed: 3, replications: 2, workers: 0, set: [], json: false }, print));
    expect(r.status).toBe(1);
    expect(r.text).toMatch(/carecap: replication 0 \(seed 3\) failed: more than 1,000 events/);
    expect(r.text).toMatch(/re-run it alone with: carecap run \S*runaway\.yaml --seed 3 --replication 0/);
    expect(r.text).not.toMatch(/\n\s+at /);
  });
});
